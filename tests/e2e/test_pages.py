"""Every page opens in headless Chromium with the network blocked: no exception, maps drawn, no script from a
hostile name or link runs, nothing is fetched from outside - in both countries, two languages and presentation
mode."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e.conftest import Visit

PAGES = ["oversikt", "kommuneprofil", "sektor", "kvalitet", "presentasjon", "data"]
MAP_PAGES = {"oversikt": 356, "kommuneprofil": 356, "sektor": 356, "kvalitet": 356}
SHOTS = Path(os.environ.get("FRIVILLIG_E2E_SHOTS", "")) if os.environ.get("FRIVILLIG_E2E_SHOTS") else None


def existing_pages() -> list[str]:
    root = Path(__file__).resolve().parents[2] / "views"
    return [p for p in PAGES if (root / f"{p}.py").exists()]


@pytest.mark.parametrize("query", ["", "?lang=en", "?present=1", "?land=dk"])
@pytest.mark.parametrize("page", existing_pages())
def test_page_opens_offline_without_exceptions_and_draws_its_map(server: str, browser, page: str, query: str):
    v = Visit(browser, f"{server}{page}{query}")
    try:
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            v.screenshot(SHOTS / f"{page}{query.replace('?', '-').replace('=', '_') or ''}.png")
        assert v.exceptions == [], v.exceptions
        assert v.dialogs == [], f"a JavaScript dialog fired: {v.dialogs}"
        assert v.javascript_links == 0
        assert v.outside == [], f"requests to outside hosts: {v.outside[:5]}"
        minimum = MAP_PAGES.get(page)
        if minimum and "land=dk" not in query:
            assert v.shapes >= minimum, f"{page}: only {v.shapes} shapes drawn"
        if minimum and "land=dk" in query and page != "sektor":  # Denmark has no open association register
            assert v.shapes >= 98, f"{page}: only {v.shapes} Danish shapes drawn"
        if query == "?present=1":
            hidden = v.page.evaluate("() => { const e = document.querySelector('[data-testid=stSidebar]');"
                                     " return !e || getComputedStyle(e).display === 'none'"
                                     " || e.getBoundingClientRect().width === 0; }")
            assert hidden, "presentation mode hides the sidebar"
    finally:
        v.close()


def test_overview_shows_the_demo_label_for_denmark_where_no_register_was_imported(server: str, browser):
    v = Visit(browser, f"{server}oversikt?land=dk")
    try:
        assert "DEMO" in v.text
    finally:
        v.close()


def test_hostile_text_from_an_imported_register_is_shown_inert(server: str, browser):
    v = Visit(browser, f"{server}kommuneprofil?kommune=0301")
    try:
        assert v.dialogs == [] and v.javascript_links == 0
        assert "DEMO" not in v.text  # Norway has an imported register
    finally:
        v.close()
