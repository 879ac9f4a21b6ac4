"""Reading a CVR extract of associations into the organisation register schema. The fixtures are built here in
the shapes of real CVR responses (Elasticsearch ``hits`` with ``_source.Vrvirksomhed``, field names as in the
records of the public CVR service); every CVR number and name in them is invented."""

from __future__ import annotations

import json

import pytest

from base.errors import AtlasError
from sources.cvr import COLUMNS, read_cvr_associations

VALID = {"0101", "0151", "0173", "0580"}


def vr(cvr: int, name: str, kommune: int | None, form: int, status: str = "NORMAL", nested: bool = True) -> dict:
    """One ``Vrvirksomhed`` as the CVR service returns it: metadata with the newest values, plus history lists."""
    period = {"gyldigFra": "2010-01-01", "gyldigTil": None}
    form_text = {110: ("FOR", "Forening"), 115: ("FFO", "Frivillig forening"), 80: ("APS", "Anpartsselskab")}[form]
    addr = {"landekode": "DK", "vejnavn": "Testvej", "husnummerFra": 1, "postnummer": 2750, "postdistrikt": "By",
            "kommune": {"kommuneKode": kommune, "kommuneNavn": "TEST", "periode": period}} if kommune else None
    rec: dict = {"cvrNummer": cvr, "reklamebeskyttet": False,
                 "navne": [{"navn": "Gammelt navn", "periode": {"gyldigFra": "2000-01-01", "gyldigTil": "2009-12-31"}},
                           {"navn": name, "periode": period}],
                 "beliggenhedsadresse": [{**addr, "periode": period}] if addr else [],
                 "virksomhedsform": [{"virksomhedsformkode": form, "kortBeskrivelse": form_text[0],
                                      "langBeskrivelse": form_text[1], "periode": period}],
                 "virksomhedsstatus": [{"status": status, "periode": period}]}
    if nested:
        rec["virksomhedMetadata"] = {
            "nyesteNavn": {"navn": name, "periode": period},
            "nyesteBeliggenhedsadresse": addr,
            "nyesteVirksomhedsform": {"virksomhedsformkode": form, "kortBeskrivelse": form_text[0],
                                      "langBeskrivelse": form_text[1]},
            "sammensatStatus": status, "stiftelsesDato": "1987-05-01"}
    return rec


def es_response(records: list[dict]) -> bytes:
    hits = [{"_index": "cvr-v-20220630", "_type": "_doc", "_id": str(i), "_source": {"Vrvirksomhed": r}}
            for i, r in enumerate(records)]
    return json.dumps({"took": 1, "timed_out": False, "hits": {"total": len(hits), "hits": hits}},
                      ensure_ascii=False).encode("utf-8")


RECORDS = [
    vr(11111111, "Ballerup Idrætsforening", 151, 115),
    vr(22222222, "Aabenraa Borgerforening", 580, 110),
    vr(33333333, "Test ApS", 101, 80),  # a company: not an association
    vr(44444444, "Nedlagt Forening", 173, 115, status="OPLØST EFTER ERKLÆRING"),
    vr(55555555, "Christiansø Forening", 411, 115),  # outside the municipal division
    vr(66666666, "Forening uden adresse", None, 115),
    vr(77777777, "Lyngby Spejdere", 173, 115, nested=False),  # history lists only
]


def test_elasticsearch_response_gives_only_existing_associations_in_a_municipality():
    out = read_cvr_associations(es_response(RECORDS), "cvr.json", VALID)
    assert list(out.frame.columns) == COLUMNS
    got = out.frame.set_index("orgnr")
    assert sorted(got.index) == ["11111111", "22222222", "77777777"]
    assert got.loc["11111111", "kommunenummer"] == "0151" and got.loc["11111111", "organisasjonsform"] == "115"
    assert got.loc["22222222", "organisasjonsform_navn"] == "Forening"
    assert got.loc["77777777", "navn"] == "Lyngby Spejdere"  # the current name from the history, not the old one
    assert got.loc["77777777", "kommunenummer"] == "0173"
    assert out.total_records == len(RECORDS)
    assert sum(out.skipped.values()) == len(RECORDS) - 3
    assert out.provenance["records_read"] == len(RECORDS) and "UNVERIFIED" in out.provenance["licence"]


def test_ndjson_and_a_bare_list_read_the_same_as_the_search_response():
    ref = read_cvr_associations(es_response(RECORDS), "a.json", VALID).frame
    ndjson = "\n".join(json.dumps({"_source": {"Vrvirksomhed": r}}, ensure_ascii=False) for r in RECORDS).encode()
    bare = json.dumps(RECORDS).encode()
    assert read_cvr_associations(ndjson, "b.ndjson", VALID).frame.equals(ref)
    assert read_cvr_associations(bare, "c.json", VALID).frame.equals(ref)


def test_flattened_csv_in_windows_1252_with_semicolons_is_read():
    header = ("Vrvirksomhed_cvrNummer;Vrvirksomhed_virksomhedMetadata_nyesteNavn_navn;"
              "Vrvirksomhed_virksomhedMetadata_nyesteBeliggenhedsadresse_kommune_kommuneKode;"
              "Vrvirksomhed_virksomhedMetadata_nyesteVirksomhedsform_virksomhedsformkode;"
              "Vrvirksomhed_virksomhedMetadata_sammensatStatus")
    rows = ["11111111;Københavns Roklub;101;115;Aktiv", "22222222;Åbenrå Skytteforening;580;110;NORMAL",
            "33333333;Firma A/S;101;60;NORMAL", "44444444;Ophørt Forening;151;115;Ophørt"]
    data = ("\r\n".join([header, *rows]) + "\r\n").encode("cp1252")
    out = read_cvr_associations(data, "cvr.csv", VALID)
    assert dict(zip(out.frame.orgnr, out.frame.navn, strict=True)) == {
        "11111111": "Københavns Roklub", "22222222": "Åbenrå Skytteforening"}
    assert out.frame.kommunenummer.tolist() == ["0101", "0580"]


def test_short_headers_and_form_given_as_text_are_understood():
    data = b"cvrNummer,navn,kommunekode,virksomhedsform\n12345678,Frivillig A,173,Frivillig forening\n" \
           b"87654321,Selskab B,173,Anpartsselskab\n"
    out = read_cvr_associations(data, "x.csv", VALID)
    assert out.frame.orgnr.tolist() == ["12345678"] and out.frame.organisasjonsform.tolist() == ["115"]


def test_an_extract_without_a_legal_form_column_is_taken_as_associations_with_a_warning():
    out = read_cvr_associations(b"cvr;navn;kommunekode\n12345678;A;101\n", "x.csv", VALID)
    assert len(out.frame) == 1
    assert "virksomhedsform" in out.problems[0].message and out.problems[0].severity == "warning"


def test_malformed_cvr_numbers_and_codes_refuse_the_file_naming_row_column_and_value():
    data = b"cvrNummer;navn;kommunekode\n1234;A;101\n12345678;B;Kbh\n"
    with pytest.raises(AtlasError) as exc:
        read_cvr_associations(data, "cvr.csv", VALID)
    text = str(exc.value)
    assert "fil «cvr.csv», rad 2, kolonne «cvrNummer», verdi «1234»" in text
    assert "rad 3, kolonne «kommuneKode», verdi «Kbh»" in text


def test_a_file_without_the_needed_columns_is_refused_plainly():
    with pytest.raises(AtlasError, match="mangler kolonnen «cvrNummer»"):
        read_cvr_associations(b"navn;by\nA;B\n", "x.csv", VALID)
    with pytest.raises(AtlasError, match="tomt"):
        read_cvr_associations(b"  \n", "x.csv", VALID)


def test_duplicate_cvr_numbers_keep_the_first_row_and_are_counted():
    data = b"cvrNummer;navn;kommunekode\n12345678;A;101\n12345678;A igjen;151\n"
    out = read_cvr_associations(data, "x.csv", VALID)
    assert out.frame.navn.tolist() == ["A"] and sum(out.skipped.values()) == 1
