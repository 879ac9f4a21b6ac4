"""Frivillighet Norge's published figures on municipal volunteer policies: the national series and the July 2024
count per county, read as published (no machine-readable publication exists; the figures come from press releases
and Frivillighet Norge's pages, one URL per row). Errors in the source are flagged, never corrected here."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from base.errors import AtlasError, Problem
from base.i18n import Msg
from sources.reference import headline_figures

# Number of municipalities in Norway by year (KLASS 131): published counts from before 2024 are shares of these.
NO_MUNICIPALITY_COUNT = {2016: 428, 2017: 426, 2018: 422, 2019: 422, 2020: 356, 2021: 356, 2022: 356, 2023: 356}


def _first_number(text: str) -> float | None:
    m = re.search(r"\d+(?:[.,]\d+)?", text or "")
    return float(m.group(0).replace(",", ".")) if m else None


def _as_of(text: str) -> tuple[int | None, float | None, bool]:
    """(year, decimal year for plotting, exact?) from "2017-05-23", "2019-07", "UNVERIFIED (probably late 2017)"."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", text.strip())
    if m:
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else 15
        if month is None:
            return year, year + 0.5, False
        return year, year + (month - 1 + (day - 1) / 31) / 12, True
    y = re.search(r"(19|20)\d\d", text)
    if y:
        return int(y.group(0)), int(y.group(0)) + 0.5, False
    return None, None, False


def read_published_series(data: bytes | str | Path) -> pd.DataFrame:
    """Frivillighet Norge's published national figures (the mirror's ``frivillighetspolitikk_national_
    observations.csv``) as a table: as_of, year, x (decimal year), count, share (0..1), comparable, scope,
    definition, publisher, source_url, note.

    ``share`` is the published percentage when there is one, else the published count over the number of
    municipalities that year (426 in 2017, 422 in 2018-2019, 356 in 2020-2023, 357 from 2024). ``comparable`` is
    true for figures about all municipalities under Frivillighet Norge's definition (not the 100-largest survey or
    the looser 2010 "frivillighetsmelding" figure); the others are kept but should not be drawn as one line.
    """
    raw = data if isinstance(data, bytes) else Path(data).read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    out = []
    for r in rows:
        year, x, exact = _as_of(r.get("as_of", ""))
        count = _first_number(r.get("kommuner_with_policy", ""))
        pct = _first_number(r.get("share_pct", ""))
        if pct is not None:
            share = pct / 100
        elif count is not None and year is not None:
            share = count / NO_MUNICIPALITY_COUNT.get(year, 357)
        else:
            share = None
        scope = r.get("scope", "")
        definition = r.get("definition", "")
        comparable = scope.startswith("all kommuner") and "looser" not in definition
        out.append({
            "as_of": r.get("as_of", ""), "year": year, "x": x, "date_exact": exact,
            "count": int(count) if count is not None else None, "share": share, "comparable": comparable,
            "scope": scope, "definition": definition, "publisher": r.get("publisher", ""),
            "source_url": r.get("source_url", ""), "note": r.get("note", ""),
        })
    df = pd.DataFrame(out, columns=["as_of", "year", "x", "date_exact", "count", "share", "comparable", "scope",
                                    "definition", "publisher", "source_url", "note"])
    return df.sort_values("x", na_position="last").reset_index(drop=True)


def read_published_by_county(data: bytes | str | Path) -> pd.DataFrame:
    """Frivillighet Norge's July 2024 per-county figures, with whether the published denominator matches the 2024
    municipality count (where it does not, the published numerator is kept as published and flagged)."""
    raw = data if isinstance(data, bytes) else Path(data).read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    out = []
    for r in rows:
        num = _first_number(r.get("kommuner_med_frivillighetspolitikk", ""))
        den = _first_number(r.get("kommuner_totalt_as_published", ""))
        out.append({
            "fylkesnummer": str(r.get("fylkesnummer_2024", "")).zfill(2), "fylke": r.get("fylke", ""),
            "count": int(num) if num is not None else None, "published_total": int(den) if den is not None else None,
            "share": (num / den) if num is not None and den else None,
            "denominator_matches": r.get("denominator_matches_reference", "") == "yes",
            "published_date": r.get("published_date", ""), "source_url": r.get("source_url", ""),
            "note": r.get("note", ""),
        })
    return pd.DataFrame(out)


def published_reference(country: str = "no", data: bytes | None = None) -> pd.DataFrame | None:
    """The published national series for ``country`` (Norway only; Denmark has none), read from ``data`` (the
    ``policy_reference`` dataset stored by ``fetch``), else from the headline figures in ``data/reference``."""
    if country != "no":
        return None
    return read_published_series(data if data is not None else headline_figures())


# ------------------------------------------------------------------------------------------------ per county, checked
# The July 2024 county table as the overview's "Publiserte tall" layer shows it: every value as printed, a bad copy
# refused with file, row, column and value (:func:`read_county_figures`); the errors of the source itself (the
# denominators add up to 358, not 357) are flagged by :mod:`analytics.published`, never corrected here.
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


def _int(value: str, problems: list[Problem], file: str, row: int, column: str) -> int | None:
    m = _INT.match(value or "")
    if not m:
        problems.append(Problem(Msg("published.err.count"), file, row, column, value))
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
            raise AtlasError(Msg("published.err.read", reason=str(exc.strerror or exc)), file=file) from exc
    else:
        raw = data
    file = file or COUNTY_FILE
    if len(raw) > MAX_BYTES:
        raise AtlasError(Msg("published.err.size", n=len(raw)), file=file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AtlasError(Msg("published.err.utf8"), file=file, value=repr(raw[exc.start:exc.start + 8])) from exc
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise AtlasError(Msg("published.err.columns", columns=", ".join(missing)), file=file, row=1,
                         value=",".join(header)[:200])
    problems: list[Problem] = []
    rows = []
    seen: set[str] = set()
    for n, r in enumerate(reader, start=2):
        code = str(r.get("fylkesnummer_2024") or "").strip()
        if not re.fullmatch(r"\d{1,2}", code):
            problems.append(Problem(Msg("published.err.county_code"), file, n, "fylkesnummer_2024", code))
            continue
        code = code.zfill(2)
        if code in seen:
            problems.append(Problem(Msg("published.err.county_twice"), file, n, "fylkesnummer_2024", code))
        seen.add(code)
        count = _int(r.get("kommuner_med_frivillighetspolitikk", ""), problems, file, n,
                     "kommuner_med_frivillighetspolitikk")
        total = _int(r.get("kommuner_totalt_as_published", ""), problems, file, n, "kommuner_totalt_as_published")
        pct_text = str(r.get("andel_pct_as_published") or "").strip()
        pct = None
        if pct_text:
            m = _PCT.match(pct_text)
            if not m:
                problems.append(Problem(Msg("published.err.pct"), file, n, "andel_pct_as_published", pct_text))
            else:
                pct = float(m.group(1).replace(",", ".")) / 100
        date = str(r.get("published_date") or "").strip()
        if not _DATE.match(date):
            problems.append(Problem(Msg("published.err.date"), file, n, "published_date", date))
        url = str(r.get("source_url") or "").strip()
        if not url.startswith(("http://", "https://")):
            problems.append(Problem(Msg("published.err.url"), file, n, "source_url", url))
        rows.append({"fylkesnummer": code, "fylke": str(r.get("fylke") or "").strip(), "count": count,
                     "published_total": total, "published_pct": pct, "published_date": date,
                     "publisher": str(r.get("publisher") or "").strip(), "source_url": url,
                     "note": str(r.get("note") or "").strip()})
    if problems:
        first = problems[0]
        raise AtlasError(Msg.join(Msg("published.err.head", n=len(problems)), first.message), problems=problems,
                         file=first.file, row=first.row, column=first.column, value=first.value)
    if not rows:
        raise AtlasError(Msg("published.err.empty"), file=file)
    return pd.DataFrame(rows, columns=COLUMNS).sort_values("fylkesnummer").reset_index(drop=True)
