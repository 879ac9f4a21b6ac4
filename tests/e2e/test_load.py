"""Twenty browser sessions opening the overview at once all get a drawn map (every municipality), with no error -
the load promise. Timings are the benchmark's job (``bench/time_to_map.py --sessions 20``); this only checks that
nobody is left without a map."""

from __future__ import annotations

import time

import pytest

SESSIONS = 20
DEADLINE_S = 240  # generous: on a two-core machine the twenty Chromium tabs themselves take most of the time


@pytest.mark.slow
def test_twenty_sessions_opening_the_overview_at_once_all_draw_the_map(server: str, browser):
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in range(SESSIONS)]
    try:
        pages = [c.new_page() for c in contexts]
        dialogs: list[str] = []
        for p in pages:
            p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for p in pages:  # all navigations start before any map is drawn
            p.goto(f"{server}oversikt", wait_until="commit")
        drawn: dict[int, int] = {}
        t0 = time.monotonic()
        while len(drawn) < SESSIONS and time.monotonic() - t0 < DEADLINE_S:
            for i, p in enumerate(pages):
                if i in drawn:
                    continue
                n = 0
                for frame in p.frames:
                    try:
                        n = max(n, frame.locator("path.leaflet-interactive").count())
                    except Exception:  # noqa: BLE001 - a frame can detach while the page renders
                        pass
                if n >= 356:
                    drawn[i] = n
            pages[0].wait_for_timeout(250)
        missing = sorted(set(range(SESSIONS)) - set(drawn))
        assert not missing, f"sessions {missing} had no complete map after {DEADLINE_S} s"
        errors = [p.locator("[data-testid=stException]").count() for p in pages]
        assert errors == [0] * SESSIONS
        assert dialogs == []
    finally:
        for c in contexts:
            c.close()
