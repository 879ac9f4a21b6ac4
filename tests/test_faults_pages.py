"""Faults as the pages show them (Streamlit AppTest on a small store built in code): a damaged register is reported
on the Data page with the last good version offered and restorable; an import into a read-only or full data
directory gives a plain message and the register in use stays shown; an upload over the cap is refused with the
limit named; a damaged register or base dataset never gives a page a traceback."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from registers import policies
from registers.store import Store
from tests.conftest import ROOT
from tests.policy_helpers import META, csv_bytes, make_store
from ui.firstpaint import PAINTED_KEY

FILE_A = [["kommunenummer", "status", "vedtatt"], ["0301", "vedtatt", "2019"]]
FILE_B = [["kommunenummer", "status", "vedtatt"], ["0301", "vedtatt", "2019"], ["1804", "nei", ""]]
FILE_C = [["kommunenummer", "status", "vedtatt"], ["0301", "under arbeid", ""], ["1804", "vedtatt", "2021"]]


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, local_editor: None) -> Path:
    """A small store (15 municipalities, two drawn on the map) with policy versions v0001 (A) and v0002 (B); the pages
    run as the local editor (a server on 127.0.0.1)."""
    root = tmp_path / "store"
    s = make_store(root)
    features = [{"type": "Feature", "properties": {"kommunenummer": c, "kommunenavn": n},
                 "geometry": {"type": "Polygon", "coordinates": [[[10 + i, 59], [11 + i, 59], [11 + i, 60],
                                                                  [10 + i, 59]]]}}
                for i, (c, n) in enumerate([("0301", "Oslo"), ("1804", "Bodø")])]
    s.write_dataset("no", "kommuner_geo", json.dumps({"type": "FeatureCollection", "features": features}).encode(),
                    META, "geojson")
    policies.import_policies(s, csv_bytes(FILE_A), "a.csv")
    policies.import_policies(s, csv_bytes(FILE_B), "b.csv")
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(root))
    return root


def page(name: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app_pages" / f"{name}.py"), default_timeout=60)
    at.session_state[PAINTED_KEY] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    return "\n".join([e.value for e in at.error] + [e.value for e in at.success] + [e.value for e in at.warning])


def test_the_data_page_reports_a_damaged_register_and_restores_the_last_good_version(root: Path):
    damaged = root / "no" / "registers" / "policies" / "v0002.parquet"
    damaged.write_bytes(damaged.read_bytes()[:100])
    at = page("data")
    report = "\n".join(e.value for e in at.error)
    assert str(damaged) in report and "v0001" in report
    assert "v0001" in at.selectbox(key="restore_policies").options
    at.selectbox(key="restore_policies").set_value("v0001")
    at.button(key="restore_btn_policies").click()
    at.run()
    assert not at.exception
    df, meta = Store(root).read_current("no", "policies")
    assert meta["version"] == "v0001" and meta["file_name"] == "a.csv"


def test_a_damaged_current_register_gives_the_overview_a_plain_message_naming_the_last_good_version(root: Path):
    damaged = root / "no" / "registers" / "policies" / "v0002.parquet"
    damaged.write_bytes(b"not parquet")
    at = page("oversikt")
    assert "v0001" in texts(at) and "skadet" in texts(at)


def test_a_damaged_base_dataset_gives_every_page_a_plain_message(root: Path):
    meta = Store(root).read_meta("no", "municipalities")
    (root / "no" / meta["file"]).write_bytes(b"")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state[PAINTED_KEY] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert "skadet" in texts(at)
    at.switch_page("app_pages/data.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert meta["file"] in texts(at)


def _upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.get("file_uploader")[0].set_value((name, data, "text/csv"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _confirm(at: AppTest) -> AppTest:
    confirm = [b for b in at.button if (b.key or "").startswith("confirm_policies")]
    assert confirm, "no confirm button after a valid upload"
    confirm[0].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("code, words", [(errno.EROFS, "skrivebeskyttet"), (errno.ENOSPC, "disken er full")])
def test_an_upload_into_a_read_only_or_full_data_directory_is_refused_plainly_and_the_register_stays(
        root: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str):
    import registers.store as store_mod

    at = _upload(page("data"), "c.csv", csv_bytes(FILE_C))

    def refuse(path, data):
        raise OSError(code, "simulated")

    monkeypatch.setattr(store_mod, "_atomic_write", refuse)
    at = _confirm(at)
    assert words in texts(at)
    monkeypatch.undo()
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(root))
    df, meta = Store(root).read_current("no", "policies")
    assert meta["version"] == "v0002" and len(Store(root).list_versions("no", "policies")) == 2
    overview = page("oversikt")
    assert "skadet" not in texts(overview) and "DEMO" not in texts(overview)


def test_an_upload_through_the_data_page_becomes_a_new_version(root: Path):
    _confirm(_upload(page("data"), "c.csv", csv_bytes(FILE_C)))
    assert Store(root).read_current("no", "policies")[1]["file_name"] == "c.csv"


def test_an_upload_over_the_cap_is_refused_with_the_limit_named(root: Path):
    from ui.imports import MAX_UPLOAD_MB

    at = _upload(page("data"), "stor.csv", b"kommunenummer;status\n" + b"0301;vedtatt\n" * (
        MAX_UPLOAD_MB * 1024 * 1024 // 13 + 10))
    assert f"{MAX_UPLOAD_MB} MB" in texts(at)
    assert not [b for b in at.button if (b.key or "").startswith("confirm_")]
    config = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert f"maxUploadSize = {MAX_UPLOAD_MB}" in config  # the server refuses larger uploads before the page
