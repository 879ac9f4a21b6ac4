"""The command line's progress bar."""

from __future__ import annotations

import sys


def stderr_progress(label: str, done: int, total: int | None) -> None:
    """A one-line progress bar on stderr (the command line's default)."""
    if total:
        frac = min(1.0, done / total)
        bar = "#" * int(frac * 30)
        sys.stderr.write(f"\r{label[:40]:40} [{bar:30}] {frac * 100:5.1f} %")
    else:
        sys.stderr.write(f"\r{label[:40]:40} {done / 1e6:8.1f} MB")
    if total is not None and done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()
