"""Policy quality on screen: the cached checklist loader, the bud chart, the process timeline, the map layer and
the checklist section of the municipality profile. Figures and HTML are built by plain functions (testable without
a browser); only :func:`checklist_section` and :func:`load` touch Streamlit."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from base.errors import AtlasError
from base.i18n import area_key, fmt_pct, plotly_separators, t
from registers import quality
from ui.charts import FONT, PLOTLY_CONFIG
from ui.data import register_version, store
from ui.state import View

# Answer colours: Paul Tol's high-contrast scheme, as the policy map (blue darkest, red middle, yellow lightest, so
# the three stay apart in greyscale and for colour-blind readers). "Not in the checklist" is the shared grey.
ANSWER_COLOURS: dict[str, str] = {"met": "#004488", "not_met": "#bb5566", "unknown": "#ddaa33"}
ANSWER_ICONS: dict[str, str] = {"met": "✔", "not_met": "✘", "unknown": "?"}


def answer_key(value: bool | None) -> str:
    return "unknown" if value is None else ("met" if value else "not_met")


def answer_label(key: str, lang: str, short: bool = False) -> str:
    if key == "unknown" and short:
        return t("quality.status.unknown_short", lang)
    return t(f"quality.status.{key}", lang)


# ---------------------------------------------------------------------------------------------- loading
@st.cache_resource(show_spinner=False, max_entries=8)
def _load(root: str, country: str, quality_version: str, policy_version: str, base_sha: str) -> quality.QualityData:
    from registers.store import Store

    return quality.load_quality(Store(root), country)


def load(country: str) -> quality.QualityData:
    """The checklist in use (imported, or the demo while the policy register is the demo), shared read-only by
    every session and refreshed when either register gets a new version. Raises AtlasError for damaged files."""
    s = store()
    base = (s.read_meta(country, "municipalities") or {}).get("sha256", "")
    return _load(str(s.root), country, register_version(country, quality.REGISTER),
                 register_version(country, "policies"), base)


# ---------------------------------------------------------------------------------------------- labels
def bud_label(n: int, lang: str) -> str:
    return t("quality.bud_label", lang, n=n, short=t(quality.bud_label_key(n, "short"), lang))


def step_label(country: str, key: str, lang: str) -> str:
    return t(f"quality.step.{country}.{key}", lang)


def structure_label(key: str, lang: str) -> str:
    return t(quality.structure_label_key(key), lang)


# ---------------------------------------------------------------------------------------------- figures and tables
def bud_chart(freq: pd.DataFrame, lang: str, present: bool = False) -> go.Figure:
    """Stacked horizontal bars, one per bud: met / not met / unknown, with the share met of those answering.
    ``present``: larger type for a projector."""
    labels = [bud_label(int(n), lang) for n in freq["bud"]]
    fig = go.Figure()
    for key in ("met", "not_met", "unknown"):
        fig.add_bar(y=labels, x=freq[key], orientation="h", name=answer_label(key, lang, short=True),
                    marker_color=ANSWER_COLOURS[key],
                    hovertemplate="%{y}: %{x}<extra>" + html.escape(answer_label(key, lang, short=True)) + "</extra>")
    shares = [fmt_pct(s, 0, lang) if pd.notna(s) else "–" for s in freq["share_met"]]
    totals = (freq["met"] + freq["not_met"] + freq["unknown"]).tolist()
    for label, total, share in zip(labels, totals, shares, strict=True):
        fig.add_annotation(x=total, y=label, text=f" {share}", showarrow=False, xanchor="left",
                           font={"size": 22 if present else 14})
    fig.update_layout(
        barmode="stack", font={**FONT, "size": 22} if present else FONT,
        height=max(360, (56 if present else 40) * len(freq) + 120),
        title=t("quality.chart.title", lang), margin={"l": 10, "r": 90 if present else 60, "t": 50, "b": 10},
        legend={"orientation": "h", "y": -0.12, "traceorder": "normal"},
        xaxis={"title": t("quality.chart.axis", lang), "rangemode": "tozero"},
        separators=plotly_separators(lang),
    )
    fig.update_yaxes(autorange="reversed")
    return fig


def county_table(summary: dict[str, Any], lang: str, country: str) -> pd.DataFrame:
    """Bud met per county/region: one row per county, one ``met/answered`` column per bud."""
    rows = []
    for code, c in summary["by_county"].items():
        row: dict[str, Any] = {
            t(area_key("col.county_code", country), lang): code,
            t(area_key("col.county", country), lang): c["name"],
            t("col.municipalities", lang): c["municipalities"],
            t("quality.col.assessed", lang): c["assessed"],
        }
        for n, v in c["bud"].items():
            answered = v["met"] + v["not_met"]
            row[f"{t('quality.col.bud', lang)} {n}"] = f"{v['met']}/{answered}" if answered else "–"
        rows.append(row)
    return pd.DataFrame(rows)


def frequency_table(freq: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("quality.col.bud", lang): [bud_label(int(n), lang) for n in freq["bud"]],
        t("quality.col.met", lang): freq["met"], t("quality.col.not_met", lang): freq["not_met"],
        t("quality.col.unknown", lang): freq["unknown"],
        t("quality.col.share_met", lang): freq["share_met"],
    })


def map_layer(register: pd.DataFrame, n: int, lang: str) -> tuple[dict[str, Any], list[tuple[str, str]], pd.DataFrame]:
    """The "bud N met" map layer: ``(values, legend, table)``; every colour used is in the legend, and
    municipalities outside the checklist are left for the map's "no data" grey."""
    from ui import leafmap

    status = quality.bud_map_status(register, n)
    names = dict(zip(register["kommunenummer"], register["kommunenavn"], strict=True))
    sources = dict(zip(register["kommunenummer"], register[f"bud_{n}_source"], strict=True))
    values = {code: leafmap.Style(ANSWER_COLOURS[s], answer_label(s, lang, short=True)) for code, s in status.items()}
    legend = [(ANSWER_COLOURS[k], answer_label(k, lang)) for k in ("met", "not_met", "unknown")]
    table = pd.DataFrame({
        t("col.code", lang): list(status),
        t("col.municipality", lang): [names[c] for c in status],
        t("quality.col.status", lang): [answer_label(s, lang, short=True) for s in status.values()],
        t("quality.col.source", lang): [sources[c] if pd.notna(sources[c]) else "" for c in status],
    })
    return values, legend, table


def process_table(process: pd.DataFrame, country: str, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("col.code", lang): process["kommunenummer"],
        t("col.municipality", lang): process["kommunenavn"],
        t("quality.col.steps_done", lang): [f"{d}/{n}" for d, n in zip(process["steps_done"], process["steps_total"],
                                                                       strict=True)],
        t("quality.col.progress", lang): process["share_done"],
        t("quality.col.next_step", lang): [step_label(country, k, lang) if isinstance(k, str) else ""
                                           for k in process["next_step"]],
        t("quality.col.last_date", lang): process["last_date"].fillna(""),
        t("quality.col.in_checklist", lang): [t("quality.yes" if v else "quality.no", lang)
                                              for v in process["in_checklist"]],
    })


def timeline_figure(profile: dict[str, Any], country: str, lang: str) -> go.Figure | None:
    """The process as a timeline: every step on its own row in process order, dated steps as points joined in
    date order. None when no step has a date."""
    dated = [s for s in profile["steps"] if s["done"] and s["date"]]
    if not dated:
        return None
    order = [step_label(country, s["key"], lang) for s in profile["steps"]]
    dated.sort(key=lambda s: quality.step_date_value(s["date"]))
    fig = go.Figure(go.Scatter(
        x=[quality.step_date_value(s["date"]) for s in dated],
        y=[step_label(country, s["key"], lang) for s in dated],
        text=[s["date"] for s in dated], mode="lines+markers+text", textposition="middle right",
        marker={"size": 14, "color": ANSWER_COLOURS["met"]}, line={"color": "#888888", "dash": "dot"},
        hovertemplate="%{y}: %{text}<extra></extra>", showlegend=False,
    ))
    fig.update_layout(font=FONT, height=max(280, 34 * len(order) + 90), margin={"l": 10, "r": 90, "t": 40, "b": 10},
                      title=t("quality.profile.timeline", lang),
                      yaxis={"categoryorder": "array", "categoryarray": order[::-1], "type": "category"},
                      separators=plotly_separators(lang))
    fig.update_yaxes(range=[-0.5, len(order) - 0.5])
    first, last = quality.step_date_value(dated[0]["date"]), quality.step_date_value(dated[-1]["date"])
    pad = max((last - first).days * 0.08, 45)  # room for the date labels beside the first and last points
    fig.update_xaxes(range=[first - dt.timedelta(days=pad * 0.5), last + dt.timedelta(days=pad * 2)])
    return fig


def _source_html(value: str | None, lang: str) -> str:
    if not value:
        return ""
    parts = []
    for piece in str(value).split(" · "):
        if quality.is_link(piece):
            parts.append(f'<a href="{html.escape(piece)}" rel="noopener noreferrer" target="_blank">'
                         f"{html.escape(piece)}</a>")
        else:
            parts.append(html.escape(piece))
    return " · ".join(parts)


def _item(key: str, label_html: str, word: str, extra: str = "") -> str:
    """One checklist line: icon (hidden from screen readers), label, the answer in words, extra lines."""
    return (f'<li style="margin:0.15rem 0;list-style:none"><span style="color:{ANSWER_COLOURS[key]};'
            f'font-weight:700;display:inline-block;width:1.3em" aria-hidden="true">{ANSWER_ICONS[key]}</span>'
            f"{label_html} – {html.escape(word)}{extra}</li>")


def _list(heading: str, counts: str | None, items: list[str], first: bool = False) -> str:
    top = "0.3rem" if first else "0.6rem"
    count_html = f"<p style='margin:0.2rem 0'>{html.escape(counts)}</p>" if counts else ""
    return (f"<h4 style='margin:{top} 0 0.3rem'>{html.escape(heading)}</h4>{count_html}"
            f"<ul style='padding-left:0.2rem;margin:0'>{''.join(items)}</ul>")


def bud_checklist_html(profile: dict[str, Any], lang: str) -> str:
    """The ten bud as escaped HTML: icon and answer in words (never colour alone), the bud's hint, its source
    (a link only for http/https addresses)."""
    items = []
    for b in profile["bud"]:
        n = b["number"]
        key = answer_key(b["met"])
        extra = (f'<br><span style="color:#444;font-size:0.85em;margin-left:1.3em">'
                 f'{html.escape(t(quality.bud_label_key(n, "hint"), lang))}</span>')
        src = _source_html(b["source"], lang)
        if src:
            extra += (f'<br><span style="font-size:0.85em;margin-left:1.3em">'
                      f'{html.escape(t("quality.col.source", lang))}: {src}</span>')
        label = f"<strong>{n}. {html.escape(t(quality.bud_label_key(n), lang))}</strong>"
        items.append(_item(key, label, answer_label(key, lang, short=True), extra))
    c = profile["counts"]
    counts = t("quality.profile.counts", lang, met=c["bud_met"], not_met=c["bud_not_met"], unknown=c["bud_unknown"])
    return f"<div class='atlas-quality'>{_list(t('quality.profile.bud', lang), counts, items, first=True)}</div>"


def structures_steps_html(profile: dict[str, Any], country: str, lang: str) -> str:
    """The structures and the process steps (with dates) as escaped HTML, then the row's source and comment."""
    words = {"met": "present", "not_met": "absent", "unknown": "unknown_short"}
    structures = [_item(answer_key(s["present"]), f"<strong>{html.escape(structure_label(s['key'], lang))}</strong>",
                        t(f"quality.status.{words[answer_key(s['present'])]}", lang))
                  for s in profile["structures"]]
    step_words = {"met": "done", "not_met": "not_done", "unknown": "unknown_short"}
    steps = []
    for s in profile["steps"]:
        key = answer_key(s["done"])
        date = f" ({html.escape(s['date'])})" if s["date"] else ""
        label = f"{s['order']}. <strong>{html.escape(step_label(country, s['key'], lang))}</strong>"
        steps.append(_item(key, label, t(f"quality.status.{step_words[key]}", lang), date))
    c = profile["counts"]
    parts = [_list(t("quality.profile.structures", lang), None, structures, first=True),
             _list(t("quality.profile.steps", lang),
                   t("quality.profile.steps_counts", lang, done=c["steps_done"], total=c["steps_total"]), steps)]
    if profile.get("source"):
        parts.append(f"<p style='font-size:0.85em'>{html.escape(t('quality.col.source', lang))}: "
                     f"{_source_html(profile['source'], lang)}</p>")
    if profile.get("comment"):
        parts.append(f"<p style='font-size:0.85em'>"
                     f"{html.escape(t('quality.profile.comment', lang, text=profile['comment']))}</p>")
    return f"<div class='atlas-quality'>{''.join(parts)}</div>"


def checklist_html(profile: dict[str, Any], country: str, lang: str) -> str:
    """The whole checklist (bud, structures, steps) as one escaped HTML block."""
    return bud_checklist_html(profile, lang) + structures_steps_html(profile, country, lang)


# ---------------------------------------------------------------------------------------------- profile section
def checklist_section(code: str, view: View) -> dict[str, Any] | None:
    """The municipality profile's policy-quality section: the ten bud as a checklist with their sources, the
    structures, the process steps and - for a policy in progress - the process as a timeline.

    Returns facts for the profile's summary text (``quality_met``, ``quality_known``: bud met and bud answered),
    or None when the municipality is not in the checklist."""
    lang, country = view.lang, view.country
    st.header(t("quality.profile.heading", lang))
    try:
        data = load(country)
    except AtlasError as err:
        from ui.chrome import show_error

        show_error(err, lang)
        return None
    if data.meta is None:
        st.info(t("quality.none", lang, country=t(f"country.{country}", lang), code=country))
        return None
    if data.demo:
        from ui.chrome import demo_banner

        demo_banner(lang, t("quality.demo_what", lang))
    profile = quality.quality_profile(data.register, code, country)
    if profile is None:
        name = code
        if data.policies is not None:
            hit = data.policies.loc[data.policies["kommunenummer"] == code, "kommunenavn"]
            name = str(hit.iloc[0]) if len(hit) else code
        st.info(t("quality.profile.missing", lang, name=name))
        return None
    if view.present:
        st.html(checklist_html(profile, country, lang))
    else:
        left, right = st.columns(2)
        with left:
            st.html(bud_checklist_html(profile, lang))
        with right:
            st.html(structures_steps_html(profile, country, lang))
    in_progress = code in quality.in_progress_codes(data.register, country, data.policies)
    if in_progress:
        fig = timeline_figure(profile, country, lang)
        if fig is None:
            st.caption(t("quality.profile.no_dates", lang))
        else:
            st.plotly_chart(fig, config=PLOTLY_CONFIG, width="stretch", key=f"quality_timeline_{code}")
            undated = [step_label(country, s["key"], lang) for s in profile["steps"] if s["done"] and not s["date"]]
            if undated:
                st.caption(t("quality.profile.undated", lang, steps=", ".join(undated)))
    meta = data.meta
    st.caption(t("quality.profile.checklist_source", lang, title=meta.get("title", ""),
                 file=meta.get("file_name") or "DEMO", version=meta.get("version") or "–"))
    c = profile["counts"]
    return {"quality_met": c["bud_met"], "quality_known": c["bud_met"] + c["bud_not_met"]}
