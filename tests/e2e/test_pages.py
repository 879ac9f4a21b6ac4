"""Every page opens in headless Chromium with the network blocked: no exception, maps drawn, no script from a
hostile name or link runs, nothing is fetched from outside - in both countries, two languages and presentation
mode."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app_pages import page_urls
from tests.e2e.conftest import SCRIPT_RAN_JS, SETTLED_JS, Visit

PAGES = page_urls()  # the router's own list, not the files on disk: a renamed page cannot drop out
MAP_PAGES = {"oversikt", "kommuneprofil", "sektor", "kvalitet"}
SHAPES = {"no": 357, "dk": 98}  # every kommune of the 2024 boundaries, exactly
SHOTS = Path(os.environ.get("FRIVILLIG_E2E_SHOTS", "")) if os.environ.get("FRIVILLIG_E2E_SHOTS") else None


@pytest.mark.parametrize("query", ["", "?lang=en", "?present=1", "?land=dk"])
@pytest.mark.parametrize("page", PAGES)
def test_page_opens_offline_without_exceptions_and_draws_its_map(server: str, browser, page: str, query: str):
    draws = page in MAP_PAGES and not (page == "sektor" and "land=dk" in query)  # Denmark: no association register
    v = Visit(browser, f"{server}{page}{query}", maps=1 if draws else 0)
    try:
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            v.screenshot(SHOTS / f"{page}{query.replace('?', '-').replace('=', '_') or ''}.png")
        assert v.exceptions == [], v.exceptions
        assert v.dialogs == [], f"a JavaScript dialog fired: {v.dialogs}"
        assert v.javascript_links == 0
        assert v.outside == [], f"requests to outside hosts: {v.outside[:5]}"
        if page in MAP_PAGES and "land=dk" not in query:
            assert v.shapes == SHAPES["no"], f"{page}: {v.shapes} shapes drawn"
        if page in MAP_PAGES and "land=dk" in query and page != "sektor":  # Denmark has no open association register
            assert v.shapes == SHAPES["dk"], f"{page}: {v.shapes} Danish shapes drawn"
        if query == "?present=1":
            hidden = v.page.evaluate("() => { const e = document.querySelector('[data-testid=stSidebar]');"
                                     " return !e || getComputedStyle(e).display === 'none'"
                                     " || e.getBoundingClientRect().width === 0; }")
            assert hidden, "presentation mode hides the sidebar"
    finally:
        v.close()


def test_overview_shows_the_demo_label_for_denmark_where_no_register_was_imported(server: str, browser):
    v = Visit(browser, f"{server}oversikt?land=dk", maps=1)
    try:
        assert "DEMO" in v.text
    finally:
        v.close()


def test_hostile_text_from_an_imported_register_is_shown_inert(server: str, browser):
    v = Visit(browser, f"{server}kommuneprofil?kommune=0301", maps=1)
    try:
        assert v.dialogs == [] and v.javascript_links == 0
        assert "DEMO" not in v.text  # Norway has an imported register
    finally:
        v.close()


FIRST_PAINT_PROBE = """
(() => {
  window.__paint = {mapDrawn: null, firstTable: null, firstSidebarPicker: null};
  window.addEventListener('message', (e) => {
    const p = window.__paint;
    if (e.data && e.data.atlasDrawn && p.mapDrawn === null) { p.mapDrawn = performance.now(); }
  });
  new MutationObserver(() => {
    const p = window.__paint;
    if (p.firstTable === null && document.querySelector('[data-testid=stDataFrame]')) {
      p.firstTable = performance.now();
    }
    if (p.firstSidebarPicker === null && document.querySelector('[data-testid=stSidebar] [data-testid=stSelectbox]')) {
      p.firstSidebarPicker = performance.now();
    }
  }).observe(document, {childList: true, subtree: true});
})();
"""


def test_a_first_visit_draws_the_map_first_and_the_rest_of_the_page_follows_by_itself(server: str, browser):
    """ui/firstpaint.py: the map reports itself drawn to the page; only then do the tables and the sidebar's
    pickers arrive, without the visitor doing anything."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = ctx.new_page()
        page.add_init_script(FIRST_PAINT_PROBE)
        page.add_init_script(SCRIPT_RAN_JS)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{server}oversikt")
        page.wait_for_function(SETTLED_JS, arg=1, timeout=120_000, polling=100)
        page.wait_for_selector(".atlas-prov", timeout=60_000)  # the provenance footer (st.html, drawn last)
        # the data grid shows once its own script chunk has loaded, which can be after the footer (seen with the map
        # component in the page on a loaded machine): wait for it rather than read "no table" as "no table yet"
        page.wait_for_selector("[data-testid=stDataFrame]", timeout=60_000)
        assert errors == []
        paint = page.evaluate("window.__paint")
        assert paint["mapDrawn"] is not None, "the map never reported itself drawn"
        assert paint["firstTable"] is not None and paint["firstSidebarPicker"] is not None
        assert paint["mapDrawn"] < paint["firstTable"] and paint["mapDrawn"] < paint["firstSidebarPicker"]
        assert page.locator("[data-testid=stException]").count() == 0
        assert page.get_by_text("Henter nøkkeltall").count() == 0
    finally:
        ctx.close()
