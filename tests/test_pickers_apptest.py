"""The sidebar's language and country pickers, the profile's municipality picker and twin weights, and the
``?lang=en`` / ``?land=dk`` links, driven in AppTest. What the page shows is checked against what this test reads
from the registers itself (municipality names, populations, areas), never against a copy of the app's output."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from app_pages import PAGES
from base.i18n import t
from registers.store import Store
from tests.conftest import ROOT
from ui.firstpaint import PAINTED_KEY

pytestmark = pytest.mark.timeout(600)
SCRIPTS = {url: path for path, _key, url, _icon in PAGES}


@pytest.fixture(scope="module")
def both(no_store_dir: Path, mirror_dk: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from registers.fetch import fetch_country

    root = tmp_path_factory.mktemp("pickers") / "store"
    shutil.copytree(no_store_dir, root)
    fetch_country(Store(root), "dk", str(mirror_dk))
    return root


@pytest.fixture(autouse=True)
def _fresh_caches():
    import streamlit as st

    st.cache_data.clear()
    yield
    st.cache_data.clear()


def run(root: Path, monkeypatch: pytest.MonkeyPatch, page: str = "oversikt", **params: str) -> AppTest:
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(root))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[PAINTED_KEY] = True
    if page == "oversikt":  # the register's layer (a DEMO register opens on the published figures, issue 18)
        params.setdefault("lag", "register")
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(SCRIPTS[page]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def names(store_root: Path, country: str) -> set[str]:
    return set(Store(store_root).read_frame(country, "municipalities")["kommunenavn"])


def shown_municipality_names(at: AppTest, lang: str) -> set[str]:
    table = at.dataframe[0].value
    return set(table[t("col.municipality", lang)])


def test_the_country_picker_shows_the_danish_kommuner(both: Path, monkeypatch):
    at = run(both, monkeypatch)
    assert shown_municipality_names(at, "nb") == names(both, "no")
    at.sidebar.selectbox(key="_url_land").set_value("dk").run()
    assert not at.exception
    assert at.query_params["land"] == "dk"
    assert shown_municipality_names(at, "nb") == names(both, "dk")
    assert len(names(both, "dk")) == 98


def test_a_link_with_land_dk_shows_the_danish_kommuner(both: Path, monkeypatch):
    at = run(both, monkeypatch, land="dk")
    assert shown_municipality_names(at, "nb") == names(both, "dk")


@pytest.mark.parametrize("page", list(SCRIPTS))
def test_a_link_with_lang_en_shows_english_text(both: Path, monkeypatch, page: str):
    at = run(both, monkeypatch, page, lang="en")
    nb = run(both, monkeypatch, page)
    en_text = {x.value for x in [*at.title, *at.header, *at.subheader]} | {m.label for m in at.metric}
    nb_text = {x.value for x in [*nb.title, *nb.header, *nb.subheader]} | {m.label for m in nb.metric}
    assert en_text and en_text != nb_text
    english_headers = {t(k, "en") for k in ("overview.by_county", "overview.timeline", "profile.peers",
                                            "profile.summary", "overview.share_mun")}
    if page in ("oversikt", "kommuneprofil"):
        assert en_text & english_headers, en_text
        assert not en_text & {t(k, "nb") for k in ("overview.by_county", "overview.timeline", "profile.peers")}
    # the sidebar's own labels follow the language
    assert [s.label for s in at.sidebar.selectbox] == [t("nav.country", "en"), t("nav.language", "en")]


def test_the_language_picker_turns_the_page_english(both: Path, monkeypatch):
    at = run(both, monkeypatch)
    assert t("overview.timeline", "nb") in [h.value for h in at.header]
    at.sidebar.selectbox(key="_url_lang").set_value("en").run()
    assert not at.exception
    assert at.query_params["lang"] == "en"
    assert t("overview.timeline", "en") in [h.value for h in at.header]
    assert t("overview.timeline", "nb") not in [h.value for h in at.header]


def _twin_frame(at: AppTest) -> pd.DataFrame:
    """The twins table (the one with a distance column), with the municipality code as ``kommunenummer``."""
    frames = [d.value for d in at.dataframe if {"distance", t("profile.col.distance", "nb")} & set(d.value.columns)]
    assert len(frames) == 1, [list(d.value.columns) for d in at.dataframe]
    return frames[0].rename(columns={t("col.code", "nb"): "kommunenummer"})


def nearest(mun: pd.DataFrame, code: str, key: pd.Series, k: int = 5) -> list[str]:
    d = (key - key[code]).abs().drop(index=code)
    return list(d.sort_values(kind="stable").head(k).index)


def test_the_municipality_picker_and_the_twin_weights(both: Path, monkeypatch):
    mun = Store(both).read_frame("no", "municipalities").set_index("kommunenummer")
    at = run(both, monkeypatch, "kommuneprofil", kommune="4601")
    assert at.title[0].value == mun.at["4601", "kommunenavn"]
    at.selectbox(key="_url_kommune").set_value("1804").run()
    assert not at.exception
    assert at.query_params["kommune"] == "1804"
    assert at.title[0].value == mun.at["1804", "kommunenavn"]
    # not the share link or the embed code
    summaries = [c.value for c in at.main.code if not c.value.startswith(("?", "<iframe"))]
    assert len(summaries) == 1, [c.value for c in at.code]
    summary = summaries[0]  # the e-mail summary
    assert mun.at["1804", "kommunenavn"] in summary and mun.at["1804", "fylkesnavn"] in summary

    # Only population counts: the twins are the five nearest in (log) population, computed here.
    at.select_slider(key="_url_vekt_tett").set_value(0.0).run()
    if not at.select_slider(key="_url_vekt_org").disabled:
        at.select_slider(key="_url_vekt_org").set_value(0.0).run()
    at.select_slider(key="_url_vekt_inn").set_value(3.0).run()
    assert not at.exception
    log_pop = mun["befolkning"].astype(float).map(math.log10)
    by_population = nearest(mun, "1804", log_pop)
    assert list(_twin_frame(at)["kommunenummer"]) == by_population
    # Only density counts: the five nearest in (log) inhabitants per km².
    at.select_slider(key="_url_vekt_inn").set_value(0.0).run()
    at.select_slider(key="_url_vekt_tett").set_value(2.0).run()
    log_density = (mun["befolkning"].astype(float) / mun["areal_km2"].astype(float)).map(math.log10)
    by_density = nearest(mun, "1804", log_density)
    assert by_density != by_population
    assert list(_twin_frame(at)["kommunenummer"]) == by_density
    # the weights are in the link: opening it gives the same twins
    link = {k: at.query_params[k] for k in ("kommune", "vekt_inn", "vekt_org", "vekt_tett") if k in at.query_params}
    again = run(both, monkeypatch, "kommuneprofil", **link)
    assert list(_twin_frame(again)["kommunenummer"]) == by_density
