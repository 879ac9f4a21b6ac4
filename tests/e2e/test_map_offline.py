"""The map component in a real browser with the network blocked: `streamlit run bench/map_app.py` (the 2024
municipalities from the offline mirror, Oslo renamed to an HTML-injection string) opened in Debian's headless
Chromium. Every municipality is drawn as an SVG path, the hostile name is shown as text and runs nothing, and no
request leaves the machine. Skips cleanly without chromium, playwright or the mirror."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import MIRROR_NO, ROOT
from tests.e2e.conftest import CHROMIUM, HOSTILE, LOCAL, _free_port

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

GEOMETRY = MIRROR_NO / "geo" / "2024" / "Kommuner-S.geojson"
POPULATION = MIRROR_NO / "population" / "ssb07459_csv" / "Personer2024.csv"


@pytest.fixture(scope="module")
def bench_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for path in (GEOMETRY, POPULATION):
        if not path.exists():
            pytest.skip(f"{path} is not available (shared material lives beside the repository)")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("map-e2e") / "streamlit.log"
    env = dict(os.environ, ATLAS_BENCH_HOSTILE="1")
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(Path("bench") / "map_app.py"), "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none",
             "--browser.gatherUsageStats", "false", "--server.enableStaticServing", "true"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    if urllib.request.urlopen(base + "_stcore/health", timeout=1).read() == b"ok":
                        break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("streamlit did not start:\n" + log_path.read_text(errors="replace")[-2000:])
                time.sleep(0.3)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_map_draws_every_municipality_offline_and_a_hostile_name_runs_nothing(bench_app, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    context.on("request", lambda r: None if r.url.startswith(LOCAL) else outside.append(r.url))
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(bench_app)
        frame = page  # the map is a component in the page (its shadow root; Playwright's locators reach into it)
        paths = frame.locator("path.leaflet-interactive")
        deadline = time.monotonic() + 60
        while paths.count() < 356 and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        assert paths.count() >= 356

        # The legend (server-rendered) and the keyboard route: a labelled, focusable map and the search field.
        assert frame.locator(".atlas-legend li").count() >= 2
        assert frame.locator("#atlas-map[role=region][aria-label]").count() == 1
        assert frame.locator("#atlas-map").get_attribute("tabindex") == "0"

        # Find Oslo (renamed to the hostile string) with the search field: its tooltip shows the name as text.
        search = frame.locator("#atlas-search-input")
        search.fill(HOSTILE + "Oslo")
        search.press("Enter")
        tip = frame.locator(".atlas-tip strong")
        tip.first.wait_for(timeout=10_000)
        assert tip.first.text_content() == HOSTILE + "Oslo"
        # Hover tooltips take the same route: hovering a municipality shows its name as text too.
        paths.nth(10).hover(force=True)
        assert frame.locator("img").count() == 0
        assert page.locator("img[src=x]").count() == 0
        page.wait_for_timeout(300)  # give an injected onerror handler the chance to fire, if there were one
        assert dialogs == []
        assert errors == []
        assert outside == []
    finally:
        context.close()
