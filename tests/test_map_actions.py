"""What the map's actions do on the Python side, without a browser: the click-through's link keeps the view (and
nothing else), the play control's step writes the year to the URL (the last year is left out), and the years ahead
are computed once in the background."""

from __future__ import annotations

import threading

from streamlit.testing.v1 import AppTest

from ui import maps


def test_profile_link_keeps_country_language_and_presentation_mode_only():
    current = {"land": "dk", "lang": "en", "present": "1", "aar": "2015", "fylke": "03"}
    assert maps.profile_params("0101", current) == {"kommune": "0101", "land": "dk", "lang": "en", "present": "1"}
    assert maps.profile_params("1804", {"land": None, "lang": "", "present": None}) == {"kommune": "1804"}


STEP_SCRIPT = """
import streamlit as st
from ui import maps
play, step = maps.year_player((2016, 2026), {year})
st.session_state["play"] = play
step({chosen})
"""


def run_step(year: str, chosen: int, url_year: str | None = None) -> AppTest:
    at = AppTest.from_string(STEP_SCRIPT.format(year=year, chosen=chosen), default_timeout=30)
    if url_year:
        at.query_params["aar"] = url_year
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_step_writes_the_year_to_the_url_and_the_last_year_clears_it():
    at = run_step("None", 2016)
    assert at.session_state["play"] == maps.leafmap.Play(first=2016, last=2026, year=2026)
    assert at.query_params["aar"] == "2016"
    at = run_step("2025", 2026, url_year="2025")
    assert "aar" not in at.query_params


def test_no_play_control_without_a_range_of_years():
    assert maps.year_player(None, None)[0] is None
    assert maps.year_player((2026, 2026), None)[0] is None


def test_the_years_ahead_are_computed_once_per_key_in_the_background():
    done = threading.Event()
    seen: list[int] = []

    def compute(year: int) -> None:
        seen.append(year)
        if year == 2026:
            done.set()

    key = ("test", object())
    assert maps.warm_years(key, [2024, 2025, 2026], compute) is True
    assert maps.warm_years(key, [2024, 2025, 2026], compute) is False  # already warming: no second thread
    assert done.wait(60), "the background thread never reached the last year"
    assert seen == [2024, 2025, 2026]
