"""The Norwegian base registers built from the offline mirror: counts, contract, population, geometry."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from registers.store import Store
from tests.conftest import ROOT


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analytics", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_municipalities_json_has_357_municipalities_in_15_counties_with_the_contract_fields(no_store_dir: Path):
    proc = run_cli("--data-dir", str(no_store_dir), "municipalities", "--country", "no", "--json")
    assert proc.returncode == 0, proc.stderr
    recs = json.loads(proc.stdout)
    assert len(recs) == 357
    assert len({r["fylkesnummer"] for r in recs}) == 15
    for r in recs:
        assert isinstance(r["kommunenummer"], str) and len(r["kommunenummer"]) == 4 and r["kommunenummer"].isdigit()
        assert isinstance(r["fylkesnummer"], str) and r["kommunenummer"].startswith(r["fylkesnummer"])
        assert r["kommunenavn"] and r["fylkesnavn"]
        assert isinstance(r["befolkning"], int) and r["befolkning"] > 0
        assert isinstance(r["befolkning_aar"], int)
    oslo = next(r for r in recs if r["kommunenummer"] == "0301")
    assert oslo["kommunenavn"] == "Oslo" and oslo["fylkesnummer"] == "03"


def test_municipality_list_equals_the_official_klass_2024_list(no_store_dir: Path, mirror_no: Path):
    klass = json.loads((mirror_no / "klass/klass-131-version-1710-kommuneinndeling-2024.json").read_text())
    official = {i["code"]: i["name"] for i in klass["classificationItems"] if i["code"] != "9999"}
    df = Store(no_store_dir).read_frame("no", "municipalities")
    assert dict(zip(df.kommunenummer, df.kommunenavn, strict=True)) == official


def test_population_per_municipality_equals_the_ssb_file_summed_over_ages(no_store_dir: Path, mirror_no: Path):
    raw = (mirror_no / "population/ssb07459_csv/Personer2024.csv").read_bytes().decode("latin-1")
    body = raw[raw.index('"region"'):]
    expected: dict[str, int] = {}
    for row in csv.DictReader(io.StringIO(body), delimiter=";"):
        code = row["region"].split()[0][2:]
        if code.isdigit() and len(code) == 4:
            expected[code] = expected.get(code, 0) + int(row["Persons 2024"])
    df = Store(no_store_dir).read_frame("no", "municipalities")
    assert dict(zip(df.kommunenummer, df.befolkning.astype(int), strict=True)) == expected
    assert int(df.befolkning.sum()) == 5_550_203  # SSB's published total for 1 January 2024
    assert set(df.befolkning_aar) == {2024}


def test_population_history_is_recoded_to_2024_and_leaves_split_alesund_without_old_figures(no_store_dir: Path):
    pop = Store(no_store_dir).read_frame("no", "population")
    assert set(pop.aar) == {2020, 2021, 2022, 2023, 2024}
    assert set(pop.kommunenummer) <= set(Store(no_store_dir).read_frame("no", "municipalities").kommunenummer)
    old = pop[pop.aar < 2024]
    assert not old.kommunenummer.isin(["1508", "1580"]).any()
    # Halden was 3001 in 2020-2023 and is 3101 now: its history must be there under the new code.
    assert len(pop[(pop.kommunenummer == "3101")]) == 5


def test_every_dataset_carries_provenance_and_a_matching_sha256(no_store_dir: Path):
    store = Store(no_store_dir)
    metas = store.datasets("no")
    assert {m["dataset"] for m in metas} >= {"municipalities", "population", "code_changes", "kommuner_geo",
                                             "fylker_geo", "neighbours"}
    for m in metas:
        for key in ("publisher", "title", "url", "licence", "retrieved", "code_vintage", "rows", "sha256"):
            assert m.get(key) not in (None, ""), (m["dataset"], key)
    assert store.check("no") == []


def test_web_map_layer_is_well_under_1_mb_with_every_municipality_valid(no_store_dir: Path):
    import shapely
    from shapely.geometry import shape

    data = Store(no_store_dir).read_bytes("no", "kommuner_geo")
    assert len(data) < 800_000
    doc = json.loads(data)
    codes = [f["properties"]["kommunenummer"] for f in doc["features"]]
    assert len(codes) == len(set(codes)) == 357
    geoms = [shape(f["geometry"]) for f in doc["features"]]
    assert all(g.is_valid and not g.is_empty for g in geoms)
    # shared borders kept: the simplified neighbours must not overlap by more than rounding noise
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="intersects")
    overlap = sum(shapely.area(shapely.intersection(geoms[i], geoms[j])) for i, j in zip(a, b, strict=True) if i < j)
    assert overlap < 1e-4 * sum(g.area for g in geoms)


def test_neighbours_are_symmetric_and_oslo_borders_baerum(no_store_dir: Path):
    nb = Store(no_store_dir).read_frame("no", "neighbours")
    pairs = set(zip(nb.kommunenummer, nb.nabo, strict=True))
    assert all((b, a) in pairs for a, b in pairs)
    assert ("0301", "3201") in pairs  # Oslo - Bærum
    assert ("0301", "5501") not in pairs


def test_missing_register_is_refused_with_exit_2_and_a_plain_message(tmp_path: Path):
    proc = run_cli("--data-dir", str(tmp_path), "municipalities", "--country", "no", "--json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "fetch" in proc.stderr


def test_fetch_from_a_missing_source_folder_is_refused_and_keeps_the_store(tmp_path: Path, no_store_dir: Path):
    from tests.conftest import tree_digest

    before = tree_digest(no_store_dir)
    proc = run_cli("--data-dir", str(no_store_dir), "fetch", "--country", "no", "--source-dir", str(tmp_path / "x"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "Kildemappen finnes ikke" in proc.stderr
    assert tree_digest(no_store_dir) == before


def test_fetch_with_a_broken_source_file_writes_nothing(tmp_path: Path, mirror_no: Path):
    import shutil

    src = tmp_path / "src"
    shutil.copytree(mirror_no, src)
    (src / "klass/klass-131-changes-1971-2025.json").write_text('{"codeChanges": [', encoding="utf-8")
    data = tmp_path / "data"
    proc = run_cli("--data-dir", str(data), "fetch", "--country", "no", "--source-dir", str(src), "--quiet")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "ikke gyldig JSON" in proc.stderr
    assert not (data / "no").exists() or not list((data / "no").glob("*.meta.json"))
