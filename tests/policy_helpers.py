"""A small, hand-built municipality register (Norway and Denmark) for the policy tests, and file builders.

Codes, names, counties and code changes are real (KLASS 131 / DAWA); populations are round illustrative numbers
chosen so that coverage can be computed by hand (they are not SSB/Statistics Denmark figures).
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from registers.municipalities import MunicipalityIndex
from registers.store import Store

NO_MUNICIPALITIES = [
    # code, name, county code, county name, population (illustrative)
    ("0301", "Oslo", "03", "Oslo", 700_000),
    ("1804", "Bodø", "18", "Nordland", 50_000),
    ("1818", "Herøy (Nordland)", "18", "Nordland", 1_700),
    ("1820", "Alstahaug", "18", "Nordland", 7_000),
    ("1515", "Herøy (Møre og Romsdal)", "15", "Møre og Romsdal", 9_000),
    ("1508", "Ålesund", "15", "Møre og Romsdal", 60_000),
    ("1580", "Haram", "15", "Møre og Romsdal", 9_500),
    ("1506", "Molde", "15", "Møre og Romsdal", 30_000),
    ("3301", "Drammen", "33", "Buskerud", 100_000),
    ("3322", "Nesbyen", "33", "Buskerud", 3_300),
    ("3101", "Halden", "31", "Østfold", 31_000),
    ("3114", "Våler (Østfold)", "31", "Østfold", 5_800),
    ("3419", "Våler (Innlandet)", "34", "Innlandet", 3_700),
    ("5610", "Kárášjohka - Karasjok", "56", "Finnmark - Finnmárku - Finmarkku", 2_600),
    ("5001", "Trondheim - Tråante", "50", "Trøndelag - Trööndelage", 210_000),
]

# Real KLASS 131 change rows for these municipalities (old code, old name, new code, new name, date).
NO_CODE_CHANGES = [
    ("0602", "Drammen", "3005", "Drammen", "2020-01-01"),
    ("0625", "Nedre Eiker", "3005", "Drammen", "2020-01-01"),
    ("0711", "Svelvik", "3005", "Drammen", "2020-01-01"),
    ("0616", "Nes (Buskerud)", "3040", "Nesbyen", "2020-01-01"),
    ("1504", "Ålesund", "1507", "Ålesund", "2020-01-01"),
    ("1523", "Ørskog", "1507", "Ålesund", "2020-01-01"),
    ("1534", "Haram", "1507", "Ålesund", "2020-01-01"),
    ("1502", "Molde", "1506", "Molde", "2020-01-01"),
    ("1543", "Nesset", "1506", "Molde", "2020-01-01"),
    ("5001", "Trondheim", "5001", "Trondheim", "2020-01-01"),
    ("5030", "Klæbu", "5001", "Trondheim", "2020-01-01"),
    ("0101", "Halden", "3001", "Halden", "2020-01-01"),
    ("0137", "Våler", "3018", "Våler", "2020-01-01"),
    ("0426", "Våler", "3419", "Våler", "2020-01-01"),
    ("2021", "Karasjok", "5437", "Kárásjohka - Karasjok", "2020-01-01"),
    ("3005", "Drammen", "3301", "Drammen", "2024-01-01"),
    ("3040", "Nesbyen", "3322", "Nesbyen", "2024-01-01"),
    ("1507", "Ålesund", "1508", "Ålesund", "2024-01-01"),
    ("1507", "Ålesund", "1580", "Haram", "2024-01-01"),
    ("3001", "Halden", "3101", "Halden", "2024-01-01"),
    ("3018", "Våler", "3114", "Våler", "2024-01-01"),
    ("5437", "Kárásjohka - Karasjok", "5610", "Kárášjohka - Karasjok", "2024-01-01"),
]

# Hand-made adjacency for the where-to-push tests (symmetric; not the real map).
NO_NEIGHBOURS = [("1580", "1508"), ("1580", "1506"), ("1506", "1508"), ("1506", "1515"), ("3322", "3301"),
                 ("3114", "3101"), ("3419", "3114"), ("1818", "1820"), ("1818", "1804"), ("1820", "1804")]

DK_MUNICIPALITIES = [
    ("0101", "København", "1084", "Region Hovedstaden", 650_000),
    ("0173", "Lyngby-Taarbæk", "1084", "Region Hovedstaden", 56_000),
    ("0400", "Bornholm", "1084", "Region Hovedstaden", 39_000),
    ("0580", "Aabenraa", "1083", "Region Syddanmark", 58_000),
    ("0461", "Odense", "1083", "Region Syddanmark", 210_000),
    ("0751", "Aarhus", "1082", "Region Midtjylland", 360_000),
    ("0851", "Aalborg", "1081", "Region Nordjylland", 220_000),
    ("0825", "Læsø", "1081", "Region Nordjylland", 1_700),
    ("0253", "Greve", "1085", "Region Sjælland", 50_000),
]


def municipalities_frame(rows: list[tuple[str, str, str, str, int]], year: int = 2024) -> pd.DataFrame:
    return pd.DataFrame({
        "kommunenummer": [r[0] for r in rows], "kommunenavn": [r[1] for r in rows],
        "fylkesnummer": [r[2] for r in rows], "fylkesnavn": [r[3] for r in rows],
        "befolkning": [r[4] for r in rows], "befolkning_aar": [year] * len(rows),
        "areal_km2": [100.0] * len(rows), "lat": [60.0] * len(rows), "lon": [10.0] * len(rows),
    })


def no_municipalities() -> pd.DataFrame:
    return municipalities_frame(NO_MUNICIPALITIES)


def no_code_changes() -> pd.DataFrame:
    return pd.DataFrame(NO_CODE_CHANGES, columns=["old_code", "old_name", "new_code", "new_name", "changed"])


def dk_municipalities() -> pd.DataFrame:
    return municipalities_frame(DK_MUNICIPALITIES, 2026)


def no_neighbours() -> pd.DataFrame:
    pairs = NO_NEIGHBOURS + [(b, a) for a, b in NO_NEIGHBOURS]
    return pd.DataFrame(pairs, columns=["kommunenummer", "nabo"])


def no_index() -> MunicipalityIndex:
    index = MunicipalityIndex.from_frames(no_municipalities(), no_code_changes(), "no")
    index.code_changes = no_code_changes()  # as policies.load_policy_index attaches it
    return index


def dk_index() -> MunicipalityIndex:
    return MunicipalityIndex.from_frames(dk_municipalities(), None, "dk")


META = {"publisher": "tests", "title": "hand-built test register", "url": "https://example.invalid/",
        "licence": "test fixture", "retrieved": "2026-11-25T00:00:00+00:00", "code_vintage": "2024"}


def make_store(root: Path, country: str = "no") -> Store:
    """A data directory with the small municipality register (and, for Norway, the code changes)."""
    store = Store(root)
    if country == "no":
        store.write_dataset("no", "municipalities", no_municipalities(), META)
        store.write_dataset("no", "code_changes", no_code_changes(), META)
    else:
        store.write_dataset("dk", "municipalities", dk_municipalities(), META)
    return store


def csv_bytes(rows: list[list[str]], sep: str = ";", encoding: str = "utf-8", bom: bool = False,
              newline: str = "\r\n") -> bytes:
    """A CSV file as a spreadsheet program writes it (values quoted only when needed)."""
    import csv

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator=newline)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def xlsx_bytes(rows: list[list[object]], title: str = "Ark1", before: list[list[object]] | None = None) -> bytes:
    """An XLSX workbook with one sheet (``before``: title lines above the header)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in (before or []) + rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
