"""Danish official sources: DAGI municipality boundaries (via DAWA) and Statistics Denmark's FOLK1A population.

Each source is read either from the publisher (online) or from a local folder (``--source-dir``). The local
folder may have the layout of ``shared/mirror/dk`` (see its PROVENANCE.md): the DAGI 2014 boundaries with DAWA's
region fields (``kommuner_dagi2014_wgs84.geojson``), a third-party FOLK1A extract
(``folk1a_kommuner_2025K1_2026K1.csv``) and two extra per-municipality indicators (IDRAKT02, REGK31). It may also
simply hold the files the online fetch downloads: DAWA ``/kommuner?format=geojson`` and a StatBank FOLK1A CSV.

Readers here only parse bytes into frames and say exactly where input is wrong; the checks that need several
sources together (same municipalities everywhere, population sums) live in :mod:`registers.municipalities_dk`.

Formats (``shared/reference/FORMATS.md`` §4):

* DAWA ``/kommuner?format=geojson``: FeatureCollection of MultiPolygons (WGS84) with ``kode`` ("0101"),
  ``navn``, ``regionskode`` ("1084"), ``regionsnavn`` ("Region Hovedstaden"), ``udenforkommuneinddeling``
  (true for Christiansø 0411), ``visueltcenter_x/_y``. ``?struktur=flad`` JSON has the same fields without
  geometry; the default (nested) JSON has ``region {kode, navn}`` and ``visueltcenter [x, y]`` instead.
* StatBank CSV (``api.statbank.dk/v1/data/FOLK1A/CSV``): UTF-8 with BOM, ``;``, a header of variable ids plus
  ``INDHOLD`` (``OMRÅDE;KØN;ALDER;TID;INDHOLD`` or ``OMRÅDE;TID;INDHOLD``); values as codes (``101``,
  ``TOT``), labels (``København``, ``I alt``) or both (``101 København``); periods ``2025K1`` or ``2025M01``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import shape

from base.errors import AtlasError, Problem
from base.i18n import Msg
from sources.names_dk import dk_code, dk_region_code, dk_region_variants, normalise_dk_name
from sources.source_file import SourceFile
from sources.text import decode_text, sniff_delimiter

DAWA_BASE = "https://api.dataforsyningen.dk"
DAWA_KOMMUNER_GEOJSON = f"{DAWA_BASE}/kommuner?format=geojson"
DAWA_KOMMUNER_FLAD = f"{DAWA_BASE}/kommuner?struktur=flad"
DAWA_DOCS = "https://dawadocs.dataforsyningen.dk/dok/dagi"
# The documented GET form (FORMATS.md §4b): every area, both sexes, all ages, every quarter since 2008K1.
STATBANK_FOLK1A_CSV = ("https://api.statbank.dk/v1/data/FOLK1A/CSV?valuePresentation=CodeAndValue"
                       "&OMR%C3%85DE=*&K%C3%98N=TOT&ALDER=IALT&Tid=*")
STATBANK_FOLK1A_PAGE = "https://www.statistikbanken.dk/FOLK1A"

DAGI_PUBLISHER = "Klimadatastyrelsen (tidligere SDFI/Geodatastyrelsen): DAGI, udstillet gennem DAWA/Dataforsyningen"
DAGI_LICENCE = ("Danske frie geodata, kildeangivelse påkrævet (de præcise vilkår er ikke kontrolleret: "
                "UNVERIFIED)")
DST_PUBLISHER = "Danmarks Statistik (Statistikbanken)"
DST_LICENCE = ("Fri genbrug med kildeangivelse «Kilde: Danmarks Statistik» (vilkårene er ikke kontrolleret her: "
               "UNVERIFIED)")

CHRISTIANSOE = "0411"
NATIONAL = "000"

Progress = Callable[[str, int, int | None], None]


# ---------------------------------------------------------------------- small helpers
def _json(data: bytes, what: str, file_name: str) -> Any:
    try:
        return json.loads(decode_text(data))
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise AtlasError(Msg("dk.err.bad_json", what=what, detail=str(getattr(exc, "msg", exc))), file=file_name,
                         row=line) from None


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().casefold() in ("true", "1", "ja", "yes")


def _float_or_none(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if f == f else None


# ---------------------------------------------------------------------- municipality boundaries
_CODE_FIELDS = ("kode", "KOMKODE", "kommunekode", "kommunenummer")
_NAME_FIELDS = ("navn", "KOMNAVN", "kommunenavn")


def read_dk_municipality_geojson(data: bytes, file_name: str = "") -> gpd.GeoDataFrame:
    """DAWA/DAGI municipality GeoJSON -> GeoDataFrame(kommunenummer, kommunenavn, regionskode, regionsnavn,
    udenfor, visueltcenter_x, visueltcenter_y, geometry) in EPSG:4326, one row per municipality.

    Accepts the DAWA ``format=geojson`` layout, the mirror's derived DAGI 2014 file (same fields) and the raw
    DAGI 2014 layout (``KOMKODE``/``KOMNAVN``, several Polygon features per municipality, dummy Z values; no
    region fields). Several features with one code are merged into one MultiPolygon. Region fields are ``None``
    when the file has none. Christiansø (0411) is kept here with ``udenfor=True``; the register drops it.
    """
    doc = _json(data, Msg("dk.what.boundaries"), file_name)
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(
            doc.get("features"), list):
        raise AtlasError(Msg("dk.err.not_feature_collection"), file=file_name)
    crs_name = str(((doc.get("crs") or {}).get("properties") or {}).get("name", ""))
    if crs_name and not re.search(r"(CRS84|4326|4258)\s*$", crs_name):
        raise AtlasError(Msg("dk.err.not_wgs84"),
                         file=file_name, value=crs_name)
    problems: list[Problem] = []
    parts: dict[str, list[Any]] = {}
    props_of: dict[str, dict[str, Any]] = {}
    for i, feat in enumerate(doc["features"], start=1):
        props = (feat or {}).get("properties") or {}
        code_field = next((f for f in _CODE_FIELDS if props.get(f) not in (None, "")), None)
        if code_field is None:
            problems.append(Problem(Msg("dk.err.no_code"), file=file_name, row=i, column="kode"))
            continue
        code = dk_code(props[code_field])
        if code is None:
            problems.append(Problem(Msg("dk.err.code_not_number"), file=file_name, row=i,
                                    column=code_field, value=str(props[code_field])))
            continue
        geom_doc = (feat or {}).get("geometry")
        if not geom_doc:
            problems.append(Problem(Msg("dk.err.no_geometry"), file=file_name, row=i, column="geometry",
                                    value=code))
            continue
        try:
            geom = shapely.force_2d(shape(geom_doc))
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            problems.append(Problem(Msg("dk.err.geometry_unreadable", reason=str(exc)), file=file_name, row=i,
                                    column="geometry", value=code))
            continue
        if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
            problems.append(Problem(Msg("dk.err.not_area", kind=geom.geom_type), file=file_name, row=i,
                                    column="geometry", value=code))
            continue
        parts.setdefault(code, []).append(geom)
        props_of.setdefault(code, {**props, "_code_field": code_field})
    if problems:
        raise AtlasError(Msg("dk.err.boundaries_bad"), problems=problems, file=file_name)
    if not parts:
        raise AtlasError(Msg("dk.err.boundaries_empty"), file=file_name)
    rows = []
    for code, geoms in parts.items():
        p = props_of[code]
        geom = geoms[0] if len(geoms) == 1 else shapely.union_all(geoms)
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
        name = next((str(p[f]).strip() for f in _NAME_FIELDS if p.get(f)), "")
        region = p.get("regionskode")
        if region is None and isinstance(p.get("region"), dict):  # nested DAWA layout
            region = p["region"].get("kode")
        region_name = p.get("regionsnavn")
        if region_name is None and isinstance(p.get("region"), dict):
            region_name = p["region"].get("navn")
        centre = p.get("visueltcenter")
        cx = _float_or_none(p.get("visueltcenter_x", centre[0] if isinstance(centre, list) and centre else None))
        cy = _float_or_none(p.get("visueltcenter_y", centre[1] if isinstance(centre, list) and len(centre) > 1
                                  else None))
        rows.append({
            "kommunenummer": code, "kommunenavn": name,
            "regionskode": dk_region_code(region) if region is not None else None,
            "regionsnavn": str(region_name).strip() if region_name else None,
            "udenfor": _flag(p.get("udenforkommuneinddeling", False)),
            "visueltcenter_x": cx, "visueltcenter_y": cy, "geometry": geom,
        })
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    for col in ("visueltcenter_x", "visueltcenter_y"):
        gdf[col] = pd.to_numeric(gdf[col], errors="coerce").astype("float64")
    return gdf.sort_values("kommunenummer").reset_index(drop=True)


def read_dawa_kommuner_json(data: bytes, file_name: str = "") -> pd.DataFrame:
    """DAWA ``/kommuner`` JSON (``?struktur=flad`` or the default nested layout) -> DataFrame(kommunenummer,
    kommunenavn, regionskode, regionsnavn, udenfor, visueltcenter_x, visueltcenter_y)."""
    doc = _json(data, Msg("dk.what.dawa_list"), file_name)
    if not isinstance(doc, list):
        raise AtlasError(Msg("dk.err.dawa_not_list"), file=file_name)
    rows, problems = [], []
    for i, item in enumerate(doc, start=1):
        if not isinstance(item, dict):
            problems.append(Problem(Msg("dk.err.not_object"), file=file_name, row=i))
            continue
        code = dk_code(item.get("kode"))
        if code is None:
            problems.append(Problem(Msg("dk.err.code_missing"), file=file_name, row=i, column="kode",
                                    value=str(item.get("kode"))))
            continue
        region = item.get("region") if isinstance(item.get("region"), dict) else {}
        centre = item.get("visueltcenter") if isinstance(item.get("visueltcenter"), list) else [None, None]
        rows.append({
            "kommunenummer": code,
            "kommunenavn": str(item.get("navn") or "").strip(),
            "regionskode": dk_region_code(item.get("regionskode", region.get("kode"))),
            "regionsnavn": str(item.get("regionsnavn") or region.get("navn") or "").strip() or None,
            "udenfor": _flag(item.get("udenforkommuneinddeling", False)),
            "visueltcenter_x": _float_or_none(item.get("visueltcenter_x", centre[0] if centre else None)),
            "visueltcenter_y": _float_or_none(item.get("visueltcenter_y", centre[1] if len(centre) > 1 else None)),
        })
    if problems:
        raise AtlasError(Msg("dk.err.dawa_bad"), problems=problems, file=file_name)
    out = pd.DataFrame(rows)
    for col in ("visueltcenter_x", "visueltcenter_y"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    return out.sort_values("kommunenummer").reset_index(drop=True)


# ---------------------------------------------------------------------- FOLK1A population
_AREA_COLS = ("område", "omraade", "omrade", "area", "region")
_TIME_COLS = ("tid", "time")
_VALUE_COLS = ("indhold", "content", "value")
_TOTAL_WORDS = {"i alt", "ialt", "tot", "total", "alder i alt", "age total", "ialt i alt", "both sexes",
                "civilstand i alt", "køn i alt"}
_NATIONAL_WORDS = {"hele landet", "all denmark", "danmark", "denmark", "landet i alt"}
_PERIOD_RE = re.compile(r"^(\d{4})\s*(?:([KQ])([1-4])|M(\d{2}))$", re.IGNORECASE)
_CODE_LABEL_RE = re.compile(r"^(\d{1,4})(?:\s+(.*))?$")


@dataclass
class Folk1a:
    """Population read from one FOLK1A-type file.

    ``kommuner``: DataFrame(kommunenummer, periode, aar, befolkning) for municipality rows (codes in DAWA form;
    Christiansø not included); ``national``/``christiansoe``: period -> value when the file has those rows;
    ``regions``: (regionskode, period) -> value; ``first_of_year`` marks which periods are 1 January (K1, M01).
    """

    kommuner: pd.DataFrame
    national: dict[str, int] = field(default_factory=dict)
    christiansoe: dict[str, int] = field(default_factory=dict)
    regions: dict[tuple[str, str], int] = field(default_factory=dict)
    layout: str = "statbank"  # "statbank" (the API's CSV) or "extract" (the mirror's third-party extract)
    ignored_areas: list[str] = field(default_factory=list)  # aggregates that are neither kommune nor region

    def first_of_year(self) -> pd.DataFrame:
        """Rows for 1 January (quarter 1 or month 01): DataFrame(kommunenummer, aar, befolkning)."""
        df = self.kommuner[self.kommuner["periode"].map(_is_first_of_year)]
        return df[["kommunenummer", "aar", "befolkning"]].reset_index(drop=True)


def _is_first_of_year(period: str) -> bool:
    m = _PERIOD_RE.match(period)
    return bool(m and ((m.group(3) == "1") or m.group(4) == "01"))


def _is_total(value: str) -> bool:
    """"I alt", "TOT", "Alder i alt", "IALT" and the code-and-label forms "TOT I alt", "IALT Alder i alt"."""
    key = normalise_dk_name(value)
    first, _, rest = key.partition(" ")
    return key in _TOTAL_WORDS or first in _TOTAL_WORDS or rest in _TOTAL_WORDS


def _period(raw: str) -> tuple[str, int] | None:
    token = raw.strip().split(" ")[0]
    m = _PERIOD_RE.match(token)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(4):
        return f"{year}M{m.group(4)}", year
    return f"{year}K{m.group(3)}", year


def _int_value(raw: str) -> int | None:
    s = raw.strip().replace("\u00a0", "").replace(" ", "")
    if not s or s in ("..", ".", "-", ":"):
        return None
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    if re.fullmatch(r"-?\d+[.,]0+", s):
        return int(re.split(r"[.,]", s)[0])
    raise ValueError(raw)


def detect_population_layout(data: bytes) -> str | None:
    """``"statbank"``, ``"extract"`` or ``None`` (not a population file) from the header line alone."""
    text = decode_text(data[:4096])
    first = text.splitlines()[0] if text else ""
    cols = [normalise_dk_name(c) for c in re.split(r"[;\t,]", first)]
    if any(c in _AREA_COLS for c in cols) and any(c in _VALUE_COLS for c in cols) and \
            any(c in _TIME_COLS for c in cols):
        return "statbank"
    raw_cols = [c.strip().strip('"').casefold() for c in first.split(",")]
    if "kode" in raw_cols and any(re.fullmatch(r"folketal_\d{4}k[1-4]", c) for c in raw_cols):
        return "extract"
    return None


def read_folk1a(data: bytes, file_name: str = "", names: Mapping[str, str] | None = None) -> Folk1a:
    """Read a FOLK1A (or FOLK1AM) population file in either layout; see :func:`read_statbank_csv` and
    :func:`read_folk1a_extract`."""
    layout = detect_population_layout(data)
    if layout == "statbank":
        return read_statbank_csv(data, file_name, names)
    if layout == "extract":
        return read_folk1a_extract(data, file_name)
    raise AtlasError(Msg("dk.err.not_population_file"),
                     file=file_name, row=1)


def _area_matcher(names: Mapping[str, str] | None) -> Callable[[str], tuple[str, str] | None]:
    """A function label -> (kind, code): kind in {"national", "region", "christiansoe", "kommune", "other"}."""
    from sources.names_dk import dk_alias_table

    table: dict[str, str] = dict(dk_alias_table(names)[0]) if names else {}
    region_keys: dict[str, str] = {}
    for code, name in (("1081", "Nordjylland"), ("1082", "Midtjylland"), ("1083", "Syddanmark"),
                       ("1084", "Hovedstaden"), ("1085", "Sjælland")):
        for key in dk_region_variants(name, code):
            region_keys[key] = code
    known = set(names) if names else None

    def match(raw: str) -> tuple[str, str] | None:
        text = raw.strip()
        m = _CODE_LABEL_RE.match(text)
        if m and len(m.group(1)) <= 3:  # StatBank codes: "000", "084", "101" (optionally with the label)
            c = m.group(1)
            if c == NATIONAL:
                return "national", NATIONAL
            if len(c) == 3 and c.startswith("08") and dk_region_code(c):
                return "region", dk_region_code(c) or ""
            code = c.zfill(4)
            if code == CHRISTIANSOE:
                return "christiansoe", code
            if len(c) == 3 and (known is None or code in known):
                return "kommune", code
            return "other", text
        key = normalise_dk_name(text)
        if key.startswith("landsdel"):  # FOLK1A's landsdele: aggregates between region and kommune
            return "other", text
        if key in _NATIONAL_WORDS:
            return "national", NATIONAL
        if key in ("christiansø", "christiansoe", "christianso"):
            return "christiansoe", CHRISTIANSOE
        if key in region_keys:
            return "region", region_keys[key]
        if key in table:
            return "kommune", table[key]
        return None

    return match


def read_statbank_csv(data: bytes, file_name: str = "", names: Mapping[str, str] | None = None) -> Folk1a:
    """A StatBank CSV (``/v1/data/FOLK1A/CSV`` or a Statistikbanken download) -> :class:`Folk1a`.

    ``names`` (code -> official name) lets rows given as labels ("Hvidovre") be mapped to codes; rows with codes
    ("167", "167 Hvidovre") need no names. Rows of other variables (KØN, ALDER, CIVILSTAND …) are kept only for
    their total ("I alt", "TOT", "Alder i alt", "IALT"), so a file with every age still gives one figure per
    municipality and period. Christiansø, regions and "Hele landet" are returned separately for the sum checks.
    """
    text = decode_text(data)
    lines = text.splitlines()
    if not lines:
        raise AtlasError(Msg("dk.err.population_empty"), file=file_name)
    delim = sniff_delimiter(lines, (";", "\t", ","), default=";")
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    header = [h.strip() for h in next(reader)]
    keys = [normalise_dk_name(h) for h in header]
    try:
        area_i = next(i for i, k in enumerate(keys) if k in _AREA_COLS)
        time_i = next(i for i, k in enumerate(keys) if k in _TIME_COLS)
        value_i = next(i for i, k in enumerate(keys) if k in _VALUE_COLS)
    except StopIteration:
        raise AtlasError(Msg("dk.err.header_missing"), file=file_name, row=1,
                         value=delim.join(header)) from None
    other = [i for i in range(len(header)) if i not in (area_i, time_i, value_i)]
    rows = [(n, r) for n, r in enumerate(reader, start=2) if any(c.strip() for c in r)]
    problems: list[Problem] = []
    # Other variables: keep each one's total only (or its single value, when the request fixed it).
    for i in other:
        values = {r[i].strip() for _, r in rows if len(r) > i}
        if len(values) <= 1:
            continue
        totals = {v for v in values if _is_total(v)}
        if not totals:
            raise AtlasError(Msg("dk.err.no_total_row", column=header[i]), file=file_name, column=header[i])
        rows = [(n, r) for n, r in rows if len(r) > i and r[i].strip() in totals]
    match = _area_matcher(names)
    out = Folk1a(pd.DataFrame(columns=["kommunenummer", "periode", "aar", "befolkning"]), layout="statbank")
    recs: dict[tuple[str, str], tuple[int, int]] = {}
    unmatched: dict[str, int] = {}
    for n, r in rows:
        if len(r) <= max(area_i, time_i, value_i):
            problems.append(Problem(Msg("dk.err.row_width", n=len(r), width=len(header)), file=file_name,
                                    row=n, value=delim.join(r)))
            continue
        period = _period(r[time_i])
        if period is None:
            problems.append(Problem(Msg("dk.err.period"), file=file_name, row=n,
                                    column=header[time_i], value=r[time_i]))
            continue
        try:
            value = _int_value(r[value_i])
        except ValueError:
            problems.append(Problem(Msg("dk.err.population_not_integer"), file=file_name, row=n,
                                    column=header[value_i], value=r[value_i]))
            continue
        area = match(r[area_i])
        if area is None:
            unmatched.setdefault(r[area_i].strip(), n)
            continue
        kind, code = area
        if kind == "other":
            if code not in out.ignored_areas:
                out.ignored_areas.append(code)
            continue
        if value is None:
            if kind == "kommune":
                problems.append(Problem(Msg("dk.err.population_missing_dots"), file=file_name, row=n,
                                        column=header[value_i], value=r[value_i]))
            continue
        p, year = period
        if kind == "national":
            out.national[p] = value
        elif kind == "christiansoe":
            out.christiansoe[p] = value
        elif kind == "region":
            out.regions[(code, p)] = value
        else:
            if (code, p) in recs and recs[(code, p)][0] != value:
                problems.append(Problem(Msg("dk.err.two_populations", code=code, period=p), file=file_name, row=n,
                                        column=header[area_i], value=r[area_i]))
            recs[(code, p)] = (value, year)
    for label, n in list(unmatched.items())[:20]:
        problems.append(Problem(Msg("dk.err.area_unknown"), file=file_name,
                                row=n, column=header[area_i], value=label))
    if problems:
        raise AtlasError(Msg("dk.err.population_bad"), problems=problems, file=file_name)
    out.kommuner = pd.DataFrame(
        [{"kommunenummer": c, "periode": p, "aar": y, "befolkning": v} for (c, p), (v, y) in sorted(recs.items())],
        columns=["kommunenummer", "periode", "aar", "befolkning"])
    return out


def read_folk1a_extract(data: bytes, file_name: str = "") -> Folk1a:
    """The mirror's third-party FOLK1A extract: ``kode,navn,region,folketal_2025K1,folketal_2026K1`` with
    3-digit integer codes -> :class:`Folk1a` (``layout="extract"``). It has no "Hele landet" row."""
    reader = csv.DictReader(io.StringIO(decode_text(data)))
    fields = reader.fieldnames or []
    period_cols = [(c, m.group(1), int(m.group(2))) for c in fields
                   if (m := re.fullmatch(r"folketal_((\d{4})K[1-4])", c.strip(), re.IGNORECASE))]
    if "kode" not in fields or not period_cols:
        raise AtlasError(Msg("dk.err.extract_columns"), file=file_name, row=1)
    problems: list[Problem] = []
    recs = []
    christiansoe: dict[str, int] = {}
    for n, row in enumerate(reader, start=2):
        code = dk_code(row.get("kode"))
        if code is None:
            problems.append(Problem(Msg("dk.err.code_nan"), file=file_name, row=n, column="kode",
                                    value=str(row.get("kode"))))
            continue
        for col, period, year in period_cols:
            try:
                value = _int_value(row.get(col) or "")
            except ValueError:
                problems.append(Problem(Msg("dk.err.population_not_integer"), file=file_name, row=n, column=col,
                                        value=str(row.get(col))))
                continue
            if value is None:
                problems.append(Problem(Msg("dk.err.population_missing"), file=file_name, row=n, column=col, value=""))
                continue
            if code == CHRISTIANSOE:
                christiansoe[period.upper()] = value
            else:
                recs.append({"kommunenummer": code, "periode": period.upper(), "aar": year, "befolkning": value})
    if problems:
        raise AtlasError(Msg("dk.err.extract_bad"), problems=problems, file=file_name)
    frame = pd.DataFrame(recs, columns=["kommunenummer", "periode", "aar", "befolkning"])
    dup = frame.duplicated(subset=["kommunenummer", "periode"])
    if dup.any():
        raise AtlasError(Msg("dk.err.extract_twice"), file=file_name,
                         value=", ".join(sorted(set(frame.loc[dup, "kommunenummer"]))))
    return Folk1a(frame, christiansoe=christiansoe, layout="extract")


# ---------------------------------------------------------------------- extra indicators (mirror extracts)
def _read_indicator(data: bytes, file_name: str, columns: dict[str, str]) -> pd.DataFrame:
    reader = csv.DictReader(io.StringIO(decode_text(data)))
    fields = reader.fieldnames or []
    missing = [c for c in ("kommune_kode", *columns) if c not in fields]
    if missing:
        raise AtlasError(Msg("dk.err.columns_missing", columns=missing), file=file_name, row=1)
    rows, problems = [], []
    for n, row in enumerate(reader, start=2):
        code = dk_code(row.get("kommune_kode"))
        if code is None:
            problems.append(Problem(Msg("dk.err.code_nan"), file=file_name, row=n, column="kommune_kode",
                                    value=str(row.get("kommune_kode"))))
            continue
        rec: dict[str, Any] = {"kommunenummer": code}
        for src_col, out_col in columns.items():
            raw = (row.get(src_col) or "").strip().replace(",", ".")
            try:
                rec[out_col] = float(raw)
            except ValueError:
                problems.append(Problem(Msg("dk.err.value_nan"), file=file_name, row=n, column=src_col,
                                        value=row.get(src_col)))
        rows.append(rec)
    if problems:
        raise AtlasError(Msg("dk.err.indicator_bad"), problems=problems, file=file_name)
    return pd.DataFrame(rows, columns=["kommunenummer", *columns.values()])


def read_idrakt02_extract(data: bytes, file_name: str = "") -> pd.DataFrame:
    """Sports-association memberships (StatBank IDRAKT02, via a third-party extract):
    ``kommune_kode,sports_membership_pct,sports_membership_ratio`` -> DataFrame(kommunenummer,
    medlemskaber_pct, indeks_dk100). Memberships, not persons (one person in two clubs counts twice)."""
    return _read_indicator(data, file_name, {"sports_membership_pct": "medlemskaber_pct",
                                             "sports_membership_ratio": "indeks_dk100"})


def read_regk31_extract(data: bytes, file_name: str = "") -> pd.DataFrame:
    """Municipal spending on voluntary adult-education associations (StatBank REGK31, function 3.38.73, per
    inhabitant, via a third-party extract): ``kommune_kode,kommune_navn,civil_society_raw,civil_society_ratio``
    -> DataFrame(kommunenummer, kr_pr_indbygger, indeks_dk100)."""
    return _read_indicator(data, file_name, {"civil_society_raw": "kr_pr_indbygger",
                                             "civil_society_ratio": "indeks_dk100"})


# ---------------------------------------------------------------------- provenance of a local copy
def read_mirror_provenance(folder: Path) -> tuple[str | None, dict[str, str]]:
    """``(recorded, rows)`` from a mirror's PROVENANCE.md: the date it was recorded (ISO) and, per file name, the
    text of its table row (publisher, licence, caveats), so that the stored metadata can quote it."""
    path = folder / "PROVENANCE.md"
    if not path.is_file():
        return None, {}
    text = path.read_text(encoding="utf-8", errors="replace")
    m = re.search(r"Recorded on (\d{4}-\d{2}-\d{2})", text)
    rows: dict[str, str] = {}
    for line in text.splitlines():
        mm = re.match(r"^\|\s*`([^`]+)`", line)
        if mm:
            rows[Path(mm.group(1)).name] = line.strip()
    return (f"{m.group(1)}T00:00:00+00:00" if m else None), rows


def _mtime_iso(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------------- where the files come from
class DkSources:
    """Fetches the Danish source files from the publishers, or reads them from ``source_dir`` (or its ``dk``
    sub-folder, so that the parent of a two-country mirror works too)."""

    def __init__(self, source_dir: str | os.PathLike[str] | None = None, progress: Progress | None = None,
                 download: Callable[..., bytes] | None = None) -> None:
        self.progress = progress
        self.dir: Path | None = None
        if source_dir:
            base = Path(source_dir).expanduser()
            if not base.is_dir():
                raise AtlasError(Msg("source.err.no_folder", folder=base))
            self.dir = base / "dk" if (base / "dk").is_dir() and not list(base.glob("*.geojson")) else base
        self._download = download
        recorded, rows = read_mirror_provenance(self.dir) if self.dir else (None, {})
        self._recorded, self._prov_rows = recorded, rows

    @property
    def online(self) -> bool:
        return self.dir is None

    def _get_online(self, url: str, title: str) -> bytes:
        if self._download is not None:
            return self._download(url, title, self.progress)
        from sources.http import download

        return download(url, title, self.progress, accept="application/json" if "geojson" in url or
                        "struktur" in url else None)

    def _local_file(self, path: Path, url: str, title: str, publisher: str, licence: str,
                    note: str = "") -> SourceFile:
        prov = self._prov_rows.get(path.name, "")
        full_note = " ".join(x for x in (note, f"Kildekopiens proveniens: {prov}" if prov else "") if x)
        return SourceFile(path.read_bytes(), url, title, publisher, licence, str(path),
                            self._recorded or _mtime_iso(path), full_note)

    def _glob(self, patterns: list[str]) -> list[Path]:
        assert self.dir is not None
        seen: list[Path] = []
        for pat in patterns:
            for p in sorted(self.dir.glob(pat)):
                if p.is_file() and p not in seen:
                    seen.append(p)
        return seen

    def municipality_areas(self) -> SourceFile:
        title = "DAGI kommuneinddeling (DAWA /kommuner, GeoJSON)"
        if self.dir is None:
            from base.provenance import now_iso

            data = self._get_online(DAWA_KOMMUNER_GEOJSON, title)
            return SourceFile(data, DAWA_KOMMUNER_GEOJSON, title, DAGI_PUBLISHER, DAGI_LICENCE, "online",
                                now_iso())
        hits = self._glob(["kommuner_dagi*.geojson", "kommuner*.geojson", "*kommuner*.geojson", "*.geojson"])
        if not hits:
            raise AtlasError(Msg("dk.err.no_boundaries", folder=self.dir))
        path = hits[0]
        note = ""
        if "dagi2014" in path.name:
            title = "DAGI kommuneinddeling 1:500 000 (datasæt 2014-02-13), med DAWAs regionsfelter (2025-11-17)"
            note = ("Grensene er DAGI 2014 i målestokk 1:500 000, ikke dagens: små grenseendringer etter 2014 mangler "
                    "og kystlinjen er grov. Hentet via github.com/Neogeografen/dagi.")
        return self._local_file(path, DAWA_KOMMUNER_GEOJSON, title, DAGI_PUBLISHER, DAGI_LICENCE, note)

    def municipality_list(self) -> SourceFile | None:
        """DAWA ``/kommuner?struktur=flad`` (names, regions, visual centres): local only when present; online
        the GeoJSON already carries these fields, so no second request is made."""
        if self.dir is None:
            return None
        hits = self._glob(["kommuner-flad*.json", "kommuner*flad*.json", "dawa*kommuner*.json", "kommuner.json"])
        if not hits:
            return None
        return self._local_file(hits[0], DAWA_KOMMUNER_FLAD, "DAWA /kommuner (struktur=flad)", DAGI_PUBLISHER,
                                DAGI_LICENCE)

    def population(self) -> list[SourceFile]:
        """Every FOLK1A-type file: online one StatBank CSV; locally every CSV whose header is a population
        layout (the register decides which of them cover all municipalities)."""
        title = "FOLK1A: Befolkningen den 1. i kvartalet efter område"
        if self.dir is None:
            from base.provenance import now_iso

            data = self._get_online(STATBANK_FOLK1A_CSV, title)
            return [SourceFile(data, STATBANK_FOLK1A_CSV, title, DST_PUBLISHER, DST_LICENCE, "online",
                                 now_iso())]
        files = []
        for path in self._glob(["*.csv"]):
            with open(path, "rb") as fh:
                head = fh.read(4096)
            layout = detect_population_layout(head)
            if layout is None:
                continue
            note = ""
            if layout == "extract":
                note = ("Et uttrekk laget av en tredjepart (ikke API-ets rå CSV); verdiene er FOLK1A-tall for "
                        "1. januar.")
            t = title if "folk1am" not in path.name.casefold() else "FOLK1AM: Befolkningen den 1. i måneden"
            files.append(self._local_file(path, STATBANK_FOLK1A_CSV, t, DST_PUBLISHER, DST_LICENCE, note))
        if not files:
            raise AtlasError(Msg("dk.err.no_population", folder=self.dir))
        return files

    def indicators(self) -> dict[str, SourceFile]:
        """Optional per-municipality indicators from a local copy: ``idrakt02`` and ``regk31``."""
        if self.dir is None:
            return {}
        out: dict[str, SourceFile] = {}
        idr = self._glob(["*IDRAKT02*.csv", "*idrakt02*.csv"])
        if idr:
            out["idrakt02"] = self._local_file(
                idr[0], "https://www.statistikbanken.dk/IDRAKT02",
                "IDRAKT02: Medlemskaber af idrætsforeninger pr. kommune (andel af befolkningen)",
                f"{DST_PUBLISHER}; kilde hos DST: DIFs Centrale ForeningsRegister", DST_LICENCE,
                "Medlemskaber, ikke personer: én person i to klubber tælles to gange, og firmaidræt bogføres på "
                "arbejdsgiverens hovedkontor, derfor værdier nær eller over 100 %. Hentet fra et tredjeparts "
                "uttrekk (github augustseptimius-beep/doughnut); om prosenten er DSTs egen er UNVERIFIED.")
        reg = self._glob(["*REGK31*.csv", "*regk31*.csv"])
        if reg:
            out["regk31"] = self._local_file(
                reg[0], "https://www.statistikbanken.dk/REGK31",
                "REGK31: Kommunernes udgifter til frivilligt folkeoplysende foreningsarbejde (funktion 3.38.73), "
                "kr. pr. indbygger", DST_PUBLISHER, DST_LICENCE,
                "Et mål for kommunal støtte, ikke en opptelling av foreninger. Delt på folketallet av en tredjepart "
                "(github augustseptimius-beep/doughnut); regnskapsåret (2024 eller 2025) er UNVERIFIED.")
        return out
