"""Published figures on municipal volunteer policy, read as published: Frivillighet Norge's July 2024 count per
county (``policy/frivillighetspolitikk_per_fylke_2024-07.csv`` in the offline mirror).

No machine-readable publication exists: the figures were transcribed from a press release printed by local
newspapers, one row per county, with the publisher, date and link on every row (see the mirror's
``PROVENANCE-orgs-policy.md``). The reader keeps every number exactly as printed - the source's own errors (four
counties given the wrong number of municipalities, so the denominators add up to 358 rather than 357) are kept and
flagged by :mod:`analytics.published`, never corrected here.

A bad file is refused with an :class:`~base.errors.AtlasError` naming file, row, column and value.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pandas as pd

from base.errors import AtlasError, Problem

COUNTY_FILE = "frivillighetspolitikk_per_fylke_2024-07.csv"
COUNTY_DATASET = "policy_reference_county"  # the name ``fetch`` stores the file under
COUNTY_TITLE = "Kommuner med frivillighetspolitikk per fylke, juli 2024 (publiserte tall)"
COUNTY_PUBLISHER = "Frivillighet Norge (via pressen)"

REQUIRED = ("fylkesnummer_2024", "fylke", "kommuner_med_frivillighetspolitikk", "kommuner_totalt_as_published",
            "published_date", "publisher", "source_url")
COLUMNS = ["fylkesnummer", "fylke", "count", "published_total", "published_pct", "published_date", "publisher",
           "source_url", "note"]
MAX_BYTES = 1_000_000  # the real file is 4 KB; anything this large is not it
_INT = re.compile(r"^\s*(\d{1,4})\s*$")
_PCT = re.compile(r"^\s*~?\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*$")
_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def shared_policy_dir() -> Path | None:
    """The offline mirror's folder of published policy figures, when the shared material is present."""
    here = Path(__file__).resolve().parents[2] / "shared"
    base = Path(os.environ.get("FRIVILLIG_SHARED_DIR", here))
    folder = base / "mirror" / "no" / "policy"
    return folder if folder.is_dir() else None


def county_file(folder: Path | None = None) -> Path | None:
    """The per-county file in ``folder`` (default: the shared mirror), or None."""
    folder = folder or shared_policy_dir()
    path = folder / COUNTY_FILE if folder is not None else None
    return path if path is not None and path.is_file() else None


def _int(value: str, problems: list[Problem], file: str, row: int, column: str) -> int | None:
    m = _INT.match(value or "")
    if not m:
        problems.append(Problem("Ikke et helt antall kommuner.", file, row, column, value))
        return None
    return int(m.group(1))


def read_county_figures(data: bytes | str | Path, file: str | None = None) -> pd.DataFrame:
    """The per-county file as a table, one row per county, every value as printed.

    Columns: ``fylkesnummer`` (two digits), ``fylke``, ``count`` (municipalities with a policy), ``published_total``
    (the number of municipalities the source gave the county), ``published_pct`` (the printed percentage, None where
    none was printed - Oslo), ``published_date``, ``publisher``, ``source_url``, ``note``.
    """
    if isinstance(data, str | Path):
        path = Path(data)
        file = file or path.name
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise AtlasError(f"Kunne ikke lese filen: {exc.strerror or exc}.", file=file) from exc
    else:
        raw = data
    file = file or COUNTY_FILE
    if len(raw) > MAX_BYTES:
        raise AtlasError(f"Filen er {len(raw)} byte; en fylkestabell er noen få kilobyte. Er det riktig fil?",
                         file=file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AtlasError("Filen er ikke UTF-8-kodet.", file=file, value=repr(raw[exc.start:exc.start + 8])) from exc
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise AtlasError(f"Filen mangler kolonnene {', '.join(missing)}.", file=file, row=1,
                         value=",".join(header)[:200])
    problems: list[Problem] = []
    rows = []
    seen: set[str] = set()
    for n, r in enumerate(reader, start=2):
        code = str(r.get("fylkesnummer_2024") or "").strip()
        if not re.fullmatch(r"\d{1,2}", code):
            problems.append(Problem("Fylkesnummeret har ikke to sifre.", file, n, "fylkesnummer_2024", code))
            continue
        code = code.zfill(2)
        if code in seen:
            problems.append(Problem("Fylket står to ganger.", file, n, "fylkesnummer_2024", code))
        seen.add(code)
        count = _int(r.get("kommuner_med_frivillighetspolitikk", ""), problems, file, n,
                     "kommuner_med_frivillighetspolitikk")
        total = _int(r.get("kommuner_totalt_as_published", ""), problems, file, n, "kommuner_totalt_as_published")
        pct_text = str(r.get("andel_pct_as_published") or "").strip()
        pct = None
        if pct_text:
            m = _PCT.match(pct_text)
            if not m:
                problems.append(Problem("Ikke en prosentandel.", file, n, "andel_pct_as_published", pct_text))
            else:
                pct = float(m.group(1).replace(",", ".")) / 100
        date = str(r.get("published_date") or "").strip()
        if not _DATE.match(date):
            problems.append(Problem("Datoen er ikke på formen ÅÅÅÅ-MM-DD.", file, n, "published_date", date))
        url = str(r.get("source_url") or "").strip()
        if not url.startswith(("http://", "https://")):
            problems.append(Problem("Kildelenken er ikke en nettadresse.", file, n, "source_url", url))
        rows.append({"fylkesnummer": code, "fylke": str(r.get("fylke") or "").strip(), "count": count,
                     "published_total": total, "published_pct": pct, "published_date": date,
                     "publisher": str(r.get("publisher") or "").strip(), "source_url": url,
                     "note": str(r.get("note") or "").strip()})
    if problems:
        first = problems[0]
        raise AtlasError(f"Fylkestabellen kan ikke leses: {len(problems)} feil. {first.message}", problems=problems,
                         file=first.file, row=first.row, column=first.column, value=first.value)
    if not rows:
        raise AtlasError("Filen har ingen rader.", file=file)
    return pd.DataFrame(rows, columns=COLUMNS).sort_values("fylkesnummer").reset_index(drop=True)
