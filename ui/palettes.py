"""Colour palettes and class breaks for the maps (pure: no Streamlit, no I/O).

Two kinds of palette:

* a categorical, colour-blind-safe palette for the volunteer-policy status of a municipality
  (:data:`STATUS_COLOURS`), with a grey for "no data" (:data:`NO_DATA_COLOUR`) that every map shares;
* sequential palettes (viridis, cividis) sampled to ``k`` classes (:func:`sequential_colours`), paired with
  :func:`classify`, which computes quantile or "nice" equal-interval class breaks.

Every colour a map shows must appear in its legend; :func:`status_legend` and :func:`sequential_legend` build
the ``(colour, label)`` lists that :func:`ui.leafmap.choropleth_html` takes.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from base.i18n import DEFAULT_LANG, t

# Grey for features without a value. Lighter than every status colour, darker than the map background
# (#eef2f6 in static/atlas-map.css), so a missing municipality reads as "empty", not as a category.
NO_DATA_COLOUR = "#c8c8c8"

# Policy status. Colours from Paul Tol's "high-contrast" scheme (https://personal.sron.nl/~pault/, designed to
# stay distinct for the common colour-vision deficiencies and in greyscale: blue darkest, red middle, yellow
# lightest). Order is the legend order.
STATUS_COLOURS: dict[str, str] = {
    "adopted": "#004488",
    "in_progress": "#ddaa33",
    "none": "#bb5566",
    "no_data": NO_DATA_COLOUR,
}
STATUSES: tuple[str, ...] = tuple(STATUS_COLOURS)

# Sequential anchors: matplotlib's viridis and cividis sampled at 10 evenly spaced points (the same values as
# plotly.colors.sequential.Viridis / .Cividis). Both are perceptually uniform and colour-blind-safe.
_ANCHORS: dict[str, tuple[str, ...]] = {
    "viridis": (
        "#440154", "#482878", "#3e4989", "#31688e", "#26828e",
        "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725",
    ),
    "cividis": (
        "#00224e", "#123570", "#3b496c", "#575d6d", "#707173",
        "#8a8678", "#a59c74", "#c3b369", "#e1cc55", "#fee838",
    ),
}
SEQUENTIAL_SCHEMES: tuple[str, ...] = tuple(_ANCHORS)
MIN_CLASSES, MAX_CLASSES = 2, 9


def _hex_to_rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _interpolate(anchors: Sequence[str], position: float) -> str:
    """The colour at ``position`` (0..1) along ``anchors``, linearly interpolated in RGB."""
    scaled = position * (len(anchors) - 1)
    low = min(int(math.floor(scaled)), len(anchors) - 2)
    frac = scaled - low
    a, b = _hex_to_rgb(anchors[low]), _hex_to_rgb(anchors[low + 1])
    r, g, bl = (round(x + (y - x) * frac) for x, y in zip(a, b, strict=True))
    return f"#{r:02x}{g:02x}{bl:02x}"


def sequential_colours(k: int, scheme: str = "viridis") -> list[str]:
    """``k`` colours of a sequential scheme, ordered from the lowest class (light) to the highest (dark).

    Light-to-dark follows the convention "darker means more" on a light map background.

    >>> sequential_colours(3)
    ['#fde725', '#22908c', '#440154']
    """
    return list(_sequential(k, scheme))


@lru_cache(maxsize=64)
def _sequential(k: int, scheme: str) -> tuple[str, ...]:
    if scheme not in _ANCHORS:
        raise ValueError(f"unknown colour scheme {scheme!r}; choose one of {', '.join(SEQUENTIAL_SCHEMES)}")
    if not MIN_CLASSES <= k <= MAX_CLASSES:
        raise ValueError(f"number of classes must be between {MIN_CLASSES} and {MAX_CLASSES}, got {k}")
    anchors = _ANCHORS[scheme][::-1]
    return tuple(_interpolate(anchors, i / (k - 1)) for i in range(k))


@dataclass(frozen=True)
class Classes:
    """Class breaks: ``breaks`` holds ``k + 1`` ascending edges; class ``i`` covers ``[breaks[i], breaks[i+1])``,
    and the last class also includes its upper edge. No breaks means no classes (no values to classify)."""

    breaks: tuple[float, ...]

    @property
    def k(self) -> int:
        return max(len(self.breaks) - 1, 0)

    def index(self, value: float | None) -> int | None:
        """The class of ``value``, or ``None`` for a missing value (None or NaN).

        Raises ``ValueError`` for a value outside the classified range: colouring it with an edge class
        would misstate it.
        """
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if self.k == 0 or value < self.breaks[0] or value > self.breaks[-1]:
            raise ValueError(f"value {value} is outside the class range {self.breaks[:1]}..{self.breaks[-1:]}")
        return min(bisect_right(self.breaks, value) - 1, self.k - 1)

    def labels(self, fmt: Callable[[float], str] = str) -> list[str]:
        """One label per class, ``"a–b"`` with ``fmt`` applied to each edge."""
        return [f"{fmt(lo)}\u2013{fmt(hi)}" for lo, hi in zip(self.breaks, self.breaks[1:], strict=False)]


def _clean(values: Iterable[float | None]) -> list[float]:
    out = []
    for v in values:
        if v is None:
            continue
        f = float(v)
        if math.isnan(f):
            continue
        if math.isinf(f):
            raise ValueError(f"cannot classify an infinite value ({v})")
        out.append(f)
    return sorted(out)


def _nice_step(span: float, k: int) -> float:
    """The smallest 1/2/2.5/5 × 10^n step that covers ``span`` in at most ``k`` steps."""
    raw = span / k
    exponent = math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        step = mult * 10**exponent
        if step >= raw * (1 - 1e-12):
            return step
    return 10 ** (exponent + 1)  # pragma: no cover - the loop always returns


def classify(values: Iterable[float | None], k: int = 5, method: str = "quantile") -> Classes:
    """Class breaks for ``values`` (None and NaN ignored).

    ``method="quantile"``: each class holds about the same number of municipalities; edges are values that
    occur in the data, and equal edges collapse, so heavily tied data can give fewer than ``k`` classes.
    ``method="nice"``: equal-width classes whose width is 1, 2, 2.5 or 5 × a power of ten, covering the range
    from a multiple of the width below the minimum; there are at most ``k`` classes.

    >>> classify([1, 2, 3, 4, 5, 6, 7, 8], k=4).breaks
    (1.0, 3.0, 5.0, 7.0, 8.0)
    >>> classify([3, 17, 42, 88], k=5, method="nice").breaks
    (0.0, 20.0, 40.0, 60.0, 80.0, 100.0)
    """
    if not MIN_CLASSES <= k <= MAX_CLASSES:
        raise ValueError(f"number of classes must be between {MIN_CLASSES} and {MAX_CLASSES}, got {k}")
    data = _clean(values)
    if not data:
        return Classes(())
    lo, hi = data[0], data[-1]
    if lo == hi:
        return Classes((lo, hi))
    if method == "quantile":
        n = len(data)
        edges = [data[min(n - 1, math.floor(i * n / k))] for i in range(k)] + [hi]
        dedup: list[float] = []
        for e in edges:
            if not dedup or e > dedup[-1]:
                dedup.append(e)
        if len(dedup) == 1:
            dedup.append(hi)
        return Classes(tuple(dedup))
    if method == "nice":
        step = _nice_step(hi - lo, k)
        start = math.floor(lo / step) * step
        while start + k * step < hi:  # flooring the start can push the top edge below the maximum
            step = _nice_step(hi - start, k)
            start = math.floor(lo / step) * step
        n_classes = max(1, math.ceil((hi - start) / step - 1e-9))
        return Classes(tuple(float(round(start + i * step, 10)) for i in range(n_classes + 1)))
    raise ValueError(f"unknown classification method {method!r}; use 'quantile' or 'nice'")


def sequential_legend(
    classes: Classes, fmt: Callable[[float], str] = str, scheme: str = "viridis"
) -> list[tuple[str, str]]:
    """``(colour, label)`` per class, lowest first. Empty when there are no classes."""
    if classes.k == 0:
        return []
    if classes.k == 1:
        return [(sequential_colours(2, scheme)[1], classes.labels(fmt)[0])]
    return list(zip(sequential_colours(classes.k, scheme), classes.labels(fmt), strict=True))


def colour_for(value: float | None, classes: Classes, scheme: str = "viridis") -> str:
    """The fill colour of ``value`` under ``classes``; :data:`NO_DATA_COLOUR` for a missing value."""
    idx = classes.index(value)
    if idx is None:
        return NO_DATA_COLOUR
    if classes.k == 1:
        return _sequential(2, scheme)[1]
    return _sequential(classes.k, scheme)[idx]


def status_legend(lang: str = DEFAULT_LANG, include_no_data: bool = True) -> list[tuple[str, str]]:
    """``(colour, label)`` for each policy status in legend order, labels from the ``map.status.*`` strings."""
    return [
        (colour, t(f"map.status.{status}", lang))
        for status, colour in STATUS_COLOURS.items()
        if include_no_data or status != "no_data"
    ]
