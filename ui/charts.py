"""Tables and plotly figures for the pages, labelled in the page's language (no data logic here).

Charts use plotly (bundled with Streamlit's frontend: nothing from a CDN); the mode bar's camera button downloads a
PNG made in the browser, offline.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from analytics.profile import year_text
from base.i18n import area_key, fmt_int, fmt_num, fmt_pct, pct_suffix, plotly_separators, t
from ui.palettes import STATUS_COLOURS

PLOTLY_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 3, "filename": "frivillighetsatlas"},
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
}
FONT = {"family": "Source Sans Pro, Arial, sans-serif", "size": 15}



ROW_PX = 35  # st.dataframe's row (and header) height


def grid_height(rows: int, cap: int) -> int:
    """Pixel height for a table beside a map: the rows it has (no empty grid below one row), at most ``cap``."""
    return min(cap, ROW_PX * (max(rows, 1) + 1) + 3)


def _is_year_column(values: pd.Series) -> bool:
    v = pd.to_numeric(values, errors="coerce").dropna()
    return bool(len(v)) and bool(((v % 1 == 0) & (v >= 1800) & (v <= 2200)).all())


def text_table(df: pd.DataFrame, lang: str, decimals: int = 1) -> pd.DataFrame:
    """``df`` with every cell as the text a reader sees: whole numbers with the language's thousands separator
    (years without), other numbers with ``decimals`` decimals and the decimal comma for nb/da, missing values as
    "–" (never ``None``/``nan``/``<NA>``). For tables drawn as HTML (presentation mode, print)."""
    out = pd.DataFrame(index=df.index)
    for i, name in enumerate(df.columns):
        col = df.iloc[:, i]
        if pd.api.types.is_bool_dtype(col.dtype) or not pd.api.types.is_numeric_dtype(col.dtype):
            texts = ["–" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in col]
        elif _is_year_column(col):
            texts = ["–" if pd.isna(v) else str(int(v)) for v in col]
        else:
            whole = bool((pd.to_numeric(col, errors="coerce").dropna() % 1 == 0).all())
            texts = ["–" if pd.isna(v) else fmt_int(float(v), lang) if whole else fmt_num(float(v), decimals, lang)
                     for v in col]
        out.insert(i, str(name) if str(name).strip() else "–", texts, allow_duplicates=True)
    return out


def years_text(values: Any, approximate: Any = None, lang: str = "nb") -> list[str]:
    """Years as a reader sees them: "2018", "ca. 2014" where the register holds the year as approximate, and "–"
    where there is none (the data grid writes a missing number as "None")."""
    values = list(values)
    flags = list(approximate) if approximate is not None else [False] * len(values)
    return [year_text(v, a, lang) for v, a in zip(values, flags, strict=True)]


def status_label(status: str, lang: str) -> str:
    return t(f"map.status.{status}", lang)


def status_text(status: str, year: Any, lang: str, approximate: Any = False, status_year: Any = None,
                status_year_approx: Any = False) -> str:
    """Tooltip text: the status, with the adoption year when known ("ca. 2014" when approximate) and, for a policy
    in progress, the year given for the work."""
    label = status_label(status, lang)
    if status == "adopted" and year is not None and not pd.isna(year):
        return f"{label} ({year_text(year, approximate, lang)})"
    if status == "in_progress" and status_year is not None and not pd.isna(status_year):
        return f"{label} ({year_text(status_year, status_year_approx, lang)})"
    return label


def municipality_status_table(status: pd.DataFrame, lang: str, country: str) -> pd.DataFrame:
    """The table beside the map: one row per municipality with county, population and status."""
    county = t(area_key("col.county", country), lang)
    out = pd.DataFrame({  # name and status first: beside the map, the last columns are the ones cut off
        t("col.municipality", lang): status["kommunenavn"],
        t("col.status", lang): [status_label(s, lang) for s in status["status"]],
        t("col.code", lang): status["kommunenummer"],
        county: status["fylkesnavn"],
        t("col.population", lang): status["befolkning"].astype("Int64"),
        t("col.adopted_year", lang): years_text(status["adopted_year"], status.get("adopted_year_approx"), lang),
        t("col.revised_year", lang): years_text(status["revised_year"], status.get("revised_year_approx"), lang),
    })
    return out


def county_table(by_county: Mapping[str, Mapping[str, Any]], lang: str, country: str) -> pd.DataFrame:
    """Coverage by county/region as a table (counts and correctly weighted shares)."""
    rows = []
    for code, c in sorted(by_county.items()):
        rows.append({
            t(area_key("col.county_code", country), lang): code,
            t(area_key("col.county", country), lang): c.get("name", code),
            t("col.municipalities", lang): c["municipalities"],
            t("col.adopted", lang): c["adopted"],
            t("col.in_progress", lang): c.get("in_progress", 0),
            t("col.share_mun", lang): fmt_pct(c.get("share_municipalities"), 1, lang),
            t("col.share_pop", lang): fmt_pct(c.get("share_population"), 1, lang),
        })
    return pd.DataFrame(rows)


def count_step(largest: Any) -> int:
    """A whole-number tick step for a count axis up to ``largest``: about five ticks, never a fraction."""
    top = 0 if largest is None or pd.isna(largest) else float(largest)
    return max(1, math.ceil(top / 5))


def timeline_figure(timeline: pd.DataFrame, reference: pd.DataFrame | None, lang: str) -> go.Figure:
    """Adoptions per year (bars) and the cumulative share (line), with the published national series as points."""
    fig = go.Figure()
    if len(timeline):
        fig.add_bar(x=timeline["year"], y=timeline["adopted_in_year"], name=t("chart.adopted_per_year", lang),
                    marker_color=STATUS_COLOURS["adopted"], opacity=0.55, yaxis="y2",
                    hovertemplate="%{x}: %{y}<extra></extra>")
        fig.add_scatter(x=timeline["year"], y=timeline["share_municipalities"] * 100, mode="lines+markers",
                        name=t("chart.cumulative_share", lang), line={"color": "#000000", "width": 3},
                        hovertemplate="%{x}: %{y:.1f}" + pct_suffix(lang) + "<extra></extra>")
    if reference is not None and len(reference):
        reference = reference[reference["comparable"] & reference["share"].notna()]
        labels = [f"{r.as_of}: {fmt_pct(r.share, 1, lang)} ({r.publisher})" for r in reference.itertuples()]
        fig.add_scatter(x=reference["x"], y=reference["share"] * 100, mode="markers",
                        name=t("chart.published", lang), marker={"symbol": "diamond", "size": 13,
                                                                  "color": STATUS_COLOURS["none"]},
                        text=labels, hovertemplate="%{text}<extra></extra>")
    fig.update_layout(
        font=FONT, height=420, margin={"l": 10, "r": 10, "t": 30, "b": 10}, legend={"orientation": "h", "y": -0.15},
        yaxis={"title": t("chart.share_pct", lang), "rangemode": "tozero", "ticksuffix": pct_suffix(lang)},
        yaxis2={"title": t("chart.per_year", lang), "overlaying": "y", "side": "right", "rangemode": "tozero",
                "showgrid": False, "tickformat": "d", "tick0": 0, "dtick": count_step(
                    timeline["adopted_in_year"].max() if len(timeline) else 0)},  # whole adoptions, never 1,91
        xaxis={"dtick": 2},
        separators=plotly_separators(lang),
    )
    return fig


def bar_figure(df: pd.DataFrame, x: str, y: str, lang: str, title: str = "", color: str = "#004488",
               horizontal: bool = True, text: str | None = None) -> go.Figure:
    fig = go.Figure(go.Bar(
        x=df[y] if horizontal else df[x], y=df[x] if horizontal else df[y], orientation="h" if horizontal else "v",
        marker_color=color, text=df[text] if text else None, textposition="auto",
        hovertemplate="%{y}: %{x}<extra></extra>" if horizontal else "%{x}: %{y}<extra></extra>"))
    fig.update_layout(font=FONT, title=title, height=max(300, 28 * len(df) + 80) if horizontal else 400,
                      margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 10},
                      separators=plotly_separators(lang))
    if horizontal:
        fig.update_yaxes(autorange="reversed")
    return fig


def fmt_count(value: Any, lang: str) -> str:
    return fmt_int(value, lang)


def grouped_share_figure(mix: pd.DataFrame, lang: str, series: Mapping[str, str]) -> go.Figure:
    """Horizontal grouped bars: the share of organisations in each ICNPO group for several areas (columns of
    ``mix`` named by ``series`` keys; ``navn`` holds the category label)."""
    colours = ["#004488", "#ddaa33", "#bb5566"]
    fig = go.Figure()
    labels = [n or c for n, c in zip(mix["navn"], mix["icnpo"], strict=True)]
    for (col, name), colour in zip(series.items(), colours, strict=False):
        fig.add_bar(y=labels, x=mix[col] * 100, name=name, orientation="h", marker_color=colour,
                    hovertemplate="%{y}: %{x:.1f}" + pct_suffix(lang) + "<extra>" + name.replace("<", "&lt;")
                    + "</extra>")
    fig.update_layout(font=FONT, barmode="group", height=max(320, 26 * len(mix) * 1.6),
                      margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend={"orientation": "h", "y": -0.08},
                      xaxis={"ticksuffix": pct_suffix(lang)}, separators=plotly_separators(lang))
    fig.update_yaxes(autorange="reversed")
    return fig


def stacked_share_figure(df: pd.DataFrame, area: str, category: str, share: str, lang: str) -> go.Figure:
    """100 % stacked horizontal bars: the category mix of each area (e.g. ICNPO main groups per county)."""
    palette = ["#004488", "#ddaa33", "#bb5566", "#000000", "#6699cc", "#997700", "#ee99aa", "#117733", "#88ccee",
               "#999933", "#aa4499", "#44aa99", "#882255", "#dddddd", "#666666"]
    fig = go.Figure()
    for i, (cat, part) in enumerate(df.groupby(category, sort=False)):
        fig.add_bar(y=part[area], x=part[share] * 100, name=str(cat), orientation="h",
                    marker_color=palette[i % len(palette)],
                    hovertemplate="%{y}: %{x:.1f}" + pct_suffix(lang) + "<extra>" + str(cat).replace("<", "&lt;")
                    + "</extra>")
    fig.update_layout(font=FONT, barmode="stack", height=max(360, 30 * df[area].nunique() + 140),
                      margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend={"orientation": "h", "y": -0.12},
                      xaxis={"ticksuffix": pct_suffix(lang)}, separators=plotly_separators(lang))
    fig.update_yaxes(autorange="reversed")
    return fig
