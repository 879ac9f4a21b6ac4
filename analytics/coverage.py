"""Coverage of municipal volunteer policies: pure functions on the policy register and the municipality register.

Shares are always counted, never averaged: a county's share is the number of its municipalities with an adopted
policy over the number of its municipalities (not a mean of anything), and a population share is the population of
those municipalities over the population of all of them. Municipalities missing from the register count in every
denominator as "ingen data" (``no_data``) - as in Frivillighet Norge's own counts, which are shares of *all*
municipalities.

Size classes
------------
Norway uses the population bands of Statistics Norway's municipality grouping for KOSTRA (``KOSTRA-gruppering per
2020``, SSB Rapporter 2020/48 by Kringlebotten and Langørgen, and the table on
https://www.ssb.no/offentlig-sektor/kostra/statistikk/kostra-kommune-stat-rapportering/om-kostra/kostra-gruppene):
0-599, 600-1 999, 2 000-9 999, 10 000-19 999, 20 000-29 999, 30 000-44 999, 45 000-74 999 and 75 000 and over
(SSB's groups 12, 75 000-300 000, and 13, Oslo, are one class here). SSB forms those groups from 2019 populations
together with spending needs and income; here only the population bands are used, applied to the population in the
municipality register (1 January 2024 for Norway).

Denmark has no official size grouping of this kind. The atlas uses under 20 000, 20 000-49 999, 50 000-99 999 and
100 000 and over; 20 000 inhabitants was the minimum size the 2007 structural reform (Kommunalreformen) aimed at.

Councils and revision
---------------------
Frivillighet Norge's second "frivillighetspolitiske bud" says the policy should be reconsidered when a new council
takes office ("Frivillighetspolitikken bør revurderes ved nytt kommunestyre"). A policy is therefore *due for
revision* when it was adopted and neither adopted nor revised since the sitting council took office:

* Norway: councils are elected in September 2019, 2023, 2027 … and take office in October of the election year (the
  constituent meeting is held by the end of October); dated here 1 October.
* Denmark: councils are elected in November 2021, 2025, 2029 … and take office on 1 January of the following year
  (the councils elected on 18 November 2025 took office on 1 January 2026).

The register holds years, not dates. For Norway a policy adopted or revised in the year the council took office
(e.g. 2023) may be from before or after October; it is reported as ``uncertain``, never guessed. For Denmark the
year decides.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from registers.policies import NO_DATA, STATUSES

# (lower bound inclusive, upper bound inclusive or None, key)
SIZE_CLASSES: dict[str, tuple[tuple[int, int | None], ...]] = {
    "no": ((0, 599), (600, 1999), (2000, 9999), (10000, 19999), (20000, 29999), (30000, 44999), (45000, 74999),
           (75000, None)),
    "dk": ((0, 19999), (20000, 49999), (50000, 99999), (100000, None)),
}
SIZE_CLASS_SOURCE = {
    "no": "SSB, KOSTRA-gruppering per 2020 (befolkningsintervallene), Rapporter 2020/48",
    "dk": "Frivillighetsatlas; 20 000 innbyggere var minstestørrelsen i kommunalreformen 2007",
}


@dataclass(frozen=True)
class CouncilCalendar:
    """When councils take office: elections every four years from ``first_election``; the new council takes
    office on (``office_year_offset`` years after the election, ``office_month``, ``office_day``)."""

    first_election: int
    office_year_offset: int
    office_month: int
    office_day: int = 1

    def took_office(self, election_year: int) -> dt.date:
        return dt.date(election_year + self.office_year_offset, self.office_month, self.office_day)

    def sitting_since(self, today: dt.date) -> tuple[int, dt.date]:
        """(election year, date of taking office) of the council sitting on ``today``."""
        year = self.first_election + 4 * math.floor((today.year - self.first_election) / 4)
        while self.took_office(year) > today:
            year -= 4
        while self.took_office(year + 4) <= today:
            year += 4
        return year, self.took_office(year)


COUNCILS = {
    "no": CouncilCalendar(first_election=2019, office_year_offset=0, office_month=10),
    "dk": CouncilCalendar(first_election=2021, office_year_offset=1, office_month=1),
}



# Register columns saying which years were given as approximate (registers.policies.YEAR_APPROX_COLUMNS).
APPROX_COLUMNS = ("adopted_year_approx", "revised_year_approx", "status_year_approx")


def size_class_label(lo: int, hi: int | None) -> str:
    """``(2000, 9999)`` -> ``"2000-9999"``; ``(75000, None)`` -> ``"75000+"`` (keys in JSON)."""
    return f"{lo}+" if hi is None else f"{lo}-{hi}"


def size_class(population: float, country: str) -> str:
    """The size class key for a population (see the module docstring for the bands and their source)."""
    for lo, hi in SIZE_CLASSES[country]:
        if population >= lo and (hi is None or population <= hi):
            return size_class_label(lo, hi)
    return size_class_label(*SIZE_CLASSES[country][0])


# ------------------------------------------------------------------------------------------------ status table
def status_table(register: pd.DataFrame, municipalities: pd.DataFrame) -> pd.DataFrame:
    """Every municipality with its status (``adopted``/``in_progress``/``none``/``no_data``), years, county and
    population. Register rows for codes that are not current municipalities are left out."""
    cols = ["kommunenummer", "kommunenavn", "fylkesnummer", "fylkesnavn", "befolkning"]
    mun = municipalities[cols].copy()
    mun["kommunenummer"] = mun["kommunenummer"].astype(str)
    reg_cols = [c for c in ("kommunenummer", "status", "adopted_year", "revised_year", "status_year", *APPROX_COLUMNS)
                if c in register.columns]
    reg = register[reg_cols].copy()
    reg["kommunenummer"] = reg["kommunenummer"].astype(str)
    out = mun.merge(reg, on="kommunenummer", how="left")
    out["status"] = out["status"].astype(object).where(out["status"].notna(), NO_DATA).astype(str)
    for c in ("adopted_year", "revised_year", "status_year"):
        if c not in out.columns:
            out[c] = pd.array([None] * len(out), dtype="Int64")
        else:
            out[c] = pd.array(out[c].tolist(), dtype="Int64")
    for c in APPROX_COLUMNS:  # a year the register holds as approximate ("ca. 2014"); False when not known
        out[c] = out[c].fillna(False).astype(bool) if c in out.columns else False
    out["befolkning"] = pd.to_numeric(out["befolkning"], errors="coerce").fillna(0).astype("int64")
    return out.sort_values("kommunenummer").reset_index(drop=True)


def _share(num: float, den: float) -> float | None:
    return (num / den) if den else None


def _counts(table: pd.DataFrame) -> dict[str, Any]:
    n = len(table)
    adopted = table["status"] == "adopted"
    population = int(table["befolkning"].sum())
    covered = int(table.loc[adopted, "befolkning"].sum())
    out: dict[str, Any] = {"municipalities": n}
    for s in (*STATUSES, NO_DATA):
        out[s] = int((table["status"] == s).sum())
    out.update({
        "share_municipalities": _share(out["adopted"], n),
        "share_in_progress": _share(out["in_progress"], n),
        "population": population,
        "population_covered": covered,
        "share_population": _share(covered, population),
    })
    return out


def coverage_by(table: pd.DataFrame, key: str, name: str | None = None) -> dict[str, dict[str, Any]]:
    """Counts and shares per value of ``key`` (e.g. ``fylkesnummer``), each share counted within the group."""
    out: dict[str, dict[str, Any]] = {}
    for value, group in table.groupby(key, sort=True):
        entry: dict[str, Any] = {}
        if name:
            entry["name"] = str(group[name].iloc[0])
        entry.update(_counts(group))
        out[str(value)] = entry
    return out


def coverage_by_size(table: pd.DataFrame, country: str) -> dict[str, dict[str, Any]]:
    """Counts and shares per population size class, in class order; every class is listed (possibly empty)."""
    t = table.assign(size_class=[size_class(p, country) for p in table["befolkning"]])
    out: dict[str, dict[str, Any]] = {}
    for lo, hi in SIZE_CLASSES[country]:
        key = size_class_label(lo, hi)
        entry: dict[str, Any] = {"min": lo, "max": hi}
        entry.update(_counts(t[t["size_class"] == key]))
        out[key] = entry
    return out


def adoptions_by_year(table: pd.DataFrame, first_year: int | None = None, last_year: int | None = None
                      ) -> pd.DataFrame:
    """Adoptions per year and the cumulative count, as shares of today's municipalities and population.

    Built from ``adopted_year`` of municipalities whose status is ``adopted`` (a policy adopted and later dropped is
    not in the register, so the past can only be undercounted). Municipalities adopted in an unknown year are not
    in any year; :func:`coverage_summary` reports how many.
    """
    adopted = table[(table["status"] == "adopted") & table["adopted_year"].notna()]
    years = adopted["adopted_year"].astype(int)
    if first_year is None:
        first_year = int(years.min()) if len(years) else (last_year or dt.date.today().year)
    if last_year is None:
        last_year = max(int(years.max()) if len(years) else first_year, first_year)
    n = len(table)
    population = float(table["befolkning"].sum())
    rows = []
    for y in range(first_year, last_year + 1):
        in_year = adopted[years == y]
        upto = adopted[years <= y]
        rows.append({
            "year": y,
            "adopted_in_year": len(in_year),
            "cumulative": len(upto),
            "share_municipalities": _share(len(upto), n),
            "population_covered": int(upto["befolkning"].sum()),
            "share_population": _share(float(upto["befolkning"].sum()), population),
        })
    return pd.DataFrame(rows, columns=["year", "adopted_in_year", "cumulative", "share_municipalities",
                                       "population_covered", "share_population"])


def register_as_of(register: pd.DataFrame, year: int) -> pd.DataFrame:
    """The register as it stood at the end of ``year``, from adoption years.

    Adopted by then -> ``adopted`` (``revised_year`` dropped if later). Adopted later, or ``none``/``in_progress``
    today -> ``none`` (nothing was adopted yet; whether work had started is unknown). Adopted in an unknown year ->
    left out (``ingen data`` on a map). Rows keep all other columns.
    """
    reg = register.copy()
    adopted_year = pd.array(reg["adopted_year"].tolist(), dtype="Int64")
    adopted_now = (reg["status"] == "adopted").to_numpy()
    known = ~pd.isna(adopted_year)
    keep = ~(adopted_now & ~known)
    reg = reg[keep].copy()
    ay = pd.array(reg["adopted_year"].tolist(), dtype="Int64")
    was_adopted = (reg["status"] == "adopted").to_numpy() & (ay <= year).fillna(False).to_numpy(dtype=bool)
    reg["status"] = ["adopted" if w else "none" for w in was_adopted]
    reg.loc[~was_adopted, ["adopted_year", "revised_year"]] = pd.NA
    if "revised_year" in reg.columns:
        ry = pd.array(reg["revised_year"].tolist(), dtype="Int64")
        later = (ry > year).fillna(False).to_numpy(dtype=bool)
        reg.loc[later, "revised_year"] = pd.NA
    return reg.reset_index(drop=True)


# ------------------------------------------------------------------------------------------------ revision
def revision_status(register: pd.DataFrame, country: str, today: dt.date | None = None) -> pd.DataFrame:
    """For every adopted policy: the latest year it was adopted or revised and whether it is ``current``, ``due``
    (adopted/revised before the sitting council took office), ``uncertain`` (Norway: in the very year the council
    took office) or ``unknown`` (no year given). See the module docstring for the rule."""
    today = today or dt.date.today()
    election, since = COUNCILS[country].sitting_since(today)
    adopted = register[register["status"] == "adopted"].copy()
    ay = pd.array(adopted["adopted_year"].tolist(), dtype="Int64")
    ry = pd.array(adopted["revised_year"].tolist(), dtype="Int64")
    latest = []
    for a, r in zip(ay, ry, strict=True):
        vals = [int(v) for v in (a, r) if not pd.isna(v)]
        latest.append(max(vals) if vals else None)
    states = []
    for y in latest:
        if y is None:
            states.append("unknown")
        elif y < since.year:
            states.append("due")
        elif y == since.year and (since.month, since.day) != (1, 1):
            states.append("uncertain")
        else:
            states.append("current")
    cols = [c for c in ("kommunenummer", "kommunenavn", "adopted_year", "revised_year") if c in adopted.columns]
    out = adopted[cols].reset_index(drop=True)
    out["latest_year"] = pd.array(latest, dtype="Int64")
    out["revision"] = states
    out["council_elected"] = election
    out["council_took_office"] = since.isoformat()
    return out


def revision_summary(register: pd.DataFrame, country: str, today: dt.date | None = None) -> dict[str, Any]:
    """Counts of adopted policies by revision state, with the council dates and the rule in words."""
    today = today or dt.date.today()
    election, since = COUNCILS[country].sitting_since(today)
    rs = revision_status(register, country, today)
    counts = {s: int((rs["revision"] == s).sum()) for s in ("current", "due", "uncertain", "unknown")}
    return {
        "council_elected": election,
        "council_took_office": since.isoformat(),
        "adopted": len(rs),
        **counts,
        "share_revised_since_council": _share(counts["current"], len(rs)),
        "rule": ("adopted or revised before the sitting council took office = due; in the year it took office = "
                 "uncertain (Norway: councils take office in October)") if country == "no" else
                ("adopted or revised before the sitting council took office on 1 January = due"),
    }


# ------------------------------------------------------------------------------------------------ where to push
def where_to_push(register: pd.DataFrame, municipalities: pd.DataFrame, neighbours: pd.DataFrame | None = None,
                  orgs_per_1000: pd.Series | None = None, sort_by: str = "population") -> pd.DataFrame:
    """Municipalities without an adopted policy (``in_progress``, ``none`` or ``no_data``), ranked.

    Columns: rank, code, name, county, status, population, organisations per 1 000 inhabitants (when
    ``orgs_per_1000`` - a Series indexed by kommunenummer - is given; otherwise empty), number of neighbours and
    how many of them have an adopted policy. ``sort_by``: ``"population"`` (largest first), ``"orgs_per_1000"``
    (most organisations per inhabitant first) or ``"neighbours_with_policy"`` (most neighbours with a policy
    first); ties are broken by population.
    """
    table = status_table(register, municipalities)
    adopted_codes = set(table.loc[table["status"] == "adopted", "kommunenummer"])
    out = table[table["status"] != "adopted"].copy()
    if neighbours is not None and len(neighbours):
        nb = neighbours[["kommunenummer", "nabo"]].astype(str)
        total = nb.groupby("kommunenummer").size()
        with_policy = nb[nb["nabo"].isin(adopted_codes)].groupby("kommunenummer").size()
        out["neighbours"] = out["kommunenummer"].map(total).fillna(0).astype(int)
        out["neighbours_with_policy"] = out["kommunenummer"].map(with_policy).fillna(0).astype(int)
    else:
        out["neighbours"] = pd.array([None] * len(out), dtype="Int64")
        out["neighbours_with_policy"] = pd.array([None] * len(out), dtype="Int64")
    if orgs_per_1000 is not None:
        s = pd.Series(orgs_per_1000)
        s.index = s.index.astype(str)
        out["orgs_per_1000"] = out["kommunenummer"].map(s).astype(float)
    else:
        out["orgs_per_1000"] = float("nan")
    keys = {"population": (["befolkning"], [False]),
            "orgs_per_1000": (["orgs_per_1000", "befolkning"], [False, False]),
            "neighbours_with_policy": (["neighbours_with_policy", "befolkning"], [False, False])}
    if sort_by not in keys:
        raise ValueError(f"sort_by must be one of {sorted(keys)}")
    by, ascending = keys[sort_by]
    out = out.sort_values(by, ascending=ascending, na_position="last", kind="mergesort").reset_index(drop=True)
    out.insert(0, "rank", range(1, len(out) + 1))
    return out[["rank", "kommunenummer", "kommunenavn", "fylkesnummer", "fylkesnavn", "status", "befolkning",
                "orgs_per_1000", "neighbours", "neighbours_with_policy"]]


# ------------------------------------------------------------------------------------------------ summary
def coverage_summary(register: pd.DataFrame, municipalities: pd.DataFrame, country: str = "no",
                     today: dt.date | None = None, population_year: int | None = None) -> dict[str, Any]:
    """Everything the coverage views show, as plain numbers (the ``coverage --json`` contract).

    Keys: municipalities, adopted, in_progress, none, no_data, share_municipalities, share_in_progress,
    population, population_covered, share_population, adopted_year_unknown, by_county (Denmark: also by_region,
    the same numbers), by_size, by_year (list), revision, size_classes (bands and source).
    """
    today = today or dt.date.today()
    table = status_table(register, municipalities)
    summary = _counts(table)
    summary["country"] = country
    summary["adopted_year_unknown"] = int(((table["status"] == "adopted") & table["adopted_year"].isna()).sum())
    summary["register_rows_outside"] = int((~register["kommunenummer"].astype(str).isin(
        set(table["kommunenummer"]))).sum()) if len(register) else 0
    by_county = coverage_by(table, "fylkesnummer", "fylkesnavn")
    summary["by_county"] = by_county
    if country == "dk":
        summary["by_region"] = by_county
    summary["by_size"] = coverage_by_size(table, country)
    summary["size_classes"] = {"bands": [size_class_label(lo, hi) for lo, hi in SIZE_CLASSES[country]],
                               "source": SIZE_CLASS_SOURCE[country]}
    by_year = adoptions_by_year(table, last_year=today.year)
    summary["by_year"] = [{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
                          for r in by_year.to_dict("records")]
    summary["revision"] = revision_summary(register, country, today)
    if population_year is not None:
        summary["population_year"] = population_year
    elif "befolkning_aar" in municipalities.columns and len(municipalities):
        summary["population_year"] = int(pd.to_numeric(municipalities["befolkning_aar"]).max())
    return summary


# ------------------------------------------------------------------------------------------------ published
def published_records(df: pd.DataFrame | None) -> list[dict[str, Any]]:
    """The published series as JSON-ready dicts (NaN -> None)."""
    if df is None:
        return []
    recs = []
    for r in df.to_dict("records"):
        rec = {k: (None if (isinstance(v, float) and math.isnan(v)) else v) for k, v in r.items()}
        for k in ("year", "count"):
            if rec.get(k) is not None:
                rec[k] = int(rec[k])
        rec["date_exact"] = bool(rec.get("date_exact"))
        rec["comparable"] = bool(rec.get("comparable"))
        recs.append(rec)
    return recs
