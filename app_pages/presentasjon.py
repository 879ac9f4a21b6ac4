"""Presentasjonspakke: one municipality and its peers as one self-contained file a speaker carries to a venue
(HTML that opens offline with its maps, and the charts as PNGs)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import coverage
from base.i18n import area_key, fmt_int, fmt_pct, t
from ui import charts, exports, leafmap, orgdata, pack
from ui.chrome import demo_banner, provenance_footer
from ui.firstrun import require_base, require_policy_register
from ui.maps import county_outline, prepared_geometry
from ui.palettes import status_legend
from ui.peerview import peer_view
from ui.state import current_view, url_selectbox

view = current_view()
lang, country = view.lang, view.country
base = require_base(view)
mun = base.municipalities
labels = {c: f"{c} {n}" for c, n in zip(mun["kommunenummer"], mun["kommunenavn"], strict=True)}
st.title(t("page.pack", lang))
st.write(t("packpage.intro", lang))

code = url_selectbox(t("profile.pick", lang), sorted(labels), "kommune", format_func=labels.get,
                     default="0301" if country == "no" else "0101")
row = mun.set_index("kommunenummer").loc[code]
register, reg_meta = require_policy_register(view)
is_demo = bool(reg_meta.get("demo"))
if is_demo:
    demo_banner(lang, t("demo.what.policies", lang))
status = coverage.status_table(register, mun).set_index("kommunenummer")
org = orgdata.org_stats(country)
per_1000 = org.per_1000 if org is not None and org.scope == "national" else None  # an extract is no basis
extract_rates, rates_label = orgdata.rates_for_table(org, lang)
pv = peer_view(mun, base.neighbours, status, code, country, lang, {"population": 1, "orgs_per_1000": 1,
                                                                   "density": 1}, per_1000, extract_rates, rates_label)
summary = coverage.coverage_summary(register, mun, country)
county = summary["by_county"].get(row["fylkesnummer"], {})
key_figures = [
    (t("profile.status", lang), charts.status_text(status.loc[code, "status"], status.loc[code, "adopted_year"],
                                                   lang, status.loc[code, "adopted_year_approx"],
                                                   status.loc[code, "status_year"],
                                                   status.loc[code, "status_year_approx"])),
    (t("profile.population", lang, year=int(row["befolkning_aar"])), fmt_int(row["befolkning"], lang)),
    (t("packpage.county_share", lang, county=row["fylkesnavn"]), fmt_pct(county.get("share_municipalities"), 0,
                                                                          lang)),
    (t("overview.share_mun", lang), fmt_pct(summary["share_municipalities"], 0, lang)),
    (t("overview.share_pop", lang), fmt_pct(summary["share_population"], 0, lang)),
]
timeline = coverage.adoptions_by_year(coverage.status_table(register, mun))
policy_sources = [base.metas.get("municipalities"), reg_meta]  # what the two charts draw on
chart_specs = {t("overview.timeline", lang): pack.ChartSpec(
    "line", timeline, "year", "share_municipalities", t("overview.timeline", lang),
    {"percent": True, "labels": {"share_municipalities": t("chart.cumulative_share", lang)}}, policy_sources)}
county_rows = coverage.coverage_summary(register, mun, country)["by_county"]
county_df = pd.DataFrame([{"fylke": v["name"], "andel": v["share_municipalities"]} for v in county_rows.values()])
chart_specs[t(area_key("overview.by_county", country), lang)] = pack.ChartSpec(
    "bar", county_df.sort_values("andel", ascending=False), "fylke", "andel",
    t("overview.share_mun", lang), {"percent": True, "highlight": [row["fylkesnavn"]]}, policy_sources)

st.subheader(t("profile.map_title", lang, name=row["kommunenavn"]))
leafmap.render(prepared_geometry(country), pv.map_values, legend=status_legend(lang),
               title=t("profile.map_title", lang, name=row["kommunenavn"]), height=460, present=view.present,
               lang=lang, highlight=set(pv.codes), bounds=pv.bounds,
               highlight_label=t("profile.highlight", lang, name=row["kommunenavn"]))
st.dataframe(pv.table, hide_index=True, width="stretch")
# organisations only where the peer table uses them (a national register; an extract is no basis for peers)
metas = [base.metas.get("municipalities"), base.metas.get("population"), base.metas.get("kommuner_geo"), reg_meta,
         *(org.metas if extract_rates is not None else [])]
map_sources = [base.metas.get("municipalities"), base.metas.get("kommuner_geo"), base.metas.get("fylker_geo"),
               reg_meta]


def build() -> pack.Pack:
    return pack.build_pack(
        country=country, lang=lang, municipality=row.to_dict() | {"kommunenummer": code}, peers=pv.table,
        peer_codes=pv.codes[1:], geojson=base.geojson, map_values=pv.map_values, legend=status_legend(lang),
        map_title=t("profile.map_title", lang, name=row["kommunenavn"]), key_figures=key_figures,
        charts=chart_specs, provenance=metas, demo=is_demo, outline_geojson=county_outline(country),
        zoom_codes=pv.groups["neighbours"], map_provenance=map_sources)


st.subheader(t("packpage.download", lang))
exports.pack_buttons(build, lang, key=f"pack-{code}", stem=pack.pack_stem(row["kommunenavn"], code, country, lang,
                                                                           is_demo))
st.caption(t("packpage.offline", lang))
provenance_footer(metas, lang)
