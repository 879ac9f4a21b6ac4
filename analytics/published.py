"""Published figures beside the municipality register: pure functions, no file reading (see
:mod:`sources.published` for the reader).

Frivillighet Norge's July 2024 count per county is shown *as published*. Its denominators are the number of
municipalities the press release gave each county; four of them differ from the 2024 municipality count (Akershus
19 for 21, Buskerud 21 for 18, Vestfold 12 for 6, Telemark 11 for 17), so they add up to 358, not 357. Nothing is
corrected: :func:`county_layer` puts the published denominator beside the count from the municipality register and
gives both shares - the published one (count over the published denominator) and the one on the correct
denominator (count over the 2024 count) - and flags the rows where they differ, or where the published count is
larger than the county's number of municipalities (Vestfold: 8 of 6, impossible).
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

# Fixed classes for the published share on the map (lower bounds; the last class includes 100 %). Fixed rather than
# quantiles so that a map from another date reads on the same scale.
SHARE_BREAKS: tuple[float, ...] = (0.0, 0.10, 0.25, 0.50, 0.75)

LAYER_COLUMNS = ["fylkesnummer", "fylke", "count", "published_total", "published_pct", "published_share",
                 "register_total", "register_share", "denominator_matches", "count_exceeds_total", "published_date",
                 "publisher", "source_url", "note"]


def _share(num: float | None, den: float | None) -> float | None:
    if num is None or den is None or den == 0 or (isinstance(num, float) and math.isnan(num)):
        return None
    return float(num) / float(den)


def county_layer(figures: pd.DataFrame, municipalities: pd.DataFrame) -> pd.DataFrame:
    """One row per published county with the published figures and the register's count beside them.

    ``figures``: :func:`sources.published.read_county_figures`. ``municipalities``: the municipality register
    (``kommunenummer``, ``fylkesnummer``). Columns: see :data:`LAYER_COLUMNS`; ``register_total`` is the number of
    municipalities the register has in the county (None for a county code it does not know), ``published_share``
    the count over the published denominator, ``register_share`` the count over ``register_total``.
    """
    per_county = municipalities.groupby(municipalities["fylkesnummer"].astype(str)).size()
    out = figures.copy()
    out["register_total"] = [int(per_county[c]) if c in per_county.index else None for c in out["fylkesnummer"]]
    out["published_share"] = [_share(n, d) for n, d in zip(out["count"], out["published_total"], strict=True)]
    out["register_share"] = [_share(n, d) for n, d in zip(out["count"], out["register_total"], strict=True)]
    out["denominator_matches"] = [r is not None and int(p) == int(r)
                                  for p, r in zip(out["published_total"], out["register_total"], strict=True)]
    out["count_exceeds_total"] = [r is not None and int(n) > int(r)
                                  for n, r in zip(out["count"], out["register_total"], strict=True)]
    return out[LAYER_COLUMNS].reset_index(drop=True)


def layer_totals(layer: pd.DataFrame, municipalities: pd.DataFrame) -> dict[str, Any]:
    """The national sums of the county layer: the published count, the sum of the published denominators, the
    register's number of municipalities, the share on each, and which counties the source got wrong."""
    count = int(layer["count"].sum())
    published_total = int(layer["published_total"].sum())
    register_total = int(municipalities["kommunenummer"].nunique())
    wrong = layer[~layer["denominator_matches"]]
    return {
        "count": count,
        "published_total": published_total,
        "register_total": register_total,
        "published_share": _share(count, published_total),
        "register_share": _share(count, register_total),
        "denominators_differ": published_total != register_total,
        "wrong_counties": [{"fylkesnummer": r.fylkesnummer, "fylke": r.fylke, "published_total": int(r.published_total),
                            "register_total": None if r.register_total is None or pd.isna(r.register_total)
                            else int(r.register_total), "count_exceeds_total": bool(r.count_exceeds_total)}
                           for r in wrong.itertuples()],
        "counties_not_published": sorted(set(municipalities["fylkesnummer"].astype(str)) - set(layer["fylkesnummer"])),
        "published_dates": sorted(set(layer["published_date"])),
    }


def share_class(share: float | None) -> int | None:
    """The index of the class of :data:`SHARE_BREAKS` a share falls in (None for no share)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return None
    idx = 0
    for i, lo in enumerate(SHARE_BREAKS):
        if share >= lo:
            idx = i
    return idx


def municipality_values(layer: pd.DataFrame, municipalities: pd.DataFrame) -> pd.DataFrame:
    """The county layer spread over the county's municipalities (for a map drawn with municipality polygons):
    kommunenummer, kommunenavn, fylkesnummer and the layer's columns. Municipalities of a county the source does
    not name get no row."""
    mun = municipalities[["kommunenummer", "kommunenavn", "fylkesnummer"]].copy()
    mun["fylkesnummer"] = mun["fylkesnummer"].astype(str)
    return mun.merge(layer, on="fylkesnummer", how="inner").sort_values("kommunenummer").reset_index(drop=True)
