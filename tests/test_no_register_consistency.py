"""The Norwegian register's consistency refusals, each triggered: KLASS, the municipality boundaries and the county
file must agree on the 357 municipalities and 15 counties of 2024, and a population file must cover them all.
Each case starts from the real mirror files and changes exactly one thing; the refusal names the file, and the
store is left exactly as it was."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import registers.fetch as fetch_module
from base.errors import AtlasError
from registers.fetch import fetch_country
from registers.store import Store
from sources.no import NoSources, SourceFile
from tests.conftest import tree_digest


def _drop_klass_code(f: SourceFile, code: str = "0301") -> SourceFile:
    doc = json.loads(f.data)
    key = "classificationItems" if "classificationItems" in doc else "codes"
    before = len(doc[key])
    doc[key] = [i for i in doc[key] if str(i["code"]).zfill(4) != code]
    assert len(doc[key]) == before - 1
    return dataclasses.replace(f, data=json.dumps(doc).encode())


def _drop_feature(f: SourceFile, field: str, code: str) -> SourceFile:
    doc = json.loads(f.data)
    before = len(doc["features"])
    doc["features"] = [x for x in doc["features"] if str(x["properties"].get(field)) != code]
    assert len(doc["features"]) == before - 1, f"{code} not found once in {f.origin}"
    return dataclasses.replace(f, data=json.dumps(doc).encode())


CASES: dict[str, tuple[str, Callable[[NoSources], None], str]] = {
    # name: (method to replace, how, words of the refusal)
    "KLASS lists 356": ("klass_codes", lambda f: _drop_klass_code(f), "KLASS-listen har 356 kommuner"),
    "a municipality missing from the boundaries": (
        "municipality_areas", lambda f: _drop_feature(f, "kommunenummer", "4601"),
        "Kommunegrensene og KLASS-listen har ikke de samme kommunene"),
    "a county missing from the county file": (
        "county_areas", lambda f: _drop_feature(f, "fylkesnummer", "46"), "Fylkene i kommunenumrene"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_disagreeing_source_is_refused_and_the_store_is_unchanged(case: str, mirror_no: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch):
    method, change, words = CASES[case]
    original = getattr(NoSources, method)

    class Tampered(NoSources):
        pass

    setattr(Tampered, method, lambda self: change(original(self)))
    monkeypatch.setattr(fetch_module, "NoSources", Tampered)
    store = Store(tmp_path / "store")
    before = tree_digest(tmp_path / "store")
    with pytest.raises(AtlasError) as info:
        fetch_country(store, "no", str(mirror_no))
    assert words in str(info.value), str(info.value)
    assert tree_digest(tmp_path / "store") == before


def test_population_files_that_miss_a_municipality_in_every_year_are_refused(mirror_no: Path, tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch):
    """SSB's population, as read from the mirror (json-stat2 or CSV), with Oslo's rows left out."""
    import sources.no as src

    for name in ("read_jsonstat2", "read_ssb_07459_csv"):
        real = getattr(src, name)
        monkeypatch.setattr(src, name, lambda *a, _real=real, **k: (lambda df: df[df["code"] != "0301"])(
            _real(*a, **k)))
    store = Store(tmp_path / "store")
    before = tree_digest(tmp_path / "store")
    with pytest.raises(AtlasError, match="Ingen befolkningsfil dekker alle 357 kommuner"):
        fetch_country(store, "no", str(mirror_no))
    assert tree_digest(tmp_path / "store") == before


def test_the_untampered_mirror_passes_the_same_checks(mirror_no: Path, tmp_path: Path):
    """The control: the same path with nothing changed builds 357 municipalities in 15 counties."""
    store = Store(tmp_path / "store")
    fetch_country(store, "no", str(mirror_no))
    mun = store.read_frame("no", "municipalities")
    assert len(mun) == 357 and mun["fylkesnummer"].nunique() == 15
