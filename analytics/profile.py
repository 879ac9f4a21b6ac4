"""One municipality's profile: its policy history across register versions, and the plain-text summary an adviser
pastes into an e-mail. Pure functions; the page supplies the data and the language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from base.i18n import fmt_int, fmt_num, fmt_pct, t


def policy_history(versions: Iterable[tuple[Mapping[str, Any], pd.DataFrame]], code: str) -> pd.DataFrame:
    """How the municipality's row changed across register versions (oldest first): version, imported, file, status,
    adopted and revised year. Consecutive identical entries are collapsed so only changes show."""
    rows = []
    for meta, df in versions:
        hit = df[df["kommunenummer"].astype(str) == code]
        rec = hit.iloc[0] if len(hit) else None
        rows.append({
            "version": meta.get("version"),
            "imported": str(meta.get("written") or meta.get("imported_at") or "")[:10],
            "file": meta.get("file_name", ""),
            "status": rec["status"] if rec is not None else "no_data",
            "adopted_year": rec["adopted_year"] if rec is not None else None,
            "revised_year": rec["revised_year"] if rec is not None else None,
        })
    out = pd.DataFrame(rows, columns=["version", "imported", "file", "status", "adopted_year", "revised_year"])
    if len(out):
        key = out[["status", "adopted_year", "revised_year"]].apply(
            lambda r: "|".join("" if pd.isna(v) else str(v) for v in r), axis=1)  # a missing year is NaN/None
        out = out[key != key.shift()].reset_index(drop=True)
    return out


def year_text(year: Any, approximate: Any, lang: str) -> str:
    """``"2014"``, or ``"ca. 2014"`` when the register holds the year as approximate; ``"–"`` when unknown."""
    if not _known(year):
        return "–"
    return t("year.approx", lang, year=int(year)) if _known(approximate) and bool(approximate) else str(int(year))


def summary_text(facts: Mapping[str, Any], lang: str) -> str:
    """A short plain-text paragraph about one municipality (no markup: it is pasted into e-mails).

    ``facts`` keys: name, county, population, population_year, status, adopted_year, revised_year (with optional
    adopted_year_approx, revised_year_approx, status_year, status_year_approx), revision
    (current/due/uncertain/unknown or None), council_took_office, neighbours_total, neighbours_with_policy,
    orgs_per_1000 (or None), orgs_per_1000_county (or None), orgs (or None), demo (bool), sources (list of str).
    """
    lines = [t("profile.sum.head", lang, name=facts["name"], county=facts["county"],
               population=fmt_int(facts["population"], lang), year=facts["population_year"])]
    status = facts["status"]
    if status == "adopted":
        year = facts.get("adopted_year")
        lines.append(t("profile.sum.adopted", lang, year=year_text(year, facts.get("adopted_year_approx"), lang))
                     if _known(year) else t("profile.sum.adopted_unknown_year", lang))
        if _known(facts.get("revised_year")):
            lines.append(t("profile.sum.revised", lang,
                           year=year_text(facts["revised_year"], facts.get("revised_year_approx"), lang)))
        if facts.get("revision") == "due":
            lines.append(t("profile.sum.due", lang, date=facts.get("council_took_office", "")))
        elif facts.get("revision") == "current":
            lines.append(t("profile.sum.current", lang))
    elif status == "in_progress" and _known(facts.get("status_year")):
        lines.append(t("profile.sum.status.in_progress_year", lang,
                       year=year_text(facts["status_year"], facts.get("status_year_approx"), lang)))
    else:
        lines.append(t(f"profile.sum.status.{status}", lang))
    if facts.get("neighbours_total"):
        lines.append(t("profile.sum.neighbours", lang, n=facts["neighbours_with_policy"],
                       total=facts["neighbours_total"]))
    if _known(facts.get("orgs_per_1000")):
        lines.append(t("profile.sum.orgs", lang, n=fmt_int(facts.get("orgs"), lang),
                       rate=fmt_num(facts["orgs_per_1000"], 1, lang),
                       county_rate=fmt_num(facts.get("orgs_per_1000_county"), 1, lang)))
    if facts.get("quality_met") is not None:
        lines.append(t("profile.sum.quality", lang, met=facts["quality_met"], known=facts["quality_known"]))
    text = " ".join(lines)
    if facts.get("demo"):
        text = t("profile.sum.demo", lang) + " " + text
    if facts.get("sources"):
        text += "\n\n" + t("profile.sum.sources", lang) + " " + "; ".join(facts["sources"]) + "."
    return text


def share_text(share: float | None, lang: str) -> str:
    return fmt_pct(share, 1, lang)


def _known(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and value is not pd.NA
