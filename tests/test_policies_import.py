"""Real-shaped policy files import to exactly the right 2024 statuses: an adviser's Windows-1252 ``;`` sheet with a
title line and 2020-2023 codes, an English tab-separated UTF-8 file with a BOM, a workbook with FN's traffic-light
words and "0301 Oslo" cells, a Danish file - and, with the shared mirror present, every Norwegian municipality by
its 2023 code."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from base.errors import AtlasError
from registers.policies import (
    REGISTER,
    bud_list,
    import_policies,
    load_policy_index,
    preview_policies,
    register_records,
)
from registers.store import Store
from tests.policy_helpers import dk_index, make_store, no_index, xlsx_bytes

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "policies"
TODAY = dt.date(2026, 11, 25)


def by_code(register: pd.DataFrame) -> dict[str, dict]:
    return {r["kommunenummer"]: r for r in register_records(register)}


def test_adviser_sheet_cp1252_semicolon_with_title_lines_and_old_codes():
    data = (FIXTURES / "no_adviser_semicolon_cp1252.csv").read_bytes()
    reg, rep = preview_policies(data, "oversikt.csv", no_index(), "no", TODAY)
    assert rep.ok, [str(p) for p in rep.errors]
    assert "Windows-1252" in rep.read_as and "semikolon" in rep.read_as and "rad 3" in rep.read_as
    got = {c: r["status"] for c, r in by_code(reg).items()}
    assert got == {"0301": "adopted", "1804": "adopted", "1818": "in_progress", "1515": "none",
                   "3301": "adopted", "3101": "adopted", "5610": "none", "5001": "in_progress", "1580": "none"}
    r = by_code(reg)
    assert (r["0301"]["adopted_year"], r["0301"]["dialogue"], r["0301"]["cross_sectoral"]) == (2019, True, True)
    assert r["0301"]["bud"] == [1, 2, 3, 4, 6, 8]
    assert r["0301"]["source_row"] == 4 and r["0301"]["source_name"] == "301 OSLO"
    assert r["1804"]["revised_year"] == 2024 and r["1804"]["bud"] == list(range(1, 11))
    assert r["1804"]["document_url"] == "https://www.bodo.kommune.no/frivillighetspolitikk"
    assert r["1804"]["cross_sectoral"] is False
    assert (r["3301"]["adopted_year"], r["3301"]["revised_year"]) == (2014, 2020)  # "Vedtatt i 2014"
    assert r["3101"]["bud"] == [2] and r["3101"]["dialogue"] is True  # "x" = yes
    assert "3114" not in r  # "Ukjent": no data, with a warning
    warned = {(p.row, p.column) for p in rep.warnings}
    assert (8, "Kommunenr.") in warned and (9, "Kommunenr.") in warned  # 3005 and 3001 mapped, said so
    split = [p for p in rep.warnings if p.row == 13]
    assert split and "1508 Ålesund" in split[0].message and "1580 Haram" in split[0].message
    assert any("rad 11" in p.message for p in rep.warnings if "ingen data" in p.message)


def test_english_tab_separated_utf8_bom_file():
    data = (FIXTURES / "no_english_tab_utf8bom.csv").read_bytes()
    reg, rep = preview_policies(data, "policies.csv", no_index(), "no", TODAY)
    assert rep.ok, [str(p) for p in rep.errors]
    assert rep.columns["status"] == "Policy status" and rep.columns["bud"] == "Commandments covered"
    got = {c: r["status"] for c, r in by_code(reg).items()}
    assert got == {"0301": "adopted", "1804": "adopted", "1508": "in_progress", "1506": "none", "3322": "none",
                   "5610": "none"}
    assert by_code(reg)["0301"]["bud"] == [1, 2, 3, 4, 6, 8]


def test_workbook_with_traffic_light_words_combined_cells_and_separate_bud_columns():
    rows = [["Kommune", "Farge på kartet", "Vedtatt", "Bud 1", "Bud 2", "Bud 10"],
            ["0301 Oslo", "Grønn", 2019, "x", "x", None],
            ["1804 Bodø", "grønn", 2015.0, None, "x", "x"],
            ["1818 Herøy", "Gul", None, None, None, None],
            ["K-5610 Kárášjohka - Karasjok", "Rød", None, None, None, None]]
    data = xlsx_bytes([[c if c != "Farge på kartet" else "Status" for c in rows[0]], *rows[1:]],
                      before=[["Frivillighet Norge - kart"], []])
    reg, rep = preview_policies(data, "kart.xlsx", no_index(), "no", TODAY)
    assert rep.ok, [str(p) for p in rep.errors]
    r = by_code(reg)
    assert {c: x["status"] for c, x in r.items()} == {"0301": "adopted", "1804": "adopted", "1818": "in_progress",
                                                     "5610": "none"}
    assert r["0301"]["bud"] == [1, 2] and r["1804"]["bud"] == [2, 10] and r["1804"]["adopted_year"] == 2015
    assert r["0301"]["source_row"] == 4  # two title rows above the header


def test_identical_duplicate_rows_are_merged_with_a_warning():
    from tests.policy_helpers import csv_bytes

    data = csv_bytes([["Kommune", "Status", "Vedtatt"], ["Oslo", "Vedtatt", "2019"], ["oslo kommune", "vedtatt",
                                                                                     "2019"]])
    reg, rep = preview_policies(data, "d.csv", no_index(), "no", TODAY)
    assert rep.ok and len(reg) == 1
    assert any(p.row == 3 and "rad 2" in p.message for p in rep.warnings)


def test_renamed_municipality_is_mapped_with_a_warning_not_refused():
    from tests.policy_helpers import csv_bytes

    data = csv_bytes([["Kommunenummer", "Kommune", "Status"], ["0616", "", "Nei"]])
    reg, rep = preview_policies(data, "nes.csv", no_index(), "no", TODAY)
    assert rep.ok, [str(p) for p in rep.errors]
    assert list(reg["kommunenummer"]) == ["3322"]
    assert any("3322 Nesbyen" in p.message for p in rep.warnings)


def test_only_web_links_are_kept():
    from tests.policy_helpers import csv_bytes

    data = csv_bytes([["Kommune", "Status", "Lenke"], ["Oslo", "Vedtatt", "javascript:alert(1)"],
                      ["Bodø", "Vedtatt", "file:///C:/Dokumenter/plan.pdf"], ["Halden", "Vedtatt", "http://halden.no/p"]])
    reg, rep = preview_policies(data, "lenker.csv", no_index(), "no", TODAY)
    assert rep.ok
    r = by_code(reg)
    assert r["0301"]["document_url"] is None and r["1804"]["document_url"] is None
    assert r["3101"]["document_url"] == "http://halden.no/p"
    assert {p.row for p in rep.warnings if p.column == "Lenke"} == {2, 3}


def test_danish_file_semicolon_cp1252_with_danish_names_and_words():
    data = (FIXTURES / "dk_danish_semicolon_cp1252.csv").read_bytes()
    reg, rep = preview_policies(data, "frivilligpolitik.csv", dk_index(), "dk", TODAY)
    assert rep.ok, [str(p) for p in rep.errors]
    r = by_code(reg)
    assert {c: x["status"] for c, x in r.items()} == {"0101": "adopted", "0580": "adopted", "0173": "in_progress",
                                                     "0751": "none", "0851": "adopted", "0400": "none"}
    assert (r["0101"]["adopted_year"], r["0101"]["revised_year"], r["0101"]["cross_sectoral"]) == (2016, 2024, True)
    assert (r["0851"]["revised_year"], r["0851"]["dialogue"]) == (2026, False)


def test_import_writes_a_version_with_provenance_and_keeps_earlier_ones(tmp_path: Path):
    import hashlib

    store = make_store(tmp_path / "s")
    first = (FIXTURES / "no_english_tab_utf8bom.csv").read_bytes()
    second = (FIXTURES / "no_adviser_semicolon_cp1252.csv").read_bytes()
    r1 = import_policies(store, first, "a.csv", "no", TODAY)
    r2 = import_policies(store, second, "b.csv", "no", TODAY)
    assert (r1.meta["version"], r2.meta["version"]) == ("v0001", "v0002")
    assert r2.meta["file_name"] == "b.csv"
    assert r2.meta["source_sha256"] == hashlib.sha256(second).hexdigest()
    assert r2.meta["imported_at"] and r2.meta["demo"] is False
    versions = store.list_versions("no", REGISTER)
    assert [v["version"] for v in versions] == ["v0001", "v0002"] and versions[1]["current"]
    old, meta = store.read_version("no", REGISTER, "v0001")
    assert meta["file_name"] == "a.csv" and len(old) == 6
    store.restore_version("no", REGISTER, "v0001")
    df, meta = store.read_current("no", REGISTER)
    assert meta["version"] == "v0001" and set(df["kommunenummer"]) == set(old["kommunenummer"])


def test_import_from_a_path_uses_the_file_name(tmp_path: Path):
    store = make_store(tmp_path / "s")
    result = import_policies(store, FIXTURES / "no_english_tab_utf8bom.csv", country="no", today=TODAY)
    assert result.meta["file_name"] == "no_english_tab_utf8bom.csv"


def test_cli_import_then_policies_and_coverage_json(tmp_path: Path, capsys):
    from cli import main

    store = make_store(tmp_path / "s")
    rc = main(["--data-dir", str(store.root), "import", "policies", str(FIXTURES / "no_english_tab_utf8bom.csv"),
               "--country", "no", "--today", TODAY.isoformat()])
    out = capsys.readouterr().out
    assert rc == 0 and "v0001" in out
    assert main(["--data-dir", str(store.root), "policies", "--country", "no", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["kommunenummer"]: r["status"] for r in records}["1508"] == "in_progress"
    assert {"kommunenummer", "status", "adopted_year", "revised_year"} <= set(records[0])
    assert all(r["status"] in ("adopted", "in_progress", "none") for r in records)
    assert main(["--data-dir", str(store.root), "coverage", "--country", "no", "--json"]) == 0
    cov = json.loads(capsys.readouterr().out)
    assert (cov["municipalities"], cov["adopted"], cov["in_progress"]) == (15, 2, 1)
    assert cov["by_county"]["03"]["adopted"] == 1 and cov["demo"] is False
    assert main(["--data-dir", str(store.root), "versions", "policies", "--country", "no"]) == 0
    assert "v0001 (i bruk)" in capsys.readouterr().out


def test_cli_coverage_dk_has_by_region(tmp_path: Path, capsys):
    from cli import main

    store = make_store(tmp_path / "s", "dk")
    assert main(["--data-dir", str(store.root), "import", "policies",
                 str(FIXTURES / "dk_danish_semicolon_cp1252.csv"), "--country", "dk", "--today",
                 TODAY.isoformat()]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(store.root), "coverage", "--country", "dk", "--json", "--today",
                 TODAY.isoformat()]) == 0
    cov = json.loads(capsys.readouterr().out)
    assert cov["by_region"]["1084"]["municipalities"] == 3 and cov["by_region"]["1084"]["adopted"] == 1
    assert cov["revision"]["council_took_office"] == "2026-01-01"
    assert (cov["revision"]["due"], cov["revision"]["current"]) == (2, 1)  # 2024 and 2019 due; 2026 current


def test_cli_versions_and_restore(tmp_path: Path, capsys):
    from cli import main

    store = make_store(tmp_path / "s")
    import_policies(store, FIXTURES / "no_english_tab_utf8bom.csv", country="no", today=TODAY)
    import_policies(store, FIXTURES / "no_adviser_semicolon_cp1252.csv", country="no", today=TODAY)
    assert main(["--data-dir", str(store.root), "restore", "policies", "v0001", "--country", "no"]) == 0
    assert store.current_version_id("no", REGISTER) == "v0001"
    capsys.readouterr()
    assert main(["--data-dir", str(store.root), "restore", "policies", "v0009", "--country", "no"]) == 2
    assert "finnes ikke" in capsys.readouterr().err
    assert main(["--data-dir", str(store.root), "restore", "policies", "siste", "--country", "no"]) == 2


def test_policies_without_an_import_refuses_unless_demo_is_asked_for(tmp_path: Path, capsys):
    from cli import main

    store = make_store(tmp_path / "s")
    assert main(["--data-dir", str(store.root), "policies", "--country", "no", "--json"]) == 2
    assert "--demo" in capsys.readouterr().err
    assert main(["--data-dir", str(store.root), "policies", "--country", "no", "--json", "--demo"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records and all(r["demo"] is True for r in records)


# ---------------------------------------------------------------------------------------------- real register
@pytest.fixture(scope="module")
def real_store(no_store_dir: Path) -> Store:
    return Store(no_store_dir)


def test_every_2023_municipality_by_its_2023_code_lands_on_the_right_2024_code(real_store: Store, tmp_path: Path):
    """A file listing the 356 municipalities of 2020-2023 by their old code and name imports to 357 2024 codes:
    each status follows KLASS's 2024 change rows; 1507 goes to 1508 Ålesund by its name, and Haram (1580, split
    off in 2024) gets no data."""
    changes = real_store.read_frame("no", "code_changes")
    step = changes[changes["changed"] == "2024-01-01"]
    new_of: dict[str, list[str]] = {}
    for old, new in zip(step["old_code"], step["new_code"], strict=True):
        new_of.setdefault(old, []).append(new)
    mun = real_store.read_frame("no", "municipalities")
    current = set(mun["kommunenummer"])
    unchanged = current - {n for news in new_of.values() for n in news}
    old_codes = sorted(unchanged | set(new_of))
    assert len(old_codes) == 356
    statuses = ["Vedtatt", "Under arbeid", "Nei"]
    lines = ["Kommunenummer;Kommune;Status;Vedtatt"]
    expected: dict[str, str] = {}
    names = dict(zip(changes["old_code"], changes["old_name"], strict=False))
    names.update(dict(zip(mun["kommunenummer"], mun["kommunenavn"], strict=True)))
    for i, code in enumerate(old_codes):
        word = statuses[i % 3]
        year = str(2010 + i % 15) if word == "Vedtatt" else ""
        lines.append(f"{code};{names[code]};{word};{year}")
        status = {"Vedtatt": "adopted", "Under arbeid": "in_progress", "Nei": "none"}[word]
        targets = new_of.get(code, [code])
        if len(targets) == 1:
            expected[targets[0]] = status
        else:  # 1507 Ålesund: the name decides
            expected["1508"] = status
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    reg, rep = preview_policies(data, "kommuner-2023.csv", load_policy_index(real_store, "no"), "no", TODAY)
    assert rep.ok, [str(p) for p in rep.errors][:5]
    got = dict(zip(reg["kommunenummer"], reg["status"], strict=True))
    assert got == expected
    assert "1580" not in got and len(got) == 356
    assert any(p.value == "1507" and "1580 Haram" in p.message for p in rep.warnings)


def test_the_mirrors_named_municipality_list_is_refused_for_its_real_conflicts(real_store: Store, mirror_no: Path):
    """FN's named list (the mirror) has Drammen twice (pre-2020 Drammen and former Svelvik) with different years,
    and a Stavanger row whose 'adopted' cell names a period (2015-2018): both are refused by row."""
    path = mirror_no / "policy" / "frivillighetspolitikk_named_kommuner.csv"
    with pytest.raises(AtlasError) as info:
        import_policies(real_store, path, country="no", today=TODAY, dry_run=True)
    errors = [p for p in info.value.problems if p.severity == "error"]
    assert any(p.value and p.value.startswith("3301") and "3301 Drammen" in p.message and "rad" in p.message
               for p in errors)
    assert any("flere årstall" in p.message and "2015" in (p.value or "") for p in errors)


def test_bud_list_round_trip():
    assert bud_list("1,2,10") == [1, 2, 10] and bud_list("") == [] and bud_list(None) == []


def _timed_import(store: Store, data: bytes, name: str, country: str) -> float:
    import time

    t0 = time.perf_counter()
    import_policies(store, data, name, country, TODAY)
    return time.perf_counter() - t0


def test_importing_a_357_row_file_takes_under_a_second(no_store_dir: Path, tmp_path: Path):
    import shutil

    root = tmp_path / "copy"
    shutil.copytree(no_store_dir, root)
    store = Store(root)
    mun = store.read_frame("no", "municipalities")
    lines = ["Kommunenr.;Kommune;Fylke;Status;Vedtatt;Sist revidert;Lenke;Dialog;Bud"]
    for i, (code, name, county) in enumerate(zip(mun["kommunenummer"], mun["kommunenavn"], mun["fylkesnavn"],
                                                 strict=True)):
        word = ("Vedtatt", "Under arbeid", "Nei")[i % 3]
        extra = f"{2008 + i % 16};;https://www.example.invalid/{code};Ja;1-4, 8" if word == "Vedtatt" else ";;;;"
        lines.append(f"{code};{name} kommune;{county};{word};{extra}")
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    best = min(_timed_import(store, data, "alle.csv", "no") for _ in range(3))
    assert len(store.read_current("no", REGISTER)[0]) == 357
    assert best < 1.0, f"importing 357 rows took {best:.2f} s"


@pytest.fixture(scope="module")
def dk_store(mirror_dk: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    from registers.fetch import fetch_country

    store = Store(tmp_path_factory.mktemp("store-dk"))
    fetch_country(store, "dk", str(mirror_dk))
    return store


def test_all_98_danish_municipalities_by_the_names_people_write(dk_store: Store):
    """A Danish adviser's file: `;`, Windows-1252, Danish headers, "X Kommune", "Københavns Kommune", "Åbenrå",
    "Århus", 3-digit codes for some rows, Danish status words."""
    mun = dk_store.read_frame("dk", "municipalities")
    assert len(mun) == 98
    aliases = {"0101": "Københavns Kommune", "0580": "Åbenrå", "0751": "Århus", "0173": "Lyngby-Taarbæk Kommune",
               "0400": "Bornholms Regionskommune"}
    words = [("Vedtaget", "adopted"), ("Under udarbejdelse", "in_progress"), ("Nej", "none"), ("ingen politik", "none")]
    lines = ["Kommunekode;Kommune;Region;Status;Vedtaget;Senest revideret"]
    expected = {}
    for i, (code, name, region) in enumerate(zip(mun["kommunenummer"], mun["kommunenavn"], mun["fylkesnavn"],
                                                 strict=True)):
        word, status = words[i % 4]
        shown_code = code.lstrip("0") if i % 5 == 0 else ""  # some rows by 3-digit code, most by name only
        years = f"{2010 + i % 15};{2026 if i % 8 == 0 else ''}" if status == "adopted" else ";"
        lines.append(f"{shown_code};{aliases.get(code, name + ' Kommune')};{region};{word};{years}")
        expected[code] = status
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    reg, rep = preview_policies(data, "frivilligpolitik.csv", load_policy_index(dk_store, "dk"), "dk", TODAY)
    assert rep.ok, [str(p) for p in rep.errors][:5]
    assert "Windows-1252" in rep.read_as
    assert dict(zip(reg["kommunenummer"], reg["status"], strict=True)) == expected


def test_page_and_command_line_judge_a_file_the_same_way(tmp_path: Path):
    """The Data page builds its own MunicipalityIndex; the command line lets import_policies load one. A renamed
    municipality (0616 Nes -> 3322 Nesbyen) and a merged one (0711 Svelvik) must be judged identically."""
    from registers.municipalities import MunicipalityIndex
    from tests.policy_helpers import csv_bytes

    store = make_store(tmp_path / "s")
    data = csv_bytes([["Kommunenummer", "Status"], ["0616", "Nei"], ["0711", "Nei"]])
    _, page = preview_policies(data, "f.csv", MunicipalityIndex.from_store(store, "no"), "no", TODAY)
    with pytest.raises(AtlasError) as cli:
        import_policies(store, data, "f.csv", "no", TODAY)
    assert [str(p) for p in page.problems] == [str(p) for p in cli.value.problems]
    assert [p.severity for p in page.problems] == ["warning", "error"]
