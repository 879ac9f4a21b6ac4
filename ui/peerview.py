"""A municipality and its peers (neighbours and twins) as the profile and the presentation pack show them."""

from __future__ import annotations

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


def peer_view(mun: pd.DataFrame, neighbours: pd.DataFrame, status: pd.DataFrame, code: str, country: str,
              lang: str, weights: Mapping[str, float], per_1000: pd.Series | None) -> PeerView:
    """``status`` is :func:`analytics.coverage.status_table` indexed by ``kommunenummer``."""
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
            t("col.code", lang): c, t("col.municipality", lang): r["kommunenavn"], "": role,
            t(area_key("col.county", country), lang): r["fylkesnavn"],
            t("col.population", lang): int(r["befolkning"]),
            t("col.status", lang): charts.status_label(status.loc[c, "status"], lang),
            t("col.adopted_year", lang): status.loc[c, "adopted_year"],
            t("sector.per_1000", lang): None if per_1000 is None or pd.isna(per_1000.get(c))
            else round(float(per_1000[c]), 1),
        })
    values = {c: leafmap.Style(STATUS_COLOURS[status.loc[c, "status"]],
                               charts.status_text(status.loc[c, "status"], status.loc[c, "adopted_year"], lang))
              for c in codes if status.loc[c, "status"] in STATUS_COLOURS and status.loc[c, "status"] != "no_data"}
    box = mun[mun["kommunenummer"].isin(codes)]
    pad = 0.6
    bounds = ((float(box["lat"].min()) - pad, float(box["lon"].min()) - pad * 2),
              (float(box["lat"].max()) + pad, float(box["lon"].max()) + pad * 2))
    return PeerView(groups, twin_table, codes, pd.DataFrame(rows), values, bounds)
