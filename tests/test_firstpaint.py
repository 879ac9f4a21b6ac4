"""Map first (ui/firstpaint.py): the first overview run of a session sends the title and the map, leaves out the
sidebar, figures and tables, and waits for the browser; once the map is reported drawn the page is complete. Every
other way a page ends early still gets the sidebar."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from base.i18n import t
from tests.conftest import ROOT
from ui.firstpaint import PAINTED_KEY


def overview(data_dir: Path, monkeypatch: pytest.MonkeyPatch, painted: bool, layer: str | None = None) -> AppTest:
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(data_dir))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    if painted:
        at.session_state[PAINTED_KEY] = True
    if layer:
        at.query_params["lag"] = layer
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def maps(at: AppTest) -> list:
    return [e for e in at.get("bidi_component") if e.proto.component_name == "atlas_map"]


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def loading_shown(at: AppTest) -> bool:
    note = html.escape(t("firstpaint.loading", "nb"))
    return any(note in str(m.value) for m in at.markdown) or t("firstpaint.loading", "nb") in captions(at)


def test_the_first_run_of_a_session_sends_the_map_and_waits_for_the_browser(no_store_dir, monkeypatch):
    at = overview(no_store_dir, monkeypatch, painted=False)
    assert loading_shown(at)
    assert len(maps(at)) == 1  # the map
    assert len(at.metric) == 0 and len(at.dataframe) == 0 and len(at.selectbox) == 0 and len(at.slider) == 0
    assert len(at.sidebar.selectbox) == 0  # the sidebar follows with the rest


# (tables, key figures) of a complete overview: the register layer, and the published figures (the default while
# the register is DEMO: the national series and the county table, three figures)
COMPLETE = {"register": (3, 4), "publisert": (2, 3)}


@pytest.mark.parametrize("layer", list(COMPLETE))
def test_once_the_map_is_drawn_the_page_is_complete_with_its_sidebar(no_store_dir, monkeypatch, layer):
    at = overview(no_store_dir, monkeypatch, painted=True, layer=layer)
    assert not loading_shown(at)
    assert len(maps(at)) == 1
    tables, figures = COMPLETE[layer]
    assert len(at.dataframe) >= tables and len(at.metric) >= figures
    assert [s.label for s in at.sidebar.selectbox] == [t("nav.country", "nb"), t("nav.language", "nb")]


@pytest.mark.parametrize("layer", list(COMPLETE))
def test_the_browser_report_completes_the_page_in_the_same_session(no_store_dir, monkeypatch, layer):
    at = overview(no_store_dir, monkeypatch, painted=False, layer=layer)
    assert loading_shown(at) and len(at.dataframe) == 0
    at.session_state[PAINTED_KEY] = True  # what the probe's callback does when the map reports drawn
    at.run()
    assert not at.exception
    assert len(at.dataframe) >= COMPLETE[layer][0] and len(at.sidebar.selectbox) == 2
    assert not loading_shown(at)


def test_other_pages_are_not_held_back_on_a_first_visit(no_store_dir, monkeypatch):
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(no_store_dir))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.switch_page("app_pages/sektor.py").run()
    assert not at.exception
    assert not loading_shown(at)
    assert len(at.sidebar.selectbox) == 2


def test_a_page_that_ends_early_still_draws_the_sidebar(tmp_path, monkeypatch):
    """The first-run screen of an empty store ends the page early; the country picker must still be there (it is
    how a Danish user gets to the Danish first-run screen)."""
    at = overview(tmp_path / "empty", monkeypatch, painted=False)
    assert t("firstrun.title", "nb") in [x.value for x in at.title]
    assert len(at.sidebar.selectbox) == 2 and len(at.sidebar.toggle) == 1
