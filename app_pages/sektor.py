"""Frivillig sektor: voluntary organisations per 1,000 inhabitants as a map, ICNPO breakdowns by county."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import organisations as org_analytics
from analytics.exports import source_line
from base.i18n import area_key, fmt_int, fmt_num, t
from registers import organisations as orgs
from ui import charts, exports, leafmap, orgdata, pngs
from ui.chrome import provenance_footer, show_table, stop_page
from ui.firstrun import require_base
from ui.maps import county_outline, open_profile, prepared_geometry
from ui.palettes import classify, colour_for, sequential_legend
from ui.state import current_view, url_selectbox

view = current_view()
lang, country = view.lang, view.country
base = require_base(view)
st.title(t("page.sector", lang))

progress = orgdata.fetch_progress(country)
if progress is not None:
    st.progress(progress[0], text=progress[1])

org = orgdata.org_stats(country)
if org is None:
    if country == "dk":
        st.info(t("dk.assoc.missing_title", lang))
        st.write(t("dk.assoc.missing_body", lang))
        st.caption(t("dk.assoc.cvr_how", lang))
    else:
        st.info(t("profile.orgs_missing", lang))
    provenance_footer([base.metas.get("municipalities")], lang)
    stop_page()

per = org.per_municipality
covered = orgdata.covered_codes(org)
mun_names = dict(zip(base.municipalities["kommunenummer"], base.municipalities["kommunenavn"], strict=True))
if org.scope != "national":
    st.warning(t("org.scope.kommune", lang, codes=", ".join(f"{c} {mun_names[c]}" for c in sorted(covered)))
               if covered else t("org.scope.utdrag", lang))
shown = per[per["kommunenummer"].isin(covered)]
# An extract (one municipality's organisations): every figure, picture and file made from it says so
extract = None if org.scope == "national" else t(
    "org.scope.only", lang, codes=", ".join(f"{c} {mun_names.get(c, '')}".strip() for c in sorted(covered)) or "–")


def scoped(label: str) -> str:
    return f"{label} ({extract})" if extract else label


# ---------------------------------------------------------------- key figures
has_icnpo = "icnpo_primaer" in org.register.columns  # a Danish CVR extract has no activity categories
placed_mask = org.register["kommunenummer"].astype(str) != ""
summ = org_analytics.summary(org.register) if has_icnpo else {"total": int(placed_mask.sum()),
                                                     "outside": int((~placed_mask).sum())}
pop = float(shown["befolkning"].sum())
k1, k2, k3 = st.columns(3)
k1.metric(scoped(t("sector.col.count", lang)), fmt_int(summ["total"], lang))
k2.metric(scoped(t("sector.per_1000", lang)), fmt_num(summ["total"] / pop * 1000 if pop else None, 1, lang))
k3.metric(t("org.placement.utenfor", lang).capitalize(), fmt_int(summ["outside"], lang))
outside = org_analytics.outside_report(org.register) if has_icnpo else pd.DataFrame()
if len(outside):
    detail = ", ".join(f"{t('org.outside.' + r, lang)}: {n}" for r, n in zip(outside["utenfor_grunn"],
                                                                           outside["antall"], strict=True))
    st.caption(t("org.outside_count", lang, n=int(outside["antall"].sum()), detail=detail))

# ---------------------------------------------------------------- map + table
rates = shown.set_index("kommunenummer")["per_1000"]
classes = classify(rates.dropna().tolist(), k=5 if rates.notna().sum() >= 5 else max(2, int(rates.notna().sum())),
                   method="quantile")
legend = sequential_legend(classes, lambda v: fmt_num(v, 1, lang))
values = {}
for r in shown.itertuples():
    if pd.isna(r.per_1000):
        continue
    text = f"{fmt_num(r.per_1000, 1, lang)} · {fmt_int(r.antall, lang)} {t('sector.col.count', lang).lower()}"
    if r.lite_grunnlag:
        text += " ⚠"
    values[r.kommunenummer] = leafmap.Style(colour_for(r.per_1000, classes), text)
map_title = t("sector.per_1000", lang) + (f" – {extract}" if extract else "")
left, right = st.columns([3, 2]) if not view.present else (st.container(), None)
with left:
    leafmap.render(prepared_geometry(country), values, legend=legend, title=map_title,
                   height=820 if view.present else 620, present=view.present, lang=lang,
                   outline_geojson=county_outline(country),
                   outline_label=t(area_key("overview.county_border", country), lang),
                   on_open=open_profile)
table = pd.DataFrame({
    t("col.code", lang): shown["kommunenummer"], t("col.municipality", lang): shown["kommunenavn"],
    t(area_key("col.county", country), lang): shown["fylkesnavn"],
    t("col.population", lang): shown["befolkning"],
    t("sector.col.count", lang): shown["antall"], t("sector.per_1000", lang): shown["per_1000"].round(2),
    "⚠": [t("sector.small_base", lang, n=orgs.MIN_ORGS_FOR_RATE) if f else "" for f in shown["lite_grunnlag"]],
})
if right is not None:
    with right:
        st.dataframe(table, hide_index=True, width="stretch", height=charts.grid_height(len(table), 620))
if org_analytics.oslo_in(shown["kommunenummer"]):
    st.caption(t("org.oslo_note", lang))

# ---------------------------------------------------------------- ICNPO by county
icnpo_table = pd.DataFrame()
national = pd.DataFrame(columns=["kategori", "antall"])
no_categories = True
if has_icnpo:
    st.header(scoped(t("sector.icnpo", lang)))
    basis = st.radio(t("sector.basis", lang), ["primary", "any"], horizontal=True, key="_basis",
                     format_func=lambda b: t(f"org.icnpo.basis.{b}", lang))
    if basis == "any":
        st.caption(t("org.icnpo.any_note", lang))
    by_county = org_analytics.icnpo_breakdown(org.register, org.categories, base.municipalities, level="fylke",
                                              basis=basis)
    national = org_analytics.icnpo_breakdown(org.register, org.categories, basis=basis)
    no_categories = (national["icnpo"] == orgs.NO_CATEGORY).all()
    if no_categories:
        st.info(t("org.icnpo.missing", lang))
    names = dict(zip(base.municipalities["fylkesnummer"], base.municipalities["fylkesnavn"], strict=False))
    by_county["fylke"] = by_county["omraade"].map(names)
    by_county["kategori"] = [n or (t("org.icnpo.none", lang) if c == orgs.NO_CATEGORY else c)
                             for n, c in zip(by_county["navn"], by_county["icnpo"], strict=True)]
    if not no_categories:
        st.plotly_chart(charts.stacked_share_figure(by_county, "fylke", "kategori", "andel", lang),
                        config=charts.PLOTLY_CONFIG, width="stretch")
    national["kategori"] = [n or (t("org.icnpo.none", lang) if c == orgs.NO_CATEGORY else c)
                            for n, c in zip(national["navn"], national["icnpo"], strict=True)]
    icnpo_table = pd.DataFrame({t("org.col.category", lang): national["kategori"],
                                t("sector.col.count", lang): national["antall"],
                                t("col.share_mun", lang).split()[0]: (national["andel"] * 100).round(1)})
    show_table(icnpo_table, lang, view.present)


# ---------------------------------------------------------------- over time and the organisations themselves
st.header(scoped(t("org.new_per_year", lang)))
new = org_analytics.new_per_year(org.register) if has_icnpo else pd.DataFrame()
if len(new):
    st.plotly_chart(charts.bar_figure(new.assign(aar=new["aar"].astype(str)), "aar", "antall", lang,
                                      horizontal=False), config=charts.PLOTLY_CONFIG, width="stretch")
    st.caption(t("org.new_per_year_note", lang))
else:
    st.caption(t("sector.no_dates", lang))

st.header(t("sector.list", lang))
pick = None if not covered else url_selectbox(t("col.municipality", lang), sorted(covered), "kommune",
                     format_func=lambda c: f"{c} {mun_names[c]}")
members = org.register[org.register["kommunenummer"] == pick]
listing = pd.DataFrame({t("org.col.orgnr", lang): members["organisasjonsnummer"],
                        t("org.col.name", lang): members["navn"],  # shown as text by st.dataframe, never as HTML
                        t("org.col.category", lang): members.get("icnpo_primaer", ""),
                        t("org.col.placement", lang): [t(f"org.placement.{p}", lang) if p else "" for p in
                                                       members.get("plassering", pd.Series("", index=members.index))]})
st.dataframe(listing, hide_index=True, width="stretch")

if not view.present:
    metas = [base.metas.get("municipalities"), *org.metas]
    src = source_line(metas, lang)
    exports.export_row(
        {t("page.sector", lang): table, **({t("sector.icnpo", lang): icnpo_table} if has_icnpo else {}),
         t("sector.list", lang): listing},
        metas, lang, demo=False, key="sektor", geo=(base.geojson, shown),
        map_png=lambda: pngs.map_png(base.geojson, {c: v.color for c, v in values.items()}, legend, map_title, src,
                                     False, outline_geojson=county_outline(country), lang=lang,
                                     other_colour=pngs.OTHER_COLOUR if extract else None,
                                     other_label=t("map.other", lang)),
        scope=extract,
        # no picture of one bar ("no category") for an extract without ICNPO categories
        figures={t("sector.icnpo", lang): lambda: pngs.bar_png(national, "kategori", "antall",
                                                                scoped(t("sector.icnpo", lang)),
                                                                source_line(org.metas, lang), False, lang)}
        if has_icnpo and not no_categories else None)
provenance_footer([base.metas.get("municipalities"), base.metas.get("population"), *org.metas], lang)
