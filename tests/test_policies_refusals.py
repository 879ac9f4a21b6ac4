"""Every bad file and bad value is refused with a plain message naming file, row, column and value; the command line
exits 2; and the data directory is left byte for byte as it was (hashed before and after)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from base.errors import AtlasError
from cli import main
from registers.policies import import_policies
from registers.store import Store
from tests.conftest import tree_digest
from tests.policy_helpers import csv_bytes, make_store, xlsx_bytes

TODAY = dt.date(2026, 11, 25)
GOOD = csv_bytes([["Kommunenummer", "Kommune", "Status", "Vedtatt"], ["0301", "Oslo", "Vedtatt", "2019"],
                  ["1804", "Bodø", "Nei", ""]])


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = make_store(tmp_path / "store")
    import_policies(s, GOOD, "forrige.csv", "no", TODAY)  # an earlier version that must survive untouched
    return s


def refuse(store: Store, data: bytes, name: str) -> AtlasError:
    before = tree_digest(store.root)
    with pytest.raises(AtlasError) as info:
        import_policies(store, data, name, "no", TODAY)
    assert tree_digest(store.root) == before, "a refused import changed the data directory"
    err = info.value
    assert name in str(err)
    return err


def problem(err: AtlasError, row: int, column: str, value: str):
    """The one error problem at (row, column), checked to carry the value and to be in the printed message."""
    found = [p for p in err.problems if p.severity == "error" and p.row == row and p.column == column]
    assert found, f"no error at row {row}, column {column}: {[str(p) for p in err.problems]}"
    p = found[0]
    assert p.value == value
    text = str(err)
    assert f"rad {row}" in text and f"kolonne «{column}»" in text and f"verdi «{value}»" in text
    return p


# ---------------------------------------------------------------------------------------------- not a table
def test_empty_file(store: Store):
    assert "Filen er tom" in refuse(store, b"", "tom.csv").message


def test_binary_file(store: Store):
    assert "binære data" in refuse(store, bytes(range(256)) * 8, "eksport.csv").message


def test_image_renamed_to_xlsx(store: Store):
    err = refuse(store, b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64, "register.xlsx")
    assert "PNG-bilde" in err.message and "ikke en tabell" in err.message


def test_html_page_saved_as_csv(store: Store):
    html = "<!doctype html><html><head><meta charset=utf-8><title>Frivillighet Norge</title></head>" \
           "<body><table><tr><td>Bodø</td><td>Vedtatt</td></tr></table></body></html>"
    assert "nettside (HTML)" in refuse(store, html.encode(), "kart.csv").message


def test_zip_that_is_not_xlsx(store: Store):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("register.csv", "Kommune;Status\nOslo;Vedtatt\n")
    assert "zip-arkiv" in refuse(store, buf.getvalue(), "register.xlsx").message


def test_oversized_file(store: Store):
    from sources.tabular import MAX_FILE_BYTES

    err = refuse(store, b"Kommune;Status\n" + b"Oslo;Vedtatt\n" * (MAX_FILE_BYTES // 13 + 1), "stor.csv")
    assert "grensen er 10 MB" in err.message


# ---------------------------------------------------------------------------------------------- columns
def test_no_municipality_column(store: Store):
    data = csv_bytes([["Sted", "Status"], ["Oslo", "Vedtatt"]])
    err = refuse(store, data, "uten-kommune.csv")
    assert any("hvilken kommune" in p.message and "«Sted», «Status»" in p.message for p in err.problems)


def test_no_status_column(store: Store):
    data = csv_bytes([["Kommune", "Vedtatt"], ["Oslo", "2019"]])
    err = refuse(store, data, "uten-status.csv")
    assert any("status" in p.message and "«Kommune», «Vedtatt»" in p.message for p in err.problems)


def test_two_status_columns(store: Store):
    data = csv_bytes([["Kommune", "Status", "Policy"], ["Oslo", "Vedtatt", "adopted"]])
    err = refuse(store, data, "to-status.csv")
    assert any("«Status» og «Policy»" in p.message for p in err.problems)


# ---------------------------------------------------------------------------------------------- values
def test_unknown_status_word(store: Store):
    data = csv_bytes([["Kommune", "Status"], ["Oslo", "Vedtatt"], ["Bodø", "kanskje"]])
    p = problem(refuse(store, data, "status.csv"), 3, "Status", "kanskje")
    assert "Statusen kjennes ikke igjen" in p.message and "«Under arbeid»" in p.message


def test_unknown_municipality_name_suggests_the_closest(store: Store):
    data = csv_bytes([["Kommune", "Status"], ["Bodo", "Vedtatt"]])
    p = problem(refuse(store, data, "navn.csv"), 2, "Kommune", "Bodo")
    assert "Fant ingen kommune som heter «Bodo»" in p.message and "Mente du «Bodø»?" in p.message


def test_ambiguous_name_without_county(store: Store):
    data = csv_bytes([["Kommune", "Status"], ["Herøy", "Vedtatt"]])
    p = problem(refuse(store, data, "heroy.csv"), 2, "Kommune", "Herøy")
    assert "1515" in p.message and "1818" in p.message and "fylke" in p.message


def test_five_digit_code(store: Store):
    data = csv_bytes([["Kommunenummer", "Status"], ["03011", "Vedtatt"]])
    p = problem(refuse(store, data, "kode.csv"), 2, "Kommunenummer", "03011")
    assert "5 sifre" in p.message


def test_unknown_four_digit_code(store: Store):
    data = csv_bytes([["Kommunenummer", "Status"], ["9999", "Vedtatt"]])
    assert "finnes ikke" in problem(refuse(store, data, "kode.csv"), 2, "Kommunenummer", "9999").message


def test_year_in_the_future(store: Store):
    data = csv_bytes([["Kommune", "Status", "Vedtatt"], ["Oslo", "Vedtatt", "2027"]])
    p = problem(refuse(store, data, "aar.csv"), 2, "Vedtatt", "2027")
    assert "fram i tid" in p.message


def test_revision_before_adoption(store: Store):
    data = csv_bytes([["Kommune", "Status", "Vedtatt", "Revidert"], ["Oslo", "Vedtatt", "2019", "2015"]])
    assert "før vedtatt" in problem(refuse(store, data, "rev.csv"), 2, "Revidert", "2015").message


def test_several_years_in_one_cell(store: Store):
    # two unrelated years cannot be read one way (a range "2015-2018" can: see test_policies_years.py)
    data = csv_bytes([["Kommune", "Status", "Vedtatt"], ["Oslo", "Vedtatt", "2015 og 2018"]])
    assert "flere årstall" in problem(refuse(store, data, "aar.csv"), 2, "Vedtatt", "2015 og 2018").message


def test_a_range_that_runs_backwards_is_refused(store: Store):
    data = csv_bytes([["Kommune", "Status", "Vedtatt"], ["Oslo", "Vedtatt", "2018-2015"]])
    assert "baklengs" in problem(refuse(store, data, "aar.csv"), 2, "Vedtatt", "2018-2015").message


def test_in_progress_with_a_revision_year_is_still_refused(store: Store):
    data = csv_bytes([["Kommune", "Status", "Revidert"], ["Oslo", "Under arbeid", "2020"]])
    assert "revisjonsår" in problem(refuse(store, data, "rev.csv"), 2, "Status", "Under arbeid").message


def test_status_none_with_an_adoption_year_contradicts_itself(store: Store):
    data = csv_bytes([["Kommune", "Status", "Vedtatt"], ["Oslo", "Nei", "2015"]])
    assert "ingen politikk" in problem(refuse(store, data, "motsier.csv"), 2, "Status", "Nei").message


def test_two_rows_for_one_municipality_that_disagree(store: Store):
    data = csv_bytes([["Kommune", "Status", "Vedtatt"], ["Oslo", "Vedtatt", "2019"], ["", "", ""],
                      ["OSLO kommune", "Vedtatt", "2020"]])
    p = problem(refuse(store, data, "dobbel.csv"), 4, "Kommune", "OSLO kommune")
    assert "rad 2" in p.message and "vedtaksår" in p.message and "0301 Oslo" in p.message


def test_unknown_yes_no_word(store: Store):
    data = csv_bytes([["Kommune", "Status", "Dialog"], ["Oslo", "Vedtatt", "tja"]])
    assert "ja eller nei" in problem(refuse(store, data, "dialog.csv"), 2, "Dialog", "tja").message


def test_bud_outside_one_to_ten(store: Store):
    data = csv_bytes([["Kommune", "Status", "Bud"], ["Oslo", "Vedtatt", "1, 2, 11"]])
    assert "11" in problem(refuse(store, data, "bud.csv"), 2, "Bud", "1, 2, 11").message


def test_code_and_name_pointing_at_different_municipalities(store: Store):
    data = csv_bytes([["Kommunenummer", "Kommunenavn", "Status"], ["0301", "Bodø", "Vedtatt"]])
    p = problem(refuse(store, data, "ulik.csv"), 2, "Kommunenavn", "Bodø")
    assert "0301 Oslo" in p.message and "1804 Bodø" in p.message


# ---------------------------------------------------------------------------------------------- changed borders
def test_split_code_1507_is_refused_with_both_candidates(store: Store):
    data = csv_bytes([["Kommunenummer", "Status"], ["1507", "Vedtatt"]])
    p = problem(refuse(store, data, "split.csv"), 2, "Kommunenummer", "1507")
    assert "1508 Ålesund" in p.message and "1580 Haram" in p.message


def test_name_of_a_municipality_merged_away_in_2020_is_refused_naming_its_successor(store: Store):
    data = csv_bytes([["Kommune", "Status", "Vedtatt"], ["Svelvik", "Vedtatt", "2018"]])
    p = problem(refuse(store, data, "svelvik.csv"), 2, "Kommune", "Svelvik")
    assert "3301 Drammen" in p.message and "0711" in p.message


def test_old_code_of_a_merged_municipality_is_refused_naming_its_successor(store: Store):
    data = csv_bytes([["Kommunenummer", "Status"], ["5030", "Nei"]])
    p = problem(refuse(store, data, "klaebu.csv"), 2, "Kommunenummer", "5030")
    assert "Klæbu" in p.message and "5001 Trondheim - Tråante" in p.message


def test_all_problems_are_listed_not_just_the_first(store: Store):
    data = csv_bytes([["Kommune", "Status", "Vedtatt"], ["Bodo", "Vedtatt", ""], ["Oslo", "kanskje", ""],
                      ["Herøy", "Nei", ""], ["Halden", "Vedtatt", "2099"]])
    err = refuse(store, data, "mange.csv")
    rows = sorted({p.row for p in err.problems if p.severity == "error"})
    assert rows == [2, 3, 4, 5]
    assert "4 feil" in err.message and "Ingenting er endret" in err.message


# ---------------------------------------------------------------------------------------------- command line
def test_command_line_exits_2_with_the_message_and_leaves_the_store(store: Store, tmp_path: Path, capsys):
    bad = tmp_path / "register.csv"
    bad.write_bytes(csv_bytes([["Kommune", "Status"], ["Herøy", "Vedtatt"]]))
    before = tree_digest(store.root)
    rc = main(["--data-dir", str(store.root), "import", "policies", str(bad), "--country", "no", "--today",
               TODAY.isoformat()])
    err = capsys.readouterr().err
    assert rc == 2
    assert "register.csv" in err and "rad 2" in err and "«Herøy»" in err and "Traceback" not in err
    assert tree_digest(store.root) == before


def test_command_line_missing_file(store: Store, tmp_path: Path, capsys):
    before = tree_digest(store.root)
    rc = main(["--data-dir", str(store.root), "import", "policies", str(tmp_path / "finnes-ikke.csv")])
    assert rc == 2
    assert "Fant ikke filen" in capsys.readouterr().err
    assert tree_digest(store.root) == before


def test_xlsx_with_a_bad_value_names_the_spreadsheet_row(store: Store):
    data = xlsx_bytes([["Kommunenummer", "Status", "Vedtatt"], [301, "Vedtatt", 2019], [1804, "Vedtatt", 2031]],
                      before=[["Frivillighetspolitikk i kommunene"], [None]])
    p = problem(refuse(store, data, "register.xlsx"), 5, "Vedtatt", "2031")
    assert "fram i tid" in p.message
