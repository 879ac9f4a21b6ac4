"""Filter widgets bound to the URL (``fylke``, ``storrelse``, ``aar``), so a shared link reopens the same view."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import coverage
from base.i18n import area_key, fmt_int, t
from ui.state import set_param, url_selectbox

ALL = ""


def county_filter(mun: pd.DataFrame, country: str, lang: str) -> str | None:
    """County (Norway) or region (Denmark) picker; returns the code or None for all."""
    counties = mun.drop_duplicates("fylkesnummer").sort_values("fylkesnummer")
    names = dict(zip(counties["fylkesnummer"], counties["fylkesnavn"], strict=True))
    options = [ALL, *names]
    label = t(area_key("filter.county", country), lang)
    choice = url_selectbox(label, options, "fylke",
                           format_func=lambda c: t("filter.all", lang) if c == ALL else f"{names[c]}", width=260)
    return choice or None


def size_label(key: str, lang: str) -> str:
    """``"2000-9999"`` -> ``"2 000–9 999 innb."``; ``"75000+"`` -> ``"75 000 innb. og flere"``."""
    if key.endswith("+"):
        return t("filter.size_over", lang, n=fmt_int(int(key[:-1]), lang))
    lo, hi = key.split("-")
    return t("filter.size_band", lang, lo=fmt_int(int(lo), lang), hi=fmt_int(int(hi), lang))


def size_filter(country: str, lang: str) -> str | None:
    """SSB's size classes (Norway) or the atlas's bands (Denmark); see ``analytics.coverage.SIZE_CLASSES``."""
    options = [ALL, *(coverage.size_class_label(lo, hi) for lo, hi in coverage.SIZE_CLASSES[country])]
    choice = url_selectbox(t("filter.size", lang), options, "storrelse",
                           format_func=lambda k: t("filter.all", lang) if k == ALL else size_label(k, lang), width=220)
    return choice or None


def policy_years(register: pd.DataFrame) -> tuple[int, int] | None:
    """First adoption year in the register to this year (the slider's range), or None without years."""
    years = pd.to_numeric(register.get("adopted_year"), errors="coerce").dropna()
    if not len(years):
        return None
    return int(years.min()), dt.date.today().year


def year_slider(years: tuple[int, int] | None, lang: str) -> int | None:
    """The register as it stood at the end of a year; the last year (today) is the default."""
    if not years or years[0] >= years[1]:
        return None
    first, last = years
    from_url = url_year(years)
    key = "_url_aar"
    if st.session_state.get(key) != (from_url or last):
        st.session_state[key] = from_url or last  # the URL wins (a link, the back button)

    def on_change() -> None:
        chosen = int(st.session_state[key])
        set_param("aar", None if chosen == last else chosen)

    year = st.slider(t("filter.year", lang), min_value=first, max_value=last, key=key, on_change=on_change,
                     width=360)
    return None if year == last else int(year)


def url_filters(mun: pd.DataFrame, country: str, years: tuple[int, int] | None
                ) -> tuple[str | None, str | None, int | None]:
    """The filters as the URL gives them, without widgets (presentation mode); unknown values are ignored."""
    fylke = st.query_params.get("fylke")
    fylke = fylke if fylke in set(mun["fylkesnummer"]) else None
    sizes = {coverage.size_class_label(lo, hi) for lo, hi in coverage.SIZE_CLASSES[country]}
    size = st.query_params.get("storrelse")
    size = size if size in sizes else None
    return fylke, size, url_year(years)


def url_year(years: tuple[int, int] | None) -> int | None:
    """``aar`` from the URL when it is a year before the register's last (the last year is the default, left out)."""
    year = st.query_params.get("aar")
    if years and year and year.isdigit() and years[0] <= int(year) < years[1]:
        return int(year)
    return None


def scope_label(mun: pd.DataFrame, country: str, fylke: str | None, size: str | None, year: int | None,
                lang: str) -> str | None:
    """The filtered view in words ("Nordland - Nordlánnda · 2 000–9 999 innb. · per 2015"), None for the
    national view today: for titles, file names and the header lines of exports."""
    parts = []
    if fylke:
        names = dict(zip(mun["fylkesnummer"], mun["fylkesnavn"], strict=True))
        parts.append(str(names.get(fylke, fylke)))
    if size:
        parts.append(size_label(size, lang))
    if year:
        parts.append(t("filter.as_of", lang, year=year))
    return " · ".join(parts) or None
