"""Presentation mode on a projector's screen: at 1280×720 and 1920×1080 the overview's whole map (with its legend)
is on the first screen and fills most of it, the headline figures sit beside it, nothing is cut, and the DEMO
banner keeps at least 7:1 contrast; the profile's key figures are not cut either."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import LOCAL

SIZES = [(1280, 720), (1920, 1080), (1600, 900)]

# The overview's map is a component in the page (ui/leafmap.py render, key "atlas_map"): its element in the
# presentation container, and inside the element's shadow root the frame the visitor sees, its legend, the hint
# and the play control.
_BOXES_JS = """() => {
  const box = (e) => { if (!e) return null; const b = e.getBoundingClientRect();
    return {left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height}; };
  const element = document.querySelector('.st-key-atlas-present-map .st-key-atlas_map');
  const host = element && element.querySelector('[data-testid=stBidiComponentIsolated]');
  const root = host && host.shadowRoot;
  const inside = (sel) => box(root && root.querySelector(sel));
  const metrics = [...document.querySelectorAll('[data-testid=stMetric]')].map(m => ({
    box: box(m), text: m.innerText,
    cut: [...m.querySelectorAll('[data-testid=stMetricValue] *, [data-testid=stMetricLabel] *')]
      .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)}));
  return {element: box(element), map: inside('.atlas-frame'), legend: inside('.atlas-legend'),
          hint: inside('.atlas-hint'), play: inside('.atlas-play'), metrics, vw: innerWidth, vh: innerHeight};
}"""

_MAP_DRAWN_JS = """() => {
  const host = document.querySelector('.st-key-atlas_map [data-testid=stBidiComponentIsolated]');
  return Boolean(host && host.shadowRoot && host.shadowRoot.querySelector('[data-atlas-ready]')); }"""

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


def _within(inner: dict, outer: dict) -> bool:
    return (inner["left"] >= outer["left"] - 0.5 and inner["top"] >= outer["top"] - 0.5
            and inner["right"] <= outer["right"] + 0.5 and inner["bottom"] <= outer["bottom"] + 0.5)


def _overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


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
        page.wait_for_function(_MAP_DRAWN_JS, timeout=60_000)
        boxes = page.evaluate(_BOXES_JS)
        m, element = boxes["map"], boxes["element"]
        assert m is not None, "no map component in the overview's presentation container"
        # the whole map on the first screen ...
        assert m["top"] >= 0 and m["left"] >= 0, m
        assert m["bottom"] <= height + 0.5 and m["right"] <= width + 0.5, (m, size)
        # ... and it fills most of it: nearly the screen's height, more than half its width
        assert m["height"] >= 0.9 * height, (m, size)
        assert m["width"] >= 0.5 * width, (m, size)
        # the component's element is as large as the map: no part of the map scrolled or clipped inside it
        assert abs(element["height"] - m["height"]) < 1 and abs(element["width"] - m["width"]) < 1, (element, m)
        # the legend is inside the map's visible box; the hint does not run under the play control
        assert boxes["legend"] is not None and _within(boxes["legend"], m), (boxes["legend"], m)
        if boxes["play"] is not None and boxes["hint"] is not None:
            assert _within(boxes["play"], m), (boxes["play"], m)
            assert not _overlap(boxes["hint"], boxes["play"]), (boxes["hint"], boxes["play"])
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
