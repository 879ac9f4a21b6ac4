"""The suite cannot hide a gap: under CI=true a run without ../shared stops before any test and says what is
missing; on a person's machine the skips are counted in one closing line; the router's page list (which the page
tests take their lists from) names only scripts that exist."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app_pages import PAGES, page_urls
from tests.conftest import ROOT

pytestmark = pytest.mark.timeout(180)


def run_pytest(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k not in ("CI", "FRIVILLIG_SHARED_DIR")}
    full.update(env)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=ROOT,
                          env=full, capture_output=True, text=True, timeout=170)


def test_under_ci_a_missing_shared_folder_stops_the_run_and_names_it(tmp_path: Path):
    gone = tmp_path / "no-shared-here"
    done = run_pytest(tmp_path, {"CI": "true", "FRIVILLIG_SHARED_DIR": str(gone)}, "tests/test_code_mapping.py")
    assert done.returncode == pytest.ExitCode.USAGE_ERROR, done.stdout + done.stderr
    out = done.stdout + done.stderr
    assert f"CI=true and missing: {gone}" in out
    assert "passed" not in out


def test_on_a_persons_machine_the_skips_are_counted_in_one_line_with_the_reason(tmp_path: Path):
    gone = tmp_path / "no-shared-here"
    done = run_pytest(tmp_path, {"FRIVILLIG_SHARED_DIR": str(gone)}, "tests/test_code_mapping.py")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(tuple("0123456789")) and "because" in line]
    assert len(lines) == 1, done.stdout
    n = int(lines[0].split()[0])
    assert n > 0 and f"{n} because {gone / 'mirror' / 'no'} is missing" in lines[0]
    assert f"{n} skipped" in done.stdout.splitlines()[-1]


def test_every_page_in_the_router_list_has_its_script_and_a_unique_url():
    assert page_urls() and len(set(page_urls())) == len(PAGES)
    for path, key, url, _icon in PAGES:
        assert (ROOT / path).is_file(), f"{url}: {path} does not exist"
        assert key.startswith("page.")
    scripts = {p.relative_to(ROOT).as_posix() for p in (ROOT / "app_pages").glob("*.py") if p.stem != "__init__"}
    assert scripts == {path for path, *_ in PAGES}, "a page script the router does not list"


def test_the_router_builds_its_navigation_from_that_list():
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    assert "from app_pages import PAGES" in source and "for p in PAGES" in source  # an embed shows a subset
