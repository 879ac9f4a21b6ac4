"""2020-2023 (and older) municipality codes map to their 2024 codes through the KLASS changes, checked against
every change in the real KLASS changes file and against the independent 2020-2023 boundary file's code list."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from registers.municipalities import MunicipalityIndex
from tests.conftest import need


@pytest.fixture(scope="module")
def changes_2024(reference: Path) -> dict[str, set[str]]:
    doc = json.loads(need(reference / "ssb/klass-131-changes-1971-2025.json").read_text())
    out: dict[str, set[str]] = defaultdict(set)
    for c in doc["codeChanges"]:
        if c["changeOccurred"] == "2024-01-01" and c.get("oldCode") and c.get("newCode"):
            out[c["oldCode"]].add(c["newCode"])
    return out


def test_every_2024_change_in_the_klass_file_is_followed(no_index: MunicipalityIndex, changes_2024):
    assert len(changes_2024) >= 110
    for old, new in changes_2024.items():
        assert set(no_index.map_code(old)) == new, old


def test_every_2020_change_resolves_through_2024_to_current_codes(no_index: MunicipalityIndex, reference: Path):
    doc = json.loads((reference / "ssb/klass-131-changes-1971-2025.json").read_text())
    rows = [c for c in doc["codeChanges"] if c["changeOccurred"] == "2020-01-01" and c.get("oldCode")
            and c.get("newCode")]
    assert len(rows) > 300
    for c in rows:
        via = set(no_index.map_code(c["newCode"]))
        assert via, c
        assert via <= set(no_index.map_code(c["oldCode"])), c


def test_every_code_of_the_2020_2023_structure_maps_to_exactly_one_2024_code_except_alesund(
        no_index: MunicipalityIndex, mirror_no: Path):
    doc = json.loads((mirror_no / "geo/2020/Kommuner-medium.json").read_text())
    codes = [str(f["properties"]["kommunenummer"]).zfill(4) for f in doc["features"]]
    assert len(set(codes)) == 356
    images: set[str] = set()
    for code in codes:
        mapped = no_index.map_code(code)
        if code == "1507":
            assert mapped == ["1508", "1580"]
        else:
            assert len(mapped) == 1, code
        images.update(mapped)
    assert images == no_index.valid_codes  # the 2024 structure is covered exactly


@pytest.mark.parametrize(("raw", "expected", "kind"), [
    ("0821", ["4020"], "old_code"),  # Bø (Telemark) -> 3817 Midt-Telemark (2020) -> 4020 (2024)
    ("3817", ["4020"], "old_code"),
    ("301", ["0301"], "padded"),
    ("0301", ["0301"], "exact"),
    ("3001", ["3101"], "old_code"),  # Halden
    ("5401", ["5501"], "old_code"),  # Tromsø
    ("1507", ["1508", "1580"], "split"),
    ("12345", [], "invalid"),
    ("9999", [], "unknown"),
])
def test_code_resolution(no_index: MunicipalityIndex, raw: str, expected: list[str], kind: str):
    res = no_index.resolve_code(raw)
    assert (res.codes, res.kind) == (expected, kind)


def test_split_code_1507_is_never_given_to_one_side_and_names_both_candidates(no_index: MunicipalityIndex):
    res = no_index.resolve_code("1507")
    assert not res.ok
    assert "1508 Ålesund" in res.note and "1580 Haram" in res.note
