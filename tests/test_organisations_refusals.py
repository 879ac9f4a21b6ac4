"""Bad files are refused through the command line: exit code 2, a plain message naming the file (and the place
where it can), no traceback, and the data directory byte-for-byte unchanged."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pytest

from cli import main
from tests.conftest import tree_digest
from tests.org_fixtures import address, bulk_text, orgnr, search_page, small_store, unit, write_bulk

GOOD_UNITS = [unit(orgnr(i), f"LAG {i}", address("0301")) for i in range(1, 6)]


@pytest.fixture()
def store_with_register(tmp_path: Path):
    """A store holding municipalities and one imported organisation register (so 'untouched' means something)."""
    root = tmp_path / "store"
    small_store(root)
    good = write_bulk(tmp_path / "god.json.gz", GOOD_UNITS)
    assert main(["--data-dir", str(root), "import", "organisations", str(good), "--quiet"]) == 0
    return root


def _refused(root: Path, path: Path, capsys) -> str:
    capsys.readouterr()
    before = tree_digest(root)
    code = main(["--data-dir", str(root), "import", "organisations", str(path), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert path.name in err
    assert "Traceback" not in err
    assert tree_digest(root) == before
    return err


def _truncated_gzip() -> bytes:
    data = gzip.compress(bulk_text(GOOD_UNITS).encode())
    return data[: len(data) // 2]


def _truncated_json_in_gzip() -> bytes:
    text = bulk_text(GOOD_UNITS)
    return gzip.compress(text[: int(len(text) * 0.6)].encode())


BAD_FILES = {
    "tom.json": (b"", "tom"),
    "tom.json.gz": (gzip.compress(b""), "tom"),
    "blanke.json": (b"  \n\n ", "tom"),
    "bilde.json": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binær"),
    "arkiv.zip": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4, "binær"),
    "avkortet.json": (bulk_text(GOOD_UNITS)[:-700].encode(), "avkortet"),
    "avkortet.json.gz": (_truncated_json_in_gzip(), "avkortet"),
    "avkortet-gzip.json.gz": (_truncated_gzip(), "avkortet"),
    "skadet.json.gz": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 200, "skadet"),
    "side-avkortet.json": (search_page(GOOD_UNITS)[:-40].encode(), "avkortet"),
    "feil-objekt.json": (json.dumps({"data": [1, 2], "meta": {}}).encode(), "feil form"),
    "feil-liste.json": (json.dumps([1, 2, 3]).encode(), "feil form"),
    "feil-elementer.json": (json.dumps([{"id": 1, "name": "x"}]).encode(), "feil form"),
    "feil-embedded.json": (json.dumps({"_embedded": {"kommuner": [{"nummer": "0301"}]}}).encode(), "feil form"),
    "tom-liste.json": (b"[ ]", "tom"),
    "side.html": (b"<!DOCTYPE html><html><head><title>503</title></head><body>Service Unavailable</body></html>",
                  "nettside"),
    "innlogging.json": (b"\n  <html><body>Logg inn</body></html>", "nettside"),
    "noe.csv": (b"navn;adresse\nLag;Gate 1\n", "ikke en kjent fil"),
    "tom-side.json": (search_page([]).encode(), "ingen organisasjoner"),
    "bare-as.json": (search_page([unit(orgnr(40), "AS", address("0301"), frr=False, form="AS")]).encode(),
                     "ikke registrert i Frivillighetsregisteret"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_refused_plainly_and_the_store_is_untouched(store_with_register, tmp_path, capsys, name):
    data, expected = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    err = _refused(store_with_register, path, capsys)
    assert expected.lower() in err.lower(), err


def test_a_missing_file_and_a_folder_are_refused(store_with_register, tmp_path, capsys):
    _refused(store_with_register, tmp_path / "finnes-ikke.json", capsys)
    (tmp_path / "mappe").mkdir()
    _refused(store_with_register, tmp_path / "mappe", capsys)


def test_a_bad_file_among_good_ones_refuses_the_whole_import(store_with_register, tmp_path, capsys):
    good = write_bulk(tmp_path / "god2.json.gz", GOOD_UNITS)
    bad = tmp_path / "side.html"
    bad.write_bytes(b"<html>feil</html>")
    before = tree_digest(store_with_register)
    assert main(["--data-dir", str(store_with_register), "import", "organisations", str(good), str(bad),
                 "--quiet"]) == 2
    assert "side.html" in capsys.readouterr().err
    assert tree_digest(store_with_register) == before


def test_without_municipalities_the_import_is_refused_with_what_to_do(tmp_path, capsys):
    path = write_bulk(tmp_path / "god.json.gz", GOOD_UNITS)
    root = tmp_path / "tom-store"
    assert main(["--data-dir", str(root), "import", "organisations", str(path), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "fetch --country no" in err and "Traceback" not in err


def test_a_good_import_after_refusals_still_works(store_with_register, tmp_path, capsys):
    more = write_bulk(tmp_path / "mer.json.gz", GOOD_UNITS + [unit(orgnr(9), "NY", address("5001"))])
    assert main(["--data-dir", str(store_with_register), "import", "organisations", str(more), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(store_with_register), "organisations", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["counts"] == {"0301": 5, "5001": 1} and doc["version"] == "v0002"


def test_corrupt_deflate_data_in_the_middle_is_refused(store_with_register, tmp_path, capsys):
    raw = bulk_text(GOOD_UNITS * 50).encode()
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    data = bytearray(comp.compress(raw) + comp.flush())
    mid = len(data) // 2
    data[mid:mid + 64] = b"\x00" * 64
    path = tmp_path / "ødelagt.json.gz"
    path.write_bytes(bytes(data))
    _refused(store_with_register, path, capsys)
