"""The organisation register on pages: a shared, cached bundle of counts and rates, and the profile's sector
section. Norway only: Denmark has no open association register (the pages say so)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import streamlit as st

from analytics import organisations as org_analytics
from base.i18n import fmt_num, t
from registers import organisations as orgs
from ui import charts
from ui.data import load_base, register_version, store


@dataclass(frozen=True)
class OrgStats:
    register: pd.DataFrame
    per_municipality: pd.DataFrame  # organisations.counts_by_municipality
    per_1000: pd.Series  # indexed by kommunenummer
    per_county: pd.DataFrame
    categories: pd.DataFrame | None
    metas: list[dict[str, Any]] = field(default_factory=list)
    scope: str = "national"  # "national", "kommune" (an extract for named municipalities) or "utdrag"
    coverage: tuple[str, ...] = ()


@st.cache_resource(show_spinner=False, max_entries=4)
def _stats(root: str, country: str, version: str, base_sha: str) -> OrgStats | None:
    from registers.store import Store

    s = Store(root)
    got = orgs.load_register(s, country)
    if got is None:
        return None
    reg, meta = got
    mun = load_base(country).municipalities
    per = org_analytics.counts_by_municipality(reg, mun, country)
    scope = str(meta.get("scope") or "national")
    coverage = tuple(meta.get("coverage") or ())
    if scope != "national":  # an extract: municipalities it does not cover have no figure, not zero
        per.loc[~per["kommunenummer"].isin(coverage), ["per_1000"]] = float("nan")
    cats = orgs.load_categories(s) if country == "no" else None
    cat_meta = s.read_meta("no", orgs.CATEGORIES_DATASET) if country == "no" else None
    return OrgStats(reg, per, per.set_index("kommunenummer")["per_1000"], org_analytics.counts_by_county(reg, mun),
                    cats,
                    [m for m in (meta, cat_meta) if m], scope, coverage)


def rates_for_table(org: OrgStats | None, lang: str) -> tuple[pd.Series | None, str]:
    """Organisations per 1,000 for a peer table and the column's name: a national register's rates as they are;
    an extract's rates (only the municipalities it covers have one) under a name that says "bare 3305 …"."""
    label = t("sector.per_1000", lang)
    if org is None:
        return None, label
    if org.scope == "national":
        return org.per_1000, label
    names = dict(zip(org.per_municipality["kommunenummer"], org.per_municipality["kommunenavn"], strict=False))
    codes = ", ".join(f"{c} {names.get(c, '')}".strip() for c in sorted(covered_codes(org)))
    return org.per_1000, f"{label} ({t('org.scope.only', lang, codes=codes or '–')})"


def covered_codes(org: OrgStats) -> set[str]:
    """Municipalities the register speaks for: all of them for the national file, else the extract's."""
    codes = set(org.per_municipality["kommunenummer"])
    return codes if org.scope == "national" else codes & set(org.coverage)


def fetch_progress(country: str) -> tuple[float, str] | None:
    """(fraction, text) while a background fetch of the organisation register runs (see ``fetch --part``)."""
    from registers.fetch import read_progress

    return read_progress(store(), country, "organisations")


def org_stats(country: str) -> OrgStats | None:
    """The organisation figures in use (shared by every session), or None without a register (Denmark: until a CVR
    extract is imported)."""
    s = store()
    base_sha = (s.read_meta(country, "municipalities") or {}).get("sha256", "")
    return _stats(str(s.root), country, register_version(country, orgs.REGISTER), base_sha)


def comparison_table(org: OrgStats, code: str, groups: dict[str, list[str]], lang: str) -> pd.DataFrame:
    """The municipality against its peer groups (the profile's own: county, size class, neighbours, twins) and the
    country (organisations per 1,000)."""
    comp = org_analytics.peer_comparison(code, org.per_municipality, groups)
    return pd.DataFrame({
        t("sector.col.group", lang): [t(f"sector.group.{g}", lang) for g in comp["gruppe"]],
        t("col.municipalities", lang): comp["antall_kommuner"],
        t("sector.col.count", lang): comp["antall"],
        t("sector.per_1000", lang): comp["per_1000"].round(2),
        t("sector.col.median", lang): comp["median_per_1000"].round(2),
        t("sector.col.rank", lang): [f"{r} / {a}" if g != "kommunen" else "" for g, r, a in
                                  zip(comp["gruppe"], comp["rang"], comp["av"], strict=True)],
    })


def profile_section(org: OrgStats, code: str, groups: dict[str, list[str]], lang: str, country: str
                    ) -> pd.DataFrame | None:
    """Organisations per 1,000 and the ICNPO breakdown of one municipality against its peers (or, when the
    register is an extract that does not cover it, a plain statement of that)."""
    if code not in covered_codes(org):
        st.info(t("org.scope.kommune", lang, codes=", ".join(sorted(org.coverage))))
        return None
    row = org.per_municipality.set_index("kommunenummer").loc[code]
    c1, c2 = st.columns(2)
    c1.metric(t("sector.col.count", lang), int(row["antall"]))
    c2.metric(t("sector.per_1000", lang), fmt_num(row["per_1000"], 1, lang))
    if bool(row["lite_grunnlag"]):
        st.caption(t("sector.small_base", lang, n=orgs.MIN_ORGS_FOR_RATE))
    if code == orgs.OSLO:
        st.info(t("profile.oslo_note", lang))
    if org.scope != "national":  # peers are not covered by an extract: comparing with them would show zeros
        st.caption(t("org.scope.kommune", lang, codes=", ".join(sorted(org.coverage))))
        return None
    table = comparison_table(org, code, groups, lang)
    st.dataframe(table, hide_index=True, width="stretch")
    if "icnpo_primaer" not in org.register.columns:  # a Danish CVR extract has no activity categories
        return table
    county = load_base(country).municipalities.set_index("kommunenummer").at[code, "fylkesnummer"]
    by_mun = org_analytics.icnpo_breakdown(org.register, org.categories, level="kommune")
    by_cty = org_analytics.icnpo_breakdown(org.register, org.categories, load_base(country).municipalities,
                                           level="fylke")
    nat = org_analytics.icnpo_breakdown(org.register, org.categories)
    own = by_mun[by_mun["omraade"] == code][["icnpo", "navn", "andel"]].rename(columns={"andel": "kommunen"})
    cty = by_cty[by_cty["omraade"] == county][["icnpo", "andel"]].rename(columns={"andel": "fylket"})
    nat = nat[["icnpo", "andel"]].rename(columns={"andel": "landet"})
    mix = own.merge(cty, on="icnpo", how="outer").merge(nat, on="icnpo", how="outer").fillna({"navn": ""})
    if len(own) and (own["icnpo"] != orgs.NO_CATEGORY).any():
        fig = charts.grouped_share_figure(mix, lang, {"kommunen": row["kommunenavn"],
                                                      "fylket": t("profile.group.county", lang),
                                                      "landet": t("profile.group.national", lang)})
        st.plotly_chart(fig, config=charts.PLOTLY_CONFIG, width="stretch")
    return table


def summary_facts(org: OrgStats, code: str, county: str) -> dict[str, Any]:
    if code not in covered_codes(org) or org.scope != "national":
        return {}
    per = org.per_municipality.set_index("kommunenummer")
    cty = org.per_county.set_index("fylkesnummer")
    return {"orgs": int(per.at[code, "antall"]), "orgs_per_1000": per.at[code, "per_1000"],
            "orgs_per_1000_county": cty.at[county, "per_1000"] if county in cty.index else None}
