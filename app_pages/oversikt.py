"""Oversikt: where a volunteer policy exists - the map, key figures, counties, the adoption timeline."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from analytics import coverage
from analytics.exports import source_line
from base.i18n import area_key, fmt_int, fmt_pct, t
from ui import charts, embed, exports, firstpaint, leafmap, orgdata, pngs, published_view
from ui.chrome import PRESENT_MAP_HEIGHT, PRESENT_MAP_KEY, demo_banner, provenance_footer, show_table, stop_page
from ui.data import coverage_view, published_reference, register_version, store
from ui.filters import county_filter, policy_years, scope_label, size_filter, url_filters, year_slider
from ui.firstrun import require_base, require_policy_register
from ui.maps import county_outline, open_profile, prepared_geometry, year_player
from ui.palettes import NO_DATA_COLOUR, STATUS_COLOURS, status_legend
from ui.pngs import timeline_png
from ui.state import current_view, get_param, url_radio

view = current_view()
lang, country = view.lang, view.country
base = require_base(view)
mun = base.municipalities
register, reg_meta = require_policy_register(view)
is_demo = bool(reg_meta.get("demo"))
org = orgdata.org_stats(country)
org_rates = org.per_1000 if org is not None and org.scope == "national" else None

base_metas = [base.metas.get("municipalities"), base.metas.get("population"), base.metas.get("kommuner_geo")]

# ---------------------------------------------------------------- published figures (default while DEMO): ?lag=
if published_view.current_layer(country, is_demo) == published_view.LAYER_PUBLISHED:
    published = published_view.load_or_explain(country, base, lang)  # None (and a message) for a damaged copy
    if published is not None:
        st.title(t("overview.title", lang, country=t(f"country.{country}", lang)))
        if not view.quiet:
            published_view.layer_switch(country, is_demo, lang)
        shown = published_view.section(view, base, published, embed=view.embed)
        if view.embed:
            embed.footer(view, "oversikt", [*shown, base.metas.get("municipalities")])
        else:
            embed.code_box(view, "oversikt", published_view.map_title(lang),
                           pin={published_view.LAYER_PARAM: published_view.LAYER_PUBLISHED})
            provenance_footer([*shown, *base_metas], lang)
        stop_page()

# On a projector the map takes the screen's height on the left and the title, DEMO label and headline figures sit
# beside it (ui/chrome.py PRESENT_CSS); on a desk they stand above the map and its table.
if view.present:
    map_box, head = st.columns([3, 2], gap="medium")
    head = head.container(key="atlas-present-side")
else:
    map_box, head = None, st.container()
years = policy_years(register)
fylke, size, year = url_filters(mun, country, years)
where = scope_label(mun, country, fylke, size, None, lang)  # the filter in words, without the year
scope = scope_label(mun, country, fylke, size, year, lang)  # ... and with it: titles, file names, export headers
page_title = t("overview.title", lang, country=t(f"country.{country}", lang))
if scope:  # a filtered view says so in the browser's tab, the heading, every picture and every file
    st.set_page_config(page_title=f"{page_title} – {scope}")
with head:
    st.title(page_title)
    if scope:
        st.html(f"<p class='atlas-scope'><strong>{html.escape(t('overview.scope', lang, scope=scope))}</strong></p>")
    if not view.quiet:  # the published figures one click away (Norway)
        published_view.layer_switch(country, is_demo, lang)
    if is_demo:
        demo_banner(lang, t("demo.what.policies", lang))
    if country == "dk" and not view.quiet:
        st.caption(t("published.none_dk", lang))
    # ------------------------------------------------------------ filters (kept in the URL)
    # The URL is the source of truth, so the map can be sent first and the filter widgets drawn above it afterwards
    # (on a first visit only after the browser has drawn the map: ui/firstpaint.py, bench/time_to_map.py).
    filters_box = st.container(horizontal=True)
    metrics_box = st.container()
view_key = (country, register_version(country, "policies"), fylke, size)
base_sha = (base.metas.get("municipalities") or {}).get("sha256", "")
view_data = coverage_view(*view_key, year, base_sha)
selected, in_size, as_of = view_data["selected"], view_data["in_size"], view_data["as_of"]
cov = view_data["summary"]

# ---------------------------------------------------------------- map + table beside it
status = view_data["status"]
values = {code: leafmap.Style(STATUS_COLOURS[s], charts.status_text(s, yr, lang, approx, syr, sapprox))
          for code, s, yr, approx, syr, sapprox in zip(
              status["kommunenummer"], status["status"], status["adopted_year"], status["adopted_year_approx"],
              status["status_year"], status["status_year_approx"], strict=True)
          if s in STATUS_COLOURS and s != "no_data"}
focus = set(selected["kommunenummer"]) if fylke or size else None
title = t("overview.map_title", lang, year=year or t("overview.today", lang)) + (f" – {where}" if where else "")
if is_demo and view.embed:  # an embed is seen (and screenshotted) without the page around it
    title += " (DEMO)"
play, play_step = year_player(  # playing computes the years ahead in the background (each step then is cached)
    years, year, warm=lambda y: coverage_view(*view_key, None if years and y >= years[1] else y, base_sha),
    warm_key=(*view_key, base_sha))
if view.embed:  # an embed is read-only and stays itself: no click-through to the atlas, no play control
    play = None
if map_box is not None:
    left, right = map_box.container(key=PRESENT_MAP_KEY), None
elif view.embed:
    left, right = st.container(), None
else:
    left, right = st.columns([3, 2])
with left:
    drawn = leafmap.render(
        prepared_geometry(country), values, legend=status_legend(lang), title=title,
        height=PRESENT_MAP_HEIGHT if view.present else 640, present=view.present, lang=lang,
        outline_geojson=county_outline(country), highlight=focus,
        outline_label=t(area_key("overview.county_border", country), lang),
        highlight_label=t("overview.filtered", lang), on_open=None if view.embed else open_profile, play=play,
        on_year=play_step)
if drawn and firstpaint.pending() and not view.embed:  # first visit: the rest once the browser has drawn the map
    firstpaint.send_rest_after_map(lang, where=filters_box, present=view.present)
if view.embed:  # the map and a source line, nothing else
    embed.footer(view, "oversikt", [*base_metas, reg_meta], demo=is_demo)
    stop_page()
table = charts.municipality_status_table(status, lang, country)
with metrics_box:
    if view.present:  # two by two beside the map
        (c1, c2), (c3, c4) = st.columns(2), st.columns(2)
    else:
        c1, c2, c3, c4 = st.columns(4)
    c1.metric(t("overview.share_mun", lang), fmt_pct(cov["share_municipalities"], 1, lang),
              help=t("overview.share_mun_help", lang, n=fmt_int(cov["adopted"], lang),
                     total=fmt_int(cov["municipalities"], lang)))
    c2.metric(t("overview.share_pop", lang), fmt_pct(cov["share_population"], 1, lang),
              help=t("overview.share_pop_help", lang, n=fmt_int(cov["population_covered"], lang),
                     total=fmt_int(cov["population"], lang)))
    c3.metric(t("overview.in_progress", lang), fmt_int(cov["in_progress"], lang))
    c4.metric(t("overview.no_data", lang), fmt_int(cov.get("no_data", 0), lang))
if not view.quiet:  # no widgets on a projector or in an embed: the view comes from the link (?fylke=&aar=)
    with filters_box:
        county_filter(mun, country, lang)
        size_filter(country, lang)
        year_slider(years, lang)

if right is not None:  # filled after the map and the figures: the data grid's script loads once the map is drawn
    with right:
        st.dataframe(table, hide_index=True, width="stretch", height=charts.grid_height(len(table), 640))

# the downloads sit under the map and its table (filled at the end, once every table exists)
exports_box = st.container()

# ---------------------------------------------------------------- counties and timeline
st.header(t(area_key("overview.by_county", country), lang))
county_table = charts.county_table(view_data["by_county"], lang, country)
show_table(county_table, lang, view.present)

st.header(t("overview.timeline", lang))
timeline = view_data["timeline"]
reference = published_reference(country) if not (fylke or size) else None
# the published national points are credited wherever they are drawn (picture, page footer, XLSX sources)
ref_meta = (store().read_meta(country, "policy_reference") or {"publisher": "Frivillighet Norge", "title": t(
    "chart.published", lang)}) if reference is not None and len(reference) else None
timeline_sources = [base.metas.get("municipalities"), reg_meta, ref_meta]
timeline_title = t("overview.timeline", lang) + (f" – {scope}" if scope else "")
# A picture first: plotly's 4 MB script would compete with the map for the browser on first paint (measured:
# bench/time_to_map.py). The interactive chart is one click away.
ref_comparable = reference[reference["comparable"]] if reference is not None else None
if st.toggle(t("overview.interactive", lang), key="_timeline_interactive"):
    st.plotly_chart(charts.timeline_figure(timeline, reference, lang), config=charts.PLOTLY_CONFIG, width="stretch")
else:
    st.image(timeline_png(timeline, ref_comparable, lang, is_demo, source_line(timeline_sources, lang)),
             caption=t("overview.timeline", lang), width="stretch", output_format="PNG")

# ---------------------------------------------------------------- revision and where to push next
st.header(t("overview.revision", lang))
rev = cov["revision"]
r1, r2, r3 = st.columns(3)
r1.metric(t("overview.rev.current", lang), fmt_int(rev["current"], lang))
r2.metric(t("overview.rev.due", lang), fmt_int(rev["due"], lang))
r3.metric(t("overview.rev.unknown", lang), fmt_int(rev["unknown"] + rev["uncertain"], lang))
st.caption(t("overview.rev.rule", lang, date=rev["council_took_office"], year=rev["council_elected"]))

st.header(t("overview.push", lang))
sort_keys = ["population", "neighbours_with_policy"] + (["orgs_per_1000"] if org_rates is not None else [])
if view.present:
    sort_by = get_param("sorter") if get_param("sorter") in sort_keys else "population"
else:
    sort_by = url_radio(t("overview.push.sort", lang), sort_keys, "sorter", horizontal=True,
                        format_func=lambda k: t(f"overview.push.by.{k}", lang))
push = coverage.where_to_push(as_of, selected, base.neighbours, org_rates, sort_by=sort_by).head(25)
push_table = pd.DataFrame({
    t("col.rank", lang): push["rank"], t("col.code", lang): push["kommunenummer"],
    t("col.municipality", lang): push["kommunenavn"],
    t(area_key("col.county", country), lang): push["fylkesnavn"],
    t("col.status", lang): [charts.status_label(x, lang) for x in push["status"]],
    t("col.population", lang): push["befolkning"],
    t("overview.push.neighbours", lang): [f"{a} / {b}" for a, b in zip(push["neighbours_with_policy"],
                                                                         push["neighbours"], strict=True)],
    t("sector.per_1000", lang): push["orgs_per_1000"].round(1),
})
show_table(push_table, lang, view.present)

# ---------------------------------------------------------------- exports and sources
map_sources = [base.metas.get("municipalities"), base.metas.get("kommuner_geo"), base.metas.get("fylker_geo"),
               reg_meta]
metas = [base.metas.get("municipalities"), base.metas.get("population"), base.metas.get("kommuner_geo"), reg_meta,
         ref_meta]
# the picture of a filtered view: the selection in status colours ("no data" grey where the register has nothing),
# the rest in a light grey the legend calls "not in the selection"
map_fills = {c: v.color for c, v in values.items()} | {c: NO_DATA_COLOUR for c in focus or () if c not in values}
if not view.present:
    with exports_box:
        exports.export_row(
            {t("overview.export.municipalities", lang): table, t("overview.export.counties", lang): county_table,
             t("overview.push", lang): push_table},
            metas, lang, demo=is_demo, key="oversikt", geo=(base.geojson, status), scope=scope,
            map_png=lambda: pngs.map_png(base.geojson, map_fills, status_legend(lang),
                                         title, source_line(map_sources, lang), is_demo,
                                         outline_geojson=county_outline(country), highlight=focus or (), lang=lang,
                                         highlight_label=t("overview.filtered", lang),
                                         other_colour=pngs.OTHER_COLOUR if focus else None,
                                         other_label=t("map.other", lang)),
            figures={t("overview.timeline", lang): lambda: pngs.line_png(
                timeline, "year", "share_municipalities", timeline_title, source_line(timeline_sources, lang),
                is_demo, lang, percent=True, labels={"share_municipalities": t("chart.cumulative_share", lang)},
                reference=ref_comparable, ref_x="x", ref_y="share", ref_label=t("chart.published", lang))})
    embed.code_box(view, "oversikt", title, pin={published_view.LAYER_PARAM: published_view.LAYER_REGISTER})
provenance_footer([*metas, base.metas.get("fylker_geo")], lang)
