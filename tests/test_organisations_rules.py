"""Every rule of the organisation register, on fixtures in the real field layout (see tests/org_fixtures.py).

Each unit of the landscape below carries the placement the rules demand, worked out by hand from the rule text;
the tests compare the register with those expectations, for every file format that can carry the same units.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.organisations import summary
from registers.organisations import build_register, escape
from sources.brreg import orgnr_valid, read_bulk, read_organisation_file
from tests.org_fixtures import address, bad_orgnr, frr_record, orgnr, search_page, small_index, unit, write_bulk

XSS = "<img src=x onerror=alert(1)>"
FREE_TEXT_TRAP = ['Styret skrev "registrertIFrivillighetsregisteret" : true i referatet', "}, {", "\n}, {\n"]

# name, unit, expected (kommunenummer, plassering, utenfor_grunn) or a reason it is left out
LANDSCAPE = [
    ("A", unit(orgnr(1), "A IL", address("0301"), address("0301")), ("0301", "forretningsadresse", "")),
    ("B", unit(orgnr(2), XSS, address("0301")), ("0301", "forretningsadresse", "")),
    ("C", unit(orgnr(3), "C KOR", None, address("3305")), ("3305", "postadresse", "")),
    ("D", unit(orgnr(4), "D LAG", {"land": "Norge", "landkode": "NO", "adresse": ["Storgata 2"]}, address("3305")),
     ("3305", "postadresse", "")),
    ("E", unit(orgnr(5), "E 2023-KODE", address("3005")), ("3301", "forretningsadresse", "")),
    ("F", unit(orgnr(6), "F TROMSØ", address("5401")), ("5501", "forretningsadresse", "")),
    ("G", unit(orgnr(7), "G DELT MED POST", address("1507"), address("1580")), ("1580", "postadresse", "")),
    ("H", unit(orgnr(8), "H DELT POST ANNET STED", address("1507"), address("0301")), ("", "utenfor", "delt_kode")),
    ("I", unit(orgnr(9), "I DELT UTEN POST", address("1507")), ("", "utenfor", "delt_kode")),
    ("J", unit(orgnr(10), "J SVALBARD", address("2100"), address("5501")), ("", "utenfor", "svalbard")),
    ("K", unit(orgnr(11), "K UTLAND", address(None, "SE"), address("0301")), ("", "utenfor", "utland")),
    ("L", unit(orgnr(12), "L UTEN ADRESSE"), ("", "utenfor", "ingen_adresse")),
    ("M", unit(orgnr(13), "M UKJENT MED POST", address("9999"), address("5001")), ("5001", "postadresse", "")),
    ("N", unit(orgnr(14), "N UKJENT", address("9999")), ("", "utenfor", "ukjent_kode")),
    ("O", unit(orgnr(15), "O FORRETNING FØRST", address("5001"), address("0301")), ("5001", "forretningsadresse",
                                                                                        "")),
    ("P", unit(orgnr(1), "A IL (DUPLIKAT)", address("5001")), "duplicate"),
    ("Q", unit(bad_orgnr(17), "Q FEIL ORGNR", address("0301")), "invalid"),
    ("R", unit(orgnr(18), "R AS", address("0301"), frr=False, form="AS"), "not_frr"),
    ("S", unit(orgnr(19), "S SLETTET", slettedato="2020-10-20"), "deleted"),
    ("T", unit(orgnr(20), "T FELLE", address("0301"), frr=False, aktivitet=FREE_TEXT_TRAP), "not_frr"),
    ("U", unit(orgnr(21), "U UTEN FLAGG", address("0301"), frr=None), "not_frr"),
    ("V", unit(orgnr(22), "V BODØ", address("1804")), ("1804", "forretningsadresse", "")),
    ("W", unit(orgnr(23), "W SLETTET I FRR", address("3305")), ("3305", "forretningsadresse", "")),
]
UNITS = [u for _, u, _ in LANDSCAPE]
PLACED = {name: exp for name, _, exp in LANDSCAPE if isinstance(exp, tuple)}


def _expected_counts(exclude: set[str] = frozenset()) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, exp in PLACED.items():
        if name not in exclude and exp[0]:
            out[exp[0]] = out.get(exp[0], 0) + 1
    return dict(sorted(out.items()))


@pytest.fixture(scope="module")
def index():
    return small_index()


def _read_all(tmp_path: Path, how: str):
    if how == "bulk_gz":
        return read_organisation_file(write_bulk(tmp_path / "enheter_alle.json.gz", UNITS))
    if how == "bulk_plain":
        return read_organisation_file(write_bulk(tmp_path / "enheter_alle.json", UNITS, gz=False))
    if how == "bulk_ijson":
        return read_bulk(write_bulk(tmp_path / "enheter_alle.json.gz", UNITS), force_ijson=True)
    if how == "bulk_compact":
        return read_organisation_file(write_bulk(tmp_path / "enheter_kompakt.json.gz", UNITS, compact=True))
    if how == "search_page":
        (tmp_path / "side.json").write_text(search_page(UNITS), encoding="utf-8")
        return read_organisation_file(tmp_path / "side.json")
    if how == "search_page_pretty":
        (tmp_path / "side.json").write_text(search_page(UNITS, pretty=True), encoding="utf-8")
        return read_organisation_file(tmp_path / "side.json")
    raise AssertionError(how)


FORMATS = ["bulk_gz", "bulk_plain", "bulk_ijson", "bulk_compact", "search_page", "search_page_pretty"]


@pytest.mark.parametrize("how", FORMATS)
def test_every_unit_is_placed_or_left_out_as_the_rules_say(tmp_path, index, how):
    build = build_register(_read_all(tmp_path, how), index)
    reg = build.frame.set_index("organisasjonsnummer")
    for name, u, exp in LANDSCAPE:
        nr = u["organisasjonsnummer"]
        if exp == "duplicate":
            assert reg.loc[nr, "navn"] == "A IL"  # the first occurrence is kept
        elif isinstance(exp, tuple):
            got = tuple(reg.loc[nr, ["kommunenummer", "plassering", "utenfor_grunn"]])
            assert got == exp, name
        else:
            assert nr not in reg.index, name
    assert len(reg) == len(PLACED)


@pytest.mark.parametrize("how", FORMATS)
def test_counts_total_and_outside_are_exact(tmp_path, index, how):
    build = build_register(_read_all(tmp_path, how), index)
    doc = summary(build.frame)
    expected = _expected_counts()
    assert doc["counts"] == expected
    assert doc["total"] == sum(expected.values()) == 11
    outside = [n for n, exp in PLACED.items() if not exp[0]]
    assert doc["outside"] == len(outside) == 6
    assert doc["outside_reasons"] == {"delt_kode": 2, "ingen_adresse": 1, "svalbard": 1, "ukjent_kode": 1,
                                      "utland": 1}


@pytest.mark.parametrize("how", FORMATS)
def test_invalid_orgnr_is_reported_by_number_and_duplicates_counted_once(tmp_path, index, how):
    build = build_register(_read_all(tmp_path, how), index)
    bad = bad_orgnr(17)
    assert not orgnr_valid(bad)
    assert build.stats["ugyldig_orgnr"] == [bad]
    assert any(p.value == bad and p.severity == "warning" for p in build.problems)
    assert build.stats["duplikater"] == 1
    assert build.stats["slettet"] == 1
    assert build.stats["ikke_i_frr"] == 3  # R (AS), T (the free-text trap), U (no flag)


def test_unknown_and_split_codes_are_reported_with_the_organisation_number(tmp_path, index):
    build = build_register(_read_all(tmp_path, "bulk_gz"), index)
    values = {p.value for p in build.problems}
    assert f"9999 (org.nr. {orgnr(14)})" in values
    assert f"1507 (org.nr. {orgnr(8)})" in values and f"1507 (org.nr. {orgnr(9)})" in values


def test_a_deleted_status_in_frivillighetsregisteret_leaves_the_unit_out(tmp_path, index):
    bulk = read_organisation_file(write_bulk(tmp_path / "enheter_alle.json.gz", UNITS))
    frr_path = tmp_path / "frivillige-organisasjoner.json"
    frr_path.write_text(json.dumps([frr_record(orgnr(23), [("1200", 1)],
                                               status="frivilligOrganisasjonsstatus.slettet"),
                                    frr_record(orgnr(1), [("1100", 1)])]), encoding="utf-8")
    frr = read_organisation_file(frr_path)
    assert frr.kind == "frr_api"
    build = build_register([bulk, frr], index)
    assert orgnr(23) not in set(build.frame["organisasjonsnummer"])
    assert build.stats["slettet"] == 2
    assert summary(build.frame)["counts"] == _expected_counts({"W"})


def test_fast_scanner_and_ijson_give_the_same_register(tmp_path, index):
    path = write_bulk(tmp_path / "enheter_alle.json.gz", UNITS)
    fast, slow = read_bulk(path), read_bulk(path, force_ijson=True)
    assert fast.method.startswith("rammeskanner") and slow.method.startswith("ijson")
    assert fast.scanned == slow.scanned == len(UNITS)
    assert build_register(fast, index).frame.equals(build_register(slow, index).frame)


def test_a_compact_array_is_not_mistaken_for_brregs_layout(tmp_path):
    r = read_organisation_file(write_bulk(tmp_path / "kompakt.json.gz", UNITS, compact=True))
    assert r.method.startswith("ijson") and r.scanned == len(UNITS)


def test_the_bulk_file_really_is_written_in_jacksons_layout(tmp_path):
    text = write_bulk(tmp_path / "x.json", UNITS[:2], gz=False).read_text(encoding="utf-8")
    assert text.startswith('[ {\n  "organisasjonsnummer" : "')
    assert "\n}, {\n" in text and text.endswith("\n} ]")
    assert '"adresse" : [ "Gate 1", null, "" ]' in text


def test_names_are_kept_as_given_and_escaped_for_html(tmp_path, index):
    reg = build_register(_read_all(tmp_path, "bulk_gz"), index).frame
    name = reg.loc[reg["organisasjonsnummer"] == orgnr(2), "navn"].iloc[0]
    assert name == XSS
    assert escape(name) == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<" not in escape(name)


def test_every_register_row_has_a_valid_orgnr_and_a_2024_code_or_a_reason(tmp_path, index):
    reg = build_register(_read_all(tmp_path, "bulk_gz"), index).frame
    assert reg["organisasjonsnummer"].map(orgnr_valid).all()
    assert not reg["organisasjonsnummer"].duplicated().any()
    placed = reg[reg["kommunenummer"] != ""]
    assert placed["kommunenummer"].isin(index.valid_codes).all()
    assert (placed["utenfor_grunn"] == "").all()
    assert (reg.loc[reg["kommunenummer"] == "", "utenfor_grunn"] != "").all()


@pytest.mark.parametrize("chunk", [97, 1024, 5000])
def test_records_cut_across_read_chunks_are_framed_correctly(tmp_path, index, monkeypatch, chunk):
    from sources import brreg

    many = [unit(orgnr(100 + i), f"LAG {i}", address(["0301", "3305", "5001"][i % 3]), frr=i % 4 != 0,
                 aktivitet=FREE_TEXT_TRAP if i % 5 == 0 else None) for i in range(120)]
    path = write_bulk(tmp_path / "enheter_alle.json.gz", many)
    monkeypatch.setattr(brreg, "_CHUNK", chunk)
    fast = brreg.read_bulk(path)
    assert fast.method.startswith("rammeskanner")
    slow = brreg.read_bulk(path, force_ijson=True)
    assert fast.scanned == slow.scanned == 120
    assert [u["organisasjonsnummer"] for u in fast.units] == [u["organisasjonsnummer"] for u in slow.units]
    assert len(fast.units) == 90


def test_crlf_line_endings_fall_back_to_the_full_parser_with_the_same_result(tmp_path, index):
    lf = write_bulk(tmp_path / "lf.json", UNITS, gz=False)
    crlf = tmp_path / "crlf.json"
    crlf.write_bytes(lf.read_bytes().replace(b"\n", b"\r\n"))
    a, b = read_organisation_file(lf), read_organisation_file(crlf)
    assert a.method.startswith("rammeskanner") and b.method.startswith("ijson")
    assert build_register(a, index).frame.equals(build_register(b, index).frame)
