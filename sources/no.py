"""Norwegian official sources: SSB KLASS 131, SSB table 07459, Kartverket municipality and county boundaries.

Each source is read either from the publisher (online) or from a local folder (``--source-dir``), the offline copy a
presenter carries. The local folder may have the layout of ``shared/mirror/no`` (see its PROVENANCE.md) or simply
hold the files the online fetch would download. Readers here only parse bytes into DataFrames; validation and the
2024 normalisation happen in :mod:`registers.municipalities_no`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import shape

from base.errors import AtlasError
from base.i18n import Msg
from sources.http import download
from sources.reference import HEADLINES_FILE, headline_figures
from sources.source_file import SourceFile
from sources.text import decode_text

KLASS_BASE = "https://data.ssb.no/api/klass/v1"
SSB_TABLE_URL = "https://data.ssb.no/api/pxwebapi/v2/tables/07459/data"
GEONORGE_KOMMUNER = ("https://nedlasting.geonorge.no/geonorge/Basisdata/Kommuner/GeoJSON/"
                     "Basisdata_0000_Norge_4258_Kommuner_GeoJSON.zip")
GEONORGE_FYLKER = ("https://nedlasting.geonorge.no/geonorge/Basisdata/Fylker/GeoJSON/"
                   "Basisdata_0000_Norge_4258_Fylker_GeoJSON.zip")
FIRST_YEAR = 2020

SSB = "Statistisk sentralbyrå (SSB)"
KARTVERKET = "Kartverket / Geonorge"
CC_BY = "CC BY 4.0"


# ---------------------------------------------------------------------- parsers (pure)
def read_klass_codes(data: bytes) -> pd.DataFrame:
    """KLASS ``/versions/{id}`` or ``/codesAt`` JSON -> DataFrame(code, name); ``9999`` (unknown) dropped."""
    doc = _json(data, Msg("no.what.klass"))
    items = doc.get("classificationItems") or doc.get("codes")
    if not isinstance(items, list):
        raise AtlasError(Msg("no.err.klass_shape"))
    rows = [{"code": str(i["code"]).zfill(4), "name": str(i["name"]).strip()} for i in items
            if str(i.get("level", "1")) == "1" and str(i["code"]) != "9999"]
    return pd.DataFrame(rows)


def read_klass_changes(data: bytes) -> pd.DataFrame:
    """KLASS ``/changes`` JSON -> DataFrame(old_code, old_name, new_code, new_name, changed)."""
    doc = _json(data, Msg("no.what.klass_changes"))
    changes = doc.get("codeChanges")
    if not isinstance(changes, list):
        raise AtlasError(Msg("no.err.klass_changes"))
    rows = []
    for c in changes:
        rows.append({
            "old_code": str(c.get("oldCode") or "").zfill(4) if c.get("oldCode") else "",
            "old_name": (c.get("oldName") or "").strip(),
            "new_code": str(c.get("newCode") or "").zfill(4) if c.get("newCode") else "",
            "new_name": (c.get("newName") or "").strip(),
            "changed": str(c.get("changeOccurred") or "")[:10],
        })
    return pd.DataFrame(rows, columns=["old_code", "old_name", "new_code", "new_name", "changed"])


_REGION_RE = re.compile(r"^K-(\d{4})\b")


def read_ssb_07459_csv(data: bytes, file_name: str = "07459.csv") -> pd.DataFrame:
    """SSB statbank CSV export of table 07459 -> DataFrame(code, year, population).

    Handles both layouts seen in practice: Latin-1, ``;``, a title line and a blank line before the header (2021–);
    and tab-separated with no title line (2020). Population is summed over ages; non-municipal regions
    (``K-21-22``, ``K-23``, ``K-Rest``) are dropped by the ``K-NNNN`` pattern.
    """
    text = decode_text(data)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    header_at = next((i for i, ln in enumerate(lines) if ln.lower().lstrip('"').startswith("region")), None)
    if header_at is None:
        raise AtlasError(Msg("no.err.no_header"), file=file_name)
    body = "\n".join(lines[header_at:])
    delim = "\t" if body.split("\n", 1)[0].count("\t") > body.split("\n", 1)[0].count(";") else ";"
    reader = csv.reader(io.StringIO(body), delimiter=delim)
    header = next(reader)
    year_cols = [(i, int(m.group(0))) for i, h in enumerate(header) if (m := re.search(r"(19|20)\d\d", h))]
    if not year_cols:
        raise AtlasError(Msg("no.err.no_year_column"), file=file_name, row=header_at + 1)
    totals: dict[tuple[str, int], int] = {}
    for row_no, row in enumerate(reader, start=header_at + 2):
        if not row:
            continue
        m = _REGION_RE.match(row[0].strip())
        if not m:
            continue
        for i, year in year_cols:
            raw = row[i].strip().replace("\u00a0", "").replace(" ", "")
            if raw in ("", ".", "..", ":", "-"):
                continue
            try:
                val = int(raw)
            except ValueError:
                raise AtlasError(Msg("no.err.population_not_integer"), file=file_name, row=row_no,
                                 column=header[i], value=row[i]) from None
            key = (m.group(1), year)
            totals[key] = totals.get(key, 0) + val
    return pd.DataFrame([{"code": c, "year": y, "population": v} for (c, y), v in sorted(totals.items())])


def read_jsonstat2(data: bytes) -> pd.DataFrame:
    """A json-stat2 response of table 07459 (dimensions Region, ContentsCode, Tid) -> DataFrame(code, year,
    population). Only 4-digit municipality codes (or ``K-NNNN`` aggregates) are kept; suppressed cells skipped."""
    doc = _json(data, Msg("no.what.jsonstat"))
    try:
        ids, sizes, dims, values = doc["id"], doc["size"], doc["dimension"], doc["value"]
    except KeyError as exc:
        raise AtlasError(Msg("no.err.jsonstat_field", field=str(exc))) from None
    cats = []
    for dim in ids:
        index = dims[dim]["category"]["index"]
        order = sorted(index, key=index.get) if isinstance(index, dict) else list(index)
        cats.append(order)
    rows = []
    strides = [1] * len(ids)
    for k in range(len(ids) - 2, -1, -1):
        strides[k] = strides[k + 1] * sizes[k + 1]
    region_i, time_i = ids.index("Region"), ids.index("Tid")
    for flat, value in enumerate(values if isinstance(values, list) else []):
        if value is None:
            continue
        pos = [(flat // strides[k]) % sizes[k] for k in range(len(ids))]
        region = cats[region_i][pos[region_i]]
        code = region[2:] if region.startswith("K-") else region
        if not re.fullmatch(r"\d{4}", code):
            continue
        rows.append({"code": code, "year": int(cats[time_i][pos[time_i]]), "population": int(value)})
    if isinstance(values, dict):  # sparse form {"flat index": value}
        return read_jsonstat2(json.dumps({**doc, "value": _dense(values, sizes)}).encode())
    return pd.DataFrame(rows, columns=["code", "year", "population"])


def _dense(values: dict[str, Any], sizes: list[int]) -> list[Any]:
    n = 1
    for s in sizes:
        n *= s
    out: list[Any] = [None] * n
    for k, v in values.items():
        out[int(k)] = v
    return out


def _features_from_geojson_doc(doc: Any, kind: str) -> list[dict[str, Any]]:
    """Handle the three layouts Geonorge has used: a FeatureCollection, ``{"Kommune": FC, ...}`` and
    ``{"administrative_enheter.kommune": FC}``; plain FeatureCollections are filtered on ``objtype`` if present."""
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        feats = doc.get("features", [])
        typed = [f for f in feats if (f.get("properties") or {}).get("objtype")]
        return [f for f in typed if f["properties"]["objtype"] == kind] if typed else feats
    if isinstance(doc, dict):
        for key in (kind, f"administrative_enheter.{kind.lower()}"):
            if isinstance(doc.get(key), dict):
                return doc[key].get("features", [])
    raise AtlasError(Msg("no.err.no_areas", kind=kind.lower()))


def _crs_of(doc: Any, kind: str) -> str:
    fc = doc if doc.get("type") == "FeatureCollection" else doc.get(kind) or doc.get(
        f"administrative_enheter.{kind.lower()}") or {}
    name = ((fc.get("crs") or {}).get("properties") or {}).get("name", "")
    m = re.search(r"(\d{4,5})\s*$", name)
    return f"EPSG:{m.group(1)}" if m and m.group(1) not in ("4326", "4258") else "EPSG:4326"


def _geojson_bytes(data: bytes, file_name: str) -> bytes:
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = [n for n in z.namelist() if n.lower().endswith((".geojson", ".json"))]
                if not names:
                    raise AtlasError(Msg("no.err.zip_no_geojson"), file=file_name)
                return z.read(names[0])
        except zipfile.BadZipFile:
            raise AtlasError(Msg("no.err.zip_damaged"), file=file_name) from None
    return data


def read_areas(data: bytes, kind: str, code_field: str, name_fields: tuple[str, ...],
               file_name: str = "") -> gpd.GeoDataFrame:
    """Municipality (``kind="Kommune"``) or county (``"Fylke"``) polygons -> GeoDataFrame(code, name, geometry)
    in EPSG:4326. Integer codes (the 2020 files) are zero-padded; ``administrativenhetnavn`` lists are joined."""
    doc = _json(_geojson_bytes(data, file_name), Msg("no.what.geojson"))
    feats = _features_from_geojson_doc(doc, kind)
    width = 4 if kind == "Kommune" else 2
    rows = []
    for f in feats:
        p = f.get("properties") or {}
        code = p.get(code_field)
        if code is None or f.get("geometry") is None:
            continue
        name = next((p[n] for n in name_fields if p.get(n)), "")
        if isinstance(name, list):  # [{navn, sprak, rekkefolge}]
            name = " - ".join(x["navn"] for x in sorted(name, key=lambda x: int(x.get("rekkefolge", 0))))
        rows.append({"code": str(code).zfill(width), "name": str(name).strip(), "geometry": shape(f["geometry"])})
    if not rows:
        raise AtlasError(Msg("no.err.no_areas_with", kind=kind.lower(), field=code_field), file=file_name)
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=_crs_of(doc, kind))
    return gdf.to_crs("EPSG:4326") if gdf.crs.to_epsg() != 4326 else gdf


def _json(data: bytes, what: str) -> Any:
    try:
        return json.loads(decode_text(data))
    except ValueError as exc:
        raise AtlasError(Msg("no.err.bad_json", what=what, detail=exc.msg, line=exc.lineno)) from None


# ---------------------------------------------------------------------- where the files come from
class NoSources:
    """Fetches the Norwegian source files from the publishers, or reads them from ``source_dir``."""

    def __init__(self, source_dir: str | Path | None = None, progress: Any = None) -> None:
        self.dir = Path(source_dir) if source_dir else None
        self.progress = progress
        if self.dir is not None and not self.dir.is_dir():
            raise AtlasError(Msg("source.err.no_folder", folder=self.dir))

    def _local(self, patterns: list[str]) -> Path | None:
        assert self.dir is not None
        for pat in patterns:
            hits = sorted(self.dir.glob(pat))
            if hits:
                return hits[-1]
        return None

    def _get(self, patterns: list[str], url: str, title: str, publisher: str, licence: str,
             accept: str | None = None, note: str = "") -> SourceFile:
        if self.dir is not None:
            path = self._local(patterns)
            if path is None:
                raise AtlasError(Msg("no.err.file_missing", title=title, folder=self.dir,
                                     patterns=", ".join(patterns)))
            return SourceFile(path.read_bytes(), url, title, publisher, licence, str(path), note=note)
        data = download(url, title, self.progress, accept=accept)
        return SourceFile(data, url, title, publisher, licence, "online", note=note)

    def klass_codes(self) -> SourceFile:
        return self._get(["klass/*kommuneinndeling-2024*.json", "klass/*versions*.json", "klass-131-codes*.json"],
                         f"{KLASS_BASE}/classifications/131/codesAt?date=2024-01-01",
                         "KLASS 131 Standard for kommuneinndeling (2024)", SSB, CC_BY, accept="application/json")

    def klass_changes(self) -> SourceFile:
        return self._get(["klass/*changes*.json"],
                         f"{KLASS_BASE}/classifications/131/changes?from=2017-01-01&to=2026-01-02",
                         "KLASS 131 kodeendringer", SSB, CC_BY, accept="application/json")

    def municipality_areas(self) -> SourceFile:
        return self._get(["geo/2024/Kommuner-S.geojson", "geo/2024/Kommuner*.geojson", "*Kommuner*GeoJSON*.zip"],
                         GEONORGE_KOMMUNER, "Administrative enheter – kommuner (2024)", KARTVERKET, CC_BY)

    def county_areas(self) -> SourceFile:
        return self._get(["geo/2024/Fylker-S.geojson", "geo/2024/*Fylker*GeoJSON*.zip", "*Fylker*GeoJSON*.zip"],
                         GEONORGE_FYLKER, "Administrative enheter – fylker (2024)", KARTVERKET, CC_BY)

    def policy_reference(self) -> SourceFile | None:
        """Frivillighet Norge's published national counts: the local copy's full series when it holds one, else the
        headline figures in ``data/reference`` (no publisher file exists online: the figures come from press
        releases)."""
        path = self._local(["policy/frivillighetspolitikk_national_observations.csv"]) if self.dir else None
        if path is None:
            return SourceFile(headline_figures(), "https://www.frivillighetnorge.no/", "Kommuner med "
                              "frivillighetspolitikk, publiserte overskriftstall", "Frivillighet Norge (via pressen)",
                              "fakta sitert med kilde per rad", str(HEADLINES_FILE.name))
        return SourceFile(path.read_bytes(), "https://www.frivillighetnorge.no/", "Kommuner med "
                          "frivillighetspolitikk, publiserte nasjonale tall", "Frivillighet Norge (via pressen)",
                          "fakta sitert med kilde per rad", str(path))

    def policy_reference_county(self) -> SourceFile | None:
        """Frivillighet Norge's July 2024 count per county (:mod:`sources.published`), if the local copy holds it
        (a press release, not a file the publisher offers: online fetches have none). Stored as it is; the page
        reads it with :func:`sources.published.read_county_figures` and says so when it cannot."""
        if self.dir is None:
            return None
        from sources.published import COUNTY_FILE, COUNTY_PUBLISHER, COUNTY_TITLE

        path = self._local([f"policy/{COUNTY_FILE}", COUNTY_FILE])
        if path is None:
            return None
        return SourceFile(path.read_bytes(), "https://www.frivillighetnorge.no/", COUNTY_TITLE, COUNTY_PUBLISHER,
                          "fakta sitert med kilde per rad", str(path))

    def population(self) -> list[SourceFile]:
        """Table 07459, one file per year (local CSV exports) or one json-stat2 response (online)."""
        title = "SSB tabell 07459: Befolkning 1. januar, etter kommune"
        if self.dir is not None:
            paths = sorted(self.dir.glob("population/ssb07459_csv/*.csv")) + sorted(self.dir.glob("07459*.csv"))
            paths += sorted(self.dir.glob("population/ssb07459_jsonstat2/*.json"))
            paths += sorted(self.dir.glob("07459*.json"))
            if not paths:
                raise AtlasError(Msg("no.err.no_population", folder=self.dir))
            return [SourceFile(p.read_bytes(), SSB_TABLE_URL, title, SSB, CC_BY, str(p)) for p in paths]
        url = (f"{SSB_TABLE_URL}?lang=no&outputFormat=json-stat2&valueCodes[ContentsCode]=Personer1"
               f"&valueCodes[Tid]=from({FIRST_YEAR})&codelist[Region]=agg_KommSummer&valueCodes[Region]=*"
               "&outputValues[Region]=aggregated")
        return [SourceFile(download(url, title, self.progress), url, title, SSB, CC_BY, "online")]
