"""Years as advisers write them: "under arbeid" with the year the work began (kept as the year of that status, never
an adoption year), and approximate years ("ca. 2014", "~2017", "2017-18", "før 2019", "2006–2011") read as their
first year, marked approximate and reported - in the import report, the register, coverage and the editor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from analytics import coverage
from registers.policies import (
    edits_to_table,
    import_policies,
    load_policy_register,
    preview_policies,
    read_year,
    validate_policy_edits,
    with_year_columns,
)
from tests.policy_helpers import csv_bytes, dk_index, make_store, no_index

TODAY = dt.date(2026, 11, 25)

ROWS = [
    ["Kommune", "Status", "Vedtatt", "Revidert"],
    ["Oslo", "Under arbeid", "2023", ""],              # 2: in progress, year in the adoption column
    ["Bodø", "Vedtatt", "ca. 2014", ""],               # 3: approximate
    ["Alstahaug", "Vedtatt", "~2017", "2021"],          # 4
    ["Molde", "Vedtatt", "2017-18", ""],               # 5: a range, first year
    ["Haram", "Vedtatt", "før 2019", ""],              # 6
    ["Drammen", "Vedtatt", "2006–2011", "ca. 2022"],   # 7: en dash range; approximate revision
    ["Halden", "Under arbeid siden 2022", "", ""],     # 8: the year in the status text
    ["Nesbyen", "Under arbeid", "ca. 2021", ""],       # 9: in progress with an approximate year
    ["Ålesund", "Vedtatt", "2019", ""],                # 10: exact, no warning
    ["Herøy (Nordland)", "Vedtatt ca. 2012", "", ""],  # 11: approximate year in the status text
]


@pytest.fixture()
def result() -> tuple[pd.DataFrame, object]:
    reg, rep = preview_policies(csv_bytes(ROWS), "aar.csv", no_index(), "no", TODAY)
    assert rep.ok, [str(p) for p in rep.errors]
    return reg.set_index("kommunenummer"), rep


def _warnings_at(rep: object, row: int) -> list:
    return [p for p in rep.warnings if p.row == row]  # type: ignore[attr-defined]


def test_in_progress_with_a_year_is_imported_as_in_progress_with_its_status_year(result):
    reg, rep = result
    oslo = reg.loc["0301"]
    assert oslo["status"] == "in_progress" and pd.isna(oslo["adopted_year"]) and oslo["status_year"] == 2023
    (w,) = _warnings_at(rep, 2)
    assert (w.column, w.value) == ("Vedtatt", "2023")
    assert "under arbeid" in w.message and "ikke som vedtaksår" in w.message
    halden = reg.loc["3101"]
    assert halden["status"] == "in_progress" and halden["status_year"] == 2022 and pd.isna(halden["adopted_year"])
    assert not _warnings_at(rep, 8)  # "Under arbeid siden 2022" says what the year is; nothing to warn about
    nes = reg.loc["3322"]
    assert (nes["status_year"], bool(nes["status_year_approx"])) == (2021, True)


@pytest.mark.parametrize(("code", "row", "column", "text", "year"), [
    ("1804", 3, "Vedtatt", "ca. 2014", 2014), ("1820", 4, "Vedtatt", "~2017", 2017),
    ("1506", 5, "Vedtatt", "2017-18", 2017), ("1580", 6, "Vedtatt", "før 2019", 2019),
    ("3301", 7, "Vedtatt", "2006–2011", 2006), ("1818", 11, "Status", "Vedtatt ca. 2012", 2012),
])
def test_approximate_years_are_read_marked_and_warned(result, code: str, row: int, column: str, text: str,
                                                      year: int):
    reg, rep = result
    rec = reg.loc[code]
    assert rec["status"] == "adopted" and rec["adopted_year"] == year and bool(rec["adopted_year_approx"])
    warned = [w for w in _warnings_at(rep, row) if w.column == column]
    assert warned and warned[0].value == text and f"ca. {year}" in warned[0].message


def test_an_exact_year_is_not_approximate_and_not_warned(result):
    reg, rep = result
    assert reg.loc["1508", "adopted_year"] == 2019 and not bool(reg.loc["1508", "adopted_year_approx"])
    assert not _warnings_at(rep, 10)
    assert not bool(reg.loc["1820", "revised_year_approx"]) and bool(reg.loc["3301", "revised_year_approx"])


def test_a_status_year_never_counts_as_adopted_in_coverage_or_timeline(result):
    from tests.policy_helpers import no_municipalities

    reg = result[0].reset_index()
    summary = coverage.coverage_summary(reg, no_municipalities(), "no", TODAY)
    assert (summary["in_progress"], summary["adopted"], summary["adopted_year_unknown"]) == (3, 7, 0)
    by_year = coverage.adoptions_by_year(coverage.status_table(reg, no_municipalities()))
    assert int(by_year["adopted_in_year"].sum()) == 7
    assert int(by_year.loc[by_year["year"] == 2023, "adopted_in_year"].sum()) == 0  # Oslo's 2023 is a status year
    assert (coverage.register_as_of(reg, 2025)["status"] == "adopted").sum() == 7


def test_the_register_round_trips_through_the_table_editor(result):
    reg, _ = result
    edited = reg.reset_index()
    table = edits_to_table(edited)
    again, rep = validate_policy_edits(edited, no_index(), "no", TODAY)
    assert rep.ok, [str(p) for p in rep.errors]
    again = again.set_index("kommunenummer")
    for col in ("status", "adopted_year", "status_year", "adopted_year_approx", "revised_year_approx",
                "status_year_approx"):
        assert again[col].tolist() == reg[col].tolist(), (col, table[col].tolist())
    assert not rep.warnings or all("omtrentlig" not in w.message for w in rep.warnings)


def test_saved_and_loaded_with_the_new_columns(tmp_path: Path):
    store = make_store(tmp_path)
    import_policies(store, csv_bytes(ROWS), "aar.csv", "no", today=TODAY)
    df, _ = load_policy_register(store, "no")
    rec = df.set_index("kommunenummer").loc["1804"]
    assert rec["adopted_year"] == 2014 and bool(rec["adopted_year_approx"])


def test_an_older_register_without_the_columns_gets_them_empty():
    old = pd.DataFrame({"kommunenummer": ["0301"], "status": ["adopted"], "adopted_year": [2019]})
    got = with_year_columns(old)
    assert got["status_year"].isna().all() and not got["adopted_year_approx"].any()


@pytest.mark.parametrize(("rows", "column", "why"), [
    ([["Oslo", "Under arbeid 2022", "2023"]], "Vedtatt", "skriv ett"),       # two different years for the status
    ([["Oslo", "Under arbeid", "2015 og 2018"]], "Vedtatt", "flere årstall"),  # cannot be read one way
    ([["Oslo", "Under arbeid", "2031"]], "Vedtatt", "fram i tid"),
])
def test_what_cannot_be_read_one_way_is_still_refused(rows: list[list[str]], column: str, why: str):
    _, rep = preview_policies(csv_bytes([["Kommune", "Status", "Vedtatt"], *rows]), "x.csv", no_index(), "no", TODAY)
    assert not rep.ok
    assert any(why in p.message and p.column == column and p.row == 2 for p in rep.errors), \
        [str(p) for p in rep.errors]


def test_danish_file_reads_the_same_way():
    rows = [["Kommune", "Status", "Vedtaget"], ["Københavns Kommune", "Under udarbejdelse", "2024"],
            ["Aarhus", "Vedtaget", "ca. 2016"]]
    reg, rep = preview_policies(csv_bytes(rows), "dk.csv", dk_index(), "dk", TODAY)
    assert rep.ok, [str(p) for p in rep.errors]
    reg = reg.set_index("kommunenummer")
    assert reg.loc["0101", "status"] == "in_progress" and reg.loc["0101", "status_year"] == 2024
    assert reg.loc["0751", "adopted_year"] == 2016 and bool(reg.loc["0751", "adopted_year_approx"])


@pytest.mark.parametrize(("text", "expected"), [
    ("2019", (2019, False, None)), ("2019-03-12", (2019, False, None)), ("12.03.2019", (2019, False, None)),
    ("2019-03", (2019, False, None)), ("ca. 2014", (2014, True, None)), ("~2017", (2017, True, None)),
    ("2017-18", (2017, True, None)), ("før 2019", (2019, True, None)), ("2006–2011", (2006, True, None)),
    ("2017/18", (2017, True, None)), ("omkring 2010", (2010, True, None)),
])
def test_read_year(text: str, expected: tuple):
    assert read_year(text) == expected


@pytest.fixture(scope="module")
def profile_store(no_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from registers.store import Store

    root = tmp_path_factory.mktemp("store-years")
    shutil.copytree(no_store_dir, root, dirs_exist_ok=True)
    rows = [["Kommune", "Status", "Vedtatt"], ["Bodø", "Vedtatt", "ca. 2014"], ["Oslo", "Under arbeid", "2023"],
            ["Tromsø", "Vedtatt", "2016"]]
    import_policies(Store(root), csv_bytes(rows), "aar.csv", "no", today=TODAY)
    return root


@pytest.mark.parametrize(("code", "label", "value"), [
    ("1804", "Vedtatt", "ca. 2014"), ("0301", "År (arbeid startet / utkast)", "2023"), ("5501", "Vedtatt", "2016"),
])
def test_the_profile_shows_approximate_and_status_years(profile_store: Path, monkeypatch, code: str, label: str,
                                                        value: str):
    from tests.test_pages_apptest import run_page

    at = run_page(profile_store, monkeypatch, "kommuneprofil", kommune=code)
    assert not at.exception, [e.value for e in at.exception]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[label] == value
    summary = "\n".join(str(c.value) for c in at.code)
    if code == "0301":
        assert "Vedtatt" not in metrics and "år oppgitt for arbeidet: 2023" in summary
    if code == "1804":
        assert "i ca. 2014" in summary


def test_the_profile_search_offers_close_names_without_applying_them(profile_store: Path, monkeypatch):
    from tests.test_pages_apptest import run_page

    at = run_page(profile_store, monkeypatch, "kommuneprofil")
    at.text_input(key="_profile_search").input("Bodo").run()
    assert not at.exception
    assert at.query_params.get("kommune") in (None, [], "0301", ["0301"])  # nothing was picked for the user
    offered = [b for b in at.button if b.key == "_profile_suggest_1804"]
    assert offered and offered[0].label == "1804 Bodø"
    offered[0].click().run()
    assert {m.label: m.value for m in at.metric}["Vedtatt"] == "ca. 2014"
