"""Municipalities side by side on screen: the per-country inputs (cached), the picker bound to ``?sammenlign=``, the
comparison table as shown and exported, and the map of each country's picks."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from analytics import compare
from base.errors import AtlasError
from base.i18n import fmt_int, fmt_num, fmt_pct, t
from registers import organisations as orgs
from ui import charts, leafmap, orgdata, pack
from ui.data import has_base, load_base, policy_register, register_version
from ui.palettes import STATUS_COLOURS, status_legend
from ui.state import set_param

DEFAULT = "0301,1103,4601"  # the example: Oslo, Stavanger, Bergen
PICK_KEY = "_compare_pick"


def known_codes() -> dict[str, set[str]]:
    """Municipality numbers of every country whose base registers are in the store."""
    return {c: set(load_base(c).municipalities["kommunenummer"].astype(str)) for c in compare.COUNTRIES
            if has_base(c)}


def pick_labels() -> dict[str, str]:
    """``"no:0301"`` -> ``"0301 Oslo (NO)"`` for every municipality of both countries."""
    out = {}
    for c in compare.COUNTRIES:
        if has_base(c):
            mun = load_base(c).municipalities
            for code, name in zip(mun["kommunenummer"].astype(str), mun["kommunenavn"], strict=True):
                out[f"{c}:{code}"] = f"{code} {name} ({c.upper()})"
    return out


def picker(parsed: compare.Parsed, known: dict[str, set[str]], lang: str) -> None:
    """A multiselect of 2-6 municipalities from both countries, kept in the URL as ``?sammenlign=``."""
    labels = pick_labels()
    current = [p.key for p in parsed.picks]
    if st.session_state.get(PICK_KEY) != current:
        st.session_state[PICK_KEY] = current  # the URL wins (a link, the back button)

    def on_change() -> None:
        chosen = [compare.Pick(*k.split(":", 1)) for k in st.session_state.get(PICK_KEY) or []]
        set_param(compare.PARAM, compare.format_picks(chosen, known) if chosen else None)

    st.multiselect(t("compare.pick", lang), list(labels), format_func=labels.get, key=PICK_KEY,
                   max_selections=compare.MAX_PICK, on_change=on_change, placeholder=t("compare.pick_help", lang))


@st.cache_resource(show_spinner=False, max_entries=4)
def _icnpo(country: str, version: str, base_sha: str) -> pd.DataFrame | None:
    org = orgdata.org_stats(country)
    if org is None or org.scope != "national" or "icnpo_primaer" not in org.register.columns:
        return None
    return orgs.icnpo_breakdown(org.register, org.categories, level="kommune")


def country_data(country: str) -> tuple[compare.CountryData, list[dict[str, Any]]]:
    """The comparison's inputs for one country and the provenance of each. Raises AtlasError for a damaged
    register file."""
    base = load_base(country)
    register, reg_meta = policy_register(country)
    org = orgdata.org_stats(country)
    national = org is not None and org.scope == "national"
    quality_reg, quality_demo, quality_meta = None, False, None
    try:
        from ui import quality_view

        q = quality_view.load(country)
        if q.meta is not None:
            quality_reg, quality_demo, quality_meta = q.register, q.demo, q.meta
    except ImportError:  # pragma: no cover - the checklist is optional
        pass
    base_sha = (base.metas.get("municipalities") or {}).get("sha256", "")
    data = compare.CountryData(
        municipalities=base.municipalities, policies=register, policies_demo=bool(reg_meta.get("demo")),
        org_per_municipality=org.per_municipality if national else None,
        icnpo=_icnpo(country, register_version(country, orgs.REGISTER), base_sha) if national else None,
        quality=quality_reg, quality_demo=quality_demo)
    metas = [base.metas.get("municipalities"), base.metas.get("population"), reg_meta,
             *(org.metas if org is not None and national else []), quality_meta]
    return data, [m for m in metas if m]


def column_names(rows: pd.DataFrame) -> list[str]:
    """``"Oslo (NO)"`` per row; the number is added where two names are alike."""
    names = [f"{n} ({c.upper()})" for n, c in zip(rows["kommunenavn"], rows["country"], strict=True)]
    return [f"{n} {code}" if names.count(n) > 1 else n for n, code in zip(names, rows["kommunenummer"], strict=True)]


def _year(v: Any) -> str:
    return "–" if v is None or pd.isna(v) else str(int(v))


def _position(lat: Any, lon: Any, lang: str) -> str:
    if lat is None or lon is None or pd.isna(lat) or pd.isna(lon):
        return "–"
    east = t("compare.east", lang)
    return f"{fmt_num(float(lat), 2, lang)}° N, {fmt_num(float(lon), 2, lang)}° {east}"


def display_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The comparison as shown: one column per municipality, one row per measure, every cell text."""
    measures: list[tuple[str, list[str]]] = []

    def add(label: str, values: list[str]) -> None:
        measures.append((label, values))

    r = rows
    add(t("col.code", lang), list(r["kommunenummer"]))
    add(t("compare.country", lang), [t(f"country.{c}", lang) for c in r["country"]])
    add(t("compare.area", lang), list(r["fylkesnavn"]))
    add(t("profile.status", lang), [charts.status_label(s, lang) + (" (DEMO)" if d else "")
                                    for s, d in zip(r["status"], r["policies_demo"], strict=True)])
    add(t("col.adopted_year", lang), [_year(v) for v in r["adopted_year"]])
    add(t("col.revised_year", lang), [_year(v) for v in r["revised_year"]])
    add(t("compare.revision", lang), ["–" if v is None or pd.isna(v) else t(f"compare.revision.{v}", lang, date=d)
                                      for v, d in zip(r["revision"], r["council_took_office"], strict=True)])
    add(t("col.population", lang), [f"{fmt_int(p, lang)} ({_year(y)})" if p is not None else "–"
                                    for p, y in zip(r["befolkning"], r["befolkning_aar"], strict=True)])
    add(t("sector.col.count", lang), [fmt_int(v, lang) if v is not None and not pd.isna(v)
                                      else t("compare.no_register", lang) for v in r["orgs"]])
    add(t("sector.per_1000", lang), [fmt_num(v, 1, lang) if v is not None and not pd.isna(v) else "–"
                                     for v in r["orgs_per_1000"]])
    add(t("compare.icnpo", lang), [", ".join(f"{n} {fmt_pct(a, 0, lang)}" for n, a in top) if top else "–"
                                   for top in r["icnpo_top"]])
    add(t("compare.bud", lang), [t("compare.bud_value", lang, met=int(m), answered=int(a)) + (" (DEMO)" if d else "")
                                 if m is not None and not pd.isna(m) else t("compare.bud_none", lang)
                                 for m, a, d in zip(r["bud_met"], r["bud_answered"], r["quality_demo"], strict=True)])
    add(t("compare.position", lang), [_position(a, o, lang) for a, o in zip(r["lat"], r["lon"], strict=True)])
    cols = column_names(rows)
    table = pd.DataFrame({t("compare.measure", lang): [m for m, _ in measures]})
    for i, col in enumerate(cols):
        table[col] = [values[i] for _, values in measures]
    return table


def export_rows(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The comparison as numbers (one row per municipality) for CSV/XLSX."""
    out = rows.drop(columns=["icnpo_top"]).copy()
    out.insert(len(out.columns) - 4, "icnpo_top", ["; ".join(f"{n} {round(a * 100)} %" for n, a in top)
                                                   for top in rows["icnpo_top"]])
    return out


def map_values(country: str, demo: bool, lang: str) -> dict[str, leafmap.Style]:
    """The policy status of every municipality of ``country`` (as on the overview; the page says DEMO)."""
    from analytics import coverage

    base = load_base(country)
    register, _ = policy_register(country)
    status = coverage.status_table(register, base.municipalities)
    return {code: leafmap.Style(STATUS_COLOURS[s], charts.status_text(s, yr, lang) + (" (DEMO)" if demo else ""))
            for code, s, yr in zip(status["kommunenummer"], status["status"], status["adopted_year"], strict=True)
            if s in STATUS_COLOURS and s != "no_data"}


def bounds_of(rows: pd.DataFrame, pad: float = 0.8) -> tuple[tuple[float, float], tuple[float, float]] | None:
    box = rows.dropna(subset=["lat", "lon"])
    if not len(box):
        return None
    return ((float(box["lat"].min()) - pad, float(box["lon"].min()) - pad * 2),
            (float(box["lat"].max()) + pad, float(box["lon"].max()) + pad * 2))


def load_all(countries: set[str], lang: str) -> tuple[dict[str, compare.CountryData], list[dict[str, Any]]] | None:
    """:func:`country_data` for each country, with a plain message (not a traceback) for a damaged file."""
    data: dict[str, compare.CountryData] = {}
    metas: list[dict[str, Any]] = []
    for c in sorted(countries):
        try:
            data[c], m = country_data(c)
        except AtlasError as err:
            st.error(f"{t('error.prefix', lang)} {err.render(lang)}")
            return None
        metas += m
    return data, metas


def comparison_pack(rows: pd.DataFrame, table: pd.DataFrame, data: dict[str, compare.CountryData],
                    metas: list[dict[str, Any]], lang: str) -> pack.Pack:
    """The presentation pack of a comparison: the first municipality's country on the map with every picked
    municipality of that country outlined, and the comparison table as the pack's table (all countries)."""
    from ui.maps import county_outline

    first = rows.iloc[0]
    country = str(first["country"])
    same = rows[rows["country"] == country]
    base = load_base(country)
    names = column_names(rows)
    demo = bool(rows["policies_demo"].any())
    mun = base.municipalities.set_index("kommunenummer").loc[first["kommunenummer"]]
    return pack.build_pack(
        country=country, lang=lang, municipality=mun.to_dict() | {"kommunenummer": first["kommunenummer"]},
        peers=table, peer_codes=list(same["kommunenummer"].iloc[1:]), geojson=base.geojson,
        map_values=map_values(country, data[country].policies_demo, lang), legend=status_legend(lang),
        map_title=t("compare.pack_title", lang, names=", ".join(names)),
        key_figures=[(t("compare.picked", lang), ", ".join(names))], provenance=metas, demo=demo,
        outline_geojson=county_outline(country))
