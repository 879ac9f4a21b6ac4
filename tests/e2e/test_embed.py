"""The published layer and the embed in headless Chromium with the network blocked: the embed draws its map offline
with no sidebar, a source line and a link back; the embed cannot reach the editing pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from base.i18n import t
from tests.e2e.conftest import Visit

SHOTS = Path(os.environ.get("FRIVILLIG_E2E_SHOTS", "")) if os.environ.get("FRIVILLIG_E2E_SHOTS") else None
SIDEBAR_HIDDEN = ("() => { const e = document.querySelector('[data-testid=stSidebar]');"
                  " return !e || getComputedStyle(e).display === 'none' || e.getBoundingClientRect().width === 0; }")


def _shot(v: Visit, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        v.screenshot(SHOTS / f"{name}.png")


@pytest.mark.parametrize(("query", "minimum", "lang"), [
    ("?embed=1&lag=publisert", 356, "nb"),
    ("?embed=1&land=dk", 98, "da"),
    ("kommuneprofil?embed=1&kommune=1103&lang=en", 356, "en"),
    ("sammenlign?embed=1&sammenlign=0301,1103,0101", 356, "nb"),
])
def test_embed_draws_its_map_offline_without_sidebar(server: str, browser, query: str, minimum: int, lang: str):
    v = Visit(browser, f"{server}{query}")
    try:
        _shot(v, "embed-" + (query.split("?")[0] or "oversikt") + "-" + lang)
        assert v.exceptions == [], v.exceptions
        assert "Page not found" not in v.text
        assert v.outside == [], f"requests to outside hosts: {v.outside[:5]}"
        assert v.shapes >= minimum, f"only {v.shapes} shapes drawn"
        assert v.page.evaluate(SIDEBAR_HIDDEN), "an embed has no sidebar"
        assert t("embed.full_atlas", lang) in v.text
        link = v.page.locator(".atlas-embed-source a").first.get_attribute("href") or ""
        assert "embed=1" not in link and link.startswith("http"), link
        assert v.page.locator("[data-testid=stSelectbox], [data-testid=stTextInput], "
                              "[data-testid=stFileUploader]").count() == 0
    finally:
        v.close()


def test_an_embed_cannot_reach_the_data_page(server: str, browser):
    v = Visit(browser, f"{server}data?embed=1")
    try:
        assert v.page.locator("[data-testid=stFileUploader]").count() == 0
        assert v.page.locator("[data-testid=stDataFrameGlideDataEditor], [data-testid=stDataEditor]").count() == 0
    finally:
        v.close()


@pytest.mark.parametrize("query", ["", "&lang=da", "&present=1"])
def test_published_layer_draws_the_county_map(server: str, browser, query: str):
    v = Visit(browser, f"{server}?lag=publisert{query}")  # the overview is the default page, served at "/"
    try:
        _shot(v, "publisert" + query.replace("&", "-").replace("=", "_"))
        assert v.exceptions == [], v.exceptions
        assert v.outside == [] and "Page not found" not in v.text
        assert v.shapes >= 356
        assert "358" in v.text and "357" in v.text
    finally:
        v.close()
