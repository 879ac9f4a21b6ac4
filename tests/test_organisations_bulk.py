"""The national bulk file read with DuckDB: any whitespace layout gives the identical register, and hostile files
(cut, damaged, bombs, deep nesting, a million copies of one unit) are refused plainly or read within bounds."""

from __future__ import annotations

import gzip
import resource
import zlib
from pathlib import Path

import pytest

from base.errors import AtlasError
from registers.organisations import build_register
from sources import brreg_bulk
from sources.brreg import read_bulk, read_organisation_file
from tests.org_fixtures import LAYOUTS, address, bad_orgnr, layout_text, orgnr, small_index, unit, write_bulk
from tests.test_organisations_rules import FREE_TEXT_TRAP, UNITS

MANY = [unit(orgnr(100 + i), f"LAG {i}", address(["0301", "3305", "5001"][i % 3]), frr=i % 4 != 0,
             aktivitet=FREE_TEXT_TRAP if i % 5 == 0 else None) for i in range(120)]


@pytest.fixture(scope="module")
def index():
    return small_index()


def _register(path: Path, index) -> tuple:
    read = read_organisation_file(path)
    build = build_register(read, index)
    return read, build


@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "plain"])
def test_every_layout_gives_the_identical_register(tmp_path, index, gz):
    suffix = ".json.gz" if gz else ".json"
    got = {lay: _register(write_bulk(tmp_path / f"enheter_{lay}{suffix}", UNITS + MANY, gz=gz, layout=lay), index)
           for lay in LAYOUTS}
    texts = {lay: layout_text(UNITS, lay)[:40] for lay in LAYOUTS}
    assert len(set(texts.values())) == len(LAYOUTS)  # the four files really differ
    ref_read, ref = got["jackson"]
    assert ref_read.scanned == len(UNITS) + len(MANY) and ref_read.method.startswith("DuckDB")
    assert len(ref.frame) > 90
    for lay, (read, build) in got.items():
        assert read.scanned == ref_read.scanned, lay
        assert build.frame.equals(ref.frame), lay
        assert {k: v for k, v in build.stats.items() if k != "per_fil"} == \
            {k: v for k, v in ref.stats.items() if k != "per_fil"}, lay


def test_records_cut_across_feeder_chunks_keep_file_order(tmp_path, index, monkeypatch):
    path = write_bulk(tmp_path / "enheter_alle.json.gz", MANY + [unit(orgnr(101), "ANDRE GANG", address("5001"))])
    whole = read_bulk(path)
    monkeypatch.setattr(brreg_bulk, "_CHUNK", 97)
    cut = read_bulk(path)
    assert [u["organisasjonsnummer"] for u in cut.units] == [u["organisasjonsnummer"] for u in whole.units]
    assert cut.scanned == whole.scanned == 121
    reg = build_register(cut, index).frame.set_index("organisasjonsnummer")
    assert reg.loc[orgnr(101), "navn"] == "LAG 1"  # the first occurrence is kept


def test_a_million_copies_of_one_organisation_cost_one_row(tmp_path, index):
    record = layout_text([unit(orgnr(1), "KOPI", address("0301"))], "compact")[1:-1]
    n = 1_000_000
    path = tmp_path / "kopier.json.gz"
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(b"[")
        block = ((record + ",") * 10_000).encode()
        for _ in range(n // 10_000 - 1):
            fh.write(block)
        fh.write(((record + ",") * 9_999 + record + "]").encode())
    read = read_bulk(path)
    assert read.scanned == n and len(read.units) == 1 and read.units[0]["forekomster"] == n
    build = build_register(read, index)
    assert len(build.frame) == 1 and build.stats["duplikater"] == n - 1


def _refused(path: Path) -> str:
    with pytest.raises(AtlasError) as info:
        read_organisation_file(path)
    text = str(info.value)
    assert path.name in text
    return text


def test_an_array_cut_after_a_comma_is_refused_as_cut(tmp_path):
    text = layout_text(UNITS, "compact")
    cut = text[: text.index("},{", len(text) // 2) + 2]  # ends with "}," - DuckDB alone would accept it
    path = tmp_path / "avkortet-komma.json.gz"
    path.write_bytes(gzip.compress(cut.encode()))
    assert "avkortet" in _refused(path)


def test_a_syntax_error_names_the_element(tmp_path):
    text = layout_text(MANY, "jackson")
    at = text.index('"LAG 60"')
    path = tmp_path / "syntaks.json.gz"
    path.write_bytes(gzip.compress((text[:at] + "tru" + text[at + 8:]).encode()))
    msg = _refused(path)
    assert "syntaksfeil" in msg and "element nr." in msg


def test_an_element_that_is_not_an_object_is_refused_by_number(tmp_path):
    text = layout_text(MANY[:30], "compact")
    path = tmp_path / "tall.json"
    path.write_text(text[:-1] + ",17]", encoding="utf-8")
    msg = _refused(path)
    assert "feil form" in msg and "31" in msg


def test_an_object_that_is_not_a_unit_is_refused_by_number(tmp_path):
    text = layout_text(MANY[:30], "compact")
    path = tmp_path / "objekt.json"
    path.write_text(text[:-1] + ',{"id": 1, "registrertIFrivillighetsregisteret": true}]', encoding="utf-8")
    msg = _refused(path)
    assert "feil form" in msg and "element nr. 31" in msg


def test_text_after_the_array_is_refused(tmp_path):
    path = tmp_path / "hale.json"
    path.write_text(layout_text(MANY[:5], "jackson") + "\n[1]", encoding="utf-8")
    assert "syntaksfeil" in _refused(path)


def test_deep_nesting_after_the_first_megabyte_is_read_within_bounds_or_refused(tmp_path, index):
    filler = [unit(orgnr(200 + i), f"FYLL {i}", address("0301"), aktivitet=["x" * 3000]) for i in range(600)]
    deep = unit(orgnr(2), "DYP", address("0301"))
    deep["aktivitet"] = "@@"
    text = layout_text(filler + [deep], "compact")
    assert text.index("@@") > 1 << 20
    depth = 200_000
    path = tmp_path / "dyp.json.gz"
    path.write_bytes(gzip.compress(text.replace('"@@"', "[" * depth + "]" * depth).encode()))
    try:
        read = read_organisation_file(path)
    except AtlasError as err:
        assert path.name in str(err)
        return
    assert read.scanned == 601 and orgnr(2) in set(build_register(read, index).frame["organisasjonsnummer"])


def test_deep_nesting_in_a_needed_field_is_read_within_bounds_or_refused(tmp_path, index):
    filler = [unit(orgnr(200 + i), f"FYLL {i}", address("0301"), aktivitet=["x" * 3000]) for i in range(400)]
    deep = unit(orgnr(2), "DYP", {"kommunenummer": "@@"})
    text = layout_text(filler + [deep], "compact")
    depth = 100_000
    path = tmp_path / "dyp-adresse.json"
    path.write_text(text.replace('"@@"', "[" * depth + "]" * depth), encoding="utf-8")
    try:
        read = read_organisation_file(path)
    except AtlasError as err:
        assert path.name in str(err)
        return
    reg = build_register(read, index).frame.set_index("organisasjonsnummer")
    assert reg.loc[orgnr(2), "kommunenummer"] == ""


def test_an_oversized_record_is_read_within_bounds_or_refused(tmp_path, index):
    big = unit(orgnr(3), "STOR", address("0301"), aktivitet=["y" * (60 << 20)])
    path = tmp_path / "stor.json.gz"
    path.write_bytes(gzip.compress(layout_text(MANY[:3] + [big], "jackson").encode()))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        read = read_organisation_file(path)
    except AtlasError as err:
        assert path.name in str(err) and "Traceback" not in str(err)
    else:
        assert read.scanned == 4 and orgnr(3) in {u["organisasjonsnummer"] for u in read.units}
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 400 * 1024  # kB: DuckDB's limit holds


def _bomb(path: Path, head: bytes, filler: bytes, size: int) -> Path:
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [comp.compress(head)]
    block = filler * (1 << 20 // len(filler) or 1)
    done = 0
    while done < size:
        out.append(comp.compress(block))
        done += len(block)
    out.append(comp.flush())
    path.write_bytes(b"".join(out))
    return path


def test_a_json_gzip_bomb_is_stopped_early(tmp_path, monkeypatch):
    monkeypatch.setattr(brreg_bulk, "_RATIO_GRACE", 8 << 20)
    head = layout_text(MANY[:3], "jackson")[:-1].encode() + b", "
    path = _bomb(tmp_path / "bombe.json.gz", head, b" " * 4096, 200 << 20)
    assert path.stat().st_size < 1 << 20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert "pakker seg ut" in _refused(path)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # kB


def test_a_csv_gzip_bomb_is_stopped_early(tmp_path, monkeypatch):
    monkeypatch.setattr(brreg_bulk, "_RATIO_GRACE", 8 << 20)
    head = b'"organisasjonsnummer","navn","forretningsadresse.kommunenummer"\n'
    row = f'"{orgnr(1)}","LAG","0301"\n'.encode()
    path = _bomb(tmp_path / "frivillighetsregisteret.csv.gz", head, row, 200 << 20)
    assert "pakker seg ut" in _refused(path)


def test_a_cut_gzip_stream_and_garbage_after_it_are_refused(tmp_path):
    data = gzip.compress(layout_text(MANY, "jackson").encode())
    cut = tmp_path / "kuttet.json.gz"
    cut.write_bytes(data[: len(data) * 3 // 4])
    assert "avkortet" in _refused(cut)
    trailing = tmp_path / "hale.json.gz"
    trailing.write_bytes(data + b"XYZ-not-gzip" * 10)
    assert "skadet" in _refused(trailing)


def test_several_gzip_members_are_read_and_zero_padding_is_refused(tmp_path):
    text = layout_text(MANY, "jackson").encode()
    half = len(text) // 2
    path = tmp_path / "to-deler.json.gz"
    path.write_bytes(gzip.compress(text[:half]) + gzip.compress(text[half:]))
    assert read_bulk(path).scanned == len(MANY)
    padded = tmp_path / "nuller.json.gz"
    padded.write_bytes(gzip.compress(text) + b"\x00" * 512)
    assert "skadet" in _refused(padded)


def test_invalid_numbers_are_named_with_their_reason(tmp_path, index):
    units = [unit(orgnr(1), "GOD", address("0301")), unit(bad_orgnr(2), "FEIL", address("0301")),
             unit("12345", "KORT", address("0301")), unit(orgnr(4), "UKJENT", address("9999"))]
    read = read_bulk(write_bulk(tmp_path / "enheter_alle.json.gz", units))
    build = build_register(read, index)
    assert [bad_orgnr(2), "org.named.check_digit", ""] in build.stats["avvist"]
    assert ["12345", "org.named.not_9_digits", ""] in build.stats["avvist"]
    assert [orgnr(4), "org.named.unknown_code", "9999"] in build.stats["avvist"]
    assert any(f"{bad_orgnr(2)}: ugyldig kontrollsiffer" in str(p) for p in build.problems)


def test_the_report_lists_the_first_ten_refused_numbers_and_the_count():
    from registers.organisations import OrgReport

    named = [[bad_orgnr(i), "org.named.check_digit", ""] for i in range(14)]
    text = OrgReport(["f"], ["bulk"], {"avvist": named, "avvist_antall": 14}, []).summary()
    assert "14 organisasjoner holdt utenfor" in text
    assert all(f"{nr}: ugyldig kontrollsiffer" in text for nr, _, _ in named[:10])
    assert named[10][0] not in text
