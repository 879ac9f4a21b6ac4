"""Advisers' checklists import exactly: Norwegian and Danish headers, ``x`` marks, Ja/Nei/Yes/No/Nej, bud short
titles as headers, dates in the step cells or in date columns, notes after a yes, title lines above the header.

Expected values are written out by hand from the fixture files (see tests/fixtures/README.md), not copied from
the importer's output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from base.errors import AtlasError
from registers import quality
from registers.store import Store
from tests.policy_helpers import csv_bytes, dk_index, make_store, no_index, xlsx_bytes

TODAY = dt.date(2026, 11, 25)
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quality"
T, F, U = True, False, None


def bud(*values: bool | None) -> dict[str, bool | None]:
    assert len(values) == 10
    return {str(n): v for n, v in zip(range(1, 11), values, strict=True)}


def records(data: bytes, name: str, country: str) -> dict[str, dict]:
    index = no_index() if country == "no" else dk_index()
    register, report = quality.preview_quality(data, name, index, country, TODAY)
    assert report.ok, [str(p) for p in report.errors]
    return {r["kommunenummer"]: r for r in quality.quality_records(register, country)}


# ---------------------------------------------------------------------------------------------- Norwegian file
@pytest.fixture(scope="module")
def no_file() -> dict[str, dict]:
    data = (FIXTURES / "no_radgiver_sjekkliste_cp1252.csv").read_bytes()
    return records(data, "no_radgiver_sjekkliste_cp1252.csv", "no")


def test_norwegian_checklist_keeps_the_three_filled_rows_and_skips_the_empty_one(no_file):
    assert sorted(no_file) == ["0301", "1804", "1818"]  # 1820 Alstahaug has no answers: left as "no data"


def test_norwegian_bud_columns_by_number_short_title_and_full_title(no_file):
    # header row: «1. Kjenn frivilligheten i kommunen din», «Bud 2 – Tverrsektoriell politikk», «bud3», «bud_4»,
    # «Egenutvikling», «Dialog», «Merverdi», «Gi frie midler», «Ikke konkurrer», «Forutsigbarhet»
    assert no_file["1804"]["bud"] == bud(T, T, T, U, T, T, T, T, U, T)
    assert no_file["1818"]["bud"] == bud(T, F, T, T, U, T, U, T, F, U)
    assert no_file["0301"]["bud"] == bud(*[T] * 10)


def test_sources_from_a_source_column_and_from_text_after_a_yes(no_file):
    assert no_file["1804"]["bud_sources"]["2"] == "https://www.bodo.kommune.no/frivillighetsplan"
    assert no_file["1818"]["bud_sources"]["2"] == "Planen s. 4"
    assert no_file["1818"]["bud_sources"]["6"] == "møter etter kl. 17"  # «Ja, møter etter kl. 17»
    assert no_file["0301"]["bud_sources"] == {str(n): None for n in range(1, 11)}


def test_structures_including_the_free_funds_scheme_apart_from_bud_8(no_file):
    assert no_file["1804"]["structures"] == {"volunteer_council": T, "dialogue_arenas": T, "volunteer_centre": T,
                                             "free_funds": T, "premises": T}
    assert no_file["1818"]["structures"] == {"volunteer_council": F, "dialogue_arenas": U, "volunteer_centre": T,
                                             "free_funds": U, "premises": T}
    assert no_file["1818"]["frivillighetsraad"] is False


def test_norwegian_steps_with_dates_in_cells_and_in_a_date_column(no_file):
    steps = no_file["1804"]["steps"]
    assert steps["political_decision"] == {"done": T, "date": "2013"}
    assert steps["cafe_dialogue"] == {"done": T, "date": "2014-06"}  # «Kafédialog dato» column
    assert steps["hearing"] == {"done": T, "date": "2015-03"}  # «mars 2015»
    assert steps["adoption"] == {"done": T, "date": "2015-06-18"}  # «18.06.2015»
    assert steps["input_summary"] == {"done": U, "date": None}  # no column in the file
    herøy = no_file["1818"]["steps"]
    assert [k for k, v in herøy.items() if v["done"]] == ["political_decision", "mapping",
                                                         "politicians_staff_meeting", "cafe_dialogue",
                                                         "reference_group"]
    assert herøy["adoption"]["done"] is None


def test_names_with_county_and_three_digit_codes_resolve(no_file):
    assert no_file["1818"]["kommunenavn"] == "Herøy (Nordland)"  # «Herøy» + Fylke «Nordland»
    assert no_file["0301"]["kommunenavn"] == "Oslo"  # «301», «Oslo kommune»
    assert no_file["1818"]["comment"] == "Politikk under arbeid"


# ---------------------------------------------------------------------------------------------- Danish file
@pytest.fixture(scope="module")
def dk_file() -> dict[str, dict]:
    data = (FIXTURES / "dk_tjekliste_utf8bom.csv").read_bytes()
    return records(data, "dk_tjekliste_utf8bom.csv", "dk")


def test_danish_checklist_with_ja_nej_and_x(dk_file):
    assert sorted(dk_file) == ["0101", "0173", "0580"]  # «Lyngby-Taarbæk Kommune» found by name
    assert dk_file["0101"]["bud"] == bud(T, T, F, F, T, T, T, F, F, T)
    assert dk_file["0173"]["bud"] == bud(*[T] * 10)
    assert dk_file["0580"]["bud"] == bud(U, U, U, U, U, T, U, U, U, U)
    assert dk_file["0101"]["frivillighetsraad"] is True and dk_file["0580"]["frivillighetsraad"] is False
    assert dk_file["0580"]["structures"]["volunteer_centre"] is True  # «Frivilligcenter»


def test_danish_cfsa_steps(dk_file):
    kbh = dk_file["0101"]["steps"]
    assert list(kbh) == ["plan", "steering_group", "main_lines", "opening_meeting", "association_meetings",
                         "staff_meetings", "second_meeting", "draft", "hearing", "adjustment", "adoption"]
    assert kbh["opening_meeting"] == {"done": T, "date": "2019-03-05"}  # «Stormøde 1»
    assert kbh["second_meeting"] == {"done": F, "date": None}
    assert kbh["hearing"] == {"done": T, "date": "2019-11"}  # «Høring» Ja + «Høring dato» november 2019
    assert kbh["adoption"] == {"done": T, "date": "2020-02-27"}
    aabenraa = dk_file["0580"]["steps"]
    assert aabenraa["plan"] == {"done": T, "date": "2025-08-15"}
    assert aabenraa["adoption"] == {"done": F, "date": None}
    assert dk_file["0580"]["comment"] == "Politikken er under udarbejdelse"


# ---------------------------------------------------------------------------------------------- English workbook
def test_english_workbook_with_yes_no_and_date_cells():
    header = ["Municipality", "County", "Bud1", "bud_2", "Own worth", "Bud 4 - Simplify", "Bud 5", "Dialogue",
              "Added value", "Give free funds", "Do not compete", "Predictability", "Bud 8 source",
              "Volunteer council", "Volunteer centre", "Free-funds scheme", "Premises offered",
              "Fixed dialogue arenas", "Café dialogue", "Reference group", "Hearing", "Hearing date", "Adopted"]
    rows = [header,
            ["Molde", "", "Yes", "No", "yes", "", "Y", "yes", "no", "Yes", "", "YES",
             "https://www.molde.kommune.no/tilskudd", "No", "Yes", "Yes", "", "Yes", "Yes", "Yes", "Yes",
             dt.datetime(2021, 9, 14), "No"],
            ["Våler", "Innlandet", "x", "", "", "", "", "", "", "", "", "", "",
             "", "", "", "", "", dt.date(2025, 3, 1), "", "", "", ""]]
    got = records(xlsx_bytes(rows, before=[["Checklist, volunteer policy quality"]]), "checklist.xlsx", "no")
    assert sorted(got) == ["1506", "3419"]
    assert got["1506"]["bud"] == bud(T, F, T, U, T, T, F, T, U, T)
    assert got["1506"]["bud_sources"]["8"] == "https://www.molde.kommune.no/tilskudd"
    assert got["1506"]["structures"] == {"volunteer_council": F, "dialogue_arenas": T, "volunteer_centre": T,
                                         "free_funds": T, "premises": U}
    assert got["1506"]["steps"]["cafe_dialogue"] == {"done": T, "date": None}
    assert got["1506"]["steps"]["hearing"] == {"done": T, "date": "2021-09-14"}
    assert got["1506"]["steps"]["adoption"] == {"done": F, "date": None}
    assert got["3419"]["steps"]["cafe_dialogue"] == {"done": T, "date": "2025-03-01"}
    assert got["3419"]["bud"]["1"] is True


# ---------------------------------------------------------------------------------------------- store, versions
def test_import_writes_a_version_and_a_second_import_keeps_the_first(tmp_path: Path):
    store = make_store(tmp_path / "store")
    data = (FIXTURES / "no_radgiver_sjekkliste_cp1252.csv").read_bytes()
    first = quality.import_quality(store, data, "sjekkliste.csv", "no", TODAY)
    assert first.meta["version"] == "v0001" and first.meta["rows"] == 3
    assert first.meta["file_name"] == "sjekkliste.csv" and first.meta["demo"] is False
    for key in ("publisher", "title", "url", "licence", "retrieved", "code_vintage", "sha256"):
        assert key in first.meta
    second = quality.import_quality(store, csv_bytes([["Kommune", "Bud 1"], ["Bodø", "Nei"]]), "ny.csv", "no",
                                    TODAY)
    assert second.meta["version"] == "v0002"
    versions = store.list_versions("no", "quality")
    assert [v["version"] for v in versions] == ["v0001", "v0002"] and all(v["ok"] for v in versions)
    current, _ = store.read_current("no", "quality")
    assert current["kommunenummer"].tolist() == ["1804"] and current["bud_1"].tolist() == [False]
    old, _ = store.read_version("no", "quality", "v0001")
    assert sorted(old["kommunenummer"]) == ["0301", "1804", "1818"]


def test_dry_run_writes_nothing(tmp_path: Path):
    store = make_store(tmp_path / "store")
    result = quality.import_quality(store, csv_bytes([["Kommune", "Bud 1"], ["Bodø", "Ja"]]), "a.csv", "no",
                                    TODAY, dry_run=True)
    assert result.meta == {} and store.list_versions("no", "quality") == []


def test_edited_register_validates_to_the_same_register():
    data = (FIXTURES / "no_radgiver_sjekkliste_cp1252.csv").read_bytes()
    register, _ = quality.preview_quality(data, "a.csv", no_index(), "no", TODAY)
    again, report = quality.validate_quality_edits(register, no_index(), "no", TODAY)
    assert report.ok, [str(p) for p in report.errors]
    keep = [c for c in register.columns if c not in ("source_row", "source_name", "note")]
    pd.testing.assert_frame_equal(again[keep], register[keep])


def test_edits_to_a_register_are_checked_like_a_file(tmp_path: Path):
    store = make_store(tmp_path / "store")
    register, _ = quality.preview_quality(csv_bytes([["Kommune", "Bud 1", "Bud 9"], ["Bodø", "Ja", "Nei"]]),
                                          "a.csv", no_index(), "no", TODAY)
    edited = register.astype(object)
    edited.loc[0, "bud_9"] = "kanskje"
    with pytest.raises(AtlasError) as info:
        quality.save_quality_edits(store, edited, "no", today=TODAY, index=no_index())
    assert any(p.column == "bud_9" and p.value == "kanskje" for p in info.value.problems)
    assert store.list_versions("no", "quality") == []
    edited.loc[0, "bud_9"] = True
    saved = quality.save_quality_edits(store, edited, "no", based_on="v0000", today=TODAY, index=no_index())
    assert saved.register["bud_9"].tolist() == [True] and saved.meta["kind"] == "edit"


@pytest.mark.parametrize("header", ["bud 1", "bud1", "bud_1", "Bud nr. 1", "BUD 1", "Kjenn frivilligheten",
                                    "Know the sector", "Kend frivilligheden", "1. Kjenn frivilligheten i kommunen din",
                                    "Bud 1: Know the voluntary sector in your municipality"])
def test_every_spelling_of_the_bud_1_header(header: str):
    got = records(csv_bytes([["Kommune", header], ["Bodø", "x"]]), "a.csv", "no")
    assert got["1804"]["bud"]["1"] is True


@pytest.mark.parametrize("header", ["frivillighetsråd", "Frivilligråd", "volunteer council", "FRIVILLIGHETSRAAD"])
def test_every_spelling_of_the_volunteer_council_header(header: str):
    got = records(csv_bytes([["Kommune", header], ["Bodø", "Ja"]]), "a.csv", "no")
    assert got["1804"]["frivillighetsraad"] is True


def test_the_vocabulary_gives_no_header_to_two_fields():
    assert quality.synonym_conflicts("no") == []
    assert quality.synonym_conflicts("dk") == []


def test_a_danish_step_column_in_a_norwegian_file_is_named_in_a_warning():
    register, report = quality.preview_quality(csv_bytes([["Kommune", "Bud 1", "Styregruppe"], ["Bodø", "x", "x"]]),
                                               "a.csv", no_index(), "no", TODAY)
    assert report.ok
    assert any(p.column == "Styregruppe" and "danske" in p.message for p in report.warnings)


def test_partly_is_recorded_as_unknown_with_a_warning():
    register, report = quality.preview_quality(csv_bytes([["Kommune", "Bud 4"], ["Bodø", "delvis"]]), "a.csv",
                                               no_index(), "no", TODAY)
    assert report.ok and register["bud_4"].isna().all()
    assert any(p.row == 2 and p.column == "Bud 4" and p.value == "delvis" for p in report.warnings)


def test_store_for_an_unknown_country_is_refused(tmp_path: Path):
    with pytest.raises(AtlasError, match="Ukjent land"):
        quality.import_quality(Store(tmp_path), b"Kommune;Bud 1\nOslo;x\n", "a.csv", "se")
