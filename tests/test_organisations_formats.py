"""The other file formats: Frivillighetsregisteret CSV (header spellings vary), FRR API records joined by
organisation number with the primary category taken by rekkefoelge, Enhetsregisteret's lastned/csv, the ICNPO code
list, and ICNPO-only imports joined onto the register in use."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from base.icnpo import icnpo_main, normalise_icnpo
from cli import main
from registers.organisations import build_register, load_categories, load_register
from sources.brreg import read_organisation_file
from tests.org_fixtures import address, frr_page, frr_record, orgnr, small_index, small_store, unit, write_bulk

# Three header spellings of Frivillighetsregisteret's totalbestand/csv (the literal header is undocumented; the
# column order follows the API description: orgnr, navn, form, business address x7, postal address x7, ...).
HEADERS = {
    "dotted": ["organisasjonsnummer", "navn", "organisasjonsform.kode", "organisasjonsform.beskrivelse",
               "forretningsadresse.land", "forretningsadresse.landkode", "forretningsadresse.postnummer",
               "forretningsadresse.poststed", "forretningsadresse.adresse", "forretningsadresse.kommune",
               "forretningsadresse.kommunenummer", "postadresse.land", "postadresse.landkode",
               "postadresse.postnummer", "postadresse.poststed", "postadresse.adresse", "postadresse.kommune",
               "postadresse.kommunenummer", "telefon", "mobil", "innfoertDato", "foersteGangInnfoert",
               "icnpoNummer1", "icnpoBeskrivelse1", "icnpoNummer2", "icnpoBeskrivelse2", "icnpoNummer3",
               "icnpoBeskrivelse3"],
    "norwegian": ["Organisasjonsnummer", "Navn", "Organisasjonsform", "Beskrivelse organisasjonsform",
                  "Forretningsadresse land", "Forretningsadresse landkode", "Forretningsadresse postnummer",
                  "Forretningsadresse poststed", "Forretningsadresse adresse", "Forretningsadresse kommune",
                  "Forretningsadresse kommunenummer", "Postadresse land", "Postadresse landkode",
                  "Postadresse postnummer", "Postadresse poststed", "Postadresse adresse", "Postadresse kommune",
                  "Postadresse kommunenummer", "Telefon", "Mobil", "Dato sist innført", "Dato første gang innført",
                  "ICNPO-nummer 1", "Beskrivelse ICNPO 1", "ICNPO-nummer 2", "Beskrivelse ICNPO 2",
                  "ICNPO-nummer 3", "Beskrivelse ICNPO 3"],
    "bare": ["orgnr", "navn", "organisasjonsform", "beskrivelse", "land", "landkode", "postnummer", "poststed",
             "adresse", "kommune", "kommunenummer", "land", "landkode", "postnummer", "poststed", "adresse",
             "kommune", "kommunenummer", "telefon", "mobil", "dato sist innført", "dato første gang innført",
             "icnpo 1", "beskrivelse icnpo 1", "icnpo 2", "beskrivelse icnpo 2", "icnpo 3", "beskrivelse icnpo 3"],
}


def _frr_row(nr: str, name: str, forr: str, post: str, cats: list[str], first: str = "2011-04-05") -> list[str]:
    row = [nr, name, "FLI", "Forening/lag/innretning",
           "Norge" if forr else "", "NO" if forr else "", "3510" if forr else "", "HØNEFOSS" if forr else "",
           "Gate 1" if forr else "", "RINGERIKE" if forr else "", forr,
           "Norge", "NO", "3511", "HØNEFOSS", "Postboks 1", "KOMMUNE", post, "", "", "2020-02-02", first]
    for i in range(3):
        row += [cats[i], f"Kategori {cats[i]}"] if i < len(cats) else ["", ""]
    return row


ROWS = [
    _frr_row(orgnr(1), "RINGERIKE KORPS", "3305", "3305", ["1100", "4100"]),
    _frr_row(orgnr(2), "HOLE IL", "", "3310", ["1200"]),
    _frr_row(orgnr(3), "GAMMEL KODE LAG", "3007", "", ["1200", "1300", "13100"]),
    _frr_row(orgnr(4), "UTEN KATEGORI", "0301", "0301", []),
]


def _csv_bytes(header: list[str], rows: list[list[str]], delimiter: str, encoding: str = "utf-8") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL if delimiter == "," else csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode(encoding)


@pytest.mark.parametrize("header", sorted(HEADERS))
@pytest.mark.parametrize(("delimiter", "encoding"), [(",", "utf-8"), (";", "utf-8-sig"), (";", "cp1252")])
def test_frr_csv_with_any_plausible_header_gives_the_same_register(tmp_path, header, delimiter, encoding):
    path = tmp_path / "frivillighetsregisteret.csv"
    path.write_bytes(_csv_bytes(HEADERS[header], ROWS, delimiter, encoding))
    read = read_organisation_file(path)
    assert read.kind == "frr_csv" and read.scanned == 4
    reg = build_register(read, small_index()).frame.set_index("organisasjonsnummer")
    assert reg.loc[orgnr(1), ["kommunenummer", "plassering", "icnpo", "icnpo_primaer"]].tolist() == \
        ["3305", "forretningsadresse", "1100,4100", "1100"]
    assert reg.loc[orgnr(2), ["kommunenummer", "plassering"]].tolist() == ["3310", "postadresse"]
    assert reg.loc[orgnr(3), ["kommunenummer", "icnpo"]].tolist() == ["3305", "1200,1300,13100"]
    assert reg.loc[orgnr(4), ["kommunenummer", "icnpo"]].tolist() == ["0301", ""]
    assert reg.loc[orgnr(1), "forste_gang_innfort"] == "2011-04-05"


def test_frr_csv_gzipped_is_read_too(tmp_path):
    path = tmp_path / "frivillighetsregisteret.csv.gz"
    path.write_bytes(gzip.compress(_csv_bytes(HEADERS["dotted"], ROWS, ",")))
    assert read_organisation_file(path).kind == "frr_csv"


def test_primary_category_is_rekkefoelge_1_not_array_position(tmp_path):
    bulk = read_organisation_file(write_bulk(tmp_path / "enheter_alle.json.gz",
                                             [unit(orgnr(1), "A", address("0301")), unit(orgnr(2), "B",
                                                                                         address("5001"))]))
    page = tmp_path / "frivillige-organisasjoner.json"
    page.write_text(json.dumps(frr_page([frr_record(orgnr(1), [("7100", 3), ("1200", 2), ("4100", 1)]),
                                         frr_record(orgnr(2), [("01100", 1)])])), encoding="utf-8")
    reg = build_register([bulk, read_organisation_file(page)], small_index()).frame.set_index("organisasjonsnummer")
    assert reg.loc[orgnr(1), "icnpo_primaer"] == "4100"
    assert reg.loc[orgnr(1), "icnpo"] == "4100,1200,7100"
    assert reg.loc[orgnr(2), "icnpo"] == "1100"  # zero-padded code normalised
    assert reg.loc[orgnr(1), "forste_gang_innfort"] == "2012-01-01"


def test_enheter_lastned_csv_keeps_only_units_in_frivillighetsregisteret(tmp_path, reference_header_2026):
    keys = reference_header_2026
    rows = []
    for nr, frr, forr, post in ((orgnr(1), "true", "0301", ""), (orgnr(2), "false", "5001", ""),
                                (orgnr(3), "true", "", "3305")):
        row = dict.fromkeys(keys, "")
        row.update({"organisasjonsnummer": nr, "navn": f"ENHET {nr}", "organisasjonsform.kode": "FLI",
                    "registrertIFrivillighetsregisteret": frr, "forretningsadresse.kommunenummer": forr,
                    "forretningsadresse.landkode": "NO" if forr else "", "postadresse.kommunenummer": post,
                    "postadresse.landkode": "NO" if post else "", "stiftelsesdato": "2001-01-01",
                    "vedtektsfestetFormaal": 'Linje én\n"sitat", komma'})
        rows.append([row[k] for k in keys])
    path = tmp_path / "enheter.csv"
    path.write_bytes(_csv_bytes(keys, rows, ","))
    read = read_organisation_file(path)
    assert read.kind == "enheter_csv" and read.scanned == 3
    build = build_register(read, small_index())
    assert dict(zip(build.frame["organisasjonsnummer"], build.frame["kommunenummer"], strict=True)) == \
        {orgnr(1): "0301", orgnr(3): "3305"}
    assert build.stats["ikke_i_frr"] == 1


@pytest.fixture()
def reference_header_2026() -> list[str]:
    from tests.conftest import REFERENCE

    path = REFERENCE / "brreg" / "enheter-lastned-csv-2026-header.txt"
    if not path.exists():
        pytest.skip("reference header not available")
    return next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_icnpo_codes_and_main_groups():
    assert [icnpo_main(c) for c in ("1", "1100", "1300", "10100", "14100", "14")] == ["1", "1", "1", "10", "14",
                                                                                     "14"]
    assert normalise_icnpo("01100") == "1100" and normalise_icnpo(1200) == "1200" and normalise_icnpo("x") == ""


def test_icnpo_only_import_joins_onto_the_register_in_use(tmp_path, capsys):
    root = tmp_path / "store"
    store = small_store(root)
    bulk = write_bulk(tmp_path / "enheter_alle.json.gz", [unit(orgnr(i), f"L{i}", address("0301")) for i in (1, 2)])
    assert main(["--data-dir", str(root), "import", "organisations", str(bulk), "--quiet"]) == 0
    page = tmp_path / "frivillige-organisasjoner.json"
    page.write_text(json.dumps([frr_record(orgnr(1), [("1200", 1)]), frr_record(orgnr(77), [("1100", 1)])]),
                    encoding="utf-8")
    cats = tmp_path / "icnpo-kategorier.json"
    cats.write_text(json.dumps({"_embedded": {"icnpoKategorier": [
        {"icnpoNummer": "1", "navn": "Kultur- og rekreasjon", "spraakkode": "NOB"},
        {"icnpoNummer": "1200", "navn": "Idrett", "spraakkode": "NOB"}]}, "_links": {}}), encoding="utf-8")
    assert main(["--data-dir", str(root), "import", "organisations", str(page), str(cats), "--quiet"]) == 0
    reg, meta = load_register(store)
    assert meta["version"] == "v0002" and meta["scope"] == "nasjonal"
    assert dict(zip(reg["organisasjonsnummer"], reg["icnpo"], strict=True)) == {orgnr(1): "1200", orgnr(2): ""}
    assert [f["kind"] for f in meta["files"]] == ["bulk", "frr_api", "icnpo_list"]
    labels = load_categories(store)
    assert dict(zip(labels["code"], labels["label"], strict=True)) == {"1": "Kultur- og rekreasjon",
                                                                       "1200": "Idrett"}


def test_icnpo_records_without_a_register_are_refused(tmp_path, capsys):
    root = tmp_path / "store"
    small_store(root)
    page = tmp_path / "frivillige-organisasjoner.json"
    page.write_text(json.dumps([frr_record(orgnr(1), [("1200", 1)])]), encoding="utf-8")
    assert main(["--data-dir", str(root), "import", "organisations", str(page), "--quiet"]) == 2
    assert "ingen enheter" in capsys.readouterr().err


def test_provenance_names_publisher_licence_file_hash_and_vintage(tmp_path):
    root = tmp_path / "store"
    store = small_store(root)
    path = write_bulk(tmp_path / "enheter_alle.json.gz", [unit(orgnr(1), "L", address("0301"))])
    assert main(["--data-dir", str(root), "import", "organisations", str(path), "--quiet"]) == 0
    _, meta = load_register(store)
    import hashlib

    assert meta["publisher"] == "Brønnøysundregistrene"
    assert meta["licence"].startswith("NLOD 2.0")
    assert meta["code_vintage"] == "2024"
    assert meta["file_name"] == "enheter_alle.json.gz"
    assert meta["files"][0]["sha256"] == hashlib.sha256(Path(path).read_bytes()).hexdigest()
    assert meta["retrieved"] and meta["imported"] and meta["url"].endswith("/enheter/lastned")


def test_uploaded_bytes_are_previewed_without_writing_and_then_imported(tmp_path):
    from registers.organisations import import_organisations, preview_organisations
    from tests.conftest import tree_digest

    root = tmp_path / "store"
    store = small_store(root)
    data = write_bulk(tmp_path / "x.json.gz", [unit(orgnr(1), "<b>LAG</b>", address("0301")),
                                               unit(orgnr(2), "UT", address("2100"))]).read_bytes()
    before = tree_digest(root)
    frame, report = preview_organisations(data, "opplastet.json.gz", small_index())
    assert tree_digest(root) == before
    assert report.ok and len(frame) == 2 and "1 plassert" in report.summary() and "Svalbard: 1" in report.summary()
    result = import_organisations(store, data, "opplastet.json.gz", "no", index=small_index())
    assert result.meta["version"] == "v0001" and result.meta["file_name"] == "opplastet.json.gz"
    assert load_register(store)[0]["navn"].tolist() == ["<b>LAG</b>", "UT"]
