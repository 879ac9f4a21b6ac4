"""The overview's "Publiserte tall" layer: Frivillighet Norge's July 2024 count per county as a map, the national
series beside it, every figure with its publisher, date and link, and the source's own errors shown as such.

The figures are never mixed with the register: this layer shows no register status, and the register's only part
is the 2024 number of municipalities per county, shown beside the published denominator.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from analytics import published
from analytics.exports import source_line
from base.errors import AtlasError
from base.i18n import fmt_int, fmt_pct, t
from registers.published import COUNTY_DATASET, load_county_figures
from registers.published import DATASET as PUBLISHED_DATASET
from ui import exports, firstpaint, leafmap, pngs
from ui.data import Base, published_reference, store
from ui.maps import county_outline, prepared_geometry
from ui.palettes import Classes, colour_for, sequential_legend
from ui.state import View, set_param

LAYER_PARAM = "lag"
LAYER_PUBLISHED = "publisert"
LAYER_REGISTER = "register"
SHARE_CLASSES = Classes((*published.SHARE_BREAKS, 1.0))
SCHEME = "cividis"  # not the register's status colours: the two layers must not be read as one


@dataclass(frozen=True)
class PublishedData:
    """The county layer with its national sums, the national series, and the provenance of both."""

    layer: pd.DataFrame
    totals: dict[str, Any]
    series: pd.DataFrame | None
    metas: list[dict[str, Any]]


@st.cache_resource(show_spinner=False, max_entries=8)
def _county_figures(root: str, country: str, fingerprint: str) -> tuple[pd.DataFrame, dict[str, Any]] | None:
    from registers.store import Store

    return load_county_figures(Store(root), country)


def county_figures(country: str) -> tuple[pd.DataFrame, dict[str, Any]] | None:
    """The stored county table and its provenance (shared, read-only; re-read when a fetch stores a new copy)."""
    s = store()
    meta = s.read_meta(country, COUNTY_DATASET) if country == "no" else None
    return _county_figures(str(s.root), country, (meta or {}).get("sha256", "-"))


def available(country: str) -> bool:
    return country == "no" and store().has(country, COUNTY_DATASET)


def load(country: str, base: Base) -> PublishedData | None:
    """The published figures for ``country`` (Norway only), or None when no copy of them was fetched. Raises
    AtlasError for a damaged copy."""
    got = county_figures(country)
    if got is None:
        return None
    figures, meta = got
    mun = base.municipalities
    layer = published.county_layer(figures, mun)
    series = published_reference(country)
    metas = [dict(meta), store().read_meta(country, PUBLISHED_DATASET)]
    return PublishedData(layer, published.layer_totals(layer, mun), series, [m for m in metas if m])


def default_layer(country: str, is_demo: bool) -> str:
    """Published figures while the register is the DEMO one (Norway, where they exist); the register otherwise."""
    return LAYER_PUBLISHED if is_demo and available(country) else LAYER_REGISTER


def current_layer(country: str, is_demo: bool) -> str:
    chosen = st.query_params.get(LAYER_PARAM)
    if chosen in (LAYER_PUBLISHED, LAYER_REGISTER) and (chosen == LAYER_REGISTER or available(country)):
        return str(chosen)
    return default_layer(country, is_demo)


def layer_switch(country: str, is_demo: bool, lang: str) -> str:
    """The layer picker (``?lag=publisert|register``); the default is left out of the URL."""
    layer = current_layer(country, is_demo)
    if not available(country):
        return layer
    options = [LAYER_PUBLISHED, LAYER_REGISTER]
    default = default_layer(country, is_demo)
    key = "_layer_switch"
    if st.session_state.get(key) != layer:
        st.session_state[key] = layer

    def on_change() -> None:
        chosen = st.session_state.get(key) or default
        set_param(LAYER_PARAM, None if chosen == default else chosen)

    label = {LAYER_PUBLISHED: t("published.layer", lang),
             LAYER_REGISTER: t("published.layer_register_demo" if is_demo else "published.layer_register", lang)}
    st.segmented_control(t("published.layer_pick", lang), options, format_func=label.get, key=key,
                         on_change=on_change, required=True)
    return layer


# ---------------------------------------------------------------------------------------------- map and tables
def _pct(value: Any, lang: str, decimals: int = 0) -> str:
    return "–" if value is None or pd.isna(value) else fmt_pct(float(value), decimals, lang)


def map_layer(data: PublishedData, base: Base, lang: str) -> tuple[dict[str, leafmap.Style], list[tuple[str, str]],
                                                                   set[str]]:
    """(municipality -> style, legend, municipalities of counties with a wrong published denominator)."""
    per_mun = published.municipality_values(data.layer, base.municipalities)
    legend = sequential_legend(SHARE_CLASSES, lambda v: fmt_pct(v, 0, lang).replace("\u00a0%", "").rstrip("%"),
                               SCHEME)
    legend = [(c, f"{label} %" if lang != "en" else f"{label}%") for c, label in legend]
    values = {}
    for r in per_mun.itertuples():
        text = t("published.tooltip", lang, county=r.fylke, n=r.count, total=r.published_total,
                 share=_pct(r.published_share, lang), date=r.published_date)
        if not r.denominator_matches:
            text += " · " + t("published.tooltip_wrong", lang, total=r.register_total,
                              share=_pct(r.register_share, lang))
        values[str(r.kommunenummer)] = leafmap.Style(colour_for(r.published_share, SHARE_CLASSES, SCHEME), text)
    wrong = set(per_mun.loc[~per_mun["denominator_matches"], "kommunenummer"].astype(str))
    return values, legend, wrong


def county_table(data: PublishedData, lang: str) -> pd.DataFrame:
    """The county table as shown and exported: published figures first, the register's count and the share on
    the correct denominator beside them, a remark where they differ, then publisher, date and link."""
    layer = data.layer
    remarks = []
    for r in layer.itertuples():
        parts = []
        if r.count_exceeds_total:
            parts.append(t("published.remark_impossible", lang, n=r.count, total=r.register_total))
        elif not r.denominator_matches:
            parts.append(t("published.remark_wrong", lang, published=r.published_total, total=r.register_total))
        if r.published_pct is None or pd.isna(r.published_pct):
            parts.append(t("published.remark_no_pct", lang))
        remarks.append(" ".join(parts))
    return pd.DataFrame({
        t("col.county", lang): layer["fylke"],
        t("published.col.count", lang): layer["count"],
        t("published.col.published_total", lang): layer["published_total"],
        t("published.col.published_pct", lang): [_pct(v, lang) for v in layer["published_pct"]],
        t("published.col.register_total", lang): layer["register_total"],
        t("published.col.register_share", lang): [_pct(v, lang, 1) for v in layer["register_share"]],
        t("published.col.remark", lang): remarks,
        t("published.col.publisher", lang): layer["publisher"],
        t("published.col.date", lang): layer["published_date"],
        t("published.col.link", lang): layer["source_url"],
    })


def series_table(series: pd.DataFrame | None, lang: str) -> pd.DataFrame:
    """The national series, every point with its scope, publisher, date and link (comparable points first)."""
    if series is None or not len(series):
        return pd.DataFrame()
    s = series.sort_values(["comparable", "x"], ascending=[False, True], na_position="last")
    return pd.DataFrame({
        t("published.col.date", lang): s["as_of"],
        t("published.col.share", lang): [_pct(v, lang) for v in s["share"]],
        t("published.col.count", lang): [("–" if c is None or pd.isna(c) else str(int(c))) for c in s["count"]],
        t("published.col.comparable", lang): [t("published.yes" if c else "published.no", lang)
                                              for c in s["comparable"]],
        t("published.col.scope", lang): s["scope"],
        t("published.col.publisher", lang): s["publisher"],
        t("published.col.link", lang): s["source_url"],
    })


def _link_config(lang: str) -> dict[str, Any]:
    return {t("published.col.link", lang): st.column_config.LinkColumn(display_text=t("published.open_link", lang))}


def errors_note(data: PublishedData, lang: str) -> str:
    """The source's own errors in one paragraph (plain text; escape before HTML)."""
    tot = data.totals
    wrong = "; ".join(t("published.wrong_one", lang, county=w["fylke"], published=w["published_total"],
                        total="–" if w["register_total"] is None else w["register_total"])
                      for w in tot["wrong_counties"])
    text = t("published.errors", lang, published=tot["published_total"], total=tot["register_total"],
             n=len(tot["wrong_counties"]), wrong=wrong)
    impossible = [w for w in tot["wrong_counties"] if w["count_exceeds_total"]]
    for w in impossible:
        row = data.layer.set_index("fylkesnummer").loc[w["fylkesnummer"]]
        text += " " + t("published.impossible", lang, county=w["fylke"], n=int(row["count"]),
                        published=w["published_total"], total=w["register_total"])
    return text


def source_label(data: PublishedData, lang: str) -> str:
    """"Frivillighet Norge, 2024-07-08" for the county figures (publisher and date as printed)."""
    layer = data.layer
    publishers = sorted(set(layer["publisher"]))
    return t("published.source", lang, publisher="; ".join(publishers), date=", ".join(data.totals["published_dates"]))


def map_title(lang: str) -> str:
    return t("published.map_title", lang)


# ---------------------------------------------------------------------------------------------- the section
def section(view: View, base: Base, data: PublishedData, *, embed: bool = False) -> list[dict[str, Any]]:
    """Draw the published layer; returns the provenance of what it showed (for the page's footer)."""
    lang, country = view.lang, view.country
    values, legend, wrong = map_layer(data, base, lang)
    tot = data.totals
    urls = sorted(set(data.layer["source_url"]))
    link = urls[0] if urls else ""
    label = source_label(data, lang)
    above = st.container()
    if not embed:
        with above:
            st.caption(t("published.intro", lang))
    left, right = st.columns([3, 2]) if not (view.present or embed) else (st.container(), None)
    with left:
        drawn = leafmap.render(
            prepared_geometry(country), values, legend=legend, title=map_title(lang),
            height=820 if view.present else (560 if embed else 640), present=view.present, lang=lang,
            outline_geojson=county_outline(country), highlight=wrong,
            outline_label=t("overview.county_border", lang), highlight_label=t("published.map_wrong", lang),
            attribution=label)
    if drawn and firstpaint.pending() and not embed:
        firstpaint.send_rest_after_map(lang, where=above, present=view.present)
    with above:
        c1, c2, c3 = st.columns(3)
        c1.metric(t("published.metric.count", lang), fmt_int(tot["count"], lang),
                  help=t("published.metric.count_help", lang, source=label))
        c2.metric(t("published.metric.share_published", lang, total=tot["published_total"]),
                  fmt_pct(tot["published_share"], 1, lang),
                  help=t("published.metric.share_published_help", lang, n=tot["count"], total=tot["published_total"]))
        c3.metric(t("published.metric.share_register", lang, total=tot["register_total"]),
                  fmt_pct(tot["register_share"], 1, lang),
                  help=t("published.metric.share_register_help", lang, n=tot["count"], total=tot["register_total"]))
    # the source's own errors right under the map (the two denominators are in the figures above it)
    if tot["denominators_differ"] or tot["wrong_counties"]:
        st.warning(errors_note(data, lang), icon=":material/report:")
    if link.startswith(("http://", "https://")):
        st.html(f'<p style="margin:0;font-size:0.9rem">{html.escape(label)} · '
                f'<a href="{html.escape(link)}" rel="noopener noreferrer" target="_blank">'
                f'{html.escape(t("published.open_link", lang))}</a></p>')
    series = series_table(data.series, lang)
    if right is not None:
        with right:
            st.subheader(t("published.series", lang))
            st.dataframe(series, hide_index=True, width="stretch", column_config=_link_config(lang))
            st.caption(t("published.series_note", lang))
    if embed:
        return data.metas
    if right is None:
        st.subheader(t("published.series", lang))
        st.dataframe(series, hide_index=True, width="stretch", column_config=_link_config(lang))
        st.caption(t("published.series_note", lang))
    st.header(t("published.by_county", lang))
    table = county_table(data, lang)
    st.dataframe(table, hide_index=True, width="stretch", column_config=_link_config(lang))
    st.caption(t("published.table_note", lang))
    if not view.present:
        src = source_line(data.metas, lang)
        exports.export_row(
            {t("published.export.counties", lang): table, t("published.export.series", lang): series},
            data.metas, lang, demo=False, key="oversikt-publisert",
            map_png=lambda: pngs.map_png(base.geojson, {c: v.color for c, v in values.items()}, legend,
                                         map_title(lang), src, False, outline_geojson=county_outline(country),
                                         highlight=wrong, lang=lang,
                                         highlight_label=t("published.map_wrong", lang)))
    return data.metas


def load_or_explain(country: str, base: Base, lang: str) -> PublishedData | None:
    """:func:`load`, with a plain message (not a traceback) when the copy is damaged."""
    try:
        return load(country, base)
    except AtlasError as err:
        st.error(f"{t('error.prefix', lang)} {err.render(lang)}")
        return None
