"""Norge og Danmark: both countries' coverage side by side on the same scales - share of municipalities and of
population with a policy, by county/region and size class, adoption over time - each country's own definitions and
sources named."""

from __future__ import annotations

import streamlit as st

from analytics import compare, coverage
from base.errors import AtlasError
from base.i18n import area_key, fmt_pct, t
from ui import charts, countries_view, embed, exports, leafmap, published_view
from ui.chrome import demo_banner, provenance_footer, show_error, stop_page
from ui.compare_view import map_values
from ui.data import has_base, load_base, policy_register
from ui.firstrun import require_base
from ui.maps import county_outline, prepared_geometry
from ui.palettes import status_legend
from ui.state import current_view

view = current_view()
lang = view.lang
countries = [c for c in compare.COUNTRIES if has_base(c)]
if not countries:
    require_base(view)  # the first-run screen (fetch the registers)
st.title(t("page.countries", lang))
missing = [c for c in compare.COUNTRIES if c not in countries]
if missing:
    st.info(t("countries.missing", lang, countries=", ".join(t(f"country.{c}", lang) for c in missing),
              code=missing[0]))
summaries, demo, metas = {}, {}, []
for c in countries:
    base = load_base(c)
    try:
        register, meta = policy_register(c)
    except AtlasError as err:
        show_error(err, lang)
        stop_page()
    summaries[c] = coverage.coverage_summary(register, base.municipalities, c)
    demo[c] = bool(meta.get("demo"))
    metas += [base.metas.get("municipalities"), base.metas.get("population"), meta]
demo_countries = [c for c in countries if demo[c]]
if demo_countries:
    demo_banner(lang, t("compare.demo_what", lang, countries=", ".join(t(f"country.{c}", lang)
                                                                       for c in demo_countries)))

# ---------------------------------------------------------------- key figures, one column per country
cols = st.columns(len(countries))
defs = countries_view.definitions(demo, lang)
for col, c in zip(cols, countries, strict=True):
    s = summaries[c]
    with col:
        st.subheader(t(f"country.{c}", lang) + (" (DEMO)" if demo[c] else ""))
        m1, m2 = st.columns(2)
        m1.metric(t("overview.share_mun", lang), fmt_pct(s["share_municipalities"], 1, lang),
                  help=t("overview.share_mun_help", lang, n=s["adopted"], total=s["municipalities"]))
        m2.metric(t("overview.share_pop", lang), fmt_pct(s["share_population"], 1, lang))
        st.caption(defs[c])
        if c == "no" and published_view.available(c):
            try:
                pub = published_view.load(c, base=load_base(c))
            except AtlasError as err:
                show_error(err, lang)
                pub = None
            if pub is not None:
                tot = pub.totals
                st.caption(t("countries.published_no", lang, n=tot["count"], total=tot["register_total"],
                             share=fmt_pct(tot["register_share"], 1, lang),
                             published=tot["published_total"], source=published_view.source_label(pub, lang)))
                metas += pub.metas
        elif c == "dk":
            st.caption(t("countries.published_dk", lang))
        leafmap.render(prepared_geometry(c), map_values(c, demo[c], lang), legend=status_legend(lang),
                       title=t("compare.map_title", lang, country=t(f"country.{c}", lang))
                       + (" (DEMO)" if demo[c] else ""), height=620 if view.present else 480, present=view.present,
                       lang=lang, outline_geojson=county_outline(c),
                       outline_label=t(area_key("overview.county_border", c), lang), key=f"atlas_map_{c}")
if view.embed:
    embed.footer(view, "norge-danmark", metas, demo=bool(demo_countries))
    stop_page()

# ---------------------------------------------------------------- the same scales
areas = compare.area_rows(summaries)
sizes = compare.size_rows(summaries)
adoption = compare.adoption_rows(summaries, first_year=2010)
st.plotly_chart(countries_view.area_figure(areas, lang), config=charts.PLOTLY_CONFIG, width="stretch")
st.plotly_chart(countries_view.size_figure(sizes, lang), config=charts.PLOTLY_CONFIG, width="stretch")
st.caption(t("countries.size_note", lang))
st.plotly_chart(countries_view.adoption_figure(adoption, lang), config=charts.PLOTLY_CONFIG, width="stretch")
st.caption(t("countries.adoption_note", lang))

country_table = countries_view.country_table(compare.country_rows(summaries), lang)
area_table = countries_view.area_table(areas, lang)
size_table = countries_view.size_table(sizes, lang)
st.dataframe(country_table, hide_index=True, width="stretch")
if not view.present:
    with st.expander(t("countries.tables", lang)):
        st.dataframe(area_table, hide_index=True, width="stretch")
        st.dataframe(size_table, hide_index=True, width="stretch")
    exports.export_row({t("countries.export.countries", lang): country_table,
                        t("countries.export.areas", lang): area_table,
                        t("countries.export.sizes", lang): size_table},
                       metas, lang, demo=bool(demo_countries), key="norge-danmark")
    embed.code_box(view, "norge-danmark", t("page.countries", lang))
provenance_footer(metas, lang)
