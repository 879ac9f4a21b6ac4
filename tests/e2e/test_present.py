"""Presentation mode on a projector's screen: at 1280×720 and 1920×1080 the overview's whole map (with its legend)
is on the first screen and fills most of it, the headline figures sit beside it, nothing is cut, and the DEMO
banner keeps at least 7:1 contrast; the profile's key figures are not cut either."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import LOCAL

SIZES = [(1280, 720), (1920, 1080), (1600, 900)]

_BOXES_JS = """() => {
  const box = (e) => { const b = e.getBoundingClientRect();
    return {left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height}; };
  const frame = document.querySelector('iframe[data-testid=stIFrame]');
  const metrics = [...document.querySelectorAll('[data-testid=stMetric]')].map(m => ({
    box: box(m), text: m.innerText,
    cut: [...m.querySelectorAll('[data-testid=stMetricValue] *, [data-testid=stMetricLabel] *')]
      .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)}));
  return {map: frame ? box(frame) : null, metrics, vw: innerWidth, vh: innerHeight};
}"""

_LEGEND_JS = """() => { const e = document.querySelector('.atlas-legend'); if (!e) return null;
  const b = e.getBoundingClientRect(); return {bottom: b.bottom, right: b.right, vh: innerHeight, vw: innerWidth}; }"""

# WCAG relative luminance and contrast of the banner's text against the background it is drawn on.
_CONTRAST_JS = """() => {
  const alert = document.querySelector('[data-testid=stAlert]');
  if (!alert) return null;
  const text = alert.querySelector('p');
  const rgb = (s) => s.match(/[\\d.]+/g).slice(0, 4).map(Number);
  const bgOf = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
    if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
  const lum = (c) => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126*r + 0.7152*g + 0.0722*b; };
  const a = lum(rgb(getComputedStyle(text).color)), b = lum(bgOf(text));
  return {contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), text: text.innerText};
}"""


def _open(browser, url: str, width: int, height: int):
    ctx = browser.new_context(viewport={"width": width, "height": height})
    outside: list[str] = []
    ctx.on("request", lambda r: None if r.url.startswith(LOCAL) else outside.append(r.url))
    page = ctx.new_page()
    page.goto(url)
    page.wait_for_selector("[data-testid=stMetric]", timeout=60_000)
    # the full page (after the map-first run) and Leaflet's refit to the frame's final size
    page.wait_for_function("() => document.querySelectorAll('[data-testid=stMetric]').length >= 4", timeout=60_000)
    page.wait_for_timeout(1500)
    return ctx, page, outside


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_presentation_overview_map_fills_the_first_screen_with_the_figures_beside_it(server: str, browser, size):
    width, height = size
    ctx, page, outside = _open(browser, f"{server}?present=1", width, height)
    try:
        boxes = page.evaluate(_BOXES_JS)
        m = boxes["map"]
        assert m is not None, "no map frame on the overview"
        # the whole map on the first screen ...
        assert m["top"] >= 0 and m["left"] >= 0, m
        assert m["bottom"] <= height + 0.5 and m["right"] <= width + 0.5, (m, size)
        # ... and it fills most of it: nearly the screen's height, more than half its width
        assert m["height"] >= 0.9 * height, (m, size)
        assert m["width"] >= 0.5 * width, (m, size)
        # the legend inside the map frame is inside the frame's visible box
        legends = [f.evaluate(_LEGEND_JS) for f in page.frames[1:]]
        legend = next(lg for lg in legends if lg)
        assert legend["bottom"] <= legend["vh"] and legend["right"] <= legend["vw"], legend
        assert abs(legend["vh"] - m["height"]) < 2, "the map document fills its frame"
        # the headline figures: beside the map, on the first screen, not cut
        figures = boxes["metrics"][:4]
        assert len(figures) == 4
        for fig in figures:
            assert fig["box"]["left"] >= m["right"], f"figure {fig['text']!r} is not beside the map"
            assert fig["box"]["bottom"] <= height, f"figure {fig['text']!r} is below the first screen"
            assert fig["cut"] == [], f"cut text in {fig['text']!r}: {fig['cut']}"
        demo = page.evaluate(_CONTRAST_JS)
        if demo is not None:
            assert "DEMO" in demo["text"]
            assert demo["contrast"] >= 7, demo
        assert outside == []
    finally:
        ctx.close()


@pytest.mark.parametrize("size", SIZES[:2], ids=[f"{w}x{h}" for w, h in SIZES[:2]])
def test_presentation_profile_key_figures_are_not_cut(server: str, browser, size):
    width, height = size
    ctx, page, _ = _open(browser, f"{server}kommuneprofil?present=1&kommune=1804", width, height)
    try:
        boxes = page.evaluate(_BOXES_JS)
        assert len(boxes["metrics"]) >= 4
        for fig in boxes["metrics"]:
            assert fig["cut"] == [], f"cut text in {fig['text']!r}: {fig['cut']}"
            assert fig["box"]["right"] <= width
        demo = page.evaluate(_CONTRAST_JS)
        if demo is not None:
            assert demo["contrast"] >= 7, demo
    finally:
        ctx.close()
