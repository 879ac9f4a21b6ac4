"""Benchmark: import a 357-row policy file (every 2024 municipality) as CSV and as XLSX, end to end.

Usage::

    python bench/import_policies.py [--data-dir DIR] [--source-dir ../shared/mirror/no] [--runs 7]

Without ``--data-dir`` a temporary data directory is filled from ``--source-dir`` (the offline mirror; default
``../shared/mirror/no`` beside the repository) first - that fetch is not timed. Each timed run is the whole
``import_policies`` call a user triggers: load the municipality index from the store, read and sniff the file,
validate every row, and write a new version under the lock. Prints the median and the slowest run, and the
time to validate only (``--dry-run`` path).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from registers.policies import import_policies, load_policy_index  # noqa: E402
from registers.store import Store  # noqa: E402


def build_rows(store: Store) -> list[list[object]]:
    """357 rows in the shape of an adviser's sheet: code, name with "kommune", county, status word, years, link,
    dialogue, bud - statuses cycling through the three states (numbers made up; names and codes real)."""
    mun = store.read_frame("no", "municipalities").sort_values("kommunenummer")
    words = ["Vedtatt", "Under arbeid", "Nei", "vedtatt", "Ikke vedtatt"]
    rows: list[list[object]] = [["Kommunenr.", "Kommune", "Fylke", "Status", "Vedtatt", "Sist revidert", "Lenke",
                                 "Dialog", "Tverrsektoriell", "Bud"]]
    for i, m in enumerate(mun.itertuples()):
        word = words[i % len(words)]
        adopted = word.lower() == "vedtatt"
        rows.append([
            m.kommunenummer, f"{m.kommunenavn} kommune", m.fylkesnavn, word,
            2008 + i % 16 if adopted else "", 2024 if adopted and i % 4 == 0 else "",
            f"https://www.example.invalid/{m.kommunenummer}/frivillighet" if adopted else "",
            "Ja" if adopted else "", "Nei" if adopted else "", "1-4, 8" if adopted else "",
        ])
    return rows


def to_csv(rows: list[list[object]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("cp1252", errors="replace")


def to_xlsx(rows: list[list[object]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def time_runs(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir")
    ap.add_argument("--source-dir", default=str(ROOT.parent / "shared" / "mirror" / "no"))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    tmp = None
    if args.data_dir:
        store = Store(args.data_dir)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="bench-policies-")
        store = Store(tmp.name)
        from registers.fetch import fetch_country

        if not Path(args.source_dir).is_dir():
            sys.stderr.write(f"Fant ikke kildene i {args.source_dir}; oppgi --data-dir eller --source-dir.\n")
            return 2
        fetch_country(store, "no", args.source_dir)
    today = dt.date.today()
    rows = build_rows(store)
    files = {"CSV (;, Windows-1252)": (to_csv(rows), "kommuner.csv"), "XLSX": (to_xlsx(rows), "kommuner.xlsx")}
    print(f"Importerer {len(rows) - 1} rader, {args.runs} kjøringer hver (median / tregeste):")
    for label, (data, name) in files.items():
        result = import_policies(store, data, name, "no", today)  # warm-up and sanity check
        if not result.report.ok or len(result.register) != len(rows) - 1:
            sys.stderr.write(f"{label}: filen ble ikke importert rent: {result.report.summary()}\n")
            return 1
        full = time_runs(lambda d=data, n=name: import_policies(store, d, n, "no", today), args.runs)
        index = load_policy_index(store, "no")
        dry = time_runs(lambda d=data, n=name, ix=index: import_policies(store, d, n, "no", today, index=ix,
                                                                          dry_run=True), args.runs)
        print(f"  {label:24s} hele importen {statistics.median(full) * 1000:7.1f} ms / {max(full) * 1000:7.1f} ms;"
              f"  bare lese+kontrollere {statistics.median(dry) * 1000:7.1f} ms  ({len(data) / 1024:.0f} kB)")
    print(f"Versjoner skrevet: {len(store.list_versions('no', 'policies'))}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
