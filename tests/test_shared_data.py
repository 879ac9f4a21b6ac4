"""Read-only data is shared between sessions, not copied per session: two browser sessions (two AppTest runs) get
the very same objects for the base registers, the parsed and the map-encoded geometry, the municipality index and a
versioned register - and a new import is picked up (a new object) without a restart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from registers import policies
from tests.policy_helpers import META, csv_bytes, make_store

SEEN: list[dict[str, object]] = []  # the objects themselves (ids of freed objects can repeat)


def _session() -> None:
    import streamlit as st

    from tests import test_shared_data as here
    from ui.data import geo_doc, load_base, load_register
    from ui.imports import municipality_index
    from ui.maps import prepared_geometry

    base = load_base("no")
    here.SEEN.append({"base": base, "municipalities": base.municipalities, "geojson": base.geojson,
                      "geo_doc": geo_doc("no"), "map": prepared_geometry("no"), "index": municipality_index("no"),
                      "policies": load_register("no", "policies")[0]})
    st.write("ok")


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "store"
    s = make_store(root)
    features = [{"type": "Feature", "properties": {"kommunenummer": "0301", "kommunenavn": "Oslo"},
                 "geometry": {"type": "Polygon", "coordinates": [[[10, 59], [11, 59], [11, 60], [10, 59]]]}}]
    s.write_dataset("no", "kommuner_geo", json.dumps({"type": "FeatureCollection", "features": features}).encode(),
                    META, "geojson")
    policies.import_policies(s, csv_bytes([["kommunenummer", "status"], ["0301", "vedtatt"]]), "a.csv")
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(root))
    return root


def _same(a: dict[str, object], b: dict[str, object]) -> dict[str, bool]:
    return {k: a[k] is b[k] for k in a}


def _run() -> dict[str, object]:
    at = AppTest.from_function(_session)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return SEEN[-1]


def test_two_sessions_share_one_copy_of_every_read_only_dataset(root: Path):
    first, second = _run(), _run()
    assert all(_same(first, second).values()), _same(first, second)


def test_a_new_import_is_a_new_shared_object_without_a_restart(root: Path):
    from registers.store import Store

    before = _run()
    policies.import_policies(Store(root), csv_bytes([["kommunenummer", "status"], ["0301", "nei"]]), "b.csv")
    after, again = _run(), _run()
    assert after["policies"] is not before["policies"] and all(_same(after, again).values())
    assert after["base"] is before["base"]
