"""The one provenance record: every stored dataset's metadata round-trips through it, and the source file's hash
is kept under one key whichever register wrote it (it was once ``file_sha256``, ``sha256`` or ``source_sha256``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from base.provenance import Provenance
from registers import quality
from registers.policies import import_policies
from registers.store import REQUIRED_META, Store
from tests.policy_helpers import csv_bytes, make_store

TODAY = dt.date(2025, 6, 1)


def _metas(root: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(root.rglob("*.meta.json"))]


def test_every_fetched_dataset_round_trips_through_the_record_and_names_its_source(no_store_dir: Path):
    metas = _metas(no_store_dir)
    assert len(metas) >= 4
    for path, meta in metas:
        record = Provenance.from_meta(meta)
        assert record.to_meta() == meta, path.name
        assert not record.missing(REQUIRED_META), path.name
        assert record.sha256 and record.rows is not None, path.name


def test_the_quality_import_keeps_the_source_hash_apart_from_the_stored_hash(tmp_path: Path):
    store = make_store(tmp_path / "s")
    data = csv_bytes([["Kommune", "Bud 1"], ["Bodø", "Ja"]])
    meta = quality.import_quality(store, data, "sjekkliste.csv", "no", TODAY).meta
    stored = Store(tmp_path / "s").list_versions("no", quality.REGISTER)[-1]
    assert stored["source_sha256"] == meta["source_sha256"] == hashlib.sha256(data).hexdigest()
    assert stored["sha256"] != stored["source_sha256"] and stored["ok"]


def test_policy_and_quality_imports_use_the_same_key_for_the_source_hash(tmp_path: Path):
    store = make_store(tmp_path / "s")
    data = csv_bytes([["Kommune", "Status"], ["Bodø", "vedtatt"]])
    policy = import_policies(store, data, "p.csv", "no", TODAY).meta
    checklist = quality.import_quality(store, csv_bytes([["Kommune", "Bud 1"], ["Bodø", "Ja"]]), "q.csv", "no",
                                       TODAY).meta
    for meta in (policy, checklist):
        assert meta["source_sha256"] and "file_sha256" not in meta


def test_a_version_written_with_the_old_key_is_read_with_the_new_one(tmp_path: Path):
    store = make_store(tmp_path / "s")
    data = csv_bytes([["Kommune", "Status"], ["Bodø", "vedtatt"]])
    import_policies(store, data, "p.csv", "no", TODAY)
    meta_file = next((tmp_path / "s").rglob("v0001.meta.json"))
    raw = json.loads(meta_file.read_text(encoding="utf-8"))
    raw["file_sha256"] = raw.pop("source_sha256")
    meta_file.write_text(json.dumps(raw), encoding="utf-8")
    version = Store(tmp_path / "s").list_versions("no", "policies")[0]
    assert version["source_sha256"] == hashlib.sha256(data).hexdigest() and "file_sha256" not in version


def test_a_writer_cannot_set_the_stored_hash(tmp_path: Path):
    store = make_store(tmp_path / "s")
    df = store.read_frame("no", "municipalities")
    meta = {"publisher": "p", "title": "t", "url": "u", "licence": "l", "retrieved": "r", "code_vintage": "2024",
            "sha256": "0" * 64}
    written = store.write_dataset("no", "copy", df, meta)
    assert written["source_sha256"] == "0" * 64 and written["sha256"] != "0" * 64
