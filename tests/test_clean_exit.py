"""A finished command exits 0, every time: fetch and import run many times side by side (so the machine is loaded)
and none may end with an abort at interpreter exit (``terminate called without an active exception``: a native
thread pool still running when the process tears down)."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.org_fixtures import address, orgnr, small_store, unit, write_bulk

REPO = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("ATLAS_EXIT_RUNS", "6"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analytics", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=900, check=False)


@pytest.mark.slow
def test_fetch_and_import_exit_0_every_time_under_parallel_load(tmp_path: Path, mirror_no: Path):
    bulk = write_bulk(tmp_path / "enheter_alle.json.gz",
                      [unit(orgnr(i), f"LAG {i}", address(["0301", "3305", "5001"][i % 3])) for i in range(3000)])
    stores = [tmp_path / f"store{i}" for i in range(RUNS)]
    for root in stores:
        small_store(root)
    jobs = []
    for i in range(RUNS):
        jobs.append(("fetch", ["--data-dir", str(tmp_path / f"fetch{i}"), "fetch", "--country", "no", "--part", "base",
                               "--quiet", "--source-dir", str(mirror_no)]))
        jobs.append(("import", ["--data-dir", str(stores[i]), "import", "organisations", str(bulk), "--quiet"]))
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda job: (job[0], _cli(*job[1])), jobs))
    failed = [(name, r.returncode, r.stderr[-400:]) for name, r in results
              if r.returncode != 0 or "terminate called" in r.stderr]
    assert failed == [], failed
