"""The presentation pack: one municipality and its peers in one self-contained HTML file (plus a ZIP with the HTML,
the pictures as separate PNGs, the peer table as CSV and a read-me), for a speaker who has no network at the venue.

What is inside the HTML, and why it opens offline:

* the interactive map is the page map (:func:`ui.leafmap.choropleth_html`) with Leaflet, ``atlas-map.js`` and
  the CSS *inlined* (:func:`inline_map_html`), placed in an ``<iframe srcdoc>`` so its full-window styling does
  not touch the pack's own layout; Leaflet's image references (marker icons, layer switcher - unused here)
  are removed from the inlined CSS;
* charts are PNGs from :mod:`ui.pngs` embedded as ``data:`` URLs;
* no fonts, no scripts other than the map's, nothing fetched: the only outside addresses are the sources'
  ``http(s)`` links, as plain ``<a rel="noopener noreferrer">`` links.

Every text from data (municipality names, table cells, provenance) is HTML-escaped; JSON inside ``<script>`` is
escaped by leafmap's ``script_json``. No Streamlit here: :func:`ui.exports.pack_buttons` offers the files on a page.
"""

from __future__ import annotations

import base64
import html
import io
import math
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, Literal

import pandas as pd

from analytics import exports
from analytics.exports import file_slug as slug
from base.i18n import LANGS, fmt_int, fmt_num, t
from ui import leafmap, pngs
from ui.palettes import NO_DATA_COLOUR

_PLACEHOLDER_BASE = "atlas-inline-static"
_CSS_URL = re.compile(r"url\((['\"]?)(?!data:|#)([^)'\"]*)\1\)")


# ---------------------------------------------------------------------------------------------------- inlining
@cache
def _static_text(relative: str) -> str:
    path = leafmap.STATIC_DIR / relative
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuntimeError(f"the presentation pack needs {path}, which is missing") from exc


def _inline_script(relative: str) -> str:
    code = _static_text(relative)
    if re.search(r"</script|<!--", code, flags=re.IGNORECASE):
        raise RuntimeError(f"{relative} contains '</script' or '<!--' and cannot be inlined safely")
    return f"<script>{code}</script>"


def _inline_style(relative: str) -> str:
    css = _CSS_URL.sub("none", _static_text(relative))  # no file or web references left (Leaflet's icons)
    if re.search(r"</style|@import", css, flags=re.IGNORECASE):
        raise RuntimeError(f"{relative} contains '</style' or '@import' and cannot be inlined safely")
    return f"<style>{css}</style>"


def inline_map_html(*args: Any, **kwargs: Any) -> str:
    """:func:`ui.leafmap.choropleth_html` with its four static files (Leaflet JS/CSS, atlas-map JS/CSS) inlined,
    so the document needs no server and no network. Same arguments as ``choropleth_html`` (except
    ``static_base``). Raises ``RuntimeError`` if the map page no longer links its files the expected way."""
    kwargs.pop("static_base", None)
    doc = leafmap.choropleth_html(*args, static_base=_PLACEHOLDER_BASE, **kwargs)
    urls = leafmap.static_urls(_PLACEHOLDER_BASE)
    esc, files = html.escape, leafmap.STATIC_FILES
    swaps = {
        f'<link rel="stylesheet" href="{esc(urls["leaflet_css"])}">': _inline_style(files["leaflet_css"]),
        f'<link rel="stylesheet" href="{esc(urls["atlas_css"])}">': _inline_style(files["atlas_css"]),
        f'<script src="{esc(urls["leaflet_js"])}"></script>': _inline_script(files["leaflet_js"]),
        f'<script src="{esc(urls["atlas_js"])}"></script>': _inline_script(files["atlas_js"]),
    }
    for tag, inline in swaps.items():
        if doc.count(tag) != 1:
            raise RuntimeError(f"the map page does not link {tag!r} exactly once; cannot inline it")
        doc = doc.replace(tag, inline)
    if _PLACEHOLDER_BASE in doc:
        raise RuntimeError("the map page links a static file that the pack does not inline")
    return doc


# ---------------------------------------------------------------------------------------------------- inputs
@dataclass(frozen=True)
class ChartSpec:
    """A chart for the pack, drawn with :func:`ui.pngs.bar_png` (``kind="bar"``) or :func:`ui.pngs.line_png`
    (``kind="line"``) from ``data``; ``options`` are passed on (``percent``, ``reference``, ``labels`` …)."""

    kind: Literal["bar", "line"]
    data: pd.DataFrame
    x: str
    y: str | Sequence[str]
    title: str
    options: Mapping[str, Any] = field(default_factory=dict)
    sources: Sequence[Mapping[str, Any] | None] | None = None  # the datasets it draws on; default: the pack's


@dataclass(frozen=True)
class Pack:
    """A built pack: ``html`` (the self-contained page), ``pngs`` (file name -> PNG bytes, the map first),
    ``stem`` (file name without extension, with ``-DEMO`` for demo data) and the pieces for the ZIP."""

    html: str
    pngs: dict[str, bytes]
    stem: str
    folder: str
    peer_csv: bytes
    readme: str
    readme_name: str = "README.txt"

    @property
    def html_name(self) -> str:
        return f"{self.stem}.html"

    @property
    def zip_name(self) -> str:
        return f"{self.stem}.zip"

    def html_bytes(self) -> bytes:
        return self.html.encode("utf-8")

    def zip_bytes(self) -> bytes:
        """The HTML, every PNG under ``folder/``, the peer table as CSV and a read-me with the sources."""
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(self.html_name, self.html_bytes())
            for name, data in self.pngs.items():
                zf.writestr(f"{self.folder}/{name}", data, compress_type=zipfile.ZIP_STORED)
            zf.writestr(f"{self.stem}.csv", self.peer_csv)
            zf.writestr(self.readme_name, self.readme.encode("utf-8"))
        return buf.getvalue()


def pack_stem(name: str, code: str, country: str, lang: str, demo: bool) -> str:
    """The pack's file name without extension, e.g. ``presentasjonspakke-baerum-3201-no`` (``-DEMO`` for demo
    data); known before the pack is built, so a download button can be named without building it."""
    return (f"{slug(t('pack.file', lang))}-{slug(name, 30)}-{slug(code)}-{country}"
            + ("-DEMO" if demo else ""))


# ---------------------------------------------------------------------------------------------------- pieces
_YEAR_HEADER = re.compile(r"(år|aar|year)", re.IGNORECASE)


def _year_columns(df: pd.DataFrame) -> set[int]:
    """Positions of columns that hold years (header says year/år/aar and every value is a whole number
    1800–2200): written without a thousands separator."""
    out = set()
    for i, col in enumerate(df.columns):
        if not _YEAR_HEADER.search(str(col)):
            continue
        values = pd.to_numeric(df.iloc[:, i], errors="coerce").dropna()
        if len(values) and bool(((values % 1 == 0) & (values >= 1800) & (values <= 2200)).all()):
            out.add(i)
    return out


def _cell(value: Any, lang: str, year: bool = False) -> tuple[str, bool]:
    """A table cell as escaped text, and whether it is a number (right-aligned). ``year``: a whole number is
    written as it is (2019, not 2 019)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return "–", False
    if isinstance(value, bool):
        return html.escape(str(value)), False
    if hasattr(value, "item") and not isinstance(value, str):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and math.isnan(value):
        return "–", False
    if year and isinstance(value, int | float) and float(value).is_integer():
        return str(int(value)), True
    if isinstance(value, int):
        return html.escape(fmt_int(value, lang)), True
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return html.escape(fmt_int(value, lang)), True
        return html.escape(fmt_num(value, 1, lang)), True
    return html.escape(str(value)), False


def _table_html(df: pd.DataFrame, highlight_rows: set[int], lang: str, caption: str) -> str:
    head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in df.columns)
    rows = []
    years = _year_columns(df)
    for i, values in enumerate(df.itertuples(index=False, name=None)):
        cells = []
        for j, v in enumerate(values):
            text, numeric = _cell(v, lang, j in years)
            cells.append(f'<td class="num">{text}</td>' if numeric else f"<td>{text}</td>")
        cls = ' class="self"' if i in highlight_rows else ""
        rows.append(f"<tr{cls}>{''.join(cells)}</tr>")
    return (f'<table><caption>{html.escape(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _sources_html(metas: list[Mapping[str, Any]], lang: str) -> str:
    items = []
    for m in metas:
        url = str(m.get("url") or "").strip()
        link = ""
        if url.lower().startswith(("http://", "https://")):
            link = (f' (<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer" target="_blank">'
                    f"{html.escape(t('pack.source_link', lang))}</a>)")
        elif url:
            link = f" ({html.escape(url)})"
        retrieved = str(m.get("retrieved") or m.get("written") or "")[:10]
        demo = ' <strong class="demo-tag">DEMO</strong>' if m.get("demo") else ""
        items.append(
            f"<li>{html.escape(str(m.get('publisher', '')))}: {html.escape(str(m.get('title', '')))}{link}"
            f" · {html.escape(t('prov.licence', lang))} {html.escape(str(m.get('licence', '')))}"
            f" · {html.escape(t('prov.retrieved', lang))} {html.escape(retrieved)}"
            f" · {html.escape(t('prov.vintage', lang))} {html.escape(str(m.get('code_vintage', '')))}{demo}</li>")
    if not items:
        return f"<p>{html.escape(t('export.prov.none', lang))}</p>"
    return f'<ul class="sources">{"".join(items)}</ul>'


def _feature_bounds(geojson: Any, keys: set[str], key_prop: str = "kommunenummer"
                    ) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """((south, west), (north, east)) around the features in ``keys``, padded, or None when none is found."""
    fc = pngs._feature_collection(geojson)
    box = [math.inf, math.inf, -math.inf, -math.inf]
    for feature in fc["features"]:
        props = (feature or {}).get("properties") or {}
        if str(props.get(key_prop, "")).strip() not in keys:
            continue
        geometry = (feature or {}).get("geometry") or {}
        polys = [geometry.get("coordinates") or []] if geometry.get("type") == "Polygon" else \
            geometry.get("coordinates") or []
        for poly in polys:
            for ring in poly[:1]:
                for lon, lat, *_ in ring:
                    box = [min(box[0], lon), min(box[1], lat), max(box[2], lon), max(box[3], lat)]
    if not math.isfinite(box[0]):
        return None
    west, south, east, north = box
    pad_lat = max((north - south) * 0.15, 0.35)
    mid = math.radians((south + north) / 2)
    pad_lon = max((east - west) * 0.15, pad_lat / max(math.cos(mid), 0.2))
    return (south - pad_lat, west - pad_lon), (north + pad_lat, east + pad_lon)


_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #111; line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 2.3rem; margin: 0.2em 0 0.1em; line-height: 1.15; }
h2 { font-size: 1.6rem; margin: 1.6em 0 0.5em; border-bottom: 2px solid #004488; padding-bottom: 4px; }
.sub { margin: 0.2em 0; font-size: 1.1rem; color: #222; }
.offline { color: #333; font-size: 0.95rem; }
.demo { background: #b00020; color: #fff; padding: 12px 16px; border-radius: 4px; font-size: 1.15rem; }
.demo-badge { position: fixed; top: 10px; right: 10px; z-index: 10; background: #b00020; color: #fff;
  font-weight: 700; padding: 4px 12px; border-radius: 4px; letter-spacing: 0.08em; }
.demo-tag { color: #b00020; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; margin: 0; }
dl.figures div { border: 1px solid #8a8f96; border-radius: 6px; padding: 12px 14px; }
dl.figures dt { font-size: 1rem; color: #222; }
dl.figures dd { margin: 4px 0 0; font-size: 1.9rem; font-weight: 700; }
iframe.map { width: 100%; height: 640px; border: 1px solid #8a8f96; border-radius: 4px; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 1.05rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
th, td { border-bottom: 1px solid #c4c8cc; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.self td { font-weight: 700; background: #fff4d6; }
figure { margin: 0 0 28px; }
figure img { width: 100%; height: auto; border: 1px solid #c4c8cc; }
figcaption { font-size: 1rem; color: #222; margin-top: 4px; }
ul.sources { padding-left: 1.2em; font-size: 0.95rem; }
a { color: #004488; }
footer { margin: 32px auto 24px; font-size: 0.9rem; color: #333; }
@media print {
  .demo-badge { position: absolute; }
  section, figure, table { break-inside: avoid; }
  iframe.map { height: 560px; }
}
"""


# ---------------------------------------------------------------------------------------------------- the pack
def build_pack(
    *,
    country: str,
    lang: str,
    municipality: Mapping[str, Any],
    peers: pd.DataFrame,
    peer_codes: Iterable[str] | None = None,
    geojson: bytes | str | Mapping[str, Any],
    map_values: Mapping[str, leafmap.Style | str],
    legend: Sequence[tuple[str, str]],
    map_title: str,
    key_figures: Sequence[tuple[str, str]] | Mapping[str, str] = (),
    charts: Mapping[str, ChartSpec | bytes] | None = None,
    provenance: Iterable[Mapping[str, Any] | None] = (),
    demo: bool = False,
    outline_geojson: bytes | str | Mapping[str, Any] | None = None,
    generated: date | None = None,
    present: bool = False,
    zoom_codes: Iterable[str] | None = None,
    map_provenance: Iterable[Mapping[str, Any] | None] | None = None,
) -> Pack:
    """Build the presentation pack for ``municipality`` (a register row: ``kommunenummer``, ``kommunenavn``,
    ``fylkesnavn``, optionally ``befolkning``/``befolkning_aar``) and its ``peers``.

    ``peers``: the peer table as shown on the page (any columns; its rows are escaped and numbers formatted for
    ``lang``). ``peer_codes``: the peers' municipality numbers, drawn with a thick border on the maps; default
    ``peers["kommunenummer"]`` when that column exists; when it has one code per row, the municipality's own
    row is set in bold. ``map_values``: code -> :class:`ui.leafmap.Style` (or a bare colour) as on the page map;
    ``legend`` lists every colour used. ``key_figures``: (label, formatted value) pairs. ``charts``: name ->
    :class:`ChartSpec` (drawn here with the provenance's source line and the DEMO mark) or ready PNG bytes.
    ``provenance``: the store's metadata dicts; ``demo`` (or any dict's ``demo``) labels everything DEMO.
    ``zoom_codes``: municipalities shown with it in the map picture's enlarged panel (its neighbours).
    ``map_provenance`` / a chart's ``ChartSpec.sources``: the datasets that picture draws on, named in its footer
    (default: all of ``provenance``) - a picture names only the sources it uses.
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    if country not in ("no", "dk"):
        raise ValueError(f"unknown country {country!r}; use 'no' or 'dk'")
    metas = exports.unique_provenance(list(provenance or ()))
    demo = exports.is_demo(metas, demo)
    generated = generated or datetime.now(UTC).date()
    code = str(municipality.get("kommunenummer", "")).strip()
    name = str(municipality.get("kommunenavn", "") or code)
    if not code:
        raise ValueError("the municipality row has no kommunenummer")
    if peer_codes is None:
        peer_codes = [str(c) for c in peers["kommunenummer"]] if "kommunenummer" in peers.columns else []
    peer_list = [str(c) for c in peer_codes]
    group = {code, *peer_list}
    styles = {k: v if isinstance(v, leafmap.Style) else leafmap.Style(str(v)) for k, v in map_values.items()}
    source = exports.source_line(metas, lang)
    map_source = source if map_provenance is None else exports.source_line(list(map_provenance), lang)
    title = t("pack.title", lang, name=name)
    esc = html.escape

    # ---- pictures: the whole-country map first, then the charts
    pictures: dict[str, bytes] = {}
    map_name = f"01-{slug(t('export.file.map', lang))}.png"
    # The compared municipalities in their status colours ("no data" grey where the register has nothing), the
    # rest in a light grey the legend calls "not in the comparison"; the municipality itself outlined, named and
    # shown again enlarged with its neighbours beside the whole country.
    fills = {k: s.color for k, s in styles.items() if k in group} | {
        c: NO_DATA_COLOUR for c in group if c not in styles}
    zoom = {code, *(str(c) for c in (zoom_codes or ()))}
    pictures[map_name] = pngs.map_png(
        geojson, fills, list(legend), map_title, map_source, demo,
        highlight=group, outline_geojson=outline_geojson, lang=lang, subtitle=title,
        highlight_label=t("pack.peers", lang) if peer_list else name, other_colour=pngs.OTHER_COLOUR,
        other_label=t("pack.not_compared", lang), subject=code, subject_label=name, zoom=zoom,
        zoom_title=t("pack.zoom", lang, name=name) if len(zoom) > 1 else name)
    captions: list[tuple[str, str, str]] = []  # (file name, title, alt)
    for i, (chart_name, spec) in enumerate((charts or {}).items(), start=2):
        file_name = f"{i:02d}-{slug(chart_name)}.png"
        if isinstance(spec, bytes | bytearray):
            pngs.png_size(bytes(spec))  # refuses anything that is not a PNG
            data, chart_title = bytes(spec), str(chart_name)
        elif isinstance(spec, ChartSpec):
            draw = {"bar": pngs.bar_png, "line": pngs.line_png}.get(spec.kind)
            if draw is None:
                raise ValueError(f"chart {chart_name!r}: kind must be 'bar' or 'line', got {spec.kind!r}")
            chart_source = source if spec.sources is None else exports.source_line(list(spec.sources), lang)
            data = draw(spec.data, spec.x, spec.y, spec.title, chart_source, demo, lang, **dict(spec.options))
            chart_title = spec.title
        else:
            raise TypeError(f"chart {chart_name!r} must be a ChartSpec or PNG bytes, got {type(spec).__name__}")
        pictures[file_name] = data
        captions.append((file_name, chart_title, str(chart_name)))

    # ---- the interactive map (inlined, offline), zoomed to the municipality and its peers
    bounds = _feature_bounds(geojson, group)
    doc = inline_map_html(
        geojson, styles, legend=list(legend), title=map_title + (" (DEMO)" if demo else ""), height=640,
        present=present, lang=lang, highlight=group, outline_geojson=outline_geojson, bounds=bounds,
        attribution=source, highlight_label=t("pack.peers", lang) if peer_list else name)

    # ---- header facts
    facts = []
    county = municipality.get("fylkesnavn")
    if county:
        facts.append(f"{t('pack.county' if country == 'no' else 'pack.region', lang)}: {county}")
    facts.append(f"{t('pack.code', lang)}: {code}")
    population = municipality.get("befolkning")
    if population is not None and not (isinstance(population, float) and math.isnan(population)):
        year = municipality.get("befolkning_aar")
        facts.append(f"{t('pack.population', lang)}: {fmt_int(population, lang)}"
                     + (f" ({int(year)})" if year is not None and not pd.isna(year) else ""))

    figures = key_figures.items() if isinstance(key_figures, Mapping) else key_figures
    figures_html = "".join(f"<div><dt>{esc(str(label))}</dt><dd>{esc(str(value))}</dd></div>"
                           for label, value in figures)
    own_rows = ({i for i, c in enumerate(peer_list) if c == code} if len(peer_list) == len(peers) else set())
    table_html = (_table_html(peers, own_rows, lang, t("pack.peers", lang)) if len(peers)
                  else f"<p>{esc(t('pack.peers_none', lang))}</p>")
    charts_html = "".join(
        f'<figure><img src="data:image/png;base64,{base64.b64encode(pictures[f]).decode("ascii")}" '
        f'alt="{esc(alt_title)}" width="{pngs.png_size(pictures[f])[0]}" height="{pngs.png_size(pictures[f])[1]}">'
        f"<figcaption>{esc(alt_title)}</figcaption></figure>"
        for f, alt_title, _ in captions)
    page_title = ("DEMO – " if demo else "") + title
    demo_html = (f'<p class="demo" role="note"><strong>{esc(t("export.demo", lang))}</strong></p>'
                 f'<div class="demo-badge" aria-hidden="true">DEMO</div>' if demo else "")
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="generator" content="Frivillighetsatlas">'
        f"<title>{esc(page_title)}</title><style>{_CSS}</style></head><body>"
        f"<header>{demo_html}<h1>{esc(title)}</h1>"
        f'<p class="sub">{esc(" · ".join(facts))}</p>'
        f'<p class="sub">{esc(t("pack.subtitle", lang, date=generated.isoformat()))}</p>'
        f'<p class="offline">{esc(t("pack.offline", lang))}</p></header><main>'
        + (f'<section><h2>{esc(t("pack.key_figures", lang))}</h2><dl class="figures">{figures_html}</dl></section>'
           if figures_html else "")
        + f'<section><h2>{esc(t("pack.map", lang))}</h2>'
        f'<iframe class="map" title="{esc(t("pack.map_alt", lang, title=map_title))}" srcdoc="{esc(doc, quote=True)}">'
        f"</iframe><p>{esc(t('pack.map_note', lang, name=name))}</p></section>"
        f'<section><h2>{esc(t("pack.peers", lang))}</h2>{table_html}</section>'
        + (f'<section><h2>{esc(t("pack.charts", lang))}</h2>{charts_html}</section>' if charts_html else "")
        + f'<section><h2>{esc(t("pack.sources", lang))}</h2>{_sources_html(metas, lang)}</section></main>'
        f"<footer>{esc(source)}</footer></body></html>"
    )

    stem = pack_stem(name, code, country, lang, demo)
    folder = slug(t("pack.folder", lang))
    readme_lines = [t("pack.readme", lang, name=name, html=f"{stem}.html", folder=folder).rstrip("\n"), ""]
    readme_lines += exports.provenance_lines(metas, lang, demo, exported=generated.isoformat())
    readme = "\n".join(readme_lines) + "\n"
    peer_csv = exports.to_csv_bytes(peers, metas, lang, demo)
    return Pack(html=page, pngs=pictures, stem=stem, folder=folder, peer_csv=peer_csv, readme=readme,
                readme_name=t("pack.readme_file", lang))
