"""The built dataset and the final check of a municipality register, shared by the Norwegian and Danish builders
(:mod:`registers.municipalities_no`, :mod:`registers.municipalities_dk`): nothing is stored unless it passes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from base.errors import AtlasError, Problem
from base.i18n import Msg


@dataclass
class Dataset:
    """One built dataset, ready for :meth:`registers.store.Store.write_dataset` (both countries' builders)."""

    name: str
    payload: pd.DataFrame | bytes
    meta: dict[str, Any]
    ext: str | None = None


def validate_municipality_register(df: pd.DataFrame, duplicates_label: str, digits_message: str,
                                   missing_county_message: str | None = None) -> None:
    """Refuse a register with duplicated codes, codes that are not four digits, (when ``missing_county_message``
    is given) municipalities without a county name, or a population that is not positive. Every problem is
    listed in one :class:`AtlasError`; the labels are each country's own words for the code."""
    problems = []
    if df["kommunenummer"].duplicated().any():
        problems.append(Problem(Msg.join(duplicates_label, ", ".join(df.loc[df.kommunenummer.duplicated(),
                                                                           "kommunenummer"]), sep=": ")))
    bad = df[~df["kommunenummer"].str.fullmatch(r"\d{4}")]
    problems += [Problem(digits_message, value=c) for c in bad["kommunenummer"]]
    if missing_county_message is not None:
        no_county = df.loc[df.fylkesnavn.isna(), "kommunenummer"]
        problems += [Problem(missing_county_message, value=c) for c in no_county]
    problems += [Problem(Msg("checks.err.population_not_positive"), value=c)
                 for c in df.loc[df.befolkning <= 0, "kommunenummer"]]
    if problems:
        raise AtlasError(Msg("checks.err.register_failed"), problems=problems)
