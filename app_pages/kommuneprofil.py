"""Kommuneprofil: one municipality - its policy and history, its peers and twins, its voluntary sector, a summary."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from analytics import coverage, profile
from base.i18n import area_key, fmt_int, fmt_num, t
from ui import charts, embed, exports, leafmap, orgdata, peerview
from ui.chrome import demo_banner, provenance_footer, show_table, stop_page
from ui.data import policy_versions
from ui.firstrun import require_base, require_policy_register
from ui.imports import municipality_index
from ui.maps import open_profile, prepared_geometry
from ui.palettes import STATUS_COLOURS, status_legend
from ui.peerview import peer_view
from ui.quality_view import checklist_section
from ui.state import current_view, get_param, set_param, url_select_slider, url_selectbox

view = current_view()
lang, country = view.lang, view.country
base = require_base(view)
mun = base.municipalities
labels = {c: f"{c} {n}" for c, n in zip(mun["kommunenummer"], mun["kommunenavn"], strict=True)}
names = dict(zip(mun["kommunenummer"], mun["kommunenavn"], strict=True))
codes = sorted(labels)

# ---------------------------------------------------------------- pick a municipality (code in the URL: ?kommune=)
if not view.quiet:
    query = st.text_input(t("profile.search", lang), key="_profile_search")
    if query:
        index = municipality_index(country)
        res = index.resolve(code=query if query.strip().isdigit() else None,
                            name=None if query.strip().isdigit() else query)
        if res.ok and res.codes[0] != st.query_params.get("kommune"):
            set_param("kommune", res.codes[0])
            st.rerun()
        elif not res.ok:
            st.warning(res.note)
            # offered, never applied: the candidates of an ambiguous name, or names close to one not found
            offered = res.codes if res.codes else ([] if query.strip().isdigit() else index.suggest(query))
            if offered:
                st.caption(t("profile.suggest", lang))
                for col, c in zip(st.columns(len(offered)), offered, strict=True):
                    if col.button(labels.get(c, c), key=f"_profile_suggest_{c}"):
                        set_param("kommune", c)
                        st.rerun()
default_code = "0301" if country == "no" else "0101"
if view.embed:  # no widgets in an embed: the municipality comes from the link
    code = get_param("kommune") if get_param("kommune") in labels else default_code
else:
    code = url_selectbox(t("profile.pick", lang), codes, "kommune", format_func=labels.get, default=default_code)
row = mun.set_index("kommunenummer").loc[code]

register, reg_meta = require_policy_register(view)
is_demo = bool(reg_meta.get("demo"))
status = coverage.status_table(register, mun).set_index("kommunenummer")

st.title(row["kommunenavn"])
if is_demo:
    demo_banner(lang, t("demo.what.policies", lang))
c1, c2, c3, c4 = st.columns(4)
c1.metric(t(area_key("col.county", country), lang), row["fylkesnavn"])
c2.metric(t("profile.population", lang, year=int(row["befolkning_aar"])), fmt_int(row["befolkning"], lang))
c3.metric(t("profile.area", lang), f"{fmt_num(row['areal_km2'], 0, lang)} km²")
c4.metric(t("profile.density", lang), fmt_num(row["befolkning"] / row["areal_km2"], 1, lang)
          if row["areal_km2"] else "–")

# ---------------------------------------------------------------- policy
st.header(t("profile.policy", lang))
s = status.loc[code]
revision = coverage.revision_status(register, country)
rev_row = revision[revision["kommunenummer"].astype(str) == code]
rev_state = rev_row["revision"].iloc[0] if len(rev_row) else None
took_office = rev_row["council_took_office"].iloc[0] if len(rev_row) else ""
p1, p2, p3 = st.columns(3)
p1.markdown(f"{t('profile.status', lang)}  \n**{charts.status_label(s['status'], lang)}**")
if s["status"] == "in_progress" and pd.notna(s["status_year"]):  # the year work began or of a draft, not adopted
    p2.metric(t("profile.status_year", lang), profile.year_text(s["status_year"], s["status_year_approx"], lang))
else:
    p2.metric(t("profile.adopted_year", lang), profile.year_text(s["adopted_year"], s["adopted_year_approx"], lang))
p3.metric(t("profile.revised_year", lang), profile.year_text(s["revised_year"], s["revised_year_approx"], lang))
if rev_state:
    kind = {"due": st.warning, "current": st.success}.get(rev_state, st.info)
    kind(t(f"profile.revision.{rev_state}", lang, date=took_office))
reg_row = register[register["kommunenummer"].astype(str) == code]
url = str(reg_row["document_url"].iloc[0]) if len(reg_row) and "document_url" in reg_row and \
    pd.notna(reg_row["document_url"].iloc[0]) else ""
if url.startswith(("http://", "https://")):
    st.html(f'{t("profile.document", lang)}: <a href="{html.escape(url)}" rel="noopener noreferrer" '
            f'target="_blank">{html.escape(url)}</a>')

if view.embed:  # the policy, the municipality on the map, a source line and a link back
    pv = peer_view(mun, base.neighbours, status, code, country, lang,
                   {"population": 1.0, "orgs_per_1000": 0.0, "density": 1.0}, None)
    every = {c: leafmap.Style(STATUS_COLOURS[s_], charts.status_text(s_, y, lang))  # the whole map, not only peers
             for c, s_, y in zip(status.index, status["status"], status["adopted_year"], strict=True)
             if s_ in STATUS_COLOURS and s_ != "no_data"}
    leafmap.render(prepared_geometry(country), every, legend=status_legend(lang),
                   title=t("overview.map_title", lang, year=t("overview.today", lang)) + (" (DEMO)" if is_demo else ""),
                   height=460, lang=lang, highlight={code}, bounds=pv.bounds, highlight_label=row["kommunenavn"])
    embed.footer(view, "kommuneprofil", [base.metas.get("municipalities"), base.metas.get("population"), reg_meta],
                 demo=is_demo)
    stop_page()

st.subheader(t("profile.history", lang))
history = profile.policy_history(policy_versions(country), code)
if len(history):
    history["status"] = [charts.status_label(x, lang) for x in history["status"]]
    history["adopted_year"] = charts.years_text(pd.to_numeric(history["adopted_year"], errors="coerce"), lang=lang)
    history["revised_year"] = charts.years_text(pd.to_numeric(history["revised_year"], errors="coerce"), lang=lang)
    history = history.rename(columns={c: t(f"col.{c}", lang) for c in ("version", "imported", "file", "status",
                                                                         "adopted_year", "revised_year")})
    show_table(history, lang, view.present)
else:
    st.caption(t("profile.history_none", lang))

# ---------------------------------------------------------------- peers and twins
st.header(t("profile.peers", lang))
org = orgdata.org_stats(country)
per_1000 = org.per_1000 if org is not None and org.scope == "national" else None  # an extract is no basis
st.caption(t("profile.twins_help", lang))
w1, w2, w3 = st.columns(3)
steps = [i / 2 for i in range(7)]  # 0 to 3 by halves, kept in the URL (a link reopens the same twins)


def weight(value: float) -> str:
    return fmt_num(float(value), 1, lang)  # 1,5 - not Streamlit's 1.50


with w1:
    w_pop = url_select_slider(t("profile.w.population", lang), steps, "vekt_inn", weight, 1.0)
with w2:
    w_org = url_select_slider(t("profile.w.orgs_per_1000", lang), steps, "vekt_org", weight,
                              1.0 if per_1000 is not None else 0.0, disabled=per_1000 is None)
with w3:
    w_dens = url_select_slider(t("profile.w.density", lang), steps, "vekt_tett", weight, 1.0)
weights = {"population": w_pop, "orgs_per_1000": w_org, "density": w_dens}
extract_rates, rates_label = orgdata.rates_for_table(org, lang)
pv = peer_view(mun, base.neighbours, status, code, country, lang, weights, per_1000, extract_rates, rates_label)
groups, twin_table, peer_codes, peer_table = pv.groups, pv.twins, pv.codes, pv.table

left, right = st.columns([3, 2])
with left:
    leafmap.render(prepared_geometry(country), pv.map_values, legend=status_legend(lang),
                   title=t("profile.map_title", lang, name=row["kommunenavn"]), height=480, present=view.present,
                   lang=lang, highlight={code}, bounds=pv.bounds,
                   highlight_label=row["kommunenavn"], on_open=open_profile)
with right:
    show_table(peer_table, lang, view.present)
    show_table(peerview.twin_table(twin_table, names, lang), lang, view.present)

# ---------------------------------------------------------------- voluntary sector
st.header(t("profile.orgs", lang))
if org is None:
    st.info(t("profile.orgs_missing", lang) if country == "no" else t("dk.assoc.missing_body", lang))
    compare_table = None
else:
    compare_table = orgdata.profile_section(org, code, groups, lang, country)

# ---------------------------------------------------------------- policy quality
quality_facts = checklist_section(code, view)

# ---------------------------------------------------------------- summary for e-mail
nb = groups["neighbours"]
facts = {
    "name": row["kommunenavn"], "county": row["fylkesnavn"], "population": int(row["befolkning"]),
    "population_year": int(row["befolkning_aar"]), "status": s["status"], "adopted_year": s["adopted_year"],
    "revised_year": s["revised_year"], "adopted_year_approx": s["adopted_year_approx"],
    "revised_year_approx": s["revised_year_approx"], "status_year": s["status_year"],
    "status_year_approx": s["status_year_approx"], "revision": rev_state, "council_took_office": took_office,
    "neighbours_total": len(nb), "neighbours_with_policy": int((status.loc[nb, "status"] == "adopted").sum()),
    "demo": is_demo, "sources": [f"{m.get('publisher')} ({m.get('title')})" for m in
                                 (base.metas.get("municipalities"), reg_meta) if m],
}
if org is not None:
    facts.update(orgdata.summary_facts(org, code, row["fylkesnummer"]))
if isinstance(quality_facts, dict):
    facts.update(quality_facts)
st.header(t("profile.summary", lang))
st.code(profile.summary_text(facts, lang), language=None, wrap_lines=True)

if not view.present:
    tables = {t("profile.peers", lang): peer_table}
    if compare_table is not None:
        tables[t("profile.orgs", lang)] = compare_table
    exports.export_row(tables, [base.metas.get("municipalities"), reg_meta], lang, demo=is_demo,
                       key=f"kommuneprofil-{code}")
    embed.code_box(view, "kommuneprofil", row["kommunenavn"], pin={"kommune": code})
provenance_footer([base.metas.get("municipalities"), base.metas.get("population"), base.metas.get("kommuner_geo"),
                   reg_meta, *(org.metas if org is not None else [])], lang)
