"""Norway beside Denmark on screen: figures on the same scales (0-100 % on every share axis, the same status
colours on both maps), each country's own definitions and sources named."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from base.i18n import fmt_int, fmt_pct, t
from ui.charts import FONT
from ui.filters import size_label

# One colour per country on the shared charts (Paul Tol's bright scheme: blue and red stay apart for the common
# colour-vision deficiencies), not the status colours of the maps.
COUNTRY_COLOURS = {"no": "#4477aa", "dk": "#ee6677"}


def _layout(fig: go.Figure, lang: str, title: str, height: int = 420) -> go.Figure:
    fig.update_layout(font=FONT, height=height, margin={"l": 10, "r": 10, "t": 50, "b": 10}, title=title,
                      legend={"orientation": "h", "y": -0.2}, separators=", " if lang in ("nb", "da") else ".,")
    return fig


def country_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("compare.country", lang): [t(f"country.{c}", lang) for c in rows["country"]],
        t("col.municipalities", lang): [fmt_int(v, lang) for v in rows["municipalities"]],
        t("col.adopted", lang): [fmt_int(v, lang) for v in rows["adopted"]],
        t("col.share_mun", lang): [fmt_pct(v, 1, lang) for v in rows["share_municipalities"]],
        t("col.population", lang): [fmt_int(v, lang) for v in rows["population"]],
        t("col.share_pop", lang): [fmt_pct(v, 1, lang) for v in rows["share_population"]],
    })


def area_figure(areas: pd.DataFrame, lang: str, measure: str = "share_municipalities") -> go.Figure:
    """Counties (Norway) and regions (Denmark) as horizontal bars on one 0-100 % axis, each country its colour."""
    fig = go.Figure()
    df = areas.sort_values(["country", measure], ascending=[False, True])
    for c in ("dk", "no"):
        part = df[df["country"] == c]
        if not len(part):
            continue
        fig.add_bar(y=[f"{n} ({c.upper()})" for n in part["name"]], x=part[measure] * 100, orientation="h",
                    name=t(f"country.{c}", lang), marker_color=COUNTRY_COLOURS[c],
                    text=[fmt_pct(v, 0, lang) for v in part[measure]], textposition="outside",
                    hovertemplate="%{y}: %{x:.1f} %<extra></extra>")
    fig.update_xaxes(range=[0, 105], ticksuffix=" %", title=t(f"col.{'share_mun' if 'mun' in measure else 'share_pop'}",
                                                              lang))
    return _layout(fig, lang, t("countries.by_area", lang), height=max(420, 26 * len(df) + 120))


def size_figure(sizes: pd.DataFrame, lang: str) -> go.Figure:
    """Each country's own size classes, smallest first, on one 0-100 % axis."""
    fig = go.Figure()
    for c in ("no", "dk"):
        part = sizes[sizes["country"] == c]
        if not len(part):
            continue
        labels = [f"{size_label(k, lang)} ({c.upper()})" for k in part["size_class"]]
        fig.add_bar(x=labels, y=part["share_municipalities"].fillna(0) * 100, name=t(f"country.{c}", lang),
                    marker_color=COUNTRY_COLOURS[c],
                    text=[f"{fmt_pct(v, 0, lang)} ({n})" for v, n in zip(part["share_municipalities"],
                                                                        part["municipalities"], strict=True)],
                    textposition="outside", hovertemplate="%{x}: %{y:.1f} %<extra></extra>")
    fig.update_yaxes(range=[0, 110], ticksuffix=" %", title=t("col.share_mun", lang))
    return _layout(fig, lang, t("countries.by_size", lang))


def adoption_figure(adoption: pd.DataFrame, lang: str) -> go.Figure:
    """The cumulative share of municipalities with a policy, both countries on one year axis and one 0-100 % axis."""
    fig = go.Figure()
    for c in ("no", "dk"):
        part = adoption[adoption["country"] == c]
        if not len(part):
            continue
        fig.add_scatter(x=part["year"], y=part["share_municipalities"] * 100, mode="lines+markers",
                        name=t(f"country.{c}", lang), line={"color": COUNTRY_COLOURS[c], "width": 3},
                        hovertemplate="%{x}: %{y:.1f} %<extra></extra>")
    fig.update_yaxes(range=[0, 100], ticksuffix=" %", title=t("col.share_mun", lang))
    fig.update_xaxes(dtick=2)
    return _layout(fig, lang, t("countries.adoption", lang))


def size_table(sizes: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("compare.country", lang): [t(f"country.{c}", lang) for c in sizes["country"]],
        t("filter.size", lang): [size_label(k, lang) for k in sizes["size_class"]],
        t("col.municipalities", lang): sizes["municipalities"],
        t("col.adopted", lang): sizes["adopted"],
        t("col.share_mun", lang): [fmt_pct(v, 1, lang) for v in sizes["share_municipalities"]],
        t("col.share_pop", lang): [fmt_pct(v, 1, lang) for v in sizes["share_population"]],
    })


def area_table(areas: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("compare.country", lang): [t(f"country.{c}", lang) for c in areas["country"]],
        t("compare.area", lang): areas["name"],
        t("col.municipalities", lang): areas["municipalities"],
        t("col.adopted", lang): areas["adopted"],
        t("col.share_mun", lang): [fmt_pct(v, 1, lang) for v in areas["share_municipalities"]],
        t("col.share_pop", lang): [fmt_pct(v, 1, lang) for v in areas["share_population"]],
    })


def definitions(demo: Mapping[str, bool], lang: str) -> dict[str, str]:
    """Each country's definition, size classes and sources in words (Markdown-free plain text)."""
    return {c: t(f"countries.definition.{c}", lang) + " "
            + t("countries.register_demo" if demo.get(c) else "countries.register_real", lang)
            for c in ("no", "dk")}
