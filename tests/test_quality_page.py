"""The Kvalitet page and the profile's checklist section run without exceptions (AppTest on the real Norwegian
registers from the offline mirror), and their figures, map layer and HTML are checked without a browser."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from registers import quality
from registers.policies import import_policies
from registers.store import Actor, Store
from tests.policy_helpers import csv_bytes, no_index
from ui import leafmap, quality_view
from ui.firstpaint import PAINTED_KEY

TODAY = dt.date(2026, 11, 25)
ROOT = Path(__file__).resolve().parents[1]
CHECKLIST = csv_bytes([
    ["Kommune", "Bud 1", "Bud 1 kilde", "Bud 9", "Frivillighetsråd", "Kafédialog", "Høring", "Vedtatt"],
    ["Bodø", "x", "https://bodo.kommune.no/frivillighet", "Nei", "Ja", "2014-06", "2015-03", "2015-06-18"],
    ["Lørenskog", "Ja", "<b>innspill</b>", "", "Nei", "2025-09", "", "Nei"],
])


@pytest.fixture(autouse=True)
def _restore_main_module():
    """AppTest installs the page script as ``sys.modules["__main__"]`` and leaves it there; put pytest's back, so
    later tests that spawn processes (which re-import ``__main__``) do not run a page script."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


def app(data_dir: Path, monkeypatch, **params: str) -> AppTest:
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(data_dir))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state[PAINTED_KEY] = True
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page("app_pages/kvalitet.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture()
def imported_dir(no_store_dir: Path, tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(no_store_dir, root)
    quality.import_quality(Store(root), CHECKLIST, "sjekkliste.csv", "no", TODAY)
    return root


def test_page_with_the_demo_checklist(no_store_dir: Path, monkeypatch):
    at = app(no_store_dir, monkeypatch)
    assert at.title[0].value.startswith("Politikkens kvalitet")
    assert any("DEMO" in w.value for w in at.warning)
    labels = [m.label for m in at.metric]
    assert "Kommuner i sjekklisten" in labels and "Oppfyller alle kriteriene" in labels
    assert at.selectbox(key="bud").value == "1"


def test_the_bud_on_the_map_comes_from_the_url(no_store_dir: Path, monkeypatch):
    at = app(no_store_dir, monkeypatch, bud="9")
    assert at.selectbox(key="bud").value == "9"
    assert any("Bud 9" in m.value for m in at.markdown)


def test_page_with_an_imported_checklist(imported_dir: Path, monkeypatch):
    at = app(imported_dir, monkeypatch, lang="en")
    assert not any("DEMO: the policy-quality checklist" in w.value for w in at.warning)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Municipalities in the checklist"] == "2"
    tables = [d.value for d in at.dataframe]
    assert any("Lørenskog" in t.to_string() for t in tables)  # in progress by the checklist (no adoption)


def test_page_with_real_policies_and_no_checklist_shows_no_demo(no_store_dir: Path, tmp_path: Path, monkeypatch):
    root = tmp_path / "store"
    shutil.copytree(no_store_dir, root)
    import_policies(Store(root), csv_bytes([["Kommune", "Status"], ["Bodø", "Vedtatt"]]), "p.csv", "no", TODAY)
    at = app(root, monkeypatch)
    assert any("Ingen sjekkliste" in i.value for i in at.info)
    assert not at.metric and not any("DEMO" in w.value for w in at.warning)


def test_checklist_section_on_the_profile(imported_dir: Path, monkeypatch):
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(imported_dir))

    def script() -> None:
        import streamlit as st

        from ui.quality_view import checklist_section
        from ui.state import View

        st.session_state["facts"] = checklist_section("3222", View("no", "nb", False))

    at = AppTest.from_function(script, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["facts"] == {"quality_met": 1, "quality_known": 1}
    assert at.get("plotly_chart"), "Lørenskog's process (in progress) is drawn as a timeline"


# ---------------------------------------------------------------------------------------------- without a browser
@pytest.fixture(scope="module")
def register() -> pd.DataFrame:
    reg, report = quality.preview_quality(CHECKLIST.replace("Lørenskog".encode(), b"Alstahaug"), "a.csv", no_index(),
                                          "no", TODAY)
    assert report.ok
    return reg


def test_bud_chart_holds_the_counts(register):
    from tests.policy_helpers import no_municipalities

    freq = quality.bud_frequency(quality.bud_summary(register, no_municipalities()))
    fig = quality_view.bud_chart(freq, "nb")  # traces read from the figure (to_dict encodes arrays as base64)
    assert [tr.name for tr in fig.data] == ["Oppfylt", "Ikke oppfylt", "Ukjent"]
    met, not_met, unknown = (list(tr.x) for tr in fig.data)
    assert met[0] == 2 and not_met[8] == 1 and unknown[8] == 1  # bud 1 met by both; bud 9: Bodø no, Alstahaug blank
    assert fig.data[0].y[0] == "Bud 1: Kjenn frivilligheten"
    assert fig.layout.barmode == "stack"


def test_map_layer_colours_are_all_in_the_legend(register, no_store_dir: Path):
    values, legend, table = quality_view.map_layer(register, 9, "nb")
    assert {v.color for v in values.values()} <= {c for c, _ in legend}
    assert values["1804"].text == "Ikke oppfylt" and values["1820"].text == "Ukjent"
    geo = Store(no_store_dir).read_bytes("no", "kommuner_geo")
    doc = leafmap.choropleth_html(geo, values, legend=legend, title="Bud 9 oppfylt", lang="nb")
    assert "Ikke oppfylt" in doc and "Ingen data" in doc
    assert table.shape[0] == 2


def test_checklist_html_escapes_text_and_links_only_http(register):
    html = quality_view.checklist_html(quality.quality_profile(register, "1820", "no"), "no", "nb")
    assert "<b>innspill</b>" not in html and "&lt;b&gt;innspill&lt;/b&gt;" in html
    bodo = quality_view.checklist_html(quality.quality_profile(register, "1804", "no"), "no", "nb")
    assert '<a href="https://bodo.kommune.no/frivillighet"' in bodo
    assert bodo.count("✔") >= 3 and "Oppfylt" in bodo and "Ikke oppfylt" in bodo
    assert "1. Kjenn frivilligheten i kommunen din" in bodo


def test_timeline_in_date_order_and_none_without_dates(register):
    fig = quality_view.timeline_figure(quality.quality_profile(register, "1804", "no"), "no", "nb")
    assert list(fig.data[0].text) == ["2014-06", "2015-03", "2015-06-18"]
    assert fig.data[0].y[0] == "Kafédialog med lag og foreninger"
    empty = quality.quality_profile(register, "1804", "no")
    for s in empty["steps"]:
        s["date"] = None
    assert quality_view.timeline_figure(empty, "no", "nb") is None


def test_danish_page_with_the_demo_checklist(mirror_dk: Path, tmp_path: Path, monkeypatch):
    from registers.fetch import fetch_country

    root = tmp_path / "store-dk"
    fetch_country(Store(root), "dk", str(mirror_dk))
    at = app(root, monkeypatch, land="dk")
    assert at.title[0].value == "Politikkens kvalitet – Danmark"
    assert any("Bud oppfylt per region" in h.value or "Bud opfyldt pr. region" in h.value for h in at.header)


def test_data_page_importer_previews_then_commits(imported_dir: Path, monkeypatch):
    from registers.municipalities import MunicipalityIndex
    from ui.imports import importers

    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(imported_dir))
    imp = next(i for i in importers() if i.register == "quality")
    assert imp.register == "quality" and "xlsx" in imp.types
    index = MunicipalityIndex.from_store(Store(imported_dir), "no")
    data = csv_bytes([["Kommune", "Bud 1"], ["Oslo", "x"]])
    register, report = imp.preview(data, "ny.csv", index, "no")
    assert report.ok and register["kommunenummer"].tolist() == ["0301"]
    assert Store(imported_dir).current_version_id("no", "quality") == "v0001"  # preview writes nothing
    result = imp.commit(Store(imported_dir, actor=Actor("anna@example.org")), data, "ny.csv", "no", index)
    assert result.meta["version"] == "v0002" and result.meta["signed_by"] == "anna@example.org"
