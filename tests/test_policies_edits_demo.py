"""Edits in the table editor are validated exactly like a file; the demo register is generated from a seed, marked
DEMO on every row and in its provenance, and can never be saved into (or mixed with) the real register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from base.errors import AtlasError
from registers.policies import (
    REGISTER,
    demo_policies,
    import_policies,
    register_or_demo,
    save_policy_edits,
    validate_policy_edits,
)
from registers.store import Store
from tests.conftest import tree_digest
from tests.policy_helpers import csv_bytes, make_store, no_index, no_municipalities

TODAY = dt.date(2026, 11, 25)
FILE = csv_bytes([["Kommunenummer", "Kommune", "Status", "Vedtatt", "Revidert"],
                  ["0301", "Oslo", "Vedtatt", "2019", ""], ["1804", "Bodø", "Vedtatt", "2015", "2024"],
                  ["1818", "Herøy (Nordland)", "Nei", "", ""]])


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = make_store(tmp_path / "store")
    import_policies(s, FILE, "register.csv", "no", TODAY)
    return s


def test_a_valid_edit_is_saved_as_a_new_version_based_on_the_old(store: Store):
    df, meta = store.read_current("no", REGISTER)
    edited = df.copy()
    edited.loc[edited["kommunenummer"] == "1818", "status"] = "in_progress"
    new_row = {c: None for c in edited.columns} | {"kommunenummer": "", "kommunenavn": "Molde",
                                                   "status": "Vedtatt", "adopted_year": 2022, "demo": False}
    edited = pd.concat([edited, pd.DataFrame([new_row])], ignore_index=True)
    result = save_policy_edits(store, edited, "no", based_on=meta["version"], today=TODAY, index=no_index())
    assert result.meta["version"] == "v0002" and result.meta["kind"] == "edit" and result.meta["based_on"] == "v0001"
    now, _ = store.read_current("no", REGISTER)
    got = dict(zip(now["kommunenummer"], now["status"], strict=True))
    assert got == {"0301": "adopted", "1804": "adopted", "1818": "in_progress", "1506": "adopted"}
    assert store.list_versions("no", REGISTER)[0]["version"] == "v0001"  # the earlier version is kept


def test_a_bad_edit_is_refused_with_the_editor_row_and_nothing_is_written(store: Store):
    df, _ = store.read_current("no", REGISTER)
    edited = df.copy()
    edited["adopted_year"] = edited["adopted_year"].astype("object")
    edited.loc[1, "adopted_year"] = 2031  # second row shown in the editor
    edited.loc[2, "status"] = "kanskje"
    before = tree_digest(store.root)
    with pytest.raises(AtlasError) as info:
        save_policy_edits(store, edited, "no", today=TODAY, index=no_index())
    assert tree_digest(store.root) == before
    errors = {(p.row, p.column, p.value) for p in info.value.problems if p.severity == "error"}
    assert (2, "adopted_year", "2031") in errors and (3, "status", "kanskje") in errors
    assert "tabellredigering" in str(info.value)


def test_edits_and_files_share_one_validation():
    edited = pd.DataFrame({"kommunenummer": ["0301", "0301"], "kommunenavn": ["Oslo", "Oslo"],
                           "status": ["adopted", "none"], "adopted_year": pd.array([2019, None], dtype="Int64")})
    _, rep = validate_policy_edits(edited, no_index(), "no", TODAY)
    assert [(p.row, "uenige" in p.message) for p in rep.errors] == [(2, True)]


def test_demo_register_is_seeded_and_marked_on_every_row():
    mun = no_municipalities()
    a, b, c = demo_policies(mun, 7), demo_policies(mun, 7), demo_policies(mun, 8)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(c)
    assert a["demo"].all() and (a["source_name"] == "DEMO").all()
    assert set(a["status"]) <= {"adopted", "in_progress", "none"}
    assert set(a["kommunenummer"]) <= set(mun["kommunenummer"])
    adopted = a[a["status"] == "adopted"]
    assert adopted["adopted_year"].notna().all()
    revised = adopted.dropna(subset=["revised_year"])
    assert (revised["revised_year"] > revised["adopted_year"]).all()


def test_demo_is_used_only_when_nothing_is_imported_and_is_labelled(tmp_path: Path, store: Store):
    empty = make_store(tmp_path / "empty")
    df, meta = register_or_demo(empty, "no")
    assert meta["demo"] is True and meta["kind"] == "demo" and "DEMO" in meta["title"] and df["demo"].all()
    assert store.list_versions("no", REGISTER)  # the real store
    df2, meta2 = register_or_demo(store, "no")
    assert meta2["demo"] is False and not df2["demo"].any()


def test_demo_data_can_never_be_saved_as_a_register(tmp_path: Path):
    s = make_store(tmp_path / "s")
    demo = demo_policies(no_municipalities(), 1)
    before = tree_digest(s.root)
    with pytest.raises(AtlasError) as info:
        save_policy_edits(s, demo, "no", today=TODAY, index=no_index())
    assert "demo" in info.value.message.lower()
    assert tree_digest(s.root) == before
    assert s.list_versions("no", REGISTER) == []
