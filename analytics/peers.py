"""Peers of a municipality: same county, same size class, neighbours, and nearest "twins".

Twins follow Kolada's idea of "liknande kommuner": municipalities closest on a few standardised indicators, with
weights the user can change and see. Indicators here are transparent and available for every municipality:

* population (log scale, so 5 000 vs 10 000 counts like 50 000 vs 100 000),
* organisations per 1,000 inhabitants (when the organisation register exists),
* settlement pattern, measured as population density per km² of land (log scale) - a proxy for how
  concentrated settlement is, since SSB's share living in urban settlements is not among the fetched sources.

Each indicator is z-scored over all municipalities of the country; the distance is the weighted Euclidean distance.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

INDICATORS = ("population", "orgs_per_1000", "density")
DEFAULT_WEIGHTS: dict[str, float] = {"population": 1.0, "orgs_per_1000": 1.0, "density": 1.0}


def twin_features(municipalities: pd.DataFrame, orgs_per_1000: pd.Series | None = None) -> pd.DataFrame:
    """Indicator table indexed by ``kommunenummer`` (raw values; :func:`twins` standardises them)."""
    mun = municipalities.set_index("kommunenummer")
    out = pd.DataFrame(index=mun.index)
    out["population"] = np.log10(mun["befolkning"].clip(lower=1).astype(float))
    area = mun["areal_km2"].astype(float).where(lambda a: a > 0)
    out["density"] = np.log10((mun["befolkning"].astype(float) / area).clip(lower=0.01))
    if orgs_per_1000 is not None:
        out["orgs_per_1000"] = orgs_per_1000.reindex(out.index).astype(float)
    return out


def twins(features: pd.DataFrame, code: str, weights: Mapping[str, float] | None = None, k: int = 5) -> pd.DataFrame:
    """The ``k`` municipalities nearest to ``code`` under ``weights``; returns ``kommunenummer`` and ``distance``
    plus each indicator's contribution (so the user can see why a municipality is a twin).

    Indicators with weight 0, or missing for ``code``, are left out; a municipality missing an indicator that is
    used is left out of the candidates rather than guessed.

    >>> f = pd.DataFrame({"population": [3.0, 3.1, 4.0], "density": [1.0, 1.0, 2.0]}, index=["a", "b", "c"])
    >>> list(twins(f, "a", {"population": 1, "density": 1}, k=1)["kommunenummer"])
    ['b']
    """
    if code not in features.index:
        raise KeyError(f"unknown municipality {code}")
    weights = {k_: float(v) for k_, v in (weights or DEFAULT_WEIGHTS).items() if k_ in features.columns and v > 0}
    used = [c for c in weights if pd.notna(features.at[code, c])]
    if not used:
        return pd.DataFrame(columns=["kommunenummer", "distance"])
    z = features[used].astype(float)
    std = z.std(ddof=0).replace(0, 1.0)
    z = (z - z.mean()) / std
    z = z.dropna()
    diff = (z - z.loc[code]) ** 2 * pd.Series(weights)[used]
    dist = np.sqrt(diff.sum(axis=1)).drop(index=code)
    order = dist.sort_values(kind="stable").head(k)
    out = pd.DataFrame({"kommunenummer": order.index, "distance": order.round(3).to_numpy()})
    for c in used:
        out[f"d_{c}"] = diff.loc[order.index, c].round(3).to_numpy()
    return out


def peer_groups(municipalities: pd.DataFrame, code: str, neighbours: pd.DataFrame,
                size_class: pd.Series) -> dict[str, list[str]]:
    """Codes of the peers of ``code`` (itself excluded): ``county``, ``size`` (same size class), ``neighbours``."""
    mun = municipalities.set_index("kommunenummer")
    if code not in mun.index:
        raise KeyError(f"unknown municipality {code}")
    county = mun.index[(mun["fylkesnummer"] == mun.at[code, "fylkesnummer"]) & (mun.index != code)].tolist()
    sc = size_class.reindex(mun.index)
    size = mun.index[(sc == sc.loc[code]) & (mun.index != code)].tolist()
    nb = sorted(neighbours.loc[neighbours["kommunenummer"] == code, "nabo"].tolist())
    return {"county": sorted(county), "size": sorted(size), "neighbours": nb}


def compare(values: pd.Series, code: str, groups: Mapping[str, list[str]]) -> pd.DataFrame:
    """A municipality's value beside each peer group's median and the national median (group sizes shown)."""
    rows = [{"group": "self", "n": 1, "value": values.get(code)}]
    for name, codes in groups.items():
        v = values.reindex(codes).dropna()
        rows.append({"group": name, "n": len(v), "value": float(v.median()) if len(v) else None})
    all_v = values.dropna()
    rows.append({"group": "national", "n": len(all_v), "value": float(all_v.median()) if len(all_v) else None})
    return pd.DataFrame(rows)
