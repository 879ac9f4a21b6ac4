"""The map one can act on, in headless Chromium with the network blocked: a click on a municipality on the overview
opens its profile (keeping the language), whose map highlights it; "Finn kommune" and Enter do the same from the
keyboard; the play control steps the map through the years (its colours change) and the URL keeps the year shown
when it stops. No timed assertions: every wait is for a state, with a generous deadline."""

from __future__ import annotations

import re

import pytest

from base.i18n import t

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

DEADLINE_MS = 60_000
# The map lives in the shadow root of its component (st.components.v2, isolate_styles): ROOTS lists those roots.
ROOTS = "[...document.querySelectorAll('[data-testid=stBidiComponentIsolated]')].map(h => h.shadowRoot).filter(Boolean)"

# A point inside the municipality's shape that a click would hit (not a neighbour drawn on top), in page pixels.
POINT_INSIDE = """(key) => {
  for (const root of ROOTS) {
    const path = root.querySelector(`path[data-key="${key}"]`);
    if (!path) { continue; }
    const r = path.getBoundingClientRect();
    for (let i = 1; i < 20; i++) {
      for (let j = 1; j < 20; j++) {
        const x = r.left + r.width * i / 20, y = r.top + r.height * j / 20;
        if (root.elementFromPoint(x, y) === path) { return [x, y]; }
      }
    }
  }
  return null;
}""".replace("ROOTS", ROOTS)

FILLS = """() => {
  const out = {};
  for (const root of ROOTS) {
    for (const p of root.querySelectorAll('path[data-key]')) {
      out[p.getAttribute('data-key')] = p.getAttribute('fill');
    }
  }
  return out;
}""".replace("ROOTS", ROOTS)
CHANGED = "(before) => { const now = (FILLS)(); return Object.keys(before).some(k => before[k] !== now[k]); }".replace(
    "FILLS", FILLS)
YEAR = ("() => { for (const r of ROOTS) { const y = r.querySelector('.atlas-play-year');"
        " if (y) { return +y.textContent; } } return null; }").replace("ROOTS", ROOTS)


def open_page(browser, url: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    context.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:",
                                                                "about:")) else outside.append(r.url))
    page = context.new_page()
    page.goto(url)
    wait_complete(page)
    return context, page, outside


def wait_complete(page) -> None:
    """The map drawn and the page's run finished (on a first visit: the second, complete run)."""
    page.wait_for_function("() => document.querySelectorAll('[data-testid=stMetricValue]').length > 0",
                           timeout=DEADLINE_MS)
    page.locator("path[data-key]").nth(300).wait_for(state="attached", timeout=DEADLINE_MS)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=DEADLINE_MS)


def test_clicking_a_municipality_on_the_overview_opens_its_profile_which_highlights_it(server: str, browser):
    context, page, outside = open_page(browser, f"{server}?lang=en")
    try:
        point = page.evaluate(POINT_INSIDE, "1804")
        assert point is not None, "Bodø's shape is not on the overview map"
        page.mouse.click(*point)
        page.wait_for_url(re.compile(r"/kommuneprofil\?"), timeout=DEADLINE_MS)
        assert "kommune=1804" in page.url and "lang=en" in page.url
        page.wait_for_function("() => [...document.querySelectorAll('h1')].some(h => h.textContent.trim() === 'Bodø')",
                               timeout=DEADLINE_MS)
        # The profile's map marks Bodø with the highlight border and names it in its legend.
        bodo = page.locator("path[data-key='1804']")
        bodo.wait_for(state="attached", timeout=DEADLINE_MS)
        page.wait_for_function(
            "() => ROOTS.some(r => { const p = r.querySelector('path[data-key=\"1804\"]');"
            " return p && p.getAttribute('stroke') === '#111111'; })".replace("ROOTS", ROOTS), timeout=DEADLINE_MS)
        assert page.locator(".atlas-legend li", has_text="Bodø").count() == 1
        assert outside == []
    finally:
        context.close()


def test_finn_kommune_and_enter_open_the_profile_from_the_keyboard(server: str, browser):
    context, page, _ = open_page(browser, f"{server}?present=1")
    try:
        search = page.locator("#atlas-search-input")
        search.wait_for(timeout=DEADLINE_MS)
        search.fill("Tromsø")
        search.press("Enter")
        page.wait_for_url(re.compile(r"/kommuneprofil\?"), timeout=DEADLINE_MS)
        assert "kommune=5501" in page.url and "present=1" in page.url
    finally:
        context.close()


def test_playing_the_years_changes_the_colours_and_the_url_keeps_the_year_when_stopped(server: str, browser):
    context, page, outside = open_page(browser, server)
    try:
        button = page.locator(".atlas-play-button")
        button.wait_for(timeout=DEADLINE_MS)
        year = page.locator(".atlas-play-year")
        last = int(year.text_content())
        before = page.evaluate(FILLS)
        button.click()
        assert button.get_attribute("aria-pressed") == "true"
        assert button.text_content() == t("map.stop", "nb")
        # The first step goes back to the register's first year (2016: Bodø's policy); Oslo's (2019) is not there yet.
        page.wait_for_function(f"() => ({YEAR})() === 2016", timeout=DEADLINE_MS)
        page.wait_for_function("() => /[?&]aar=2016/.test(location.search)", timeout=DEADLINE_MS)
        page.wait_for_function(CHANGED, arg=before, timeout=DEADLINE_MS)
        early = page.evaluate(FILLS)
        assert early["1804"] == before["1804"] and early["0301"] != before["0301"]
        # It moves on by itself, a year at a time, until stopped.
        page.wait_for_function(f"() => ({YEAR})() >= 2018", timeout=DEADLINE_MS)
        button.click()
        assert button.get_attribute("aria-pressed") == "false"
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=DEADLINE_MS)
        shown = int(year.text_content())
        assert 2018 <= shown <= last
        if shown < last:
            page.wait_for_function(f"() => /[?&]aar={shown}(&|$)/.test(location.search)", timeout=DEADLINE_MS)
        assert outside == []
    finally:
        context.close()
