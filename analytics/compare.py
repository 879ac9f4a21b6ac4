"""Municipalities side by side, from either country: pure functions on the registers (no Streamlit, no files).

The link parameter ``?sammenlign=0301,1103,4601`` lists 2-6 municipality numbers. Norwegian (2024) and Danish
municipality numbers do not overlap, so a bare number names one municipality; where a number is known in both
countries it is read in the country of the view, and ``dk:0101`` / ``no:0301`` says which is meant.

Norway beside Denmark (:func:`country_rows`, :func:`size_rows`, :func:`adoption_rows`) puts both countries'
coverage on the same scales: shares of municipalities and of population with a policy, by county/region and by
size class (each country's own classes), and adoption over time.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analytics import coverage

PARAM = "sammenlign"
MIN_PICK, MAX_PICK = 2, 6
COUNTRIES = ("no", "dk")


@dataclass(frozen=True)
class Pick:
    country: str
    code: str

    @property
    def key(self) -> str:
        return f"{self.country}:{self.code}"


@dataclass(frozen=True)
class Parsed:
    picks: list[Pick]
    unknown: list[str]  # tokens that name no municipality
    dropped: list[str]  # tokens beyond the sixth


def parse_picks(text: str | None, known: Mapping[str, Iterable[str]], prefer: str = "no") -> Parsed:
    """``"0301,1103,dk:0101"`` -> picks in the order given (duplicates once), unknown tokens, tokens beyond six.

    ``known``: country -> its municipality numbers. A bare number is looked up in ``prefer`` first, then in the other
    country; a number of three digits or fewer is padded to four (``101`` -> ``0101``, as Statistics Denmark writes
    it)."""
    sets = {c: {str(x) for x in codes} for c, codes in known.items()}
    order = [prefer, *[c for c in COUNTRIES if c != prefer]]
    picks: list[Pick] = []
    unknown: list[str] = []
    dropped: list[str] = []
    for raw in (text or "").replace(";", ",").replace(" ", ",").split(","):
        token = raw.strip()
        if not token:
            continue
        country, _, code = token.rpartition(":")
        country = country.strip().lower()
        code = code.strip()
        if code.isdigit() and len(code) <= 4:
            code = code.zfill(4)
        candidates = [country] if country else order
        hit = next((Pick(c, code) for c in candidates if code in sets.get(c, set())), None)
        if hit is None:
            unknown.append(token[:20])
        elif hit not in picks:
            if len(picks) >= MAX_PICK:
                dropped.append(token[:20])
            else:
                picks.append(hit)
    return Parsed(picks, unknown, dropped)


def format_picks(picks: Iterable[Pick], known: Mapping[str, Iterable[str]]) -> str:
    """The ``?sammenlign=`` value for ``picks``: bare numbers, ``dk:``/``no:`` only where a number is in both."""
    sets = {c: {str(x) for x in codes} for c, codes in known.items()}
    out = []
    for p in picks:
        both = sum(p.code in s for s in sets.values()) > 1
        out.append(p.key if both else p.code)
    return ",".join(out)


@dataclass(frozen=True)
class CountryData:
    """What the comparison needs from one country. ``org_per_municipality``: ``organisations.counts_by_municipality``
    (None without a national register); ``icnpo``: ``organisations.icnpo_breakdown(level="kommune")`` or None;
    ``quality``: the checklist register (``bud_1`` … ``bud_10``) or None; ``*_demo``: whether that register is the
    generated DEMO one."""

    municipalities: pd.DataFrame
    policies: pd.DataFrame
    policies_demo: bool
    org_per_municipality: pd.DataFrame | None = None
    icnpo: pd.DataFrame | None = None
    quality: pd.DataFrame | None = None
    quality_demo: bool = False


ROW_COLUMNS = ["country", "kommunenummer", "kommunenavn", "fylkesnavn", "status", "adopted_year", "revised_year",
               "revision", "council_took_office", "befolkning", "befolkning_aar", "orgs", "orgs_per_1000",
               "icnpo_top", "bud_met", "bud_answered", "lat", "lon", "policies_demo", "quality_demo"]
BUD_COUNT = 10


def _num(v: Any) -> float | None:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return float(v)


def _int(v: Any) -> int | None:
    n = _num(v)
    return None if n is None else int(n)


def compare_rows(picks: Iterable[Pick], data: Mapping[str, CountryData], today: dt.date | None = None,
                 top: int = 3) -> pd.DataFrame:
    """One row per pick (in order) with the figures the comparison shows: policy status and years, the revision
    state (``current``/``due``/``uncertain``/``unknown``; None without an adopted policy), population, organisations
    and organisations per 1,000 (None where the country has no national register), the ``top`` ICNPO categories as
    (name, share) pairs, the ten bud met and answered (None without a checklist row), and the map position."""
    rows = []
    revisions: dict[str, pd.DataFrame] = {}
    for p in picks:
        d = data[p.country]
        mun = d.municipalities.set_index(d.municipalities["kommunenummer"].astype(str))
        m = mun.loc[p.code]
        status = coverage.status_table(d.policies, d.municipalities).set_index("kommunenummer").loc[p.code]
        if p.country not in revisions:
            revisions[p.country] = coverage.revision_status(d.policies, p.country, today).assign(
                kommunenummer=lambda df: df["kommunenummer"].astype(str)).set_index("kommunenummer")
        rev = revisions[p.country]
        orgs = per_1000 = None
        if d.org_per_municipality is not None:
            per = d.org_per_municipality.set_index(d.org_per_municipality["kommunenummer"].astype(str))
            if p.code in per.index:
                orgs = _int(per.at[p.code, "antall"])
                per_1000 = _num(per.at[p.code, "per_1000"])
        icnpo_top: list[tuple[str, float]] = []
        if d.icnpo is not None and len(d.icnpo):
            mine = d.icnpo[(d.icnpo["omraade"].astype(str) == p.code) & (d.icnpo["icnpo"] != "uten")]
            mine = mine.sort_values(["andel", "icnpo"], ascending=[False, True]).head(top)
            icnpo_top = [(str(n), float(a)) for n, a in zip(mine["navn"], mine["andel"], strict=True)]
        bud_met = bud_answered = None
        if d.quality is not None and len(d.quality):
            q = d.quality[d.quality["kommunenummer"].astype(str) == p.code]
            if len(q):
                answers = [q.iloc[0].get(f"bud_{n}") for n in range(1, BUD_COUNT + 1)]
                known = [a for a in answers if _num(a) is not None]
                bud_met = sum(bool(a) for a in known)
                bud_answered = len(known)
        rows.append({
            "country": p.country, "kommunenummer": p.code, "kommunenavn": str(m["kommunenavn"]),
            "fylkesnavn": str(m["fylkesnavn"]), "status": str(status["status"]),
            "adopted_year": _int(status["adopted_year"]), "revised_year": _int(status["revised_year"]),
            "revision": str(rev.at[p.code, "revision"]) if p.code in rev.index else None,
            "council_took_office": str(rev["council_took_office"].iloc[0]) if len(rev) else None,
            "befolkning": _int(m["befolkning"]), "befolkning_aar": _int(m.get("befolkning_aar")),
            "orgs": orgs, "orgs_per_1000": per_1000, "icnpo_top": icnpo_top,
            "bud_met": bud_met, "bud_answered": bud_answered,
            "lat": _num(m.get("lat")), "lon": _num(m.get("lon")),
            "policies_demo": d.policies_demo, "quality_demo": d.quality_demo,
        })
    return pd.DataFrame(rows, columns=ROW_COLUMNS)


# ------------------------------------------------------------------------------------------------ Norway beside Denmark
def country_rows(summaries: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """One row per country from :func:`analytics.coverage.coverage_summary`: municipalities, adopted, share of
    municipalities, population, population covered, share of population."""
    rows = []
    for country, s in summaries.items():
        rows.append({"country": country, "municipalities": s["municipalities"], "adopted": s["adopted"],
                     "share_municipalities": s["share_municipalities"], "population": s["population"],
                     "population_covered": s["population_covered"], "share_population": s["share_population"]})
    return pd.DataFrame(rows)


def area_rows(summaries: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """One row per county (Norway) or region (Denmark): country, code, name, municipalities, adopted, shares."""
    rows = []
    for country, s in summaries.items():
        for code, a in s["by_county"].items():
            rows.append({"country": country, "code": code, "name": a.get("name", code),
                         "municipalities": a["municipalities"], "adopted": a["adopted"],
                         "share_municipalities": a["share_municipalities"], "share_population": a["share_population"]})
    return pd.DataFrame(rows, columns=["country", "code", "name", "municipalities", "adopted", "share_municipalities",
                                       "share_population"])


def size_rows(summaries: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """One row per size class of each country (each country's own classes, see :mod:`analytics.coverage`)."""
    rows = []
    for country, s in summaries.items():
        for key, a in s["by_size"].items():
            rows.append({"country": country, "size_class": key, "municipalities": a["municipalities"],
                         "adopted": a["adopted"], "share_municipalities": a["share_municipalities"],
                         "share_population": a["share_population"]})
    return pd.DataFrame(rows, columns=["country", "size_class", "municipalities", "adopted", "share_municipalities",
                                       "share_population"])


def adoption_rows(summaries: Mapping[str, Mapping[str, Any]], first_year: int | None = None) -> pd.DataFrame:
    """The cumulative share of municipalities with a policy by year, both countries on one year axis."""
    rows = []
    for country, s in summaries.items():
        for r in s["by_year"]:
            if first_year is None or r["year"] >= first_year:
                rows.append({"country": country, "year": int(r["year"]), "cumulative": r["cumulative"],
                             "share_municipalities": r["share_municipalities"],
                             "share_population": r["share_population"]})
    return pd.DataFrame(rows, columns=["country", "year", "cumulative", "share_municipalities", "share_population"])
