"""Frivillighet Norge's published national series as the store holds it (the ``policy_reference`` dataset written
by ``fetch``), or the headline figures in ``data/reference`` for a store fetched before that dataset existed."""

from __future__ import annotations

import pandas as pd

from registers.store import Store
from sources.published import published_reference

DATASET = "policy_reference"


def load_published_reference(store: Store, country: str) -> pd.DataFrame | None:
    """The published series for ``country`` (None for Denmark, which has none)."""
    data = store.read_bytes(country, DATASET) if store.has(country, DATASET) else None
    return published_reference(country, data=data)


COUNTY_DATASET = "policy_reference_county"


def load_county_figures(store: Store, country: str) -> tuple[pd.DataFrame, dict] | None:
    """Frivillighet Norge's July 2024 count per county as stored by ``fetch`` (read as printed by
    :func:`sources.published.read_county_figures`), with the dataset's provenance; None for Denmark, or when the
    copy was not fetched (it exists only in a local source folder: the figures come from a press release). Raises
    AtlasError for a damaged copy, naming row, column and value."""
    from sources.published import read_county_figures

    if country != "no" or not store.has(country, COUNTY_DATASET):
        return None
    meta = store.read_meta(country, COUNTY_DATASET) or {}
    figures = read_county_figures(store.read_bytes(country, COUNTY_DATASET),
                                  file=str(meta.get("origin") or COUNTY_DATASET))
    return figures, meta
