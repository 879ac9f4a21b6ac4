"""Analytics on the organisation register: counts and rates per municipality and county, ICNPO breakdowns,
registrations over time, and a municipality against its peers. Pure functions on the register frame (one row per
organisation, :mod:`registers.organisations`) and the municipality register."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from analytics import coverage
from base.errors import AtlasError
from base.i18n import Msg
from base.icnpo import icnpo_main
from registers.organisations import MIN_ORGS_FOR_RATE, NO_CATEGORY, OSLO


# ---------------------------------------------------------------------- summaries
def placed(reg: pd.DataFrame) -> pd.DataFrame:
    """The organisations placed in a municipality."""
    return reg[reg["kommunenummer"] != ""]


def outside_report(reg: pd.DataFrame) -> pd.DataFrame:
    """Organisations outside every municipality, by reason: DataFrame(utenfor_grunn, antall)."""
    out = reg[reg["kommunenummer"] == ""]
    counts = out.groupby("utenfor_grunn").size()
    return pd.DataFrame({"utenfor_grunn": list(counts.index), "antall": [int(v) for v in counts.values]})


def summary(reg: pd.DataFrame) -> dict[str, Any]:
    """The command line's ``organisations --json`` document.

    ``total`` counts organisations placed in a municipality, ``outside`` those placed in none; ``counts`` is per
    municipality (2024 codes); ``by_icnpo`` is the national breakdown of the placed organisations by primary
    category, main group (``"1"`` … ``"14"``, ``"uten"`` without category; it sums to ``total``), with
    ``by_icnpo_any`` by any category (an organisation counts once in each main group it has; sums can exceed
    ``total``) and ``by_icnpo_sub`` by primary sub-code.
    """
    p = placed(reg)
    counts = p.groupby("kommunenummer").size()
    prim = p["icnpo_primaer"].map(lambda c: icnpo_main(c) or NO_CATEGORY if c else NO_CATEGORY)
    sub = p["icnpo_primaer"].replace("", NO_CATEGORY)
    anyg = _any_groups(p, "main")
    return {
        "total": len(p),
        "outside": int((reg["kommunenummer"] == "").sum()),
        "counts": {k: int(v) for k, v in sorted(counts.items())},
        "by_icnpo": _sorted_codes(prim.value_counts()),
        "by_icnpo_any": _sorted_codes(anyg["icnpo"].value_counts()),
        "by_icnpo_sub": _sorted_codes(sub.value_counts()),
        "outside_reasons": {r: int(n) for r, n in zip(*_outside_cols(reg), strict=True)},
    }


def _outside_cols(reg: pd.DataFrame) -> tuple[list[str], list[int]]:
    rep = outside_report(reg)
    return list(rep["utenfor_grunn"]), list(rep["antall"])


def _code_key(code: str) -> tuple[int, int]:
    return (1, 0) if not code.isdigit() else (0, int(code) * (1000 if len(code) <= 2 else 1))


def _sorted_codes(counts: pd.Series) -> dict[str, int]:
    return {str(k): int(v) for k, v in sorted(counts.items(), key=lambda kv: _code_key(str(kv[0])))}


# ---------------------------------------------------------------------- per municipality
def _counts(reg: pd.DataFrame, municipalities: pd.DataFrame) -> pd.DataFrame:
    """Every municipality (zero included) with its number of placed organisations (column ``antall``)."""
    counts = placed(reg).groupby("kommunenummer").size()
    cols = ["kommunenummer", "kommunenavn", "fylkesnummer", "fylkesnavn", "befolkning"]
    out = municipalities[cols].copy()
    out["antall"] = out["kommunenummer"].map(counts).fillna(0).astype(int)
    return out


def counts_by_municipality(reg: pd.DataFrame, municipalities: pd.DataFrame, country: str,
                           min_orgs: int = MIN_ORGS_FOR_RATE) -> pd.DataFrame:
    """One row per municipality (all of them, zero included): organisations, per 1 000 inhabitants, flags.

    Columns: kommunenummer, kommunenavn, fylkesnummer, fylkesnavn, befolkning, antall, per_1000,
    lite_grunnlag (the rate rests on fewer than ``min_orgs`` organisations), storrelse (the size class of
    :func:`analytics.coverage.size_class` for ``country`` - the same classes as the overview's size filter and the
    profile's peers, e.g. ``"2000-9999"``; empty when the population is unknown), oslo_merknad (True for Oslo, whose
    count includes national organisations registered there).
    """
    out = _counts(reg, municipalities)
    pop = pd.to_numeric(out["befolkning"], errors="coerce")
    out["per_1000"] = (out["antall"] / pop * 1000).where(pop > 0)
    out["lite_grunnlag"] = out["antall"] < min_orgs
    out["storrelse"] = ["" if pd.isna(p) else coverage.size_class(p, country) for p in pop]
    out["oslo_merknad"] = out["kommunenummer"] == OSLO
    return out.sort_values("kommunenummer").reset_index(drop=True)


def counts_by_county(reg: pd.DataFrame, municipalities: pd.DataFrame) -> pd.DataFrame:
    """Organisations and per 1 000 per county: fylkesnummer, fylkesnavn, befolkning, antall, per_1000."""
    per = _counts(reg, municipalities)
    out = per.groupby(["fylkesnummer", "fylkesnavn"], as_index=False).agg(
        befolkning=("befolkning", "sum"), antall=("antall", "sum"))
    out["per_1000"] = (out["antall"] / out["befolkning"] * 1000).where(out["befolkning"] > 0)
    return out.sort_values("fylkesnummer").reset_index(drop=True)


# ---------------------------------------------------------------------- ICNPO
def _any_groups(p: pd.DataFrame, detail: str) -> pd.DataFrame:
    """One row per (organisation, distinct category at ``detail`` level) - 'any category' without duplicates."""
    codes = p["icnpo"].str.split(",")
    long = pd.DataFrame({"organisasjonsnummer": p["organisasjonsnummer"].values, "kommunenummer":
                         p["kommunenummer"].values, "icnpo": codes.values}).explode("icnpo")
    long["icnpo"] = long["icnpo"].fillna("")
    if detail == "main":
        long["icnpo"] = long["icnpo"].map(lambda c: icnpo_main(c) if c else "")
    long["icnpo"] = long["icnpo"].replace("", NO_CATEGORY)
    return long.drop_duplicates(["organisasjonsnummer", "icnpo"])


def icnpo_breakdown(reg: pd.DataFrame, categories: pd.DataFrame | None, municipalities: pd.DataFrame | None = None,
                    level: str = "nasjonal", basis: str = "primary", detail: str = "main") -> pd.DataFrame:
    """Organisations by ICNPO category per area, without double counting in the totals.

    ``level``: ``"kommune"``, ``"fylke"`` or ``"nasjonal"`` (placed organisations only). ``basis``:
    ``"primary"`` (the category with rekkefoelge 1) or ``"any"`` (an organisation counts once in each category it
    has; at ``detail="main"`` two sub-codes of one main group count once). ``detail``: ``"main"`` (the 14 main
    groups) or ``"sub"`` (sub-codes). Organisations without a category appear as code ``"uten"``.

    Columns: omraade, icnpo, hovedgruppe, navn (live label from ``categories``), antall, organisasjoner (distinct
    organisations in the area - the denominator, never a sum over categories), andel (antall / organisasjoner; with
    ``basis="any"`` the shares of an area can add up to more than 1).
    """
    if level not in ("kommune", "fylke", "nasjonal") or basis not in ("primary", "any") or \
            detail not in ("main", "sub"):
        raise ValueError(f"unknown level/basis/detail {level}/{basis}/{detail}")
    p = placed(reg)
    if basis == "primary":
        long = pd.DataFrame({"organisasjonsnummer": p["organisasjonsnummer"].values,
                             "kommunenummer": p["kommunenummer"].values, "icnpo": p["icnpo_primaer"].values})
        if detail == "main":
            long["icnpo"] = long["icnpo"].map(lambda c: icnpo_main(c) if c else "")
        long["icnpo"] = long["icnpo"].replace("", NO_CATEGORY)
    else:
        long = _any_groups(p, detail)
    area_of = _area_mapper(level, municipalities)
    long["omraade"] = long["kommunenummer"].map(area_of) if level != "nasjonal" else "NO"
    base = pd.DataFrame({"omraade": p["kommunenummer"].map(area_of)})  # "NO" for every row at national level
    totals = base.groupby("omraade").size()
    out = long.groupby(["omraade", "icnpo"], as_index=False).size().rename(columns={"size": "antall"})
    out["organisasjoner"] = out["omraade"].map(totals).astype(int)
    out["andel"] = out["antall"] / out["organisasjoner"]
    out["hovedgruppe"] = out["icnpo"].map(lambda c: icnpo_main(c) if c != NO_CATEGORY else NO_CATEGORY)
    labels = category_labels(categories, reg)
    out["navn"] = out["icnpo"].map(lambda c: labels.get(c, ""))
    out["_k"] = out["icnpo"].map(_code_key)
    out = out.sort_values(["omraade", "_k"]).drop(columns="_k").reset_index(drop=True)
    return out[["omraade", "icnpo", "hovedgruppe", "navn", "antall", "organisasjoner", "andel"]]


def _area_mapper(level: str, municipalities: pd.DataFrame | None) -> Any:
    if level == "kommune":
        return lambda c: c
    if level == "fylke":
        if municipalities is None:
            raise ValueError("level='fylke' needs the municipality register")
        county = dict(zip(municipalities["kommunenummer"], municipalities["fylkesnummer"], strict=True))
        return lambda c: county.get(c, c[:2])
    return lambda c: "NO"


def category_labels(categories: pd.DataFrame | None, reg: pd.DataFrame | None = None) -> dict[str, str]:
    """ICNPO code -> live label (from the ICNPO code list the atlas fetched); empty dict if none was fetched."""
    if categories is None or not len(categories):
        return {}
    return {str(c): str(lbl) for c, lbl in zip(categories["code"], categories["label"], strict=True) if str(lbl)}


def icnpo_multi_share(reg: pd.DataFrame) -> float | None:
    """Share of categorised organisations with more than one category (about a quarter nationally)."""
    with_cat = reg[reg["icnpo"] != ""]
    if not len(with_cat):
        return None
    return float((with_cat["icnpo"].str.count(",") > 0).mean())


# ---------------------------------------------------------------------- over time
def new_per_year(reg: pd.DataFrame, kommunenummer: str | Sequence[str] | None = None,
                 date: str = "registrering") -> pd.DataFrame:
    """Newly registered organisations per year: DataFrame(aar, antall), years without any included as 0.

    ``date="registrering"``: first registration in Frivillighetsregisteret (``foersteGangInnfoert`` when the
    Frivillighetsregisteret record was joined, else ``registreringsdatoFrivillighetsregisteret``);
    ``date="stiftelse"``: ``stiftelsesdato`` (founded; more meaningful than the Enhetsregisteret date, which
    clumps in 1995). Organisations without the date are left out. Counts organisations that still exist: deleted
    ones are not in the register.
    """
    sel = reg
    if kommunenummer is not None:
        codes = [kommunenummer] if isinstance(kommunenummer, str) else list(kommunenummer)
        sel = reg[reg["kommunenummer"].isin(codes)]
    if date == "registrering":
        d = sel["forste_gang_innfort"].where(sel["forste_gang_innfort"] != "", sel["registreringsdato_frr"])
    elif date == "stiftelse":
        d = sel["stiftelsesdato"]
    else:
        raise ValueError(f"unknown date {date!r}")
    years = pd.to_numeric(d.str[:4], errors="coerce").dropna().astype(int)
    if not len(years):
        return pd.DataFrame({"aar": pd.Series(dtype=int), "antall": pd.Series(dtype=int)})
    counts = years.value_counts()
    rng = range(int(years.min()), int(years.max()) + 1)
    return pd.DataFrame({"aar": list(rng), "antall": [int(counts.get(y, 0)) for y in rng]})


# ---------------------------------------------------------------------- peers
GROUP_NAMES = {"county": "fylke", "size": "storrelse", "neighbours": "naboer", "twins": "tvillinger"}


def peer_comparison(code: str, per_municipality: pd.DataFrame, groups: Mapping[str, list[str]]) -> pd.DataFrame:
    """The municipality against each of its peer groups and the whole country.

    ``per_municipality`` is :func:`counts_by_municipality`; ``groups`` is :func:`analytics.peers.peer_groups`
    (keys ``county``, ``size``, ``neighbours``, and ``twins`` when the profile found them) - the same groups the
    profile shows everywhere else. One row per group (``kommunen``, ``fylke``, ``storrelse``, ``naboer``,
    ``tvillinger``, ``landet``): antall_kommuner, antall (organisations), befolkning, per_1000 (pooled:
    organisations / inhabitants of the group), median_per_1000 (median of the members' rates), and for the
    municipality itself rang (1 = highest rate) among the group plus itself, and av (group size incl. itself).
    """
    mine = per_municipality[per_municipality["kommunenummer"] == code]
    if not len(mine):
        raise AtlasError(Msg("org.err.unknown_municipality", code=code), value=code)
    own = mine.iloc[0]
    rows = [_group_row("kommunen", mine, own)]
    for key, name in GROUP_NAMES.items():
        if key in groups:
            members = per_municipality[per_municipality["kommunenummer"].isin(set(groups[key]) - {code})]
            rows.append(_group_row(name, members, own))
    rows.append(_group_row("landet", per_municipality[per_municipality["kommunenummer"] != code], own))
    return pd.DataFrame(rows)


def _group_row(name: str, members: pd.DataFrame, own: pd.Series) -> dict[str, Any]:
    pop = float(pd.to_numeric(members["befolkning"], errors="coerce").sum())
    n = int(members["antall"].sum())
    rates = members["per_1000"].dropna()
    with_own = pd.concat([rates, pd.Series([own["per_1000"]])]).dropna()
    rank = int((with_own > own["per_1000"]).sum()) + 1 if pd.notna(own["per_1000"]) else None
    return {"gruppe": name, "antall_kommuner": len(members), "antall": n, "befolkning": int(pop),
            "per_1000": (n / pop * 1000) if pop > 0 else None,
            "median_per_1000": float(rates.median()) if len(rates) else None,
            "rang": rank if name != "kommunen" else 1, "av": len(with_own) if name != "kommunen" else 1,
            "kommuner": ",".join(sorted(members["kommunenummer"]))}


def oslo_in(codes: Iterable[str]) -> bool:
    """True if Oslo is among the shown municipalities (then say that national organisations inflate its count)."""
    return OSLO in set(codes)
