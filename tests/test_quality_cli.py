"""The command-line contract: ``quality --json`` and ``quality-summary --json`` field names and types, the plain
summary, and the refusal (exit 2) when nothing is imported and no demo was asked for."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cli import main
from tests.policy_helpers import csv_bytes, make_store

TODAY = dt.date(2026, 11, 25)
FILE = csv_bytes([
    ["Kommune", *(f"Bud {n}" for n in range(1, 11)), "Bud 2 kilde", "Frivillighetsråd", "Kafédialog", "Vedtatt"],
    ["Bodø", "x", "x", "", "Nei", "x", "x", "x", "x", "Nei", "x", "https://example.org/plan", "Ja", "2014-06", ""],
    ["Oslo", "Nei", "", "", "", "", "", "", "", "", "", "", "", "", "2019"],
])


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture()
def data_dir(tmp_path: Path, capsys) -> str:
    store = make_store(tmp_path / "store")
    path = tmp_path / "sjekkliste.csv"
    path.write_bytes(FILE)
    code, out, err = run(capsys, "--data-dir", str(store.root), "import", "quality", str(path), "--country", "no",
                         "--today", TODAY.isoformat())
    assert code == 0, err
    assert "Importert som versjon v0001" in out
    return str(store.root)


def test_quality_json_contract(data_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", data_dir, "quality", "--country", "no", "--json")
    assert code == 0
    records = json.loads(out)
    assert [r["kommunenummer"] for r in records] == ["0301", "1804"]
    bodo = records[1]
    assert set(bodo) >= {"kommunenummer", "bud", "frivillighetsraad", "steps"}
    assert list(bodo["bud"]) == [str(n) for n in range(1, 11)]
    assert bodo["bud"] == {"1": True, "2": True, "3": None, "4": False, "5": True, "6": True, "7": True, "8": True,
                           "9": False, "10": True}
    assert bodo["frivillighetsraad"] is True and records[0]["frivillighetsraad"] is None
    assert bodo["steps"]["cafe_dialogue"] == {"done": True, "date": "2014-06"}
    assert bodo["steps"]["adoption"] == {"done": None, "date": None}
    assert records[0]["steps"]["adoption"] == {"done": True, "date": "2019"}
    assert bodo["bud_sources"]["2"] == "https://example.org/plan"
    assert bodo["demo"] is False


def test_quality_summary_json_contract(data_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", data_dir, "quality-summary", "--country", "no", "--json")
    assert code == 0
    s = json.loads(out)
    assert set(s) >= {"bud", "by_county"}
    assert list(s["bud"]) == [str(n) for n in range(1, 11)]
    for counts in s["bud"].values():
        assert set(counts) == {"met", "not_met", "unknown"} and all(isinstance(v, int) for v in counts.values())
    assert s["bud"]["1"] == {"met": 1, "not_met": 1, "unknown": 0}
    assert s["bud"]["4"] == {"met": 0, "not_met": 1, "unknown": 1}
    assert s["by_county"]["18"]["bud"]["9"] == {"met": 0, "not_met": 1, "unknown": 0}
    assert s["by_county"]["03"]["assessed"] == 1
    # Bodø has taken a step but not adoption: in progress by the checklist (the policy register is the demo)
    assert [p["kommunenummer"] for p in s["process"]] == ["1804"]
    assert s["demo"] is False and s["version"] == "v0001"


def test_plain_summary_is_readable(data_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", data_dir, "quality-summary", "--country", "no")
    assert code == 0
    assert "2 av 15 kommuner er i sjekklisten" in out
    assert "Bud 1: oppfylt 1, ikke oppfylt 1, ukjent 0" in out


def test_nothing_imported_is_refused_plainly_unless_demo_is_asked_for(tmp_path: Path, capsys):
    store = make_store(tmp_path / "store")
    code, out, err = run(capsys, "--data-dir", str(store.root), "quality", "--country", "no", "--json")
    assert code == 2 and out == "" and "Ingen sjekkliste" in err and "--demo" in err
    code, out, _ = run(capsys, "--data-dir", str(store.root), "quality", "--country", "no", "--json", "--demo")
    assert code == 0
    records = json.loads(out)
    assert records and all(r["demo"] is True for r in records)
    code, out, _ = run(capsys, "--data-dir", str(store.root), "quality-summary", "--country", "no", "--demo")
    assert code == 0 and out.startswith("DEMO")
