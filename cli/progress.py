"""The command line's progress bar."""

from __future__ import annotations

import sys

from base.i18n import fmt_num, fmt_pct


def stderr_progress(label: str, done: int, total: int | None) -> None:
    """A one-line progress bar on stderr (the command line's default)."""
    if total:
        frac = min(1.0, done / total)
        bar = "#" * int(frac * 30)
        sys.stderr.write(f"\r{str(label)[:40]:40} [{bar:30}] {fmt_pct(frac):>7}")
    else:
        sys.stderr.write(f"\r{str(label)[:40]:40} {fmt_num(done / 1e6, 1):>8} MB")
    if total is not None and done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()
