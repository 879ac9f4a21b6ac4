"""The online fetch (DAWA + StatBank), tested without a network: the download function is replaced by one that
serves small DAWA- and StatBank-shaped bodies built here, and records which URLs were asked for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from base.errors import AtlasError
from registers.fetch import fetch_dk
from registers.store import Store
from sources import dk as src
from tests.conftest import tree_digest


def square(x: float, y: float, size: float = 0.1) -> dict:
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "MultiPolygon", "coordinates": [[ring]]}


def feature(code: str, name: str, region: str, region_name: str, geom: dict, outside: bool = False) -> dict:
    props = {"dagi_id": "1", "kode": code, "navn": name, "regionskode": region, "udenforkommuneinddeling": outside,
             "regionsnavn": region_name, "ændret": "2024-10-04T21:02:54.978Z", "geo_ændret": "2024-10-04",
             "geo_version": 1, "visueltcenter_x": geom["coordinates"][0][0][0][0] + 0.05,
             "visueltcenter_y": geom["coordinates"][0][0][0][1] + 0.05}
    return {"type": "Feature", "properties": props, "geometry": geom}


# Three municipalities (two neighbours in Hovedstaden, one in Sjælland) and Christiansø, DAWA-shaped.
DAWA = json.dumps({"type": "FeatureCollection", "features": [
    feature("0101", "København", "1084", "Region Hovedstaden", square(12.4, 55.6)),
    feature("0147", "Frederiksberg", "1084", "Region Hovedstaden", square(12.5, 55.6)),
    feature("0253", "Greve", "1085", "Region Sjælland", square(12.2, 55.5)),
    feature("0411", "Christiansø", "1084", "Region Hovedstaden", square(15.18, 55.32, 0.01), outside=True),
]}).encode()


def statbank_body(national: int = 1000 + 200 + 300 + 90) -> bytes:
    rows = ["OMRÅDE;KØN;ALDER;TID;INDHOLD",
            f"000 Hele landet;TOT I alt;IALT Alder i alt;2026K1;{national}",
            "084 Region Hovedstaden;TOT I alt;IALT Alder i alt;2026K1;1290",
            "085 Region Sjælland;TOT I alt;IALT Alder i alt;2026K1;300",
            "101 København;TOT I alt;IALT Alder i alt;2026K1;1000",
            "147 Frederiksberg;TOT I alt;IALT Alder i alt;2026K1;200",
            "253 Greve;TOT I alt;IALT Alder i alt;2026K1;300",
            "411 Christiansø;TOT I alt;IALT Alder i alt;2026K1;90",
            "101 København;TOT I alt;IALT Alder i alt;2026K2;1001"]
    return "\ufeff".encode() + ("\n".join(rows) + "\n").encode("utf-8")


class FakeNet:
    def __init__(self, statbank: bytes) -> None:
        self.urls: list[str] = []
        self.statbank = statbank

    def __call__(self, url: str, title: str, progress=None) -> bytes:
        self.urls.append(url)
        if url.startswith(src.DAWA_BASE):
            return DAWA
        if url.startswith("https://api.statbank.dk/"):
            return self.statbank
        raise AssertionError(url)


def test_online_fetch_asks_dawa_and_statbank_and_stores_the_municipalities(tmp_path: Path):
    net = FakeNet(statbank_body())
    notes = fetch_dk(Store(tmp_path), download=net)
    assert net.urls == [src.DAWA_KOMMUNER_GEOJSON, src.STATBANK_FOLK1A_CSV]
    assert "K%C3%98N=TOT" in src.STATBANK_FOLK1A_CSV and "OMR%C3%85DE=*" in src.STATBANK_FOLK1A_CSV
    store = Store(tmp_path)
    df = store.read_frame("dk", "municipalities")
    assert df.kommunenummer.tolist() == ["0101", "0147", "0253"]
    assert df.befolkning.tolist() == [1000, 200, 300] and set(df.befolkning_aar) == {2026}
    assert df.lat.tolist()[0] == pytest.approx(55.65) and df.lon.tolist()[0] == pytest.approx(12.45)  # DAWA centre
    meta = store.read_meta("dk", "municipalities")
    check = meta["population_checks"][0]
    assert check["ok"] and check["christiansoe"] == 90 and "eksakt" in check["grunnlag"]
    assert meta["sources"][0]["origin"] == "online" and meta["url"] == src.DAWA_KOMMUNER_GEOJSON
    assert any("Christiansø" in n for n in notes)
    nb = store.read_frame("dk", "neighbours")
    assert set(zip(nb.kommunenummer, nb.nabo, strict=True)) == {("0101", "0147"), ("0147", "0101")}
    regions = json.loads(store.read_bytes("dk", "fylker_geo"))["features"]
    assert sorted(r["properties"]["fylkesnavn"] for r in regions) == ["Region Hovedstaden", "Region Sjælland"]


def test_population_that_does_not_add_up_to_hele_landet_is_refused_and_nothing_is_written(tmp_path: Path):
    store = Store(tmp_path)
    fetch_dk(store, download=FakeNet(statbank_body()))
    before = tree_digest(tmp_path / "dk")
    with pytest.raises(AtlasError) as exc:
        fetch_dk(store, download=FakeNet(statbank_body(national=5000)))
    assert "går ikke opp" in str(exc.value) and "5000" in str(exc.value)
    assert tree_digest(tmp_path / "dk") == before


def test_a_region_row_that_disagrees_with_its_municipalities_is_refused(tmp_path: Path):
    body = statbank_body().replace(b"085 Region Sj\xc3\xa6lland;TOT I alt;IALT Alder i alt;2026K1;300",
                                   b"085 Region Sj\xc3\xa6lland;TOT I alt;IALT Alder i alt;2026K1;301")
    with pytest.raises(AtlasError, match="1085"):
        fetch_dk(Store(tmp_path), download=FakeNet(body))


def test_no_network_gives_a_plain_message_that_names_source_dir(tmp_path: Path, monkeypatch):
    import urllib.request

    def refuse(*args, **kwargs):
        raise OSError("Network is unreachable")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    with pytest.raises(AtlasError) as exc:
        fetch_dk(Store(tmp_path))
    assert "--source-dir" in str(exc.value)
    assert not (tmp_path / "dk").exists()


def test_dawa_nested_and_flat_json_layouts_read_the_same(reference: Path):
    flat = src.read_dawa_kommuner_json((reference / "dawa/kommuner-flad-2025-11-17.json").read_bytes(), "flad")
    assert len(flat) == 99 and flat.loc[flat.kommunenummer == "0411", "udenfor"].item()
    nested = [{"kode": r.kommunenummer, "navn": r.kommunenavn, "udenforkommuneinddeling": bool(r.udenfor),
               "region": {"kode": r.regionskode, "navn": r.regionsnavn},
               "visueltcenter": [r.visueltcenter_x, r.visueltcenter_y]} for r in flat.itertuples()]
    again = src.read_dawa_kommuner_json(json.dumps(nested).encode(), "nested")
    assert again.equals(flat)


def test_geometry_file_without_region_fields_is_completed_from_the_dawa_list(reference: Path, mirror_dk: Path,
                                                                            tmp_path: Path):
    # The raw 2014 DAGI file (KOMKODE/KOMNAVN, several polygons per code, Z = -999) plus DAWA's flat list.
    (tmp_path / "kommuner.geojson").write_bytes((mirror_dk / "raw/neogeografen_dagi_kommuner_2014.geojson")
                                                .read_bytes())
    (tmp_path / "kommuner-flad.json").write_bytes((reference / "dawa/kommuner-flad-2025-11-17.json").read_bytes())
    (tmp_path / "folk1a.csv").write_bytes((mirror_dk / "folk1a_kommuner_2025K1_2026K1.csv").read_bytes())
    fetch_dk(Store(tmp_path / "store"), source_dir=str(tmp_path))
    df = Store(tmp_path / "store").read_frame("dk", "municipalities")
    assert len(df) == 98 and df.groupby("fylkesnummer").size().to_dict() == {
        "1081": 11, "1082": 19, "1083": 22, "1084": 29, "1085": 17}
    assert df.set_index("kommunenummer").loc["0169", "kommunenavn"] == "Høje-Taastrup"  # DAWA's current spelling


def test_bad_geojson_is_refused_naming_the_feature():
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kode": "01x1", "navn": "X"}, "geometry": square(1, 1)},
        {"type": "Feature", "properties": {"navn": "Y"}, "geometry": square(1, 1)},
        {"type": "Feature", "properties": {"kode": "0147"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}
    with pytest.raises(AtlasError) as exc:
        src.read_dk_municipality_geojson(json.dumps(doc).encode(), "k.geojson")
    text = str(exc.value)
    assert "rad 1, kolonne «kode», verdi «01x1»" in text
    assert "rad 2, kolonne «kode»" in text
    assert "rad 3" in text and "Point" in text
