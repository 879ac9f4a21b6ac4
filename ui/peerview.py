"""A municipality and its peers (neighbours and twins) as the profile and the presentation pack show them."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from analytics import coverage, peers
from base.i18n import area_key, t
from ui import charts, leafmap
from ui.palettes import STATUS_COLOURS


@dataclass(frozen=True)
class PeerView:
    groups: dict[str, list[str]]
    twins: pd.DataFrame
    codes: list[str]  # the municipality first, then neighbours, then twins that are not neighbours
    table: pd.DataFrame  # labelled for the page's language
    map_values: dict[str, leafmap.Style]
    bounds: tuple[tuple[float, float], tuple[float, float]]


def twin_table(twins: pd.DataFrame, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    """The twins as the page shows them: code, name, distance and each indicator's share of it, with labelled
    columns (never ``distance``/``d_population``) in the page's language."""
    out = pd.DataFrame({t("col.code", lang): twins["kommunenummer"].astype(str),
                        t("col.municipality", lang): [names.get(str(c), str(c)) for c in twins["kommunenummer"]],
                        t("profile.col.distance", lang): twins["distance"].astype(float)})
    for col in twins.columns:
        if str(col).startswith("d_"):
            out[t(f"profile.col.d.{str(col)[2:]}", lang)] = twins[col].astype(float)
    return out


def peer_view(mun: pd.DataFrame, neighbours: pd.DataFrame, status: pd.DataFrame, code: str, country: str,
              lang: str, weights: Mapping[str, float], per_1000: pd.Series | None,
              shown_per_1000: pd.Series | None = None, per_1000_label: str | None = None) -> PeerView:
    """``status`` is :func:`analytics.coverage.status_table` indexed by ``kommunenummer``. ``per_1000`` (a
    national register's rates) weighs in the twins; ``shown_per_1000`` (default ``per_1000``) fills the table's
    organisations column - an extract's rates where it has them - under ``per_1000_label``."""
    shown_rates = per_1000 if shown_per_1000 is None else shown_per_1000
    rate_col = per_1000_label or t("sector.per_1000", lang)
    twin_table = peers.twins(peers.twin_features(mun, per_1000), code, weights, k=5)
    size_of = pd.Series({c: coverage.size_class(p, country) for c, p in zip(mun["kommunenummer"], mun["befolkning"],
                                                                             strict=True)})
    groups = peers.peer_groups(mun, code, neighbours, size_of)
    groups["twins"] = twin_table["kommunenummer"].tolist()
    codes = [code, *groups["neighbours"], *[c for c in groups["twins"] if c not in groups["neighbours"]]]
    by_code = mun.set_index("kommunenummer")
    rows = []
    for c in codes:
        r = by_code.loc[c]
        role = (t("profile.group.self", lang) if c == code else
                t("profile.group.neighbours", lang) if c in groups["neighbours"] else t("profile.group.twins", lang))
        rows.append({
            t("col.code", lang): c, t("col.municipality", lang): r["kommunenavn"], t("col.role", lang): role,
            t(area_key("col.county", country), lang): r["fylkesnavn"],
            t("col.population", lang): int(r["befolkning"]),
            t("col.status", lang): charts.status_label(status.loc[c, "status"], lang),
            t("col.adopted_year", lang): status.loc[c, "adopted_year"],
            rate_col: math.nan if shown_rates is None or pd.isna(shown_rates.get(c))
            else round(float(shown_rates[c]), 1),
        })
    values = {c: leafmap.Style(STATUS_COLOURS[status.loc[c, "status"]],
                               charts.status_text(status.loc[c, "status"], status.loc[c, "adopted_year"], lang))
              for c in codes if status.loc[c, "status"] in STATUS_COLOURS and status.loc[c, "status"] != "no_data"}
    box = mun[mun["kommunenummer"].isin(codes)]
    pad = 0.6
    bounds = ((float(box["lat"].min()) - pad, float(box["lon"].min()) - pad * 2),
              (float(box["lat"].max()) + pad, float(box["lon"].max()) + pad * 2))
    table = pd.DataFrame(rows)
    year = t("col.adopted_year", lang)
    table[year] = charts.years_text(pd.to_numeric(table[year], errors="coerce"), lang=lang)  # 2018, not 2018.0 or None
    return PeerView(groups, twin_table, codes, table, values, bounds)
