"""Benchmark: the overview map as a 1920x1080 PNG (``ui.pngs.map_png``) with all 357 municipalities and the county
outlines, cold (layer cache cleared) and warm, against a reference measured in the same run: a bar chart PNG of the
same size (``ui.pngs.bar_png``), so the ratio stays meaningful on a busy machine.

Usage::

    python bench/map_png.py [--source-dir ../shared/mirror/no] [--runs 5]

Moved here from tests/test_pngs.py, which asserted "under 2 s" on the wall clock (issue 17: no clocks in tests).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui import pngs  # noqa: E402
from ui.palettes import STATUS_COLOURS, status_legend  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source-dir", default=str(ROOT.parent / "shared" / "mirror" / "no"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    geo = Path(args.source_dir) / "geo" / "2024"
    raw = (geo / "Kommuner-S.geojson").read_bytes()
    counties = (geo / "Fylker-S.geojson").read_bytes()
    codes = [f["properties"]["kommunenummer"] for f in json.loads(raw)["features"]]
    order = list(STATUS_COLOURS.values())[:3]
    colours = {c: order[i % 3] for i, c in enumerate(codes)}
    legend = status_legend("nb", include_no_data=False)
    source = "Kilde: benchmark"

    def map_once() -> float:
        t0 = time.perf_counter()
        pngs.map_png(raw, colours, legend, "Alle kommuner", source, demo=True, highlight={"0301"},
                     outline_geojson=counties)
        return time.perf_counter() - t0

    bars = pd.DataFrame({"fylke": [f"Fylke {i}" for i in range(15)], "andel": [i / 15 for i in range(15)]})

    def bar_once() -> float:
        t0 = time.perf_counter()
        pngs.bar_png(bars, "fylke", "andel", "Andel", source, False, "nb", percent=True)
        return time.perf_counter() - t0

    cold = []
    for _ in range(args.runs):
        pngs._layer_cached.cache_clear()
        cold.append(map_once())
    warm = [map_once() for _ in range(args.runs)]
    ref = [bar_once() for _ in range(args.runs)]
    med = statistics.median
    print(f"map_png, {len(codes)} municipalities, cold: median {med(cold):.2f} s, slowest {max(cold):.2f} s")
    print(f"map_png warm (layer cached):           median {med(warm):.2f} s")
    print(f"reference bar_png:                     median {med(ref):.2f} s")
    print(f"ratio cold map / bar: {med(cold) / med(ref):.1f}x   warm map / bar: {med(warm) / med(ref):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
