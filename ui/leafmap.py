"""Offline choropleth map: Leaflet (served from ``static/``) drawing municipality polygons as SVG.

Two ways to show it:

* :func:`render` puts the map in the page as a bidirectional ``st.components.v2`` component
  (``static/atlas-component.js``, in a shadow root): a click on a municipality (or "Finn kommune" and Enter) comes
  back to Python as the ``open`` trigger, a step of the play control as ``year``. The encoded geometry is sent once per
  browser session (the browser keeps it under :attr:`MapPayload.geometry_key`; its ``need`` trigger asks again if it
  lacks it), so a rerun sends only colours and texts, and the browser restyles the drawn polygons.
* :func:`choropleth_html` returns a complete standalone HTML document (the presentation pack's offline file and the
  benchmark's reference page). Both are pure; tests inspect them without a browser.

How it is put together (each step chosen for time-to-map, see ``bench/time_to_map.py``):

* Leaflet and the drawing code (``static/atlas-map.js``, ``static/atlas-map.css``) are separate files served by
  Streamlit at ``/app/static/...`` (``[server] enableStaticServing = true``), so the browser caches them and
  each page only sends data. The URLs carry a content hash so a changed file is never served stale.
* The geometry is sent as delta-encoded integers (coordinates × 10^decimals), about half the size of the
  same GeoJSON. :func:`prepare_geometry` does this once; pass its result (cached by the caller) instead of
  GeoJSON to avoid re-encoding on every rerun.
* Every name, value, legend label and title travels as JSON data and is written with ``textContent`` only; in the
  standalone document the JSON blocks have ``<``, ``>``, ``&``, U+2028 and U+2029 escaped and title, legend and
  attribution are HTML-escaped.
* No tiles, no fonts, no CDN: nothing leaves the Streamlit server.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from base.i18n import DEFAULT_LANG, LANGS, t
from ui.palettes import NO_DATA_COLOUR

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"
STATIC_FILES = {
    "leaflet_js": "vendor/leaflet/leaflet.js",
    "leaflet_css": "vendor/leaflet/leaflet.css",
    "atlas_js": "atlas-map.js",
    "atlas_css": "atlas-map.css",
}
DEFAULT_STATIC_BASE = "/app/static"

_HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
# Stroke colours and widths (px). Present mode: thicker lines for a projector.
_BORDER_COLOUR = "#ffffff"
_HIGHLIGHT_COLOUR = "#111111"
_OUTLINE_COLOUR = "#3b3b3b"
_WIDTHS = {
    False: {"border_w": 0.6, "highlight_w": 2.0, "hover_w": 1.5, "outline_w": 1.2},
    True: {"border_w": 1.2, "highlight_w": 2.8, "hover_w": 2.2, "outline_w": 2.2},
}


@dataclass(frozen=True)
class Style:
    """How one municipality is drawn: its fill ``color`` (``#rgb`` or ``#rrggbb``, which must be in the legend)
    and ``text``, the value shown in its tooltip after the name (e.g. ``"Vedtatt 2019"``, ``"12,3 %"``)."""

    color: str
    text: str = ""


@dataclass(frozen=True)
class PreparedGeometry:
    """Polygons encoded for the map, aligned by position: ``keys[i]`` / ``names[i]`` / ``geometry[i]``.

    ``json`` is the encoded geometry as script-safe JSON; ``bounds`` is ``((south, west), (north, east))``.
    Immutable: safe to share between sessions from a ``st.cache_resource`` loader.
    """

    keys: tuple[str, ...]
    names: tuple[str, ...]
    json: str
    bounds: tuple[tuple[float, float], tuple[float, float]]
    decimals: int

    @property
    def index(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.keys)}


@dataclass(frozen=True)
class PreparedOutline:
    """Lines drawn over the map (e.g. county borders), encoded like :class:`PreparedGeometry`; ``json`` is the
    script-safe list of encoded lines."""

    json: str
    decimals: int


def script_json(obj: Any) -> str:
    """``obj`` as JSON that is safe inside ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped.

    >>> script_json({"n": "</script><b>&"})
    '{"n":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _load(geojson: dict | bytes | str) -> dict:
    if isinstance(geojson, bytes | bytearray | str):
        try:
            geojson = json.loads(geojson)
        except ValueError as exc:
            raise ValueError(f"the map geometry is not valid JSON: {exc}") from exc
    if not isinstance(geojson, dict) or geojson.get("type") != "FeatureCollection":
        raise ValueError("the map geometry must be a GeoJSON FeatureCollection")
    features = geojson.get("features")
    if not isinstance(features, list):
        raise ValueError("the map geometry's FeatureCollection has no 'features' list")
    return geojson


def _encode_ring(ring: Iterable[Iterable[float]], scale: float, box: list[float]) -> list[int] | None:
    """A ring as ``[x0, y0, dx1, dy1, …]`` integers (lon/lat × scale), repeated points and the closing point
    dropped; ``None`` when fewer than three distinct points remain. Widens ``box`` (w, s, e, n) in place."""
    out: list[int] = []
    first: tuple[int, int] | None = None
    px = py = 0
    count = 0
    for point in ring:
        lon, lat = float(point[0]), float(point[1])
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise ValueError(f"the map geometry has a non-finite coordinate ({lon}, {lat})")
        x, y = round(lon * scale), round(lat * scale)
        if count and x == px and y == py:
            continue
        if first is None:
            first = (x, y)
        out.append(x - px)
        out.append(y - py)
        px, py = x, y
        count += 1
        box[0], box[1], box[2], box[3] = min(box[0], lon), min(box[1], lat), max(box[2], lon), max(box[3], lat)
    if count > 1 and (px, py) == first:
        del out[-2:]
        count -= 1
    return out if count >= 3 else None


def _encode_geometry(geometry: Any, scale: float, box: list[float], label: str) -> list[list[list[int]]]:
    """Polygon/MultiPolygon as a list of polygons, each a list of encoded rings (outer ring first)."""
    if not isinstance(geometry, dict) or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise ValueError(f"feature {label}: geometry must be Polygon or MultiPolygon, got {kind}")
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    out = []
    for polygon in polygons:
        rings = [_encode_ring(ring, scale, box) for ring in polygon]
        if rings and rings[0] is not None:
            out.append([r for r in rings if r is not None])
    if not out:
        raise ValueError(f"feature {label}: geometry has no polygon with at least three points")
    return out


def prepare_geometry(
    geojson: dict | bytes | str,
    key_prop: str = "kommunenummer",
    name_prop: str = "kommunenavn",
    decimals: int = 4,
) -> PreparedGeometry:
    """Encode a FeatureCollection of (Multi)Polygons in lon/lat for :func:`choropleth_html`.

    Coordinates are rounded to ``decimals`` (4 ≈ 10 m). The feature's ``key_prop`` is its key (as a string);
    its name is ``name_prop``, else ``name``, else the key. Raises ``ValueError`` naming the feature for a
    missing or repeated key or an unusable geometry.
    """
    if not 0 <= decimals <= 7:
        raise ValueError(f"decimals must be between 0 and 7, got {decimals}")
    fc = _load(geojson)
    scale = 10.0**decimals
    keys: list[str] = []
    names: list[str] = []
    geoms: list[list[list[list[int]]]] = []
    seen: set[str] = set()
    box = [math.inf, math.inf, -math.inf, -math.inf]
    for pos, feature in enumerate(fc["features"]):
        props = (feature or {}).get("properties") or {}
        raw_key = props.get(key_prop)
        if raw_key is None or str(raw_key).strip() == "":
            raise ValueError(f"feature {pos} has no '{key_prop}' property")
        key = str(raw_key).strip()
        if key in seen:
            raise ValueError(f"feature {pos}: '{key_prop}' {key!r} occurs more than once")
        seen.add(key)
        name = props.get(name_prop) or props.get("name") or key
        geoms.append(_encode_geometry(feature.get("geometry"), scale, box, f"{key_prop}={key}"))
        keys.append(key)
        names.append(str(name))
    if not keys:
        raise ValueError("the map geometry has no features")
    payload = {"d": decimals, "k": keys, "n": names, "g": geoms}
    return PreparedGeometry(
        keys=tuple(keys),
        names=tuple(names),
        json=script_json(payload),
        bounds=((box[1], box[0]), (box[3], box[2])),
        decimals=decimals,
    )


def _quantize(ring: Iterable[Iterable[float]], scale: float) -> list[tuple[int, int]]:
    """A line's points as integers (lon/lat × scale), consecutive repeats dropped."""
    out: list[tuple[int, int]] = []
    for point in ring:
        lon, lat = float(point[0]), float(point[1])
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise ValueError(f"the outline has a non-finite coordinate ({lon}, {lat})")
        q = (round(lon * scale), round(lat * scale))
        if not out or q != out[-1]:
            out.append(q)
    return out


def _delta(points: list[tuple[int, int]]) -> list[int]:
    out: list[int] = []
    px = py = 0
    for x, y in points:
        out += (x - px, y - py)
        px, py = x, y
    return out


def _shared_borders(polygons: list[dict]) -> list[list[tuple[float, float]]]:
    """The lines along which two of ``polygons`` (GeoJSON geometries) touch, merged into long lines."""
    if len(polygons) < 2:
        return []
    import shapely
    from shapely.geometry import shape

    shapes = [shapely.make_valid(shape(g)) for g in polygons]
    boundaries = [g.boundary for g in shapes]
    tree = shapely.STRtree(shapes)
    parts = []
    for i, j in zip(*tree.query(shapes, predicate="intersects"), strict=True):
        if i < j:
            shared = shapely.intersection(boundaries[i], boundaries[j])
            parts += [g for g in shapely.get_parts(shared) if g.geom_type in ("LineString", "MultiLineString")]
    if not parts:
        return []
    merged = shapely.line_merge(shapely.union_all(parts))
    return [list(line.coords) for line in shapely.get_parts(merged)]


def prepare_outline(outline: dict | bytes | str, decimals: int = 4, shared_only: bool = True) -> PreparedOutline:
    """Encode outline lines for the map, e.g. county borders from county polygons.

    With ``shared_only`` (the default), only the borders that two polygons share are kept - the borders
    *between* counties; the coast and the national border, which the municipalities already draw, are left out
    (for Norway's counties 10 KB instead of 160 KB). LineString features are always kept whole. Raises
    ``ValueError`` naming the feature for another geometry type.
    """
    fc = _load(outline)
    scale = 10.0**decimals
    rings: list[list[tuple[int, int]]] = []
    lines: list[list[tuple[int, int]]] = []
    polygons: list[dict] = []
    for pos, feature in enumerate(fc["features"]):
        geometry = (feature or {}).get("geometry") or {}
        kind, coords = geometry.get("type"), geometry.get("coordinates")
        if kind in ("Polygon", "MultiPolygon"):
            polygons.append(geometry)
            if not shared_only:
                parts = [coords] if kind == "Polygon" else coords
                rings += [_quantize(r, scale) for p in parts for r in p]
        elif kind == "LineString":
            lines.append(_quantize(coords, scale))
        elif kind == "MultiLineString":
            lines += [_quantize(c, scale) for c in coords]
        else:
            raise ValueError(f"outline feature {pos}: geometry must be (Multi)Polygon or (Multi)LineString, got {kind}")
    if shared_only:
        lines += [_quantize(line, scale) for line in _shared_borders(polygons)]
    else:
        lines += [r if r[0] == r[-1] else [*r, r[0]] for r in rings if len(r) >= 3]
    return PreparedOutline(json=script_json([_delta(line) for line in lines if len(line) >= 2]), decimals=decimals)


# Callers often pass the same stored bytes on every rerun; bytes are hashable (and cache their hash), so the
# encoding is kept for the few most recent inputs.
@lru_cache(maxsize=8)
def _prepare_geometry_bytes(data: bytes, key_prop: str, name_prop: str, decimals: int) -> PreparedGeometry:
    return prepare_geometry(data, key_prop, name_prop, decimals)


@lru_cache(maxsize=8)
def _prepare_outline_bytes(data: bytes, decimals: int) -> PreparedOutline:
    return prepare_outline(data, decimals)


@cache
def _file_version(relative: str) -> str:
    """A short content hash of a static file, appended to its URL so browsers never run a stale copy."""
    path = STATIC_DIR / relative
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    except OSError as exc:
        raise RuntimeError(f"the map needs {path}, which is missing") from exc


def static_urls(static_base: str = DEFAULT_STATIC_BASE) -> dict[str, str]:
    """URLs of the map's static files under ``static_base`` (the Streamlit server's ``/app/static``)."""
    base = static_base.rstrip("/")
    return {name: f"{base}/{rel}?v={_file_version(rel)}" for name, rel in STATIC_FILES.items()}


def _check_colour(colour: str, where: str) -> str:
    if not isinstance(colour, str) or not _HEX_COLOUR.match(colour):
        raise ValueError(f"{where}: colour must be #rgb or #rrggbb, got {colour!r}")
    colour = colour.lower()
    if len(colour) == 4:
        colour = "#" + "".join(ch * 2 for ch in colour[1:])
    return colour


def _legend_items_html(items: list[tuple[str, str, str]]) -> str:
    """``items``: (kind, colour, label) with kind "fill" | "line" | "outline"; colours already validated."""
    rows = []
    for kind, colour, label in items:
        rows.append(
            f'<li><span class="atlas-swatch atlas-swatch-{kind}" style="--c:{colour}" aria-hidden="true"></span>'
            f"<span>{html.escape(label)}</span></li>"
        )
    return "".join(rows)


@dataclass(frozen=True)
class MapPayload:
    """Everything a map needs apart from Leaflet: the encoded geometry and outline, the per-run data (``data``:
    colours, tooltip texts, highlight, bounds, strokes, UI strings) and the legend rows (kind, colour, label)."""

    prepared: PreparedGeometry
    outline: PreparedOutline | None
    data: dict[str, Any]
    items: list[tuple[str, str, str]]

    @property
    def geometry_key(self) -> str:
        """A short hash of the geometry and outline: the browser keeps them under this key between reruns."""
        h = hashlib.sha256(self.prepared.json.encode())
        h.update(b"|" + (self.outline.json if self.outline else "[]").encode())
        return h.hexdigest()[:16]


def map_payload(
    geojson: dict | bytes | str | PreparedGeometry,
    values: Mapping[str, Style],
    *,
    legend: list[tuple[str, str]],
    title: str,
    present: bool = False,
    lang: str = DEFAULT_LANG,
    key_prop: str = "kommunenummer",
    name_prop: str = "kommunenavn",
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
    highlight: set[str] | None = None,
    outline_geojson: dict | bytes | str | PreparedOutline | None = None,
    highlight_label: str | None = None,
    outline_label: str | None = None,
) -> MapPayload:
    """Check and encode the map's inputs (see :func:`choropleth_html` for the arguments); pure."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    if isinstance(geojson, PreparedGeometry):
        prepared = geojson
    elif isinstance(geojson, bytes):
        prepared = _prepare_geometry_bytes(geojson, key_prop, name_prop, 4)
    else:
        prepared = prepare_geometry(geojson, key_prop, name_prop)

    legend_colours: list[tuple[str, str]] = [
        (_check_colour(c, f"legend entry {label!r}"), str(label)) for c, label in legend
    ]
    legend_set = {c for c, _ in legend_colours}
    palette: list[str] = []
    palette_index: dict[str, int] = {}

    def colour_slot(colour: str) -> int:
        if colour not in palette_index:
            palette_index[colour] = len(palette)
            palette.append(colour)
        return palette_index[colour]

    style_idx: list[int] = []
    texts: list[str] = []
    missing = 0
    for key in prepared.keys:
        style = values.get(key)
        if style is None:
            style_idx.append(colour_slot(NO_DATA_COLOUR))
            texts.append(t("map.no_data", lang))
            missing += 1
            continue
        colour = _check_colour(style.color, f"municipality {key}")
        if colour not in legend_set:
            raise ValueError(
                f"municipality {key} is coloured {colour}, which is not in the legend; every colour shown "
                "must have a legend entry"
            )
        style_idx.append(colour_slot(colour))
        texts.append(str(style.text))

    items: list[tuple[str, str, str]] = [("fill", c, label) for c, label in legend_colours]
    if missing and NO_DATA_COLOUR not in legend_set:
        items.append(("fill", NO_DATA_COLOUR, t("map.no_data", lang)))
    index = prepared.index
    hl = sorted(index[k] for k in (highlight or ()) if k in index)
    if hl:
        items.append(("line", _HIGHLIGHT_COLOUR, highlight_label or t("map.highlight", lang)))
    if outline_geojson is None or isinstance(outline_geojson, PreparedOutline):
        outline = outline_geojson
    elif isinstance(outline_geojson, bytes):
        outline = _prepare_outline_bytes(outline_geojson, prepared.decimals)
    else:
        outline = prepare_outline(outline_geojson, prepared.decimals)
    if outline is not None and outline.decimals != prepared.decimals:
        raise ValueError(f"outline encoded with {outline.decimals} decimals, geometry with {prepared.decimals}")
    if outline is not None and outline.json != "[]":
        items.append(("outline", _OUTLINE_COLOUR, outline_label or t("map.outline", lang)))

    if bounds is None:
        bounds = prepared.bounds
    (south, west), (north, east) = bounds
    if not (south < north and west < east):
        raise ValueError(f"bounds must be ((south, west), (north, east)) with south < north and west < east, "
                         f"got {bounds!r}")
    widths = _WIDTHS[bool(present)]
    data = {
        "p": palette,
        "i": style_idx,
        "x": texts,
        "h": hl,
        "b": [[south, west], [north, east]],
        "present": bool(present),
        "stroke": {"border": _BORDER_COLOUR, "highlight": _HIGHLIGHT_COLOUR, "outline": _OUTLINE_COLOUR, **widths},
        "t": {
            "zoomIn": t("map.zoom_in", lang),
            "zoomOut": t("map.zoom_out", lang),
            "reset": t("map.reset", lang),
            "search": t("map.search", lang),
            "notFound": t("map.search.none", lang, name="{name}"),
            "aria": t("map.aria", lang, title=title),
        },
    }
    return MapPayload(prepared, outline, data, items)


def choropleth_html(
    geojson: dict | bytes | str | PreparedGeometry,
    values: Mapping[str, Style],
    *,
    legend: list[tuple[str, str]],
    title: str,
    height: int = 560,
    present: bool = False,
    lang: str = DEFAULT_LANG,
    key_prop: str = "kommunenummer",
    name_prop: str = "kommunenavn",
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
    highlight: set[str] | None = None,
    outline_geojson: dict | bytes | str | PreparedOutline | None = None,
    attribution: str | None = None,
    highlight_label: str | None = None,
    outline_label: str | None = None,
    static_base: str = DEFAULT_STATIC_BASE,
) -> str:
    """The HTML document of a choropleth map, for an iframe's ``srcdoc`` or a file (the presentation pack).

    ``geojson``: a FeatureCollection in lon/lat (dict, or its JSON bytes/str), already simplified and rounded
    by the caller, or the result of :func:`prepare_geometry` (cache that: encoding is the slow part).
    ``values``: municipality key -> :class:`Style`. Features without a style are grey and get an
    "ingen data" legend entry. Every fill colour must appear in ``legend`` (``(colour, label)`` pairs),
    otherwise ``ValueError``. ``highlight``: keys drawn with a thick dark border (legend entry added).
    ``outline_geojson``: extra lines drawn on top (county borders; legend entry added). ``bounds``:
    ``((south, west), (north, east))`` to fit, default all features. ``present``: projector mode with larger
    type and thicker lines. ``height`` is the iframe's height in CSS pixels; the map fills it.
    """
    if not isinstance(height, int) or height < 160:
        raise ValueError(f"height must be an integer of at least 160 pixels, got {height!r}")
    pl = map_payload(geojson, values, legend=legend, title=title, present=present, lang=lang, key_prop=key_prop,
                     name_prop=name_prop, bounds=bounds, highlight=highlight, outline_geojson=outline_geojson,
                     highlight_label=highlight_label, outline_label=outline_label)
    urls = static_urls(static_base)
    esc = html.escape
    attribution_html = f'<p class="atlas-attribution">{esc(attribution)}</p>' if attribution else ""
    body_class = "atlas-present" if present else "atlas-normal"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{esc(title)}</title>"
        f'<link rel="stylesheet" href="{esc(urls["leaflet_css"])}">'
        f'<link rel="stylesheet" href="{esc(urls["atlas_css"])}">'
        f"<style>html,body{{height:{height}px}}</style></head>"
        f'<body class="{body_class}">'
        f'<div id="atlas-map" class="atlas-map" aria-label="{esc(t("map.aria", lang, title=title))}"></div>'
        f'<aside class="atlas-legend" aria-label="{esc(t("map.legend", lang))}">'
        f"<h2>{esc(title)}</h2><ul>{_legend_items_html(pl.items)}</ul>{attribution_html}</aside>"
        f'<p class="atlas-hint" id="atlas-hint">{esc(t("map.scroll_hint", lang))}</p>'
        f'<script type="application/json" id="atlas-geom">{pl.prepared.json}</script>'
        f'<script type="application/json" id="atlas-data">{script_json(pl.data)}</script>'
        f'<script type="application/json" id="atlas-outline">{pl.outline.json if pl.outline else "[]"}</script>'
        f'<script src="{esc(urls["leaflet_js"])}"></script>'
        f'<script src="{esc(urls["atlas_js"])}"></script>'
        "</body></html>"
    )


# ---------------------------------------------------------------------------------------------------- in the page


@dataclass(frozen=True)
class Play:
    """The play control: the years ``first``..``last`` and the ``year`` shown (the map's current year)."""

    first: int
    last: int
    year: int
    step_ms: int = 1000


def component_data(
    payload: MapPayload,
    *,
    title: str,
    height: int,
    lang: str,
    present: bool = False,
    attribution: str | None = None,
    clickable: bool = False,
    play: Play | None = None,
    with_geometry: bool = True,
    static_base: str = DEFAULT_STATIC_BASE,
) -> dict[str, Any]:
    """The JSON sent to the map component (``static/atlas-component.js``) on one run; pure.

    ``gk`` names the geometry; ``geom`` and ``outline`` (script-safe JSON strings) are included only
    ``with_geometry``: the browser keeps them under ``gk`` across reruns and asks again (its ``need`` trigger) if it
    does not have them. Legend labels, title and every text travel as data and are written with ``textContent``.
    """
    if not isinstance(height, int) or height < 160:
        raise ValueError(f"height must be an integer of at least 160 pixels, got {height!r}")
    if play is not None and not (play.first <= play.year <= play.last):
        raise ValueError(f"play year {play.year} is outside {play.first}-{play.last}")
    d = dict(payload.data)
    d["t"] = {**d["t"], "clickHint": t("map.click_hint", lang), "play": t("map.play", lang),
              "stop": t("map.stop", lang), "year": t("map.play_year", lang), "legend": t("map.legend", lang),
              "scroll": t("map.scroll_hint_clickable" if clickable else "map.scroll_hint", lang),
              "wait": t("map.loading", lang)}
    d["title"] = str(title)
    d["legend"] = [list(item) for item in payload.items]
    d["attribution"] = str(attribution) if attribution else ""
    d["clickable"] = bool(clickable)
    if play is not None:
        d["play"] = {"first": int(play.first), "last": int(play.last), "year": int(play.year),
                     "ms": int(play.step_ms)}
    urls = static_urls(static_base)
    out: dict[str, Any] = {"gk": payload.geometry_key, "height": height, "present": bool(present), "lang": lang,
                           "urls": urls, "d": d}
    if with_geometry:
        out["geom"] = payload.prepared.json
        out["outline"] = payload.outline.json if payload.outline else "[]"
    return out


COMPONENT_JS_PATH = STATIC_DIR / "atlas-component.js"
SENT_KEY = "_atlas_geometry_sent"  # session: geometry keys this browser session has been sent


@cache
def _component() -> Any:
    import streamlit as st

    return st.components.v2.component("atlas_map", js=COMPONENT_JS_PATH.read_text(encoding="utf-8"),
                                      isolate_styles=True)


def _forget_sent() -> None:
    """The browser lost (or never got) a geometry it was told it had: send it again on this rerun."""
    import streamlit as st

    st.session_state[SENT_KEY] = set()


def _noop() -> None:
    pass


def render(
    geojson: dict | bytes | str | PreparedGeometry,
    values: Mapping[str, Style],
    *,
    legend: list[tuple[str, str]],
    title: str,
    height: int = 560,
    present: bool = False,
    lang: str = DEFAULT_LANG,
    attribution: str | None = None,
    on_open: Callable[[str], None] | None = None,
    play: Play | None = None,
    on_year: Callable[[int], None] | None = None,
    key: str = "atlas_map",
    **kwargs: Any,
) -> bool:
    """Draw the map in the page as a bidirectional component (see :func:`choropleth_html` for the arguments).

    ``on_open(code)``: called during the run after a municipality was clicked (or chosen with "Finn kommune" and
    Enter); without it the map is not clickable. ``play`` adds a play control that steps through the years; each
    step calls ``on_year(year)`` (a widget callback, before the page runs again). The geometry is sent once per
    browser session (see :func:`component_data`).

    Shows a plain-language error instead of a blank map when static file serving is switched off (and returns
    False: no map was drawn).
    """
    import streamlit as st

    if not st.get_option("server.enableStaticServing"):
        st.error(t("map.static_off", lang))
        return False
    base_path = (st.get_option("server.baseUrlPath") or "").strip("/")
    static_base = f"/{base_path}{DEFAULT_STATIC_BASE}" if base_path else DEFAULT_STATIC_BASE
    payload = map_payload(geojson, values, legend=legend, title=title, present=present, lang=lang, **kwargs)
    sent: set[str] = st.session_state.setdefault(SENT_KEY, set())
    gk = payload.geometry_key
    data = component_data(payload, title=title, height=height, lang=lang, present=present, attribution=attribution,
                          clickable=on_open is not None, play=play, with_geometry=gk not in sent,
                          static_base=static_base)
    sent.add(gk)

    def year_changed() -> None:
        chosen = (st.session_state.get(key) or {}).get("year")
        if on_year is not None and play is not None and isinstance(chosen, int) and play.first <= chosen <= play.last:
            on_year(chosen)

    result = _component()(key=key, data=data, height=height, on_open_change=_noop, on_year_change=year_changed,
                          on_need_change=_forget_sent)
    opened = result.get("open") if hasattr(result, "get") else None
    if on_open is not None and isinstance(opened, str) and opened in payload.prepared.index:
        on_open(opened)
    return True
