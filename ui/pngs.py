"""PNG pictures of maps and charts for slides, drawn on the server with matplotlib (Agg) - no browser, no network.

Every picture is 16:9 (1920 × 1080 pixels by default), carries its title, a source line at the foot (publisher,
licence, retrieval date - see :func:`analytics.exports.source_line`) and, for synthetic data, a large "DEMO"
watermark plus a DEMO tag in the corner. The source line and the DEMO state are also written into the PNG's
text metadata.

Only matplotlib's object API is used (``Figure`` + ``FigureCanvasAgg``, never ``pyplot`` and never global
``rcParams``), so pictures can be drawn from Streamlit's download threads at the same time. All text from data
(municipality and county names, titles) is drawn as plain text: ``$`` is escaped so it never switches to
mathtext.

No Streamlit here: pages pass these functions (wrapped in a ``lambda``) to :func:`ui.exports.export_row`.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, ParamSpec

import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.path import Path
from matplotlib.ticker import FuncFormatter, MaxNLocator

from base.i18n import DEFAULT_LANG, LANGS, fmt_int, fmt_num, fmt_pct, t
from ui.palettes import NO_DATA_COLOUR

SLIDE_SIZE: tuple[int, int] = (1920, 1080)
# Pictures shown on a page: no wider than Streamlit's widest content (1460 px), so st.image sends the bytes as they
# are instead of resizing and re-encoding them on every run (measured: 0.3 s of server time per overview run).
SCREEN_SIZE: tuple[int, int] = (1440, 810)
DEFAULT_DPI = 150
MAP_BACKGROUND = "#ffffff"
BORDER_COLOUR = "#ffffff"
HIGHLIGHT_COLOUR = "#111111"
SUBJECT_COLOUR = "#33bbee"  # the pack's own municipality (Tol's cyan): a border no status colour is near
OTHER_COLOUR = "#ececec"  # municipalities outside a comparison: lighter than "no data", named in the legend
OUTLINE_COLOUR = "#3b3b3b"
BAR_COLOUR = "#004488"
BAR_HIGHLIGHT_COLOUR = "#ddaa33"
LINE_COLOURS = ("#004488", "#bb5566", "#ddaa33", "#66ccee", "#aa3377", "#555555")
REFERENCE_COLOUR = "#228833"  # published reference points: a colour no series line uses
DEMO_COLOUR = "#b00020"
TEXT_COLOUR = "#111111"
MUTED_COLOUR = "#333333"


# ---------------------------------------------------------------------------------------------------- common
def _esc(text: Any) -> str:
    """Text for matplotlib drawn literally: ``$`` escaped (no mathtext), control characters removed."""
    s = "" if text is None else str(text)
    s = "".join(ch if ch >= " " or ch == "\n" else " " for ch in s)
    return s.replace("$", r"\$")


def _check(lang: str, size: tuple[int, int], dpi: int) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    w, h = size
    if not (isinstance(w, int) and isinstance(h, int) and 320 <= w <= 8000 and 180 <= h <= 8000):
        raise ValueError(f"picture size must be between 320×180 and 8000×8000 pixels, got {size!r}")
    if not 50 <= int(dpi) <= 600:
        raise ValueError(f"dpi must be between 50 and 600, got {dpi!r}")


def _new_figure(size: tuple[int, int], dpi: int) -> Figure:
    fig = Figure(figsize=(size[0] / dpi, size[1] / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    return fig


def _scale(size: tuple[int, int], dpi: int) -> float:
    """Font scale so text keeps the same share of the picture whatever its pixel size and dpi."""
    return (size[1] / 1080) * (DEFAULT_DPI / dpi)


FOOTER_GID = "atlas-footer"  # the footer band's text artists (tests find them by this id)
FOOTER_GAP = 0.012  # free space between the footer band and what is drawn above it (share of the height)


def _text_width_px(fig: Figure, text: str, fontsize: float, weight: str = "normal") -> float:
    renderer = fig.canvas.get_renderer()
    width, _h, _d = renderer.get_text_width_height_descent(text, FontProperties(size=fontsize, weight=weight),
                                                           ismath=False)
    return float(width)


def wrap_to_width(fig: Figure, text: str, fontsize: float, width_px: float, weight: str = "normal") -> list[str]:
    """``text`` broken into lines that each fit ``width_px`` pixels when drawn at ``fontsize`` points on ``fig``
    (measured with the figure's own renderer, so it holds for any picture size, dpi and font). A word longer than
    a line is cut between characters."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if _text_width_px(fig, candidate, fontsize, weight) <= width_px:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while _text_width_px(fig, current, fontsize, weight) > width_px and len(current) > 1:
                cut = len(current) - 1
                while cut > 1 and _text_width_px(fig, current[:cut], fontsize, weight) > width_px:
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
        if current:
            lines.append(current)
    return lines


def _footer(fig: Figure, source_line: str, demo: bool, lang: str, k: float) -> float:
    """The footer band at the foot of the picture: the DEMO note (in DEMO red) and the source line, each wrapped
    to the picture's real width; a thin rule above. Returns the band's top as a share of the picture's height:
    nothing else may be drawn below it (see :func:`_keep_above`)."""
    width_px = fig.bbox.width * (1 - 2 * 0.03)
    size = 9.5 * k
    spacing = 1.3
    line_px = size * fig.dpi / 72 * spacing
    rows: list[tuple[str, str, str]] = []  # (text, colour, weight)
    if demo:
        rows += [(line, DEMO_COLOUR, "bold") for line in wrap_to_width(fig, t("export.demo", lang), size, width_px,
                                                                       "bold")]
    rows += [(line, MUTED_COLOUR, "normal") for line in wrap_to_width(fig, str(source_line or ""), size, width_px)]
    bottom = 0.022
    y = bottom
    for text, colour, weight in reversed(rows):
        fig.text(0.03, y, _esc(text), fontsize=size, color=colour, fontweight=weight, va="bottom", ha="left",
                 gid=FOOTER_GID)
        y += line_px / fig.bbox.height
    top = y + 0.004
    fig.add_artist(Line2D([0.03, 0.97], [top, top], transform=fig.transFigure, color="#bdbdbd",
                          linewidth=0.8 * k, gid=FOOTER_GID))
    return top


def _keep_above(fig: Figure, floor: float, axes: Sequence[Any] = ()) -> None:
    """Raise the bottom of each of ``axes`` (default: all of the figure's) until everything it draws - tick labels
    and axis titles included - ends above ``floor`` (a share of the height) plus :data:`FOOTER_GAP`."""
    renderer = fig.canvas.get_renderer()
    inverse = fig.transFigure.inverted()
    for ax in axes or fig.axes:
        for _ in range(3):  # tick labels can move when the axes shrink; settle in a few rounds
            box = ax.get_tightbbox(renderer)
            if box is None:
                break
            low = box.transformed(inverse).y0
            need = floor + FOOTER_GAP - low
            if need <= 1e-4:
                break
            pos = ax.get_position(original=True)
            ax.set_position((pos.x0, pos.y0 + need, pos.width, max(pos.height - need, 0.05)))
            ax.apply_aspect()


def _frame(fig: Figure, title: str, subtitle: str | None, source_line: str, demo: bool, lang: str,
           k: float) -> None:
    """Title (and subtitle) at the top; the source line (and DEMO note) in its own band at the foot, with the
    axes lifted clear of it; for demo data a DEMO tag in the top corner and a frame in DEMO red round the picture.

    No translucent watermark: it would tint the fills (a grey "no data" turned pinkish, close to the red of "no
    policy"), and on a map or chart every colour carries meaning.
    """
    fig.text(0.03, 0.955, _esc(textwrap.fill(str(title), 70)), fontsize=24 * k, fontweight="bold",
             color=TEXT_COLOUR, va="top", ha="left")
    if subtitle and str(subtitle).strip() != str(title).strip():
        n_title_lines = textwrap.fill(str(title), 70).count("\n")
        fig.text(0.03, 0.885 - 0.05 * n_title_lines, _esc(textwrap.fill(str(subtitle), 110)), fontsize=14 * k,
                 color=MUTED_COLOUR, va="top", ha="left")
    top = _footer(fig, source_line, demo, lang, k)
    _keep_above(fig, top)
    if demo:
        fig.text(0.975, 0.955, "DEMO", fontsize=20 * k, fontweight="bold", color="white", ha="right", va="top",
                 zorder=101, bbox={"boxstyle": "round,pad=0.35", "facecolor": DEMO_COLOUR, "edgecolor": "none"})
        edge = 6 * k * DEFAULT_DPI / 72  # points -> about 12 px at 1080 p
        fig.add_artist(Rectangle((0, 0), 1, 1, transform=fig.transFigure, fill=False, edgecolor=DEMO_COLOUR,
                                 linewidth=edge, zorder=102, gid="atlas-demo-frame"))


def _png(fig: Figure) -> bytes:
    """The picture as PNG bytes, with its title, source line and DEMO state in the PNG's text metadata."""
    title, source_line, demo, lang = fig.atlas_png
    description = str(source_line or "")
    if demo:
        description = f"{t('export.demo', lang)} {description}".strip()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", facecolor=fig.get_facecolor(),
                metadata={"Title": str(title), "Description": description, "Software": "Frivillighetsatlas",
                          "Comment": "DEMO" if demo else ""})
    return buf.getvalue()


def footer_band_top(fig: Figure) -> float:
    """Top of the footer band drawn on ``fig`` (share of the height); for tests and callers that add artists."""
    tops = [a.get_ydata()[0] for a in fig.artists if isinstance(a, Line2D) and a.get_gid() == FOOTER_GID]
    if not tops:
        raise ValueError("this picture has no footer band")
    return float(tops[0])


def _number_formatter(percent: bool, lang: str, decimals: int | None = None) -> Callable[[float], str]:
    def fmt(value: float) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        if percent:
            return fmt_pct(value, 0 if decimals is None else decimals, lang)
        if decimals is not None:
            return fmt_num(value, decimals, lang)
        if float(value).is_integer():
            return fmt_int(value, lang)
        return fmt_num(value, 1, lang)
    return fmt


def _wrap_label(label: Any, width: int) -> str:
    return _esc(textwrap.fill(str(label), width)) if len(str(label)) > width else _esc(label)


# ---------------------------------------------------------------------------------------------------- geometry
def _signed_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def _ring_array(ring: Sequence[Sequence[float]]) -> np.ndarray | None:
    arr = np.asarray(ring, dtype=float)
    if arr.ndim != 2 or arr.shape[0] < 3 or arr.shape[1] < 2:
        return None
    arr = arr[:, :2]
    if not np.isfinite(arr).all():
        raise ValueError("the map geometry has a non-finite coordinate")
    if (arr[0] == arr[-1]).all():
        arr = arr[:-1]
    return arr if arr.shape[0] >= 3 else None


def _polygon_path(polygons: Iterable[Sequence[Sequence[Sequence[float]]]]) -> Path | None:
    """One compound path for a (multi)polygon: outer rings counter-clockwise, holes clockwise, so holes stay
    empty under either fill rule."""
    verts: list[np.ndarray] = []
    codes: list[np.ndarray] = []
    for polygon in polygons:
        for r, ring in enumerate(polygon):
            arr = _ring_array(ring)
            if arr is None:
                continue
            ccw = _signed_area(arr) > 0
            if (r == 0) != ccw:
                arr = arr[::-1]
            n = arr.shape[0]
            c = np.full(n + 1, Path.LINETO, dtype=Path.code_type)
            c[0], c[-1] = Path.MOVETO, Path.CLOSEPOLY
            verts.append(np.vstack([arr, arr[:1]]))
            codes.append(c)
    if not verts:
        return None
    return Path(np.concatenate(verts), np.concatenate(codes))


def _feature_collection(geojson: bytes | str | Mapping[str, Any]) -> dict:
    if isinstance(geojson, bytes | bytearray | str):
        try:
            geojson = json.loads(geojson)
        except ValueError as exc:
            raise ValueError(f"the map geometry is not valid JSON: {exc}") from exc
    if not isinstance(geojson, Mapping) or geojson.get("type") != "FeatureCollection" or not isinstance(
            geojson.get("features"), list):
        raise ValueError("the map geometry must be a GeoJSON FeatureCollection")
    return dict(geojson)


def _layer(fc: Mapping[str, Any], key_prop: str) -> tuple[tuple[str, ...], tuple[Path, ...], tuple[float, ...]]:
    """Keys, paths and bounds (west, south, east, north) of a municipality layer."""
    keys: list[str] = []
    paths: list[Path] = []
    box = [math.inf, math.inf, -math.inf, -math.inf]
    for pos, feature in enumerate(fc["features"]):
        props = (feature or {}).get("properties") or {}
        geometry = (feature or {}).get("geometry") or {}
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry.get("coordinates") or []]
        elif kind == "MultiPolygon":
            polygons = geometry.get("coordinates") or []
        else:
            raise ValueError(f"map feature {pos}: geometry must be Polygon or MultiPolygon, got {kind}")
        path = _polygon_path(polygons)
        if path is None:
            continue
        keys.append(str(props.get(key_prop, "")).strip())
        paths.append(path)
        v = path.vertices
        box = [min(box[0], v[:, 0].min()), min(box[1], v[:, 1].min()),
               max(box[2], v[:, 0].max()), max(box[3], v[:, 1].max())]
    if not paths:
        raise ValueError("the map geometry has no polygons")
    return tuple(keys), tuple(paths), tuple(box)


@lru_cache(maxsize=8)
def _layer_cached(digest: str, data: bytes, key_prop: str) -> tuple[tuple[str, ...], tuple[Path, ...],
                                                                     tuple[float, ...]]:
    return _layer(_feature_collection(data), key_prop)


def _load_layer(geojson: bytes | str | Mapping[str, Any], key_prop: str):
    if isinstance(geojson, bytes | bytearray):
        data = bytes(geojson)
        return _layer_cached(hashlib.sha256(data).hexdigest(), data, key_prop)
    return _layer(_feature_collection(geojson), key_prop)


def _outline_segments(geojson: bytes | str | Mapping[str, Any]) -> list[np.ndarray]:
    fc = _feature_collection(geojson)
    lines: list[np.ndarray] = []
    for pos, feature in enumerate(fc["features"]):
        geometry = (feature or {}).get("geometry") or {}
        kind, coords = geometry.get("type"), geometry.get("coordinates") or []
        if kind == "Polygon":
            rings = coords
        elif kind == "MultiPolygon":
            rings = [r for p in coords for r in p]
        elif kind == "LineString":
            rings = [coords]
        elif kind == "MultiLineString":
            rings = coords
        else:
            raise ValueError(f"outline feature {pos}: unsupported geometry {kind}")
        for ring in rings:
            arr = np.asarray(ring, dtype=float)
            if arr.ndim == 2 and arr.shape[0] >= 2:
                lines.append(arr[:, :2])
    return lines


# ---------------------------------------------------------------------------------------------------- map
def _polygon_centre(path: Path) -> tuple[float, float]:
    """The centroid of the largest ring of ``path`` (where a municipality's name is written)."""
    best, best_area = None, -1.0
    for ring in path.to_polygons():
        if len(ring) < 3:
            continue
        area = abs(_signed_area(ring))
        if area > best_area:
            best, best_area = ring, area
    if best is None:
        v = path.vertices
        return float(v[:, 0].mean()), float(v[:, 1].mean())
    x, y = best[:, 0], best[:, 1]
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    a = cross.sum() / 2
    if abs(a) < 1e-12:
        return float(x.mean()), float(y.mean())
    return (float(((x + np.roll(x, -1)) * cross).sum() / (6 * a)),
            float(((y + np.roll(y, -1)) * cross).sum() / (6 * a)))


def _set_extent(ax: Any, west: float, south: float, east: float, north: float, pad: float = 0.02) -> None:
    pad_x, pad_y = (east - west) * pad, (north - south) * pad
    ax.set_xlim(west - pad_x, east + pad_x)
    ax.set_ylim(south - pad_y, north + pad_y)
    ax.set_aspect(1 / max(math.cos(math.radians((south + north) / 2)), 0.05), adjustable="box", anchor="C")


def _paths_box(paths: Sequence[Path]) -> tuple[float, float, float, float]:
    v = np.concatenate([p.vertices for p in paths])
    return float(v[:, 0].min()), float(v[:, 1].min()), float(v[:, 0].max()), float(v[:, 1].max())


def map_figure(
    geojson: bytes | str | Mapping[str, Any],
    colours: Mapping[str, str],
    legend: Sequence[tuple[str, str]],
    title: str,
    source_line: str,
    demo: bool = False,
    *,
    highlight: Iterable[str] = (),
    outline_geojson: bytes | str | Mapping[str, Any] | None = None,
    subtitle: str | None = None,
    lang: str = DEFAULT_LANG,
    highlight_label: str | None = None,
    outline_label: str | None = None,
    key_prop: str = "kommunenummer",
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
    other_colour: str | None = None,
    other_label: str | None = None,
    subject: str | None = None,
    subject_label: str | None = None,
    zoom: Iterable[str] = (),
    zoom_title: str | None = None,
    size: tuple[int, int] = SLIDE_SIZE,
    dpi: int = DEFAULT_DPI,
) -> Figure:
    """A choropleth of the municipality polygons (lon/lat).

    ``colours``: municipality key -> fill colour; features without a colour are grey and get a "no data" legend
    entry (as on the page map) - or, with ``other_colour``, are drawn in that colour under the legend entry
    ``other_label`` (e.g. "not in the comparison": what they are, not "no data"). ``legend``: ``(colour, label)``
    pairs, drawn to the right of the map. ``highlight``: keys drawn with a thick dark border (legend entry
    ``highlight_label``); ``subject``: one key drawn with a thicker border in :data:`SUBJECT_COLOUR` and its name
    ``subject_label`` written on it. ``zoom``: keys shown again, enlarged, in a second panel beside the whole map
    (a frame on the whole map marks where); ``zoom_title`` heads that panel. ``outline_geojson``: county lines
    drawn on top (legend entry added). ``bounds``: ``((south, west), (north, east))`` to show, default all. The
    map keeps a near-true shape: the axis aspect is 1/cos(mean latitude).
    """
    _check(lang, size, dpi)
    keys, paths, box = _load_layer(geojson, key_prop)
    k = _scale(size, dpi)
    fig = _new_figure(size, dpi)
    top = 0.86 if not subtitle or str(subtitle).strip() == str(title).strip() else 0.82
    wanted = set(highlight or ())
    zoom_keys = set(zoom or ())
    zoom_paths = [p for key, p in zip(keys, paths, strict=True) if key in zoom_keys]
    fallback = other_colour or NO_DATA_COLOUR
    fills = [colours.get(key) or fallback for key in keys]
    missing = sum(1 for key in keys if not colours.get(key))
    segments = _outline_segments(outline_geojson) if outline_geojson is not None else []
    hl_paths = [p for key, p in zip(keys, paths, strict=True) if key in wanted and key != subject]
    subject_paths = [p for key, p in zip(keys, paths, strict=True) if subject is not None and key == subject]

    def draw(ax: Any, detail: float) -> None:
        ax.set_axis_off()
        ax.set_facecolor(MAP_BACKGROUND)
        line_w = (0.35 if len(keys) > 150 and detail < 2 else 0.7) * k
        ax.add_collection(PathCollection(list(paths), facecolors=fills, edgecolors=BORDER_COLOUR,
                                         linewidths=line_w, zorder=1))
        if segments:
            ax.add_collection(LineCollection(segments, colors=OUTLINE_COLOUR, linewidths=1.1 * k, zorder=2,
                                             alpha=0.9))
        if hl_paths:
            ax.add_collection(PathCollection(hl_paths, facecolors="none", edgecolors=HIGHLIGHT_COLOUR,
                                             linewidths=2.0 * k, zorder=3))
        if subject_paths:
            ax.add_collection(PathCollection(subject_paths, facecolors="none", edgecolors="white",
                                             linewidths=(6.5 if detail >= 2 else 4.5) * k, zorder=4))
            ax.add_collection(PathCollection(subject_paths, facecolors="none", edgecolors=SUBJECT_COLOUR,
                                             linewidths=(3.6 if detail >= 2 else 2.6) * k, zorder=5))

    if bounds is not None:
        (south, west), (north, east) = bounds
        if not (south < north and west < east):
            raise ValueError(f"bounds must be ((south, west), (north, east)), got {bounds!r}")
    else:
        west, south, east, north = box
    legend_w = 0.31 if not zoom_paths else 0.24
    if zoom_paths:  # whole map small on the left, the zoomed panel in the middle, the legend on the right
        ax = fig.add_axes((0.02, 0.075, 0.24, top - 0.075))
        draw(ax, 1)
        _set_extent(ax, west, south, east, north)
        zw, zs, ze, zn = _paths_box(zoom_paths)
        # pad the zoomed area a little and give it at least a few tenths of a degree (one small municipality)
        pad_y = max((zn - zs) * 0.08, 0.08)
        pad_x = max((ze - zw) * 0.08, pad_y / max(math.cos(math.radians((zs + zn) / 2)), 0.2))
        zw, zs, ze, zn = zw - pad_x, zs - pad_y, ze + pad_x, zn + pad_y
        ax.add_patch(Rectangle((zw, zs), ze - zw, zn - zs, fill=False, edgecolor=SUBJECT_COLOUR,
                               linewidth=2.0 * k, zorder=6))
        zax = fig.add_axes((0.28, 0.075, 0.44, top - 0.075 - (0.045 if zoom_title else 0)))
        draw(zax, 2)
        _set_extent(zax, zw, zs, ze, zn, pad=0.0)
        for side in zax.spines.values():
            side.set_visible(True)
        zax.set_frame_on(True)
        zax.patch.set_edgecolor(SUBJECT_COLOUR)
        zax.patch.set_linewidth(2.0 * k)
        if zoom_title:
            zax.set_title(_esc(zoom_title), fontsize=15 * k, color=TEXT_COLOUR, loc="left", pad=8 * k)
        # side by side from the left edge: the whole map, the enlarged panel, the legend (widths set by aspect)
        ax.apply_aspect()
        zax.apply_aspect()
        pos, zpos = ax.get_position(), zax.get_position()
        ax.set_position((0.03, pos.y0, pos.width, pos.height))
        zx = 0.03 + pos.width + 0.025
        zax.set_position((zx, zpos.y0, zpos.width, zpos.height))
        label_ax = zax
        legend_x = min(zx + zpos.width + 0.03, 1 - legend_w)
    else:
        ax = fig.add_axes((0.02, 0.075, 0.62, top - 0.075))
        draw(ax, 1)
        _set_extent(ax, west, south, east, north)
        # Place the map (its width now fixed by the aspect) and the legend beside it as one centred group.
        ax.apply_aspect()
        pos = ax.get_position()
        x0 = max(0.02, min(pos.x0, (1 - (pos.width + 0.025 + legend_w)) / 2))
        ax.set_position((x0, pos.y0, pos.width, pos.height))
        legend_x = min(x0 + pos.width + 0.025, 1 - legend_w)
        label_ax = ax
    if subject_paths and subject_label:
        cx, cy = _polygon_centre(subject_paths[0])
        label_ax.text(cx, cy, _esc(subject_label), fontsize=17 * k, fontweight="bold", color=TEXT_COLOUR,
                      ha="center", va="center", zorder=7, clip_on=True,
                      path_effects=[patheffects.withStroke(linewidth=5 * k, foreground="white")])

    # legend labels wrapped to the room between the swatch and the picture's right edge, measured
    room = fig.bbox.width * (0.965 - legend_x) - (1.6 + 0.8) * 15 * k * fig.dpi / 72

    def _wrap(label: Any) -> str:
        return "\n".join(wrap_to_width(fig, _esc(label), 15 * k, room))

    handles: list[Any] = [Patch(facecolor=c, edgecolor="#8a8f96", linewidth=0.6, label=_wrap(lbl))
                          for c, lbl in legend]
    legend_colours = {str(c).lower() for c, _ in legend}
    if missing and other_colour is not None:
        handles.append(Patch(facecolor=other_colour, edgecolor="#8a8f96", linewidth=0.6,
                             label=_wrap(other_label or t("map.other", lang))))
    elif missing and NO_DATA_COLOUR not in legend_colours:
        handles.append(Patch(facecolor=NO_DATA_COLOUR, edgecolor="#8a8f96", linewidth=0.6,
                             label=_wrap(t("map.no_data", lang))))
    if subject_paths:
        handles.append(Patch(facecolor="none", edgecolor=SUBJECT_COLOUR, linewidth=3.0,
                             label=_wrap(subject_label or subject)))
    if hl_paths:
        handles.append(Patch(facecolor="none", edgecolor=HIGHLIGHT_COLOUR, linewidth=2.0,
                             label=_wrap(highlight_label or t("map.highlight", lang))))
    if outline_geojson is not None:
        handles.append(Line2D([], [], color=OUTLINE_COLOUR, linewidth=2.0,
                              label=_wrap(outline_label or t("map.outline", lang))))
    if handles:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(legend_x, top), frameon=False,
                   fontsize=15 * k, title=_esc(t("map.legend", lang)), title_fontsize=16 * k,
                   alignment="left", handlelength=1.6, handleheight=1.1, labelspacing=0.8)
    _frame(fig, title, subtitle, source_line, demo, lang, k)
    fig.atlas_png = (str(title), str(source_line or ""), bool(demo), lang)
    return fig


# ---------------------------------------------------------------------------------------------------- charts
def _require(df: pd.DataFrame, *columns: str | None) -> None:
    missing = [c for c in columns if c is not None and c not in df.columns]
    if missing:
        raise ValueError(f"the chart's table has no column {', '.join(repr(c) for c in missing)}; "
                         f"it has {', '.join(map(str, df.columns))}")


def _style_axes(ax: Any, k: float) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=13 * k, colors=TEXT_COLOUR)
    ax.grid(True, color="#d9d9d9", linewidth=0.8 * k, zorder=0)
    ax.set_axisbelow(True)


def _no_data(ax: Any, lang: str, k: float) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, _esc(t("map.no_data", lang)), transform=ax.transAxes, ha="center", va="center",
            fontsize=22 * k, color=MUTED_COLOUR)


def bar_figure(
    df: pd.DataFrame,
    x: str,
    y: str,
    title: str,
    source_line: str,
    demo: bool = False,
    lang: str = DEFAULT_LANG,
    *,
    subtitle: str | None = None,
    horizontal: bool = True,
    percent: bool = False,
    decimals: int | None = None,
    value_label: str | None = None,
    highlight: Iterable[Any] = (),
    colour: str = BAR_COLOUR,
    highlight_colour: str = BAR_HIGHLIGHT_COLOUR,
    show_values: bool = True,
    size: tuple[int, int] = SLIDE_SIZE,
    dpi: int = DEFAULT_DPI,
) -> Figure:
    """Bars of ``y`` per category ``x`` (in the table's order; horizontal bars list the first row at the top).

    ``percent``: ``y`` holds shares 0..1, labelled as percentages. ``highlight``: categories drawn in
    ``highlight_colour`` (e.g. the municipality's own county). ``value_label`` names the value axis. Numbers
    are formatted for ``lang`` (space thousands separator, decimal comma for nb/da).
    """
    _check(lang, size, dpi)
    _require(df, x, y)
    k = _scale(size, dpi)
    fig = _new_figure(size, dpi)
    top = 0.86 if not subtitle else 0.80
    data = df[[x, y]].copy()
    data[y] = pd.to_numeric(data[y], errors="coerce")
    labels = [str(v) for v in data[x]]
    values = data[y].astype(float).to_numpy()
    fmt = _number_formatter(percent, lang, decimals)
    longest = max((len(s) for s in labels), default=0)
    if horizontal:
        left = min(0.05 + 0.0085 * min(longest, 34) * (15 / max(15, len(labels)) if len(labels) > 15 else 1), 0.36)
        bottom = 0.16 if value_label else 0.11
        ax = fig.add_axes((left, bottom, 0.94 - left - 0.06, top - bottom - 0.02))
    else:
        ax = fig.add_axes((0.08, 0.20, 0.88, top - 0.22))
    if not len(values) or not np.isfinite(values).any():
        _no_data(ax, lang, k)
    else:
        wanted = {str(h) for h in highlight or ()}
        colours = [highlight_colour if lbl in wanted else colour for lbl in labels]
        positions = np.arange(len(values))
        plot_values = np.nan_to_num(values, nan=0.0)
        tick_size = (13 if len(labels) <= 16 else 11 if len(labels) <= 30 else 8) * k
        if horizontal:
            ax.barh(positions, plot_values, color=colours, height=0.72, zorder=2)
            ax.set_yticks(positions, [_wrap_label(s, 34) for s in labels])
            ax.invert_yaxis()
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt(v)))
            ax.tick_params(axis="y", labelsize=tick_size)
        else:
            ax.bar(positions, plot_values, color=colours, width=0.72, zorder=2)
            ax.set_xticks(positions, [_wrap_label(s, 14) for s in labels], rotation=0 if longest <= 10 else 30,
                          ha="center" if longest <= 10 else "right")
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt(v)))
            ax.tick_params(axis="x", labelsize=tick_size)
        _style_axes(ax, k)
        ax.tick_params(axis="y" if not horizontal else "x", labelsize=13 * k)
        if horizontal:
            ax.grid(False, axis="y")
        else:
            ax.grid(False, axis="x")
        lo = min(0.0, float(np.nanmin(values)))
        hi = max(0.0, float(np.nanmax(values)))
        span = (hi - lo) or 1.0
        if horizontal:
            ax.set_xlim(lo - (0.02 * span if lo < 0 else 0), hi + 0.14 * span)
        else:
            ax.set_ylim(lo - (0.02 * span if lo < 0 else 0), hi + 0.10 * span)
        if show_values and len(values) <= 60:
            for pos, v in zip(positions, values, strict=True):
                text = fmt(v) if np.isfinite(v) else "–"
                v0 = 0.0 if not np.isfinite(v) else v
                if horizontal:
                    ax.text(v0 + 0.01 * span * (1 if v0 >= 0 else -1), pos, _esc(text), va="center",
                            ha="left" if v0 >= 0 else "right", fontsize=tick_size * 0.95, color=TEXT_COLOUR)
                else:
                    ax.text(pos, v0 + 0.01 * span * (1 if v0 >= 0 else -1), _esc(text), ha="center",
                            va="bottom" if v0 >= 0 else "top", fontsize=tick_size * 0.95, color=TEXT_COLOUR)
        if value_label:
            (ax.set_xlabel if horizontal else ax.set_ylabel)(_esc(value_label), fontsize=14 * k)
    _frame(fig, title, subtitle, source_line, demo, lang, k)
    fig.atlas_png = (str(title), str(source_line or ""), bool(demo), lang)
    return fig


def _is_year_axis(values: pd.Series) -> bool:
    v = pd.to_numeric(values, errors="coerce").dropna()
    return bool(len(v)) and bool(((v % 1 == 0) & (v >= 1800) & (v <= 2200)).all())


def line_figure(
    df: pd.DataFrame,
    x: str,
    y: str | Sequence[str],
    title: str,
    source_line: str,
    demo: bool = False,
    lang: str = DEFAULT_LANG,
    *,
    subtitle: str | None = None,
    labels: Mapping[str, str] | None = None,
    reference: pd.DataFrame | None = None,
    ref_x: str | None = None,
    ref_y: str | None = None,
    ref_label: str | None = None,
    percent: bool = False,
    decimals: int | None = None,
    value_label: str | None = None,
    x_label: str | None = None,
    step: bool = False,
    size: tuple[int, int] = SLIDE_SIZE,
    dpi: int = DEFAULT_DPI,
) -> Figure:
    """Lines of one or more ``y`` columns over ``x`` (e.g. municipalities with an adopted policy per year),
    plus an optional published ``reference`` series drawn as points (its ``ref_x``/``ref_y`` columns, default
    ``x``/the first ``y``) so the two can be compared. ``labels`` names the series in the legend (default:
    the column names). Year axes get whole-year ticks without thousands separators.
    """
    _check(lang, size, dpi)
    ys = [y] if isinstance(y, str) else list(y)
    if not ys:
        raise ValueError("line_png needs at least one y column")
    _require(df, x, *ys)
    if reference is not None:
        ref_x, ref_y = ref_x or x, ref_y or ys[0]
        _require(reference, ref_x, ref_y)
    k = _scale(size, dpi)
    fig = _new_figure(size, dpi)
    top = 0.86 if not subtitle else 0.80
    bottom = 0.17 if x_label else 0.12
    ax = fig.add_axes((0.085, bottom, 0.66, top - bottom - 0.02))
    fmt = _number_formatter(percent, lang, decimals)
    data = df.sort_values(x) if len(df) else df
    has_any = False
    year_axis = _is_year_axis(data[x]) or (reference is not None and _is_year_axis(reference[ref_x]))
    for i, col in enumerate(ys):
        vals = pd.to_numeric(data[col], errors="coerce")
        if not vals.notna().any():
            continue
        has_any = True
        xs = pd.to_numeric(data[x], errors="coerce") if year_axis else data[x]
        label = _esc((labels or {}).get(col, col))
        colour = LINE_COLOURS[i % len(LINE_COLOURS)]
        if step:
            ax.step(xs, vals, where="post", color=colour, linewidth=3 * k, label=label, zorder=3)
        else:
            ax.plot(xs, vals, color=colour, linewidth=3 * k, marker="o", markersize=5 * k, label=label, zorder=3)
    if reference is not None and len(reference):
        rvals = pd.to_numeric(reference[ref_y], errors="coerce")
        if rvals.notna().any():
            has_any = True
            rx = pd.to_numeric(reference[ref_x], errors="coerce") if year_axis else reference[ref_x]
            ax.scatter(rx, rvals, s=110 * k * k, marker="D", color=REFERENCE_COLOUR, edgecolor="white",
                       linewidth=1.2 * k, zorder=4, label=_esc(ref_label or ref_y))
    if not has_any:
        _no_data(ax, lang, k)
    else:
        _style_axes(ax, k)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt(v)))
        if year_axis:
            ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: str(int(round(v)))))
        lows = [pd.to_numeric(data[c], errors="coerce").min() for c in ys]
        if reference is not None and len(reference):
            lows.append(pd.to_numeric(reference[ref_y], errors="coerce").min())
        lowest = min((v for v in lows if pd.notna(v)), default=0.0)
        if lowest >= 0:
            ax.set_ylim(bottom=0.0)
        if value_label:
            ax.set_ylabel(_esc(value_label), fontsize=14 * k)
        if x_label:
            ax.set_xlabel(_esc(x_label), fontsize=14 * k)
        fig.legend(loc="upper left", bbox_to_anchor=(0.77, top - 0.02), frameon=False, fontsize=14 * k,
                   handlelength=1.8, labelspacing=0.9)
        # labels wrapped to the room right of the legend's handles, measured: nothing past the picture's edge
        room = fig.bbox.width * (0.965 - 0.77) - (1.8 + 0.8 + 0.5) * 14 * k * fig.dpi / 72
        for text in fig.legends[-1].get_texts():
            text.set_text("\n".join(wrap_to_width(fig, text.get_text(), 14 * k, room)))
    _frame(fig, title, subtitle, source_line, demo, lang, k)
    fig.atlas_png = (str(title), str(source_line or ""), bool(demo), lang)
    return fig


P = ParamSpec("P")


def _as_png(build: Callable[P, Figure]) -> Callable[P, bytes]:
    """The PNG bytes of the picture ``build`` draws (same arguments)."""
    @functools.wraps(build)
    def png(*args: P.args, **kwargs: P.kwargs) -> bytes:
        return _png(build(*args, **kwargs))
    return png


map_png = _as_png(map_figure)
bar_png = _as_png(bar_figure)
line_png = _as_png(line_figure)


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG from its IHDR chunk (raises ``ValueError`` for anything else)."""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def timeline_png(timeline: pd.DataFrame, reference: pd.DataFrame | None, lang: str, demo: bool, source: str
                 ) -> bytes:
    """The overview's adoption timeline as a PNG for the screen (``SCREEN_SIZE``; cached by content: the same
    register gives the same picture). Show it with ``output_format="PNG"``: Streamlit re-encodes other PNGs."""
    return _timeline_png_cached(timeline.to_json(), None if reference is None else reference.to_json(), lang, demo,
                                source)


@functools.lru_cache(maxsize=64)
def _timeline_png_cached(timeline_json: str, reference_json: str | None, lang: str, demo: bool, source: str
                         ) -> bytes:
    timeline = pd.read_json(io.StringIO(timeline_json))
    reference = pd.read_json(io.StringIO(reference_json)) if reference_json else None
    return line_png(timeline, "year", "share_municipalities", t("overview.timeline", lang), source, demo, lang,
                    percent=True, labels={"share_municipalities": t("chart.cumulative_share", lang)},
                    reference=reference, ref_x="x" if reference is not None else None,
                    ref_y="share" if reference is not None else None, ref_label=t("chart.published", lang),
                    size=SCREEN_SIZE)
