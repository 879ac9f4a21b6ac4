"""The store writes atomically, records provenance and sha256, keeps versions, detects damage and locks."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pandas as pd
import pytest

from base.errors import AtlasError
from registers.store import Store

META = {"publisher": "Test", "title": "t", "url": "https://example.org", "licence": "CC BY 4.0",
        "retrieved": "2026-11-25T00:00:00+00:00", "code_vintage": "2024"}


def frame(n: int = 3) -> pd.DataFrame:
    return pd.DataFrame({"kommunenummer": [f"{i:04d}" for i in range(n)], "v": list(range(n))})


def test_dataset_round_trips_with_provenance_rows_and_sha(tmp_path: Path):
    s = Store(tmp_path)
    meta = s.write_dataset("no", "demo_set", frame(), META)
    assert meta["rows"] == 3 and len(meta["sha256"]) == 64 and meta["publisher"] == "Test"
    pd.testing.assert_frame_equal(s.read_frame("no", "demo_set"), frame())


def test_metadata_without_provenance_is_refused(tmp_path: Path):
    with pytest.raises(ValueError):
        Store(tmp_path).write_dataset("no", "x", frame(), {"publisher": "p"})


def test_a_damaged_payload_is_detected_by_its_sha256(tmp_path: Path):
    s = Store(tmp_path)
    meta = s.write_dataset("no", "x", frame(), META)
    path = tmp_path / "no" / meta["file"]
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(AtlasError, match="skadet"):
        s.read_frame("no", "x")
    assert [p.file for p in s.check("no")] == [str(path)]


def test_rewriting_replaces_the_payload_and_removes_the_old_file(tmp_path: Path):
    s = Store(tmp_path)
    s.write_dataset("no", "x", frame(3), META)
    s.write_dataset("no", "x", frame(5), META)
    assert len(s.read_frame("no", "x")) == 5
    assert len(list((tmp_path / "no").glob("x.*.parquet"))) == 1


def test_versions_are_kept_listed_and_restorable(tmp_path: Path):
    s = Store(tmp_path)
    s.save_version("no", "policies", frame(2), {"file_name": "a.csv"})
    s.save_version("no", "policies", frame(4), {"file_name": "b.csv"})
    versions = s.list_versions("no", "policies")
    assert [v["version"] for v in versions] == ["v0001", "v0002"]
    assert [v["current"] for v in versions] == [False, True]
    s.restore_version("no", "policies", "v0001")
    df, meta = s.read_current("no", "policies")
    assert len(df) == 2 and meta["file_name"] == "a.csv"


def test_a_damaged_current_version_names_the_last_good_version(tmp_path: Path):
    s = Store(tmp_path)
    s.save_version("no", "policies", frame(2), {})
    s.save_version("no", "policies", frame(4), {})
    (tmp_path / "no/registers/policies/v0002.parquet").write_bytes(b"garbage")
    with pytest.raises(AtlasError, match="v0001"):
        s.read_current("no", "policies")


def test_no_temporary_file_is_left_after_a_failed_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    s = Store(tmp_path)
    s.write_dataset("no", "x", frame(), META)
    import registers.store as store_mod

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_mod.os, "replace", boom)
    with pytest.raises(AtlasError, match="disken er full"):
        s.write_dataset("no", "x", frame(7), META)
    monkeypatch.undo()
    assert not list((tmp_path / "no").glob(".tmp-*"))
    assert len(s.read_frame("no", "x")) == 3


def _hold_lock(root: str, locked, release) -> None:
    """Take the lock, say so, and hold it until told to let go (no sleeps: events, bounded by pytest-timeout)."""
    with Store(root).lock():
        locked.set()
        release.wait()


def _start_holder(root: Path):
    ctx = multiprocessing.get_context("spawn")
    locked, release = ctx.Event(), ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(str(root), locked, release))
    p.start()
    while not locked.wait(0.2):  # bounded by the test's pytest-timeout
        assert p.is_alive(), "the lock holder died before taking the lock"
    return p, release


@pytest.mark.timeout(120)
def test_a_second_writer_is_refused_plainly_while_the_lock_is_held(tmp_path: Path):
    p, release = _start_holder(tmp_path)
    try:
        with pytest.raises(AtlasError, match="En annen import"):
            with Store(tmp_path).lock(timeout=0.3):
                pass
    finally:
        release.set()
        p.join()


@pytest.mark.timeout(120)
def test_a_lock_left_by_a_killed_process_is_recovered(tmp_path: Path):
    p, _release = _start_holder(tmp_path)
    p.kill()
    p.join()
    with Store(tmp_path).lock(timeout=0):  # at once: a kernel lock dies with its process
        pass


def test_metadata_is_readable_json_with_the_file_it_names(tmp_path: Path):
    s = Store(tmp_path)
    s.write_dataset("no", "x", frame(), META)
    meta = json.loads((tmp_path / "no/x.meta.json").read_text())
    assert (tmp_path / "no" / meta["file"]).exists()
