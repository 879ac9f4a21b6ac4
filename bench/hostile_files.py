"""Benchmark: every hostile-file kind of issue 22 through the command line - exit code, seconds and peak RSS per
kind and importer, the store hashed before and after - for this checkout and, with ``--before REV``, for an
earlier commit (exported with ``git archive`` into a temporary folder; nothing in the repository changes).

Usage::

    python bench/hostile_files.py [--before ffb0003] [--kinds fifo,csv_million_columns] [--wall 60]
                                  [--memory-mb 2048] [--markdown]

Each run is ``python -m analytics --data-dir STORE import IMPORTER FILE`` in its own process under RLIMIT_AS
(``--memory-mb``; an older tree that reads ``/dev/zero`` to the end stops there with a MemoryError) and killed
after ``--wall`` seconds ("killed"). The files are built in code by ``tests/hostile_files.py``; the small
municipality store comes from ``tests/policy_helpers.py``. Both trees use the same interpreter and venv.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from base.errors import excerpt  # noqa: E402
from tests import hostile_files as hf  # noqa: E402
from tests.policy_helpers import make_store  # noqa: E402


@contextlib.contextmanager
def exported(rev: str) -> Iterator[Path]:
    """The tree of ``rev`` in a temporary folder (``git archive``; the working tree is not touched)."""
    with tempfile.TemporaryDirectory(prefix="hostile-before-") as tmp:
        archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        yield Path(tmp)


def run_case(project: Path, kind: hf.Kind, importer: str, wall: float, memory_mb: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        folder = Path(tmp)
        store = folder / "store"
        make_store(store)
        before = hf.store_digest(store)
        path = kind.build(folder)
        try:
            code, out, err, rss, took = hf.run_limited(
                ["-m", "analytics", "--data-dir", str(store), "import", importer, str(path)], project, wall,
                memory_mb, prefix=(hf.folder_modes_prefix() or []) if kind.name == "unreadable_folder" else None)
        finally:
            if kind.name == "unreadable_folder":
                path.parent.chmod(0o700)
        lines = [ln for ln in err.strip().splitlines() if ln.strip()]
        said = lines[-1] if "Traceback" in err else (lines[0] if lines else out.strip()[:200])
        return {"code": "killed" if code is None else code, "seconds": took, "rss_mb": rss,
                "store_same": hf.store_digest(store) == before, "traceback": "Traceback" in err,
                "said": excerpt(said, 90)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", help="an earlier commit to measure too (e.g. the merge-base ffb0003)")
    ap.add_argument("--kinds", help="comma-separated kind names (default: all)")
    ap.add_argument("--importers", help="comma-separated importers (default: each kind's own)")
    ap.add_argument("--wall", type=float, default=60.0, help="seconds before a run is killed")
    ap.add_argument("--memory-mb", type=int, default=2048, help="RLIMIT_AS for each run")
    ap.add_argument("--markdown", action="store_true", help="print one Markdown table (for the closing note)")
    args = ap.parse_args()
    kinds = [hf.BY_NAME[k] for k in args.kinds.split(",")] if args.kinds else hf.KINDS
    wanted = set(args.importers.split(",")) if args.importers else None

    trees: list[tuple[str, Path]] = [("after", ROOT)]
    with contextlib.ExitStack() as stack:
        if args.before:
            trees.insert(0, ("before", stack.enter_context(exported(args.before))))
        if args.markdown:
            cols = " | ".join(f"{label}: exit, s, MB" for label, _ in trees)
            print(f"| kind | importer | {cols} |")
            print("|---|---|" + "---|" * len(trees))
        for kind in kinds:
            for importer in kind.importers:
                if wanted and importer not in wanted:
                    continue
                results = [(label, run_case(tree, kind, importer, args.wall, args.memory_mb))
                           for label, tree in trees]
                if args.markdown:
                    cells = " | ".join(
                        f"{r['code']}{' (traceback)' if r['traceback'] else ''}, {r['seconds']:.1f}, "
                        f"{r['rss_mb']:.0f}{'' if r['store_same'] else ', store changed'}" for _, r in results)
                    print(f"| {kind.name} | {importer} | {cells} |", flush=True)
                else:
                    for label, r in results:
                        print(f"{kind.name:32} {importer:14} {label:6} exit={r['code']!s:6} "
                              f"{r['seconds']:6.1f} s {r['rss_mb']:7.0f} MB store_same={r['store_same']} "
                              f"{r['said']}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
