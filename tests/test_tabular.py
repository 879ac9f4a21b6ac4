"""The one spreadsheet reader: separators, encodings, workbooks, row numbers as a user counts them, and refusals."""

from __future__ import annotations

import io
import zipfile

import pytest

from base.errors import AtlasError
from sources.tabular import MAX_FILE_BYTES, match_columns, normalise_header, read_table
from tests.policy_helpers import csv_bytes, xlsx_bytes

ROWS = [["Kommune", "Status", "Merknad"], ["Bodø", "Vedtatt", "dialog, kafé"], ["Tromsø", "Nei", ""],
        ["Kárášjohka", "Under arbeid", "«sitat»"]]


@pytest.mark.parametrize("sep", [";", ",", "\t"])
@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", False), ("utf-8", True), ("cp1252", False),
                                               ("utf-16", False)])
def test_csv_separators_and_encodings_read_to_the_same_cells(sep: str, encoding: str, bom: bool):
    rows = ROWS if encoding != "cp1252" else [[c.replace("Kárášjohka", "Kárásjohka") for c in r] for r in ROWS]
    table = read_table(csv_bytes(rows, sep=sep, encoding=encoding, bom=bom), "register.csv")
    assert list(table.frame.columns) == rows[0]
    assert table.frame.loc[2, "Kommune"] == "Bodø"
    assert table.frame.loc[2, "Merknad"] == "dialog, kafé"
    assert table.frame.loc[4, "Kommune"] == rows[3][0]
    assert table.delimiter == sep
    assert list(table.frame.index) == [2, 3, 4]


def test_latin1_bytes_that_are_not_cp1252_still_decode():
    data = "Kommune;Status\nBodø;Vedtatt\n".encode("latin-1") + b"\x81x;Nei\n"
    table = read_table(data, "f.csv")
    assert table.encoding == "latin-1"
    assert table.frame.loc[2, "Kommune"] == "Bodø"


def test_row_numbers_count_title_lines_and_skip_blank_rows_like_a_spreadsheet():
    data = csv_bytes([["Oversikt per 2024", "", ""], ["", "", ""], ["Kommune", "Status", "Vedtatt"],
                      ["Oslo", "Vedtatt", "2019"], ["", "", ""], ["Bodø", "Nei", ""]])
    table = read_table(data, "f.csv", is_header=lambda cells: "Kommune" in cells)
    assert table.header_row == 3
    assert list(table.frame.index) == [4, 6]


def test_a_quoted_value_spanning_lines_is_one_spreadsheet_row():
    data = b'Kommune;Merknad\nOslo;"linje 1\nlinje 2"\nBergen;x\n'
    table = read_table(data, "f.csv")
    assert table.frame.loc[2, "Merknad"] == "linje 1\nlinje 2"
    assert table.frame.loc[3, "Kommune"] == "Bergen"


def test_excel_sep_hint_line_is_honoured_and_not_counted():
    table = read_table(b"sep=,\nKommune,Status\nOslo,Vedtatt\n", "f.csv")
    assert table.delimiter == ","
    assert table.header_row == 1
    assert table.frame.loc[2, "Status"] == "Vedtatt"


def test_xlsx_numbers_dates_and_title_rows():
    import datetime as dt

    data = xlsx_bytes([["Kommunenummer", "Status", "Vedtatt"], [301, "Vedtatt", 2019],
                       [1804.0, "Vedtatt", dt.datetime(2015, 3, 12)]],
                      before=[["Kommuner med frivillighetspolitikk"], []])
    table = read_table(data, "register.xlsx", is_header=lambda c: "Kommunenummer" in c)
    assert table.kind == "xlsx"
    assert table.header_row == 3
    assert table.frame.loc[4, "Kommunenummer"] == "301"
    assert table.frame.loc[5, "Kommunenummer"] == "1804"
    assert table.frame.loc[5, "Vedtatt"] == "2015-03-12"


def test_xlsx_picks_the_sheet_that_has_the_header():
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Forside"
    wb.active.append(["Notater om arbeidet"])
    ws = wb.create_sheet("Register")
    ws.append(["Kommune", "Status"])
    ws.append(["Oslo", "Vedtatt"])
    buf = io.BytesIO()
    wb.save(buf)
    table = read_table(buf.getvalue(), "r.xlsx", is_header=lambda c: "Kommune" in c)
    assert table.sheet == "Register"
    assert table.frame.loc[2, "Kommune"] == "Oslo"


def _refusal(data: bytes, name: str) -> AtlasError:
    with pytest.raises(AtlasError) as info:
        read_table(data, name)
    err = info.value
    assert err.file == name
    assert name in str(err)
    return err


def test_empty_file_is_refused():
    assert "tom" in _refusal(b"", "tom.csv").message
    assert "tom" in _refusal(b"\xef\xbb\xbf\r\n  \n", "tom2.csv").message


def test_header_without_data_rows_is_refused():
    err = _refusal(b"Kommune;Status\n;\n", "bare-overskrift.csv")
    assert "ingen rader med data" in err.message


def test_binary_file_is_refused():
    err = _refusal(bytes(range(256)) * 20, "data.csv")
    assert "binære data" in err.message


@pytest.mark.parametrize(("magic", "what"), [(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG-bilde"),
                                             (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "JPEG-bilde"),
                                             (b"%PDF-1.7\n", "PDF-dokument")])
def test_image_or_pdf_renamed_to_xlsx_is_refused_and_named(magic: bytes, what: str):
    err = _refusal(magic, "register.xlsx")
    assert what in err.message
    assert ".xlsx" in err.message


def test_html_page_saved_as_csv_is_refused():
    page = b"<!DOCTYPE html>\n<html><head><title>Kart</title></head><body><table><tr><td>Oslo</td></tr></table>"
    err = _refusal(page, "kart.csv")
    assert "nettside (HTML)" in err.message
    err2 = _refusal(b"\xef\xbb\xbf  <html lang='no'><body>x</body></html>", "side.csv")
    assert "HTML" in err2.message


def test_zip_that_is_not_a_workbook_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notater.txt", "hei")
    err = _refusal(buf.getvalue(), "register.xlsx")
    assert "zip-arkiv" in err.message


def test_opendocument_spreadsheet_is_refused_with_advice():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<x/>")
    assert ".ods" in _refusal(buf.getvalue(), "register.ods").message


def test_old_xls_is_refused_with_advice():
    err = _refusal(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "register.xls")
    assert ".xls" in err.message


def test_damaged_workbook_is_refused():
    data = xlsx_bytes([["Kommune"], ["Oslo"]])
    assert "skadet" in _refusal(data[: len(data) // 2], "halv.xlsx").message


def test_oversized_file_is_refused_and_the_message_states_the_limit():
    err = _refusal(b"a;b\n" * (MAX_FILE_BYTES // 4 + 1), "stor.csv")
    assert f"{MAX_FILE_BYTES // (1024 * 1024)} MB" in err.message


def test_a_row_with_more_values_than_the_header_is_refused_with_row_and_value():
    data = b"Kommune,Status\nOslo,Vedtatt\nBod\xc3\xb8, Nordland,Vedtatt\n"
    with pytest.raises(AtlasError) as info:
        read_table(data, "komma.csv")
    err = info.value
    assert err.row == 3
    assert err.value == "Vedtatt"
    assert "rad 3" in str(err) and "anførselstegn" in err.message


def test_header_keys_ignore_case_diacritics_and_punctuation():
    assert normalise_header("Vedtaksår") == normalise_header("VEDTAKSAAR") == normalise_header(" vedtaksår.")
    assert normalise_header("vedtaks-år") == "vedtaks ar"  # spaces are ignored when columns are matched
    assert normalise_header("Tværgående") == normalise_header("tvaergaende")
    mapping, problems = match_columns(["Kommune nr.", "STATUS", "Sist-revidert"],
                                      {"code": ["kommunenr"], "status": ["status"], "rev": ["sist revidert"]})
    assert mapping == {"code": "Kommune nr.", "status": "STATUS", "rev": "Sist-revidert"}
    assert problems == []


def test_two_columns_meaning_the_same_field_are_reported():
    mapping, problems = match_columns(["Status", "status "], {"status": ["status"]}, "f.csv")
    assert mapping == {"status": "Status"}
    assert len(problems) == 1 and "«Status» og «status »" in problems[0].message


def test_a_repeated_header_stays_recognisable_and_is_reported_as_a_duplicate():
    table = read_table(b"Kommune;Status;Status\nOslo;Vedtatt;Nei\n", "dobbel.csv")
    assert list(table.frame.columns) == ["Kommune", "Status", "Status (kolonne 3)"]
    mapping, problems = match_columns(table.frame.columns, {"status": ["status"]}, "dobbel.csv")
    assert mapping["status"] == "Status"
    assert problems and problems[0].column == "Status (kolonne 3)"
