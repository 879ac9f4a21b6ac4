"""An AppTest for every page: it runs without an exception in both countries and in every language, shows the
DEMO label while the policy register is the generated one, and shows the first-run screen on an empty store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app_pages import PAGES as ROUTER_PAGES
from tests.conftest import ROOT
from ui.firstpaint import PAINTED_KEY

SCRIPTS = {url: path for path, _key, url, _icon in ROUTER_PAGES}  # the router's own list
PAGES = list(SCRIPTS)


@pytest.fixture(scope="module")
def both_countries(no_store_dir: Path, mirror_dk: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from registers.fetch import fetch_country
    from registers.store import Store

    root = tmp_path_factory.mktemp("store-both")
    shutil.copytree(no_store_dir, root, dirs_exist_ok=True)
    fetch_country(Store(root), "dk", str(mirror_dk))
    return root


def run_page(data_dir: Path, monkeypatch: pytest.MonkeyPatch, page: str, **params: str) -> AppTest:
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(data_dir))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state[PAINTED_KEY] = True  # as after the browser's first map (ui/firstpaint.py; tested on its own)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(SCRIPTS[page]).run()
    return at


def page_text(at: AppTest) -> str:
    parts = [e.value for e in at.markdown] + [e.value for e in at.warning] + [e.value for e in at.info]
    parts += [e.value for e in at.title] + [e.value for e in at.caption]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("params", [{}, {"lang": "en"}, {"land": "dk"}, {"present": "1"}],
                         ids=["nb", "en", "dk", "present"])
def test_every_page_runs_without_an_exception(both_countries: Path, monkeypatch, page: str, params: dict):
    at = run_page(both_countries, monkeypatch, page, **params)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"


@pytest.mark.parametrize(("page", "params"), [("oversikt", {"lag": "register"}), ("kommuneprofil", {}),
                                              ("presentasjon", {})])
def test_pages_with_the_generated_register_say_demo(both_countries: Path, monkeypatch, page: str, params: dict):
    """(The overview opens on the published figures while the register is DEMO; its register layer says DEMO, and
    the layer switch names it: tests/test_published_pages.py.)"""
    at = run_page(both_countries, monkeypatch, page, **params)
    assert "DEMO" in page_text(at)


@pytest.mark.parametrize("page", PAGES)
def test_an_empty_store_gives_the_first_run_screen_not_an_exception(tmp_path: Path, monkeypatch, page: str,
                                                                   local_editor: None):
    at = run_page(tmp_path, monkeypatch, page)
    assert not at.exception, [e.value for e in at.exception]
    assert any("Velkommen" in t.value for t in at.title)
    assert any(b.label == "Hent registrene nå" for b in at.button)


def test_overview_key_figures_follow_the_register(both_countries: Path, monkeypatch, tmp_path: Path):
    """Import a tiny real register: the overview's share equals adopted / 357, computed here by hand."""
    import shutil
    import subprocess
    import sys

    data = tmp_path / "d"
    shutil.copytree(both_countries, data)
    f = tmp_path / "p.csv"
    f.write_text("kommune;status;vedtatt\nOslo;vedtatt;2015\nBergen;vedtatt;2019\nBodø;under arbeid;\n",
                 encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analytics", "--data-dir", str(data), "import", "policies", str(f)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    at = run_page(data, monkeypatch, "oversikt")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Kommuner med vedtatt politikk"] == f"{2 / 357 * 100:.1f}".replace(".", ",") + "\u00a0%"
    assert metrics["Under arbeid"] == "1"
    assert "DEMO" not in page_text(at)


def test_a_danish_cvr_extract_imports_and_the_sector_page_shows_it(both_countries: Path, monkeypatch,
                                                                     tmp_path: Path):
    """Denmark has no open association register: a user's CVR extract (3-digit DST codes, legal forms 110/115)
    becomes the Danish organisation register; a file with no associations is refused and changes nothing."""
    import shutil
    import subprocess
    import sys

    from tests.conftest import tree_digest

    data = tmp_path / "d"
    shutil.copytree(both_countries, data)
    bad = tmp_path / "none.csv"
    bad.write_text("cvrNummer;navn;kommunekode;virksomhedsform\n12345678;Et ApS;101;80\n", encoding="utf-8")
    before = tree_digest(data)
    proc = subprocess.run([sys.executable, "-m", "analytics", "--data-dir", str(data), "import", "organisations",
                           str(bad), "--country", "dk"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "Fant ingen foreninger" in proc.stderr
    assert tree_digest(data) == before
    good = tmp_path / "cvr.csv"
    good.write_text("cvrNummer;navn;kommunekode;virksomhedsform\n12345678;Aabenraa Roklub;580;115\n"
                    "23456789;<img src=x onerror=alert(1)> Forening;101;110\n34567891;Lyngby Spejdere;173;115\n",
                    encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analytics", "--data-dir", str(data), "import", "organisations",
                           str(good), "--country", "dk"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    at = run_page(data, monkeypatch, "sektor", land="dk")
    assert not at.exception, [e.value for e in at.exception]
    assert {m.label: m.value for m in at.metric}["Foreninger"] == "3"
    names = set(at.dataframe[-1].value.iloc[:, 1])
    assert "<img src=x onerror=alert(1)> Forening" in names  # shown as text in a data grid, never as HTML


def test_table_edits_are_validated_like_a_file_and_saved_as_a_new_version(both_countries: Path, monkeypatch,
                                                                            tmp_path: Path, local_editor: None):
    import shutil
    import subprocess
    import sys

    from registers.store import Store

    data = tmp_path / "d"
    shutil.copytree(both_countries, data)
    f = tmp_path / "p.csv"
    f.write_text("kommune;status;vedtatt\nOslo;vedtatt;2015\nBodø;under arbeid;\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "analytics", "--data-dir", str(data), "import", "policies", str(f)],
                   check=True, capture_output=True, cwd=ROOT)
    at = run_page(data, monkeypatch, "data")
    assert not at.exception
    editor = at.get("arrow_data_editor") or at.get("data_editor")
    assert editor, "the Data page offers a table editor for the imported register"
    at.button(key="edit_check").click().run()
    assert not at.exception, [e.value for e in at.exception]
    versions = Store(data).list_versions("no", "policies")
    assert [v["version"] for v in versions] == ["v0001", "v0002"] and versions[-1]["kind"] == "edit"
    assert versions[-1]["signed_by"] == "local" and versions[0]["signed_by"].startswith("cli:")
