"""Shared fixtures. Real data comes from ``../shared/mirror`` and ``../shared/reference``; the end-to-end tests need
Debian's Chromium. Everything else is built in code.

No gap can hide behind a skip: under ``CI=true`` a missing ``../shared/mirror``, ``../shared/reference`` or (when
end-to-end tests were collected) Chromium stops the run before any test, naming what is missing, and any skipped
test fails the run. On a person's machine (a clone without ``../shared``) those tests skip, and the run ends with
one line saying how many were skipped and why.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FRIVILLIG_SHARED_DIR", ROOT.parent / "shared"))
MIRROR_NO = SHARED / "mirror" / "no"
MIRROR_DK = SHARED / "mirror" / "dk"
REFERENCE = SHARED / "reference"


@pytest.fixture(autouse=True)
def _keep_main_module():
    """Streamlit's AppTest leaves ``sys.modules["__main__"]`` pointing at the script it ran; a later test that starts
    a process with multiprocessing's "spawn" would then run that script in the child. Put the real one back."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in bokmål, whatever language an earlier test (a page run, the command line) rendered in."""
    from base.i18n import DEFAULT_LANG, use_lang

    with use_lang(DEFAULT_LANG):
        yield


@pytest.fixture(autouse=True)
def _unsigned_writes_allowed_again():
    """A page run (AppTest) marks this process as the app's, where a store without an editor's signature refuses to
    write; tests that write afterwards with a plain ``Store(root)`` act as the command line again."""
    yield
    from registers.store import refuse_unsigned_writes

    refuse_unsigned_writes(False)


@pytest.fixture
def local_editor():
    """Page runs as on a laptop: the server listens on 127.0.0.1 only, so the session is the local editor."""
    from streamlit import config

    before = config.get_option("server.address")
    config.set_option("server.address", "127.0.0.1")
    yield
    config.set_option("server.address", before)


CI = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")
CHROMIUM = Path("/usr/bin/chromium")


def missing(what: str) -> None:
    """A test cannot run because ``what`` is missing: a failure under CI (the gap must not hide), a skip elsewhere."""
    if CI:
        pytest.fail(f"CI=true and {what} is missing", pytrace=False)
    pytest.skip(f"{what} is missing")


def need(path: Path) -> Path:
    """``path`` (shared material beside the repository), or the test stops through :func:`missing`."""
    if not path.exists():
        missing(_shared_name(path))
    return path


def need_chromium() -> None:
    if not CHROMIUM.exists():
        missing(f"Debian's Chromium ({CHROMIUM}; apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing("the Python package playwright (pip install -r requirements-dev.txt)")


def _shared_name(path: Path) -> str:
    """``../shared/mirror/no/...`` rather than an absolute path: what a person has to put beside the clone (the
    full path when FRIVILLIG_SHARED_DIR points elsewhere)."""
    if SHARED != ROOT.parent / "shared" or not path.is_relative_to(SHARED):
        return str(path)
    rel = path.relative_to(SHARED).as_posix()
    return "../shared" + ("" if rel == "." else f"/{rel}")


def _missing_for_ci(items: list[pytest.Item]) -> list[str]:
    """What a CI run lacks: the shared mirror (both countries) and reference always, Chromium and playwright when an
    end-to-end test was collected."""
    gone = [_shared_name(p) for p in (SHARED, MIRROR_NO, MIRROR_DK, REFERENCE) if not p.exists()]
    if gone and not SHARED.exists():
        gone = [gone[0]]  # the whole folder: one line says it
    if any("browser" in getattr(item, "fixturenames", ()) or item.get_closest_marker("e2e") for item in items):
        if not CHROMIUM.exists():
            gone.append(f"Debian's Chromium ({CHROMIUM}; apt-get install chromium)")
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            gone.append("the Python package playwright")
    return gone


def pytest_collection_finish(session: pytest.Session) -> None:
    if CI and session.items:
        gone = _missing_for_ci(session.items)
        if gone:
            pytest.exit("CI=true and missing: " + "; ".join(gone) + ". The shared material lives beside the "
                        "repository (or where FRIVILLIG_SHARED_DIR points); under CI no test may skip for want of "
                        "it.", returncode=pytest.ExitCode.USAGE_ERROR)


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return reason.removeprefix("Skipped: ")


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """One line: how many tests were skipped and why (grouped by reason)."""
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    reasons: dict[str, int] = {}
    for report in skipped:
        reason = _skip_reason(report)
        reasons[reason] = reasons.get(reason, 0) + 1
    why = "; ".join(f"{n} because {reason}" for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]))
    word = "FAILED the run (CI=true skips nothing)" if CI else "skipped"
    terminalreporter.write_line(f"{len(skipped)} tests {word}: {why}", red=CI, yellow=not CI)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI a skipped test is a gap: the run fails."""
    if CI and exitstatus == pytest.ExitCode.OK:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None and reporter.stats.get("skipped"):
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def mirror_no() -> Path:
    return need(MIRROR_NO)


@pytest.fixture(scope="session")
def mirror_dk() -> Path:
    return need(MIRROR_DK)


@pytest.fixture(scope="session")
def reference() -> Path:
    return need(REFERENCE)


@pytest.fixture(scope="session")
def no_store_dir(tmp_path_factory: pytest.TempPathFactory, mirror_no: Path) -> Path:
    """A data directory with the Norwegian base registers fetched from the offline mirror (built once)."""
    from registers.fetch import fetch_country
    from registers.store import Store

    root = tmp_path_factory.mktemp("store-no")
    fetch_country(Store(root), "no", str(mirror_no))
    return root


@pytest.fixture(scope="session")
def no_index(no_store_dir: Path):
    from registers.municipalities import MunicipalityIndex
    from registers.store import Store

    return MunicipalityIndex.from_store(Store(no_store_dir), "no")


def tree_digest(root: Path) -> str:
    """A digest of every file (path, bytes) under ``root``: equal digests mean the store is byte-for-byte unchanged."""
    h = hashlib.sha256()
    if root.exists():
        for p in sorted(root.rglob("*")):
            if p.is_file():
                h.update(str(p.relative_to(root)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()


BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run (Playwright's sync API allows one running instance per thread)."""
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield b
        b.close()
