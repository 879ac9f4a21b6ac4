"""Text in official and users' files: one decoder and one delimiter sniffer for every reader (Norway, Denmark,
Brønnøysund, CVR, advisers' spreadsheets)."""

from __future__ import annotations

import csv
from collections.abc import Sequence

#: Tried in this order: UTF-8 (with or without a byte-order mark), then Windows-1252 (what Excel writes on a
#: Norwegian or Danish Windows), then Latin-1, which decodes any byte.
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
DELIMITERS = (";", "\t", ",")


def decode_text_as(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding that read it (see :data:`ENCODINGS`)."""
    for enc in ENCODINGS[:-1]:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, ("utf-8" if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf") else enc)
    return data.decode(ENCODINGS[-1]), ENCODINGS[-1]


def decode_text(data: bytes) -> str:
    """Bytes of a text file as text (see :data:`ENCODINGS`); a byte-order mark is dropped."""
    return decode_text_as(data)[0]


def sniff_delimiter(lines: Sequence[str], candidates: Sequence[str] = DELIMITERS, default: str | None = None
                    ) -> str | None:
    """The separator giving the most consistent field count (at least two fields) over the first 60 non-empty
    lines - not only the first, whose header may hold a separator inside quotes; ``default`` for one column."""
    sample = [ln for ln in list(lines)[:60] if ln.strip()]
    best: tuple[float, int, str] | None = None
    for d in candidates:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=d)]
        except csv.Error:  # e.g. a field over the csv module's size limit: not this separator's table
            continue
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (counts.count(mode) / len(counts), mode, d)
        if best is None or (score[0], score[1]) > (best[0], best[1]):
            best = score
    return best[2] if best else default
