"""Bad checklists are refused as policy files are: a plain message naming file, row, column and value; exit code 2
on the command line; the data directory byte for byte as it was (hashed before and after)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from base.errors import AtlasError
from cli import main
from registers import quality
from registers.store import Store
from tests.conftest import tree_digest
from tests.policy_helpers import csv_bytes, make_store, no_index

TODAY = dt.date(2026, 11, 25)
GOOD = csv_bytes([["Kommune", "Bud 1", "Bud 2", "Frivillighetsråd"], ["Bodø", "x", "Nei", "Ja"]])


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = make_store(tmp_path / "store")
    quality.import_quality(s, GOOD, "forrige.csv", "no", TODAY)  # an earlier version that must survive untouched
    return s


def refuse(store: Store, data: bytes, name: str = "sjekkliste.csv", country: str = "no") -> AtlasError:
    before = tree_digest(store.root)
    with pytest.raises(AtlasError) as info:
        quality.import_quality(store, data, name, country, TODAY)
    assert tree_digest(store.root) == before, "a refused import changed the data directory"
    assert name in str(info.value)
    return info.value


def problem(err: AtlasError, row: int | None, column: str, value: str | None):
    found = [p for p in err.problems if p.severity == "error" and p.row == row and p.column == column]
    assert found, f"no error at row {row}, column {column}: {[str(p) for p in err.problems]}"
    p = found[0]
    assert p.value == value
    text = str(err)
    if row is not None:
        assert f"rad {row}" in text
    assert f"kolonne «{column}»" in text
    if value is not None:
        assert f"verdi «{value}»" in text
    return p


# ---------------------------------------------------------------------------------------------- files
def test_empty_file(store: Store):
    assert "Filen er tom" in refuse(store, b"").message


def test_image_renamed_to_csv(store: Store):
    assert "PNG-bilde" in refuse(store, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "sjekkliste.csv").message


def test_html_page_saved_as_csv(store: Store):
    page = b"<!doctype html><html><head><title>Sjekkliste</title></head><body><table></table></body></html>"
    assert "nettside (HTML)" in refuse(store, page).message


def test_no_municipality_column(store: Store):
    err = refuse(store, csv_bytes([["Navnet", "Bud 1"], ["Bodø", "x"]]))
    assert any("hvilken kommune" in p.message and "«Navnet»" in p.message for p in err.problems)


def test_no_criterion_column(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Status"], ["Bodø", "Vedtatt"]]))
    assert any("Fant ingen kolonne med bud" in p.message for p in err.problems)


def test_an_eleventh_bud(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Bud 1", "Bud 11"], ["Bodø", "x", "x"]]))
    p = problem(err, None, "Bud 11", "Bud 11")
    assert "bare ti" in p.message


def test_two_columns_for_the_same_bud(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Bud 8", "Gi frie midler"], ["Bodø", "x", "x"]]))
    assert any(p.column == "Gi frie midler" and "betyr det samme" in p.message for p in err.problems)


# ---------------------------------------------------------------------------------------------- values
def test_a_bud_answer_that_is_not_yes_or_no(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Bud 1", "Bud 9"], ["Bodø", "x", "x"], ["Oslo", "Ja", "kanskje"]]))
    p = problem(err, 3, "Bud 9", "kanskje")
    assert "ja eller nei" in p.message


def test_a_structure_answer_that_is_not_yes_or_no(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Frivillighetsråd"], ["Bodø", "2 møter i året"]]))
    problem(err, 2, "Frivillighetsråd", "2 møter i året")


def test_a_step_not_taken_with_a_date(store: Store):
    err = refuse(store, csv_bytes([["Kommunenummer", "Høring"], ["1804", "Nei 2015"]]))
    p = problem(err, 2, "Høring", "Nei 2015")
    assert "ingen dato" in p.message


def test_a_step_dated_in_the_future(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Vedtatt"], ["Bodø", "2027-01-15"]]))
    p = problem(err, 2, "Vedtatt", "2027-01-15")
    assert "fram i tid" in p.message


def test_an_impossible_date(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Kafédialog"], ["Bodø", "31.02.2015"]]))
    problem(err, 2, "Kafédialog", "31.02.2015")


def test_an_excel_date_number(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Høring dato"], ["Bodø", "42156"]]))
    p = problem(err, 2, "Høring dato", "42156")
    assert "Excel" in p.message


def test_a_date_column_that_contradicts_a_no(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Høring", "Høring dato"], ["Bodø", "Nei", "2015-03"]]))
    problem(err, 2, "Høring dato", "2015-03")


def test_two_different_dates_for_one_step(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Høring", "Høring dato"], ["Bodø", "2015-03", "2015-04"]]))
    p = problem(err, 2, "Høring dato", "2015-04")
    assert "to ulike datoer" in p.message


def test_an_unknown_municipality_with_a_suggestion(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Bud 1"], ["Bodøø", "x"]]))
    p = problem(err, 2, "Kommune", "Bodøø")
    assert "Bodø" in p.message


def test_an_ambiguous_name(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Bud 1"], ["Herøy", "x"]]))
    p = problem(err, 2, "Kommune", "Herøy")
    assert "Oppgi fylke" in p.message


def test_a_municipality_merged_away(store: Store):
    err = refuse(store, csv_bytes([["Kommunenummer", "Bud 1"], ["0711", "x"]]))  # Svelvik, merged into Drammen
    problem(err, 2, "Kommunenummer", "0711")


def test_two_rows_for_one_municipality_that_disagree(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Bud 1", "Bud 2"], ["Bodø", "x", "x"], ["1804 Bodø", "x", "Nei"]]))
    p = problem(err, 3, "Kommune", "1804 Bodø")
    assert "rad 2" in p.message and "bud 2" in p.message


def test_identical_duplicate_rows_are_merged_with_a_warning(tmp_path: Path):
    register, report = quality.preview_quality(
        csv_bytes([["Kommune", "Bud 1"], ["Bodø", "x"], ["Bodø", "Ja"]]), "a.csv", no_index(), "no", TODAY)
    assert report.ok and len(register) == 1
    assert any(p.row == 3 and "slått sammen" in p.message for p in report.warnings)


def test_a_row_without_a_municipality(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Bud 1"], ["Bodø", "x"], ["", "x"]]))
    problem(err, 3, "Kommune", "")


def test_every_error_in_a_file_is_listed(store: Store):
    err = refuse(store, csv_bytes([["Kommune", "Bud 1", "Høring"], ["Bodø", "kanskje", "i fjor"],
                                   ["Bergenn", "x", ""]]))
    assert {(p.row, p.column) for p in err.problems if p.severity == "error"} == {
        (2, "Bud 1"), (2, "Høring"), (3, "Kommune")}
    assert "Ingenting er endret" in err.message


def test_links_that_are_not_http_are_dropped_with_a_warning():
    register, report = quality.preview_quality(
        csv_bytes([["Kommune", "Bud 1", "Bud 1 kilde", "Kilde"], ["Bodø", "x", "javascript:alert(1)",
                                                                  "file:///c:/plan.pdf"]]),
        "a.csv", no_index(), "no", TODAY)
    assert report.ok
    assert register["bud_1_source"].isna().all() and register["source"].isna().all()
    assert {p.column for p in report.warnings} >= {"Bud 1 kilde", "Kilde"}


def test_the_demo_checklist_cannot_be_saved(store: Store):
    from registers.policies import demo_policies

    demo = quality.demo_quality(demo_policies(store.read_frame("no", "municipalities")), "no")
    before = tree_digest(store.root)
    with pytest.raises(AtlasError, match="Demosjekklisten"):
        quality.save_quality_register(store, demo, "no", {})
    with pytest.raises(AtlasError, match="demosjekklisten"):
        quality.save_quality_edits(store, demo, "no", index=no_index())
    assert tree_digest(store.root) == before


# ---------------------------------------------------------------------------------------------- command line
def test_command_line_refusal_exits_2_with_a_plain_message(store: Store, tmp_path: Path, capsys):
    path = tmp_path / "sjekkliste.csv"
    path.write_bytes(csv_bytes([["Kommune", "Bud 1"], ["Bodø", "kanskje"]]))
    before = tree_digest(store.root)
    code = main(["--data-dir", str(store.root), "import", "quality", str(path), "--country", "no",
                 "--today", TODAY.isoformat()])
    out = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in out.err
    assert "sjekkliste.csv" in out.err and "rad 2" in out.err and "kolonne «Bud 1»" in out.err
    assert "verdi «kanskje»" in out.err
    assert tree_digest(store.root) == before


def test_command_line_missing_file_exits_2(store: Store, tmp_path: Path, capsys):
    code = main(["--data-dir", str(store.root), "import", "quality", str(tmp_path / "finnes-ikke.csv")])
    assert code == 2 and "Fant ikke filen" in capsys.readouterr().err
