"""The Danish base registers built from the offline mirror (skipped where ../shared is absent): 98 kommuner in
5 regions, Christiansø left out, population sums, geometry that draws offline, provenance."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from base.errors import AtlasError
from registers.store import Store
from tests.conftest import ROOT, tree_digest


@pytest.fixture(scope="module")
def dk_store_dir(tmp_path_factory: pytest.TempPathFactory, mirror_dk: Path) -> Path:
    from registers.fetch import fetch_dk

    root = tmp_path_factory.mktemp("store-dk")
    fetch_dk(Store(root), source_dir=str(mirror_dk))
    return root


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analytics", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def _mirror_features(mirror_dk: Path) -> list[dict]:
    return json.loads((mirror_dk / "kommuner_dagi2014_wgs84.geojson").read_text(encoding="utf-8"))["features"]


def test_fetch_dk_from_the_mirror_via_the_command_line_reports_98_municipalities(mirror_dk: Path, tmp_path: Path):
    proc = run_cli("--data-dir", str(tmp_path), "fetch", "--country", "dk", "--source-dir", str(mirror_dk),
                   "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "98 kommuner" in proc.stdout
    assert "Christiansø" in proc.stderr  # the exclusion is told to the user


def test_municipalities_json_has_98_kommuner_without_christiansoe_and_4_digit_codes(dk_store_dir: Path,
                                                                                    mirror_dk: Path):
    proc = run_cli("--data-dir", str(dk_store_dir), "municipalities", "--country", "dk", "--json")
    assert proc.returncode == 0, proc.stderr
    recs = json.loads(proc.stdout)
    assert len(recs) == 98
    codes = [r["kommunenummer"] for r in recs]
    assert "0411" not in codes
    assert all(isinstance(c, str) and len(c) == 4 and c.isdigit() for c in codes)
    for r in recs:
        for key in ("kommunenummer", "kommunenavn", "regionskode", "regionsnavn", "befolkning", "befolkning_aar"):
            assert key in r
        assert r["regionsnavn"].startswith("Region ")
    # The same set as the source file, minus only the flagged area.
    source = {f["properties"]["kode"] for f in _mirror_features(mirror_dk)
              if not f["properties"].get("udenforkommuneinddeling")}
    assert set(codes) == source


def test_five_regions_with_29_22_19_17_11_municipalities(dk_store_dir: Path):
    df = Store(dk_store_dir).read_frame("dk", "municipalities")
    counts = df.groupby(["fylkesnummer", "fylkesnavn"]).size().to_dict()
    assert counts == {("1081", "Region Nordjylland"): 11, ("1082", "Region Midtjylland"): 19,
                      ("1083", "Region Syddanmark"): 22, ("1084", "Region Hovedstaden"): 29,
                      ("1085", "Region Sjælland"): 17}


def test_population_equals_the_folk1a_extract_for_every_municipality(dk_store_dir: Path, mirror_dk: Path):
    with open(mirror_dk / "folk1a_kommuner_2025K1_2026K1.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    expected = {str(int(r["kode"])).zfill(4): int(r["folketal_2026K1"]) for r in rows}
    df = Store(dk_store_dir).read_frame("dk", "municipalities")
    assert dict(zip(df.kommunenummer, df.befolkning.astype(int), strict=True)) == expected
    assert set(df.befolkning_aar) == {2026}
    pop = Store(dk_store_dir).read_frame("dk", "population")
    assert sorted(pop.aar.unique().tolist()) == [2025, 2026]
    p2025 = pop[pop.aar == 2025]
    assert dict(zip(p2025.kommunenummer, p2025.befolkning, strict=True)) == {
        str(int(r["kode"])).zfill(4): int(r["folketal_2025K1"]) for r in rows}


def test_population_sum_is_denmarks_total_minus_christiansoe_for_the_year_shown(dk_store_dir: Path):
    store = Store(dk_store_dir)
    df = store.read_frame("dk", "municipalities")
    meta = store.read_meta("dk", "municipalities")
    year = int(df.befolkning_aar.iloc[0])
    check = next(c for c in meta["population_checks"] if c["aar"] == year)
    assert check["ok"] and check["sum_kommuner"] == int(df.befolkning.sum())
    # Christiansø's roughly 90 inhabitants are the only difference from "Hele landet".
    assert 0 < check["hele_landet"] - int(df.befolkning.sum()) < 150
    assert check["differanse"] == check["hele_landet"] - check["sum_kommuner"]


def test_kommuner_geo_draws_all_98_municipalities_as_valid_lon_lat_polygons(dk_store_dir: Path):
    store = Store(dk_store_dir)
    doc = json.loads(store.read_bytes("dk", "kommuner_geo"))
    feats = doc["features"]
    assert len(feats) == 98
    codes = {f["properties"]["kommunenummer"] for f in feats}
    assert codes == set(store.read_frame("dk", "municipalities").kommunenummer)
    geoms = [shape(f["geometry"]) for f in feats]
    assert all(g.is_valid and not g.is_empty for g in geoms)
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    assert 7.5 < minx and maxx < 15.5 and 54.4 < miny and maxy < 58.0  # Denmark incl. Bornholm, in lon/lat
    assert all(set(f["properties"]) >= {"kommunenummer", "kommunenavn", "fylkesnummer"} for f in feats)


def test_simplified_municipalities_still_share_their_borders(dk_store_dir: Path):
    feats = json.loads(Store(dk_store_dir).read_bytes("dk", "kommuner_geo"))["features"]
    geoms = [shape(f["geometry"]) for f in feats]
    assert shapely.coverage_is_valid(geoms)  # no overlaps and every shared edge identical on both sides


def test_regions_geojson_has_five_regions_dissolved_from_the_municipalities(dk_store_dir: Path):
    store = Store(dk_store_dir)
    regions = json.loads(store.read_bytes("dk", "fylker_geo"))["features"]
    munis = json.loads(store.read_bytes("dk", "kommuner_geo"))["features"]
    assert sorted(f["properties"]["fylkesnummer"] for f in regions) == ["1081", "1082", "1083", "1084", "1085"]
    for reg in regions:
        parts = [shape(m["geometry"]) for m in munis
                 if m["properties"]["fylkesnummer"] == reg["properties"]["fylkesnummer"]]
        union = shapely.union_all(parts)
        assert abs(shape(reg["geometry"]).area - union.area) / union.area < 0.01


def test_neighbours_are_symmetric_and_islands_without_land_border_have_none(dk_store_dir: Path):
    nb = Store(dk_store_dir).read_frame("dk", "neighbours")
    pairs = set(zip(nb.kommunenummer, nb.nabo, strict=True))
    assert all((b, a) in pairs for a, b in pairs)
    assert ("0101", "0147") in pairs  # København and Frederiksberg share a border
    for island in ("0825", "0741", "0563", "0492", "0400"):  # Læsø, Samsø, Fanø, Ærø, Bornholm
        assert island not in set(nb.kommunenummer)


def test_area_and_representative_point_lie_inside_each_municipality(dk_store_dir: Path, mirror_dk: Path):
    df = Store(dk_store_dir).read_frame("dk", "municipalities").set_index("kommunenummer")
    polys = {f["properties"]["kode"]: shape(f["geometry"]) for f in _mirror_features(mirror_dk)}
    for code, row in df.iterrows():
        assert polys[code].buffer(0.01).contains(shapely.Point(row.lon, row.lat)), code
    assert 40_000 < df.areal_km2.sum() < 45_000
    assert df.loc["0101", "areal_km2"] < df.loc["0760", "areal_km2"]  # København is smaller than Ringkøbing-Skjern


def test_every_dk_dataset_carries_provenance_and_christiansoe_note(dk_store_dir: Path):
    store = Store(dk_store_dir)
    metas = {m["dataset"]: m for m in store.datasets("dk")}
    assert {"municipalities", "population", "neighbours", "kommuner_geo", "fylker_geo"} <= set(metas)
    for m in metas.values():
        for key in ("publisher", "title", "url", "licence", "retrieved", "code_vintage"):
            assert m.get(key), (m["dataset"], key)
    assert "UNVERIFIED" in metas["municipalities"]["licence"]
    assert any("0411" in e for e in metas["municipalities"]["excluded"])
    assert "Christiansø" in metas["municipalities"]["excluded_note"]
    assert metas["kommuner_geo"]["retrieved"].startswith("2026-11-25")  # the mirror's recording date
    assert store.check("dk") == []


def test_extra_indicators_are_separate_labelled_datasets(dk_store_dir: Path, mirror_dk: Path):
    store = Store(dk_store_dir)
    idr = store.read_frame("dk", "idraet_medlemskab")
    assert len(idr) == 98 and "0411" not in set(idr.kommunenummer)
    with open(mirror_dk / "idraetsmedlemskab_IDRAKT02_2025_kommuner.csv", encoding="utf-8") as fh:
        first = next(csv.DictReader(fh))
    row = idr.set_index("kommunenummer").loc[str(int(first["kommune_kode"])).zfill(4)]
    assert row.medlemskaber_pct == float(first["sports_membership_pct"])
    assert "Medlemskaber, ikke personer" in store.read_meta("dk", "idraet_medlemskab")["note"]
    assert "UNVERIFIED" in store.read_meta("dk", "foreningsudgifter")["note"]


def test_name_index_resolves_danish_spellings_and_3_digit_codes(dk_store_dir: Path):
    from registers.municipalities import MunicipalityIndex

    index = MunicipalityIndex.from_store(Store(dk_store_dir), "dk")
    cases = {"Københavns Kommune": "0101", "Aabenraa": "0580", "Åbenrå": "0580", "Lyngby-Taarbæk": "0173",
             "Lyngby-Taarbæk Kommune": "0173", "Høje Taastrup": "0169", "Høje-Taastrup": "0169",
             "Bornholms Regionskommune": "0400", "Århus": "0751"}
    for name, code in cases.items():
        res = index.resolve(name=name)
        assert res.codes == [code], (name, res)
    assert index.resolve(code="101").codes == ["0101"]
    assert index.map_code("101") == ["0101"]
    assert index.resolve(code="411").codes == []  # Christiansø is no municipality


def test_a_source_folder_without_population_is_refused_and_the_store_is_untouched(
        dk_store_dir: Path, mirror_dk: Path, tmp_path: Path):
    from registers.fetch import fetch_dk

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "kommuner.geojson").write_bytes((mirror_dk / "kommuner_dagi2014_wgs84.geojson").read_bytes())
    before = tree_digest(dk_store_dir)
    with pytest.raises(AtlasError) as exc:
        fetch_dk(Store(dk_store_dir), source_dir=str(tmp_path / "src"))
    assert "befolkningsfil" in str(exc.value)
    assert tree_digest(dk_store_dir) == before


def test_the_parent_of_a_two_country_mirror_also_works_as_source_dir(mirror_dk: Path, tmp_path: Path):
    from registers.fetch import fetch_dk

    fetch_dk(Store(tmp_path), source_dir=str(mirror_dk.parent))
    assert len(Store(tmp_path).read_frame("dk", "municipalities")) == 98
