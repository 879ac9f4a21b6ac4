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
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
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


def _frame(fig: Figure, title: str, subtitle: str | None, source_line: str, demo: bool, lang: str,
           k: float) -> None:
    """Title (and subtitle) at the top, source line at the foot, DEMO tag and watermark when demo."""
    fig.text(0.03, 0.955, _esc(textwrap.fill(str(title), 70)), fontsize=24 * k, fontweight="bold",
             color=TEXT_COLOUR, va="top", ha="left")
    if subtitle:
        n_title_lines = textwrap.fill(str(title), 70).count("\n")
        fig.text(0.03, 0.885 - 0.05 * n_title_lines, _esc(textwrap.fill(str(subtitle), 110)), fontsize=14 * k,
                 color=MUTED_COLOUR, va="top", ha="left")
    foot = str(source_line or "")
    if demo:
        foot = f"{t('export.demo', lang)}  ·  {foot}" if foot else t("export.demo", lang)
    fig.text(0.03, 0.022, _esc(textwrap.fill(foot, 190)), fontsize=9.5 * k, color=MUTED_COLOUR, va="bottom",
             ha="left", linespacing=1.3)
    if demo:
        fig.text(0.5, 0.5, "DEMO", fontsize=190 * k, fontweight="bold", color=DEMO_COLOUR, alpha=0.14,
                 rotation=28, ha="center", va="center", zorder=100)
        fig.text(0.975, 0.955, "DEMO", fontsize=20 * k, fontweight="bold", color="white", ha="right", va="top",
                 zorder=101, bbox={"boxstyle": "round,pad=0.35", "facecolor": DEMO_COLOUR, "edgecolor": "none"})


def _png(fig: Figure, title: str, source_line: str, demo: bool, lang: str) -> bytes:
    description = str(source_line or "")
    if demo:
        description = f"{t('export.demo', lang)} {description}".strip()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", facecolor=fig.get_facecolor(),
                metadata={"Title": str(title), "Description": description, "Software": "Frivillighetsatlas",
                          "Comment": "DEMO" if demo else ""})
    return buf.getvalue()


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
def map_png(
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
    size: tuple[int, int] = SLIDE_SIZE,
    dpi: int = DEFAULT_DPI,
) -> bytes:
    """A choropleth of the municipality polygons (lon/lat) as PNG bytes.

    ``colours``: municipality key -> fill colour; features without a colour are grey and get a "no data" legend
    entry (as on the page map). ``legend``: ``(colour, label)`` pairs, drawn to the right of the map.
    ``highlight``: keys drawn with a thick dark border (legend entry added); ``outline_geojson``: county lines
    drawn on top (legend entry added). ``bounds``: ``((south, west), (north, east))`` to show, default all.
    The map keeps a near-true shape: the axis aspect is 1/cos(mean latitude).
    """
    _check(lang, size, dpi)
    keys, paths, box = _load_layer(geojson, key_prop)
    k = _scale(size, dpi)
    fig = _new_figure(size, dpi)
    top = 0.86 if not subtitle else 0.82
    ax = fig.add_axes((0.02, 0.075, 0.62, top - 0.075))
    ax.set_axis_off()
    ax.set_facecolor(MAP_BACKGROUND)

    fills = [colours.get(key) or NO_DATA_COLOUR for key in keys]
    missing = sum(1 for key in keys if not colours.get(key))
    line_w = (0.35 if len(keys) > 150 else 0.7) * k
    ax.add_collection(PathCollection(list(paths), facecolors=fills, edgecolors=BORDER_COLOUR, linewidths=line_w,
                                     zorder=1))
    if outline_geojson is not None:
        segments = _outline_segments(outline_geojson)
        if segments:
            ax.add_collection(LineCollection(segments, colors=OUTLINE_COLOUR, linewidths=1.1 * k, zorder=2,
                                             alpha=0.9))
    wanted = set(highlight or ())
    hl_paths = [p for key, p in zip(keys, paths, strict=True) if key in wanted]
    if hl_paths:
        ax.add_collection(PathCollection(hl_paths, facecolors="none", edgecolors=HIGHLIGHT_COLOUR,
                                         linewidths=2.0 * k, zorder=3))

    if bounds is not None:
        (south, west), (north, east) = bounds
        if not (south < north and west < east):
            raise ValueError(f"bounds must be ((south, west), (north, east)), got {bounds!r}")
    else:
        west, south, east, north = box
    pad_x, pad_y = (east - west) * 0.02, (north - south) * 0.02
    ax.set_xlim(west - pad_x, east + pad_x)
    ax.set_ylim(south - pad_y, north + pad_y)
    mean_lat = (south + north) / 2
    ax.set_aspect(1 / max(math.cos(math.radians(mean_lat)), 0.05), adjustable="box", anchor="C")

    # Place the map (its width now fixed by the aspect) and the legend beside it as one centred group.
    ax.apply_aspect()
    pos = ax.get_position()
    legend_w = 0.31
    x0 = max(0.02, min(pos.x0, (1 - (pos.width + 0.025 + legend_w)) / 2))
    ax.set_position((x0, pos.y0, pos.width, pos.height))
    legend_x = min(x0 + pos.width + 0.025, 1 - legend_w)

    handles: list[Any] = [Patch(facecolor=c, edgecolor="#8a8f96", linewidth=0.6, label=_wrap_label(lbl, 34))
                          for c, lbl in legend]
    legend_colours = {str(c).lower() for c, _ in legend}
    if missing and NO_DATA_COLOUR not in legend_colours:
        handles.append(Patch(facecolor=NO_DATA_COLOUR, edgecolor="#8a8f96", linewidth=0.6,
                             label=_esc(t("map.no_data", lang))))
    if hl_paths:
        handles.append(Patch(facecolor="none", edgecolor=HIGHLIGHT_COLOUR, linewidth=2.0,
                             label=_wrap_label(highlight_label or t("map.highlight", lang), 34)))
    if outline_geojson is not None:
        handles.append(Line2D([], [], color=OUTLINE_COLOUR, linewidth=2.0,
                              label=_wrap_label(outline_label or t("map.outline", lang), 34)))
    if handles:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(legend_x, top), frameon=False,
                   fontsize=15 * k, title=_esc(t("map.legend", lang)), title_fontsize=16 * k,
                   alignment="left", handlelength=1.6, handleheight=1.1, labelspacing=0.8)
    _frame(fig, title, subtitle, source_line, demo, lang, k)
    return _png(fig, title, source_line, demo, lang)


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


def bar_png(
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
) -> bytes:
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
    return _png(fig, title, source_line, demo, lang)


def _is_year_axis(values: pd.Series) -> bool:
    v = pd.to_numeric(values, errors="coerce").dropna()
    return bool(len(v)) and bool(((v % 1 == 0) & (v >= 1800) & (v <= 2200)).all())


def line_png(
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
) -> bytes:
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
        for text in fig.legends[-1].get_texts():
            text.set_text(textwrap.fill(text.get_text(), 24))
    _frame(fig, title, subtitle, source_line, demo, lang, k)
    return _png(fig, title, source_line, demo, lang)


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
    import io

    timeline = pd.read_json(io.StringIO(timeline_json))
    reference = pd.read_json(io.StringIO(reference_json)) if reference_json else None
    return line_png(timeline, "year", "share_municipalities", t("overview.timeline", lang), source, demo, lang,
                    percent=True, labels={"share_municipalities": t("chart.cumulative_share", lang)},
                    reference=reference, ref_x="x" if reference is not None else None,
                    ref_y="share" if reference is not None else None, ref_label=t("chart.published", lang),
                    size=SCREEN_SIZE)
