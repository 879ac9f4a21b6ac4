"""Statistics Denmark's CSV format (FOLK1A / FOLK1AM): UTF-8 with BOM, ``;``, codes or labels or both, totals
picked out of other variables, and plain refusals naming file, row, column and value."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from base.errors import AtlasError
from sources.dk import detect_population_layout, read_folk1a, read_statbank_csv

NAMES = {"0101": "København", "0147": "Frederiksberg", "0167": "Hvidovre", "0169": "Høje-Taastrup",
         "0580": "Aabenraa"}


def statbank(text: str, bom: bool = True) -> bytes:
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def test_codes_only_csv_gives_4_digit_codes_and_separate_national_region_and_christiansoe_rows():
    data = statbank("OMRÅDE;TID;INDHOLD\n000;2026K1;6025603\n084;2026K1;1900000\n101;2026K1;671714\n"
                    "147;2026K1;106150\n411;2026K1;92\n")
    out = read_statbank_csv(data, "folk1a.csv")
    assert out.kommuner.to_dict("records") == [
        {"kommunenummer": "0101", "periode": "2026K1", "aar": 2026, "befolkning": 671714},
        {"kommunenummer": "0147", "periode": "2026K1", "aar": 2026, "befolkning": 106150}]
    assert out.national == {"2026K1": 6025603}
    assert out.christiansoe == {"2026K1": 92}
    assert out.regions == {("1084", "2026K1"): 1900000}


def test_code_and_value_presentation_is_read_like_codes():
    data = statbank("OMRÅDE;KØN;ALDER;TID;INDHOLD\n000 Hele landet;TOT I alt;IALT Alder i alt;2025K1;5992734\n"
                    "101 København;TOT I alt;IALT Alder i alt;2025K1;667099\n"
                    "580 Aabenraa;TOT I alt;IALT Alder i alt;2025K1;58000\n")
    out = read_statbank_csv(data, "f.csv")
    assert dict(zip(out.kommuner.kommunenummer, out.kommuner.befolkning, strict=True)) == {"0101": 667099,
                                                                                            "0580": 58000}
    assert out.national == {"2025K1": 5992734}


def test_labels_are_mapped_to_codes_through_the_names_in_any_danish_spelling():
    data = statbank("OMRÅDE;TID;INDHOLD\nHele landet;2026K1;100\nRegion Hovedstaden;2026K1;60\n"
                    "København;2026K1;30\nHøje Taastrup;2026K1;20\nÅbenrå;2026K1;10\nChristiansø;2026K1;1\n")
    out = read_statbank_csv(data, "f.csv", NAMES)
    assert dict(zip(out.kommuner.kommunenummer, out.kommuner.befolkning, strict=True)) == {
        "0101": 30, "0169": 20, "0580": 10}
    assert out.regions == {("1084", "2026K1"): 60} and out.christiansoe == {"2026K1": 1}


def test_only_the_total_rows_of_sex_and_age_are_kept():
    rows = ["OMRÅDE;KØN;ALDER;TID;INDHOLD", "Hvidovre;I alt;Alder i alt;2025K1;300",
            "Hvidovre;Mænd;Alder i alt;2025K1;140", "Hvidovre;Kvinder;Alder i alt;2025K1;160",
            "Hvidovre;I alt;0 år;2025K1;5"]
    out = read_statbank_csv(statbank("\n".join(rows) + "\n"), "f.csv", NAMES)
    assert out.kommuner.befolkning.tolist() == [300]


def test_a_variable_without_a_total_row_is_refused_plainly():
    rows = ["OMRÅDE;KØN;TID;INDHOLD", "101;M;2025K1;1", "101;K;2025K1;2"]
    with pytest.raises(AtlasError) as exc:
        read_statbank_csv(statbank("\n".join(rows)), "f.csv")
    assert "KØN" in str(exc.value) and "totalrad" in str(exc.value)


def test_bad_values_are_reported_with_file_row_column_and_value():
    data = statbank("OMRÅDE;TID;INDHOLD\n101;2025K1;abc\n147;2025-01;5\nPlutonia;2025K1;7\n")
    with pytest.raises(AtlasError) as exc:
        read_statbank_csv(data, "befolkning.csv", NAMES)
    text = str(exc.value)
    assert "fil «befolkning.csv», rad 2, kolonne «INDHOLD», verdi «abc»" in text
    assert "rad 3, kolonne «TID», verdi «2025-01»" in text
    assert "rad 4, kolonne «OMRÅDE», verdi «Plutonia»" in text
    assert "Traceback" not in text


def test_two_different_values_for_one_municipality_and_period_are_refused():
    with pytest.raises(AtlasError, match="to ulike folketall"):
        read_statbank_csv(statbank("OMRÅDE;TID;INDHOLD\n101;2025K1;1\n101;2025K1;2\n"), "f.csv")


def test_suppressed_cells_are_missing_values_not_zero():
    with pytest.raises(AtlasError, match="mangler"):
        read_statbank_csv(statbank("OMRÅDE;TID;INDHOLD\n101;2025K1;..\n"), "f.csv")


def test_first_of_year_means_quarter_1_or_month_01():
    data = statbank("OMRÅDE;TID;INDHOLD\n101;2025K1;10\n101;2025K2;11\n101;2026M01;12\n101;2026M02;13\n")
    jan = read_statbank_csv(data, "f.csv").first_of_year()
    assert jan.to_dict("records") == [{"kommunenummer": "0101", "aar": 2025, "befolkning": 10},
                                      {"kommunenummer": "0101", "aar": 2026, "befolkning": 12}]


def test_windows_1252_and_tab_separated_exports_are_read_too():
    data = "OMRÅDE\tTID\tINDHOLD\r\nKøbenhavn\t2025K1\t667099\r\n".encode("cp1252")
    out = read_statbank_csv(data, "f.csv", NAMES)
    assert out.kommuner.befolkning.tolist() == [667099]


def test_layout_detection_tells_statbank_extract_and_other_csv_apart():
    assert detect_population_layout(statbank("OMRÅDE;KØN;ALDER;TID;INDHOLD\n")) == "statbank"
    assert detect_population_layout(b"kode,navn,region,folketal_2025K1,folketal_2026K1\n") == "extract"
    assert detect_population_layout(b"kommune_kode,sports_membership_pct\n") is None
    with pytest.raises(AtlasError, match="ikke en befolkningsfil"):
        read_folk1a(b"a;b;c\n1;2;3\n", "x.csv")


def test_the_extract_layout_keeps_christiansoe_apart_and_reads_both_years():
    data = b"kode,navn,region,folketal_2025K1,folketal_2026K1\n101,K\xc3\xb8benhavn,Hovedstaden,1,2\n" \
           b"411,Christians\xc3\xb8,Hovedstaden,90,92\n"
    out = read_folk1a(data, "x.csv")
    assert out.layout == "extract"
    assert out.kommuner.kommunenummer.tolist() == ["0101", "0101"]
    assert out.christiansoe == {"2025K1": 90, "2026K1": 92}


# ---------------------------------------------------------------------- the real Hvidovre sample (mirror)
def test_real_folk1am_hvidovre_file_gives_the_total_that_its_single_ages_add_up_to(mirror_dk: Path):
    path = mirror_dk / "folk1am_hvidovre_2025M01-2026M04_api_sample.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the real format has a BOM
    out = read_folk1a(raw, path.name, {"0167": "Hvidovre"})
    assert set(out.kommuner.kommunenummer) == {"0167"}
    # Independent of the reader: sum the single ages of each month straight from the file.
    by_month: dict[str, int] = {}
    for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"):
        if row["KØN"] == "I alt" and row["ALDER"] != "Alder i alt":
            by_month[row["TID"]] = by_month.get(row["TID"], 0) + int(row["INDHOLD"])
    got = dict(zip(out.kommuner.periode, out.kommuner.befolkning, strict=True))
    assert got == by_month
    assert len(got) == 16
    jan = out.first_of_year()
    assert sorted(jan.aar.tolist()) == [2025, 2026]
