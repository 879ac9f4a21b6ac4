"""Twenty browser sessions opening the overview at once all get a drawn map (every municipality), with no error -
the load promise. Timings are the benchmark's job (``bench/time_to_map.py --sessions 20``); this only checks that
nobody is left without a map."""

from __future__ import annotations

import pytest

SESSIONS = 20
DRAWN_JS = """() => [...document.querySelectorAll('.st-key-atlas_map')].some((el) => {
  const host = el.querySelector('[data-testid=stBidiComponentIsolated]');
  return !!(host && host.shadowRoot && host.shadowRoot.querySelector('[data-atlas-ready]'));
})"""  # the map component's own "drawn" signal (static/atlas-map.js)


@pytest.mark.slow
@pytest.mark.timeout(600)  # the run's own bound (two cores, twenty Chromium tabs); no assertion on time
def test_twenty_sessions_opening_the_overview_at_once_all_draw_the_map(server: str, browser):
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in range(SESSIONS)]
    try:
        pages = [c.new_page() for c in contexts]
        dialogs: list[str] = []
        errors_js: list[str] = []
        for p in pages:
            p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            p.on("pageerror", lambda e: errors_js.append(str(e)))
        for p in pages:  # all navigations start before any map is drawn
            p.goto(f"{server}oversikt", wait_until="commit")
        drawn = []
        for p in pages:  # each waits on its map's own "drawn" signal (static/atlas-map.js)
            p.wait_for_function(DRAWN_JS, timeout=0, polling=250)
            drawn.append(max(f.locator("path.leaflet-interactive").count() for f in p.frames))
        assert drawn == [357] * SESSIONS, f"municipalities drawn per session: {drawn}"
        assert errors_js == []
        errors = [p.locator("[data-testid=stException]").count() for p in pages]
        assert errors == [0] * SESSIONS
        assert dialogs == []
    finally:
        for c in contexts:
            c.close()
