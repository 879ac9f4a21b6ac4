"""Geometry for the web: simplification that keeps shared borders, compact GeoJSON, neighbours, areas.

Municipal borders are simplified as a *coverage* (``shapely.coverage_simplify``): each shared edge is simplified
once, so neighbours keep meeting exactly - no gaps or slivers. Coordinates are then rounded (4 decimals is about
10 m), which with ~357 features keeps the map payload well under 1 MB.
"""

from __future__ import annotations

import json
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

EQUAL_AREA_CRS = "EPSG:3035"  # ETRS89 LAEA Europe: areas in m² for Norway and Denmark alike
DEFAULT_TOLERANCE_DEG = 0.004  # about 200-400 m at these latitudes; enough for a national map


def simplify_coverage(gdf: gpd.GeoDataFrame, tolerance: float = DEFAULT_TOLERANCE_DEG) -> gpd.GeoDataFrame:
    """Simplify polygons that tile a region, keeping shared edges identical (a valid coverage stays valid)."""
    out = gdf.copy()
    geoms = shapely.make_valid(np.asarray(out.geometry.values))
    out["geometry"] = shapely.coverage_simplify(geoms, tolerance, simplify_boundary=True)
    return out


def round_coords(geom: Any, decimals: int) -> Any:
    """Round every coordinate; drop rings that collapse (fewer than 4 distinct positions)."""
    return shapely.set_precision(geom, 10 ** -decimals)


def compact_geojson(gdf: gpd.GeoDataFrame, props: list[str], decimals: int = 4) -> bytes:
    """A FeatureCollection with only ``props`` and rounded coordinates, serialised compactly (UTF-8)."""
    feats = []
    for row in gdf.itertuples(index=False):
        geom = round_coords(row.geometry, decimals)
        feats.append({"type": "Feature", "properties": {p: _plain(getattr(row, p)) for p in props},
                      "geometry": _round_mapping(mapping(geom), decimals)})
    doc = {"type": "FeatureCollection", "features": feats}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _round_mapping(m: Any, decimals: int) -> Any:
    if isinstance(m, dict):
        return {k: _round_mapping(v, decimals) for k, v in m.items()}
    if isinstance(m, (list, tuple)):
        if m and isinstance(m[0], float):
            return [round(x, decimals) for x in m]
        return [_round_mapping(x, decimals) for x in m]
    return m


def _plain(v: Any) -> Any:
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating,)):
        return float(v)
    return v


def areas_km2(gdf: gpd.GeoDataFrame) -> pd.Series:
    return gdf.to_crs(EQUAL_AREA_CRS).area / 1e6


def representative_points(gdf: gpd.GeoDataFrame) -> tuple[pd.Series, pd.Series]:
    pts = gdf.geometry.representative_point()
    return pts.y.round(5), pts.x.round(5)


def neighbours(gdf: gpd.GeoDataFrame, code_col: str) -> pd.DataFrame:
    """Pairs of areas sharing a border (not just a corner): DataFrame(kommunenummer, nabo), both directions."""
    geoms = np.asarray(gdf.geometry.values)
    codes = gdf[code_col].to_numpy()
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    pairs = []
    for i, j in zip(left, right, strict=True):
        if i >= j:
            continue
        shared = shapely.intersection(shapely.boundary(geoms[i]), shapely.boundary(geoms[j]))
        if shapely.length(shared) > 0:
            pairs.append((codes[i], codes[j]))
            pairs.append((codes[j], codes[i]))
    return pd.DataFrame(sorted(pairs), columns=["kommunenummer", "nabo"])


def dissolve_by(gdf: gpd.GeoDataFrame, key: str) -> gpd.GeoDataFrame:
    """Union the areas of each ``key`` (e.g. municipalities -> counties) so outlines match the parts exactly."""
    groups = []
    for value, part in gdf.groupby(key, sort=True):
        groups.append({key: value, "geometry": shapely.union_all(np.asarray(part.geometry.values), grid_size=1e-6)})
    return gpd.GeoDataFrame(groups, geometry="geometry", crs=gdf.crs)
