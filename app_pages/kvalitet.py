"""Kvalitet: which of the ten bud the policies meet - the map layer "bud N met", how often each bud is met
(nationally and by county), who meets every criterion, how far the processes in progress have come, and an
optional summary score whose weights are shown and adjustable."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.exports import source_line
from base.errors import AtlasError
from base.i18n import area_key, fmt_int, fmt_num, t
from registers import quality
from ui import charts, exports, leafmap, pngs, quality_view
from ui.chrome import demo_banner, provenance_footer, show_error, show_table, stop_page
from ui.firstrun import require_base
from ui.maps import county_outline, open_profile, prepared_geometry
from ui.state import current_view

view = current_view()
lang, country = view.lang, view.country
base = require_base(view)
mun = base.municipalities
st.title(t("quality.title", lang, country=t(f"country.{country}", lang)))
try:
    data = quality_view.load(country)
except AtlasError as err:
    show_error(err, lang)
    stop_page()
if data.meta is None:
    st.info(t("quality.none", lang, country=t(f"country.{country}", lang), code=country))
    provenance_footer([base.metas.get("municipalities"), data.policies_meta], lang)
    stop_page()
if data.demo:
    demo_banner(lang, t("quality.demo_what", lang))
if not view.present:
    st.caption(t("quality.intro", lang))

register = data.register
summary = quality.bud_summary(register, mun)
freq = quality.bud_frequency(summary)
complete = quality.meets_all(register)
weakest = quality.weakest_bud(summary, 2)

# ---------------------------------------------------------------- key figures
c1, c2, c3, c4 = st.columns(4)
c1.metric(t("quality.metric.assessed", lang), fmt_int(summary["assessed"], lang),
          help=t("quality.metric.assessed_help", lang, n=fmt_int(summary["assessed"], lang),
                 total=fmt_int(summary["municipalities"], lang)))
c2.metric(t("quality.metric.meets_all", lang), fmt_int(len(complete), lang))
avg = register[list(quality.BUD_COLUMNS)].fillna(False).astype(bool).sum(axis=1).mean() if len(register) else None
c3.metric(t("quality.metric.avg_bud", lang), fmt_num(avg, 1, lang), help=t("quality.metric.avg_bud_help", lang))
c4.metric(t("quality.metric.weakest", lang), ", ".join(str(n) for n in weakest) or "–",
          help=t("quality.metric.weakest_help", lang))

# ---------------------------------------------------------------- map layer "bud N met" (N in the URL: ?bud=)
options = [str(n) for n in quality.BUD_NUMBERS]  # the URL holds the plain number (?bud=9), in every language
pick, about = st.columns([1, 5], vertical_alignment="bottom")
with pick:
    choice = st.selectbox(t("quality.map.pick", lang), options, key="bud", bind="query-params")
n = int(choice or 1)
about.markdown(f"**{t('quality.map.option', lang, n=n, title=t(quality.bud_label_key(n), lang))}**  \n"
               f"{t(quality.bud_label_key(n, 'hint'), lang)}")
values, legend, layer_table = quality_view.map_layer(register, n, lang)
map_title = t("quality.map.title", lang, n=n, short=t(quality.bud_label_key(n, "short"), lang))
left, right = st.columns([3, 2]) if not view.present else (st.container(), None)
with left:
    leafmap.render(prepared_geometry(country), values, legend=legend, title=map_title,
                   height=820 if view.present else 640, present=view.present, lang=lang,
                   outline_geojson=county_outline(country),
                   outline_label=t(area_key("overview.county_border", country), lang),
                   on_open=open_profile)
if right is not None:
    with right:
        st.dataframe(layer_table, hide_index=True, width="stretch", height=charts.grid_height(len(layer_table), 640))

# ---------------------------------------------------------------- how often each bud is met
st.header(t("quality.chart.heading", lang))
fig = quality_view.bud_chart(freq, lang, present=view.present)
st.plotly_chart(fig, config=charts.PLOTLY_CONFIG, width="stretch")
st.caption(t("quality.chart.caption", lang))
freq_table = quality_view.frequency_table(freq, lang)

st.header(t(area_key("quality.county.heading", country), lang))
by_county = quality_view.county_table(summary, lang, country)
show_table(by_county, lang, view.present)
st.caption(t("quality.county.caption", lang))

# ---------------------------------------------------------------- every criterion met
st.header(t("quality.meets_all.heading", lang))
st.caption(t("quality.meets_all.caption", lang,
             structures=", ".join(quality_view.structure_label(k, lang) for k in quality.STRUCTURE_KEYS)))
complete_table = complete.rename(columns={"kommunenummer": t("col.code", lang),
                                          "kommunenavn": t("col.municipality", lang)})
if complete.empty:
    st.write(t("quality.meets_all.empty", lang))
else:
    show_table(complete_table, lang, view.present)

# ---------------------------------------------------------------- processes in progress
st.header(t("quality.process.heading", lang))
st.caption(t("quality.process.from_policies" if data.policies is not None else "quality.process.from_checklist",
             lang) + " " + t(f"quality.steps.source.{country}", lang))
process = quality.process_completeness(register, country, data.policies, mun)
process_table = quality_view.process_table(process, country, lang)
if process.empty:
    st.write(t("quality.process.empty", lang))
else:
    progress = t("quality.col.progress", lang)  # shown as whole percentages; exported as shares 0..1
    st.dataframe(process_table.assign(**{progress: process_table[progress] * 100}), hide_index=True,
                 width="stretch", column_config={progress: st.column_config.ProgressColumn(
                     min_value=0.0, max_value=100.0, format="%.0f %%")})

# ---------------------------------------------------------------- optional summary score (weights visible)
score_table = None
if not view.present:
    with st.expander(t("quality.score.heading", lang)):
        st.caption(t("quality.score.explain", lang))
        criteria_labels = {**{f"bud_{i}": quality_view.bud_label(i, lang) for i in quality.BUD_NUMBERS},
                           **{k: quality_view.structure_label(k, lang) for k in quality.STRUCTURE_KEYS}}
        weights_in = pd.DataFrame({t("quality.col.criterion", lang): list(criteria_labels.values()),
                                   t("quality.col.weight", lang): [quality.DEFAULT_WEIGHTS[k]
                                                                   for k in criteria_labels]})
        edited = st.data_editor(weights_in, hide_index=True, width="stretch", key="quality_weights",
                                height=35 * (len(weights_in) + 1) + 3,
                                disabled=[t("quality.col.criterion", lang)], column_config={
                                    t("quality.col.weight", lang): st.column_config.NumberColumn(
                                        min_value=0.0, max_value=10.0, step=0.5)})
        weights = dict(zip(criteria_labels, pd.to_numeric(edited[t("quality.col.weight", lang)],
                                                          errors="coerce").fillna(0.0), strict=True))
        try:
            scores = quality.summary_score(register, weights)
        except ValueError:
            st.error(t("quality.score.bad", lang))
        else:
            score_table = pd.DataFrame({
                t("col.code", lang): scores["kommunenummer"], t("col.municipality", lang): scores["kommunenavn"],
                t("quality.col.score", lang): scores["score"],
                t("quality.col.known_share", lang): scores["known_share"],
                t("quality.col.criteria_met", lang): scores["criteria_met"],
            })
            score_col, known_col = t("quality.col.score", lang), t("quality.col.known_share", lang)
            st.dataframe(score_table.assign(**{score_col: score_table[score_col] * 100,
                                               known_col: score_table[known_col] * 100}),
                         hide_index=True, width="stretch", column_config={
                             score_col: st.column_config.ProgressColumn(min_value=0.0, max_value=100.0,
                                                                        format="%.0f %%"),
                             known_col: st.column_config.NumberColumn(format="%.0f %%")})

# ---------------------------------------------------------------- exports and sources
if not view.present:
    metas = [base.metas.get("municipalities"), base.metas.get("kommuner_geo"), data.meta, data.policies_meta]
    src = source_line(metas, lang)
    tables = {t("quality.export.map", lang, n=n): layer_table, t("quality.export.bud", lang): freq_table,
              t("quality.export.counties", lang): by_county, t("quality.export.meets_all", lang): complete_table,
              t("quality.export.process", lang): process_table}
    if score_table is not None:
        tables[t("quality.export.score", lang)] = score_table
    layer_values = pd.DataFrame({"kommunenummer": list(values), f"bud_{n}": [v.text for v in values.values()]})
    shares = freq.dropna(subset=["share_met"]).assign(
        label=lambda d: [quality_view.bud_label(int(b), lang) for b in d["bud"]])
    exports.export_row(
        tables, metas, lang, demo=data.demo, key="kvalitet", geo=(base.geojson, layer_values),
        map_png=lambda: pngs.map_png(base.geojson, {c: v.color for c, v in values.items()}, legend, map_title, src,
                                     data.demo, outline_geojson=county_outline(country), lang=lang),
        figures={t("quality.chart.heading", lang): lambda: pngs.bar_png(
            shares, "label", "share_met", t("quality.chart.heading", lang),
            source_line([data.meta, data.policies_meta], lang), data.demo, lang, percent=True,  # no geometry in it
            value_label=t("quality.col.share_met", lang))})
provenance_footer([base.metas.get("municipalities"), base.metas.get("kommuner_geo"), data.meta,
                   data.policies_meta], lang)
