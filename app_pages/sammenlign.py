"""Sammenlign: 2-6 municipalities from either country side by side (``?sammenlign=0301,1103,4601``): policy status
and years, revision, population, organisations per 1,000 and the ICNPO mix, the ten bud, and where they lie."""

from __future__ import annotations

import streamlit as st

from analytics import compare
from base.i18n import t
from ui import compare_view as cv
from ui import embed, exports, leafmap, pack
from ui.chrome import demo_banner, provenance_footer, stop_page
from ui.firstrun import require_base
from ui.maps import county_outline, prepared_geometry
from ui.palettes import status_legend
from ui.state import current_view, get_param

view = current_view()
lang = view.lang
require_base(view)  # the first-run screen when the view's country has no registers yet
st.title(t("page.compare", lang))
known = cv.known_codes()
parsed = compare.parse_picks(get_param(compare.PARAM) or cv.DEFAULT, known, prefer=view.country)
if not view.quiet:
    st.caption(t("compare.intro", lang))
    cv.picker(parsed, known, lang)
if parsed.unknown:
    st.warning(t("compare.unknown", lang, codes=", ".join(parsed.unknown)))
if parsed.dropped:
    st.warning(t("compare.too_many", lang, n=compare.MAX_PICK, codes=", ".join(parsed.dropped)))
picks = parsed.picks
if len(picks) < compare.MIN_PICK:
    st.info(t("compare.need", lang, min=compare.MIN_PICK, max=compare.MAX_PICK))
    stop_page()

loaded = cv.load_all({p.country for p in picks}, lang)
if loaded is None:
    stop_page()
data, metas = loaded
rows = compare.compare_rows(picks, data)
demo_countries = sorted({p.country for p in picks if data[p.country].policies_demo})
if demo_countries:
    demo_banner(lang, t("compare.demo_what", lang, countries=", ".join(t(f"country.{c}", lang)
                                                                       for c in demo_countries)))
table = cv.display_table(rows, lang)
st.table(table.set_index(t("compare.measure", lang)))  # every cell in full, wrapped: read across, also on a projector
st.caption(t("compare.note", lang))

# ---------------------------------------------------------------- where they lie: one map per country picked
st.subheader(t("compare.maps", lang))
countries = [c for c in compare.COUNTRIES if c in {p.country for p in picks}]
cols = st.columns(len(countries)) if len(countries) > 1 and not view.present else [st.container() for _ in countries]
for col, c in zip(cols, countries, strict=True):
    mine = rows[rows["country"] == c]
    with col:
        values = cv.map_values(c, data[c].policies_demo, lang)
        leafmap.render(prepared_geometry(c), values, legend=status_legend(lang),
                       title=t("compare.map_title", lang, country=t(f"country.{c}", lang))
                       + (" (DEMO)" if data[c].policies_demo else ""),
                       height=720 if view.present else 520, present=view.present, lang=lang,
                       highlight=set(mine["kommunenummer"]), bounds=cv.bounds_of(mine),
                       outline_geojson=county_outline(c), highlight_label=t("compare.picked", lang),
                       key=f"atlas_map_{c}")  # one map per country: each its own component key

if view.embed:
    embed.footer(view, "sammenlign", metas, demo=bool(demo_countries))
    stop_page()

# ---------------------------------------------------------------- exports, the pack, the embed
if not view.present:
    first = rows.iloc[0]
    country = str(first["country"])
    key = "sammenlign-" + "-".join(rows["kommunenummer"])
    tables = {t("compare.export.table", lang): table, t("compare.export.rows", lang): cv.export_rows(rows, lang)}
    exports.export_row(tables, metas, lang, demo=bool(demo_countries), key=key, country=country)

    def build() -> pack.Pack:
        return cv.comparison_pack(rows, table, data, metas, lang)

    st.subheader(t("compare.pack", lang))
    stem = pack.pack_stem(str(first["kommunenavn"]), str(first["kommunenummer"]), country, lang, bool(demo_countries))
    exports.pack_buttons(build, lang, key=key, stem=stem)
    if len(countries) > 1:
        st.caption(t("compare.pack_one_country", lang, country=t(f"country.{country}", lang)))
    embed.code_box(view, "sammenlign", t("page.compare", lang),
                   pin={compare.PARAM: compare.format_picks(picks, known)})
provenance_footer(metas, lang)
