"""The small reference tables held in the repository's ``data/reference/`` (see its PROVENANCE.md): published
figures the atlas needs when no source file carries them. Read here, used by the registers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
HEADLINES_FILE = REFERENCE_DIR / "frivillighet_norge_headlines.csv"
FOLK1A_TOTALS_FILE = REFERENCE_DIR / "folk1a_national_totals.csv"


def headline_figures() -> bytes:
    """Frivillighet Norge's headline figures, in the layout of the mirror's national series."""
    return HEADLINES_FILE.read_bytes()


def folk1a_national_totals() -> dict[int, tuple[int, str]]:
    """Denmark's population on 1 January by year ("Hele landet"), with where each figure is quoted from."""
    rows = csv.DictReader(io.StringIO(FOLK1A_TOTALS_FILE.read_text(encoding="utf-8")))
    return {int(r["year"]): (int(r["population"]), r["basis"]) for r in rows}
