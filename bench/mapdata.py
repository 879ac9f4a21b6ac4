"""Real data for the map benchmark (``bench/map_app.py``, ``bench/time_to_map.py``): the 2024 municipalities from
the shared offline mirror, rounded to 4 decimals, and residents per km² coloured in quantile classes.

Sources (see ``../shared/mirror/no/PROVENANCE.md``): ``geo/2024/Kommuner-S.geojson`` (Kartverket 2024 borders,
simplified, CC BY 4.0, via robhop/fylker-og-kommuner) and ``population/ssb07459_csv/Personer2024.csv`` (SSB table
07459, population 1 January 2024 by single year of age). Areas are geodesic areas of the simplified polygons.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FRIVILLIG_SHARED_DIR", ROOT.parent / "shared"))
KOMMUNER_2024 = SHARED / "mirror" / "no" / "geo" / "2024" / "Kommuner-S.geojson"
FYLKER_2024 = SHARED / "mirror" / "no" / "geo" / "2024" / "Fylker-S.geojson"
POPULATION_2024 = SHARED / "mirror" / "no" / "population" / "ssb07459_csv" / "Personer2024.csv"
DECIMALS = 4
HOSTILE_NAME = "<img src=x onerror=alert(1)>"


def _round(coords, decimals: int):
    if coords and isinstance(coords[0], int | float):
        return [round(coords[0], decimals), round(coords[1], decimals)]
    return [_round(c, decimals) for c in coords]


def rounded_geojson(path: Path = KOMMUNER_2024, decimals: int = DECIMALS,
                    keep=("kommunenummer", "kommunenavn")) -> dict:
    """The FeatureCollection at ``path`` with coordinates rounded to ``decimals`` and only ``keep`` properties."""
    fc = json.loads(path.read_bytes())
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {k: f["properties"][k] for k in keep if k in f["properties"]},
                "geometry": {"type": f["geometry"]["type"],
                             "coordinates": _round(f["geometry"]["coordinates"], decimals)},
            }
            for f in fc["features"]
        ],
    }


def population_2024(path: Path = POPULATION_2024) -> dict[str, int]:
    """Residents on 1 Jan 2024 per municipality code, summed over age (SSB 07459 CSV export, Latin-1)."""
    text = path.read_bytes().decode("latin-1")
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith('"region"'))
    totals: dict[str, int] = {}
    for row in csv.reader(io.StringIO("\n".join(lines[header + 1:])), delimiter=";"):
        if len(row) != 3 or not row[0].startswith("K-"):
            continue
        code = row[0][2:6]
        if code.isdigit():
            totals[code] = totals.get(code, 0) + int(row[2])
    return totals


def areas_km2(fc: dict) -> dict[str, float]:
    """Geodesic area (WGS84 ellipsoid) of each feature in km², by kommunenummer."""
    from pyproj import Geod
    from shapely.geometry import shape

    geod = Geod(ellps="WGS84")
    return {
        f["properties"]["kommunenummer"]: abs(geod.geometry_area_perimeter(shape(f["geometry"]))[0]) / 1e6
        for f in fc["features"]
    }


@dataclass(frozen=True)
class DensityMap:
    geojson: dict
    density: dict[str, float]


def density_map() -> DensityMap:
    fc = rounded_geojson()
    pop = population_2024()
    area = areas_km2(fc)
    density = {code: pop[code] / area[code] for code in area if code in pop and area[code] > 0}
    return DensityMap(fc, density)
