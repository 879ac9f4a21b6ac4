"""Shared fixtures. Real data comes from ``../shared/mirror`` and ``../shared/reference`` when present (a user's
clone has neither: those tests skip cleanly); everything else is built in code."""

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


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available (shared material lives beside the repository)")
    return path


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


CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run (Playwright's sync API allows one running instance per thread)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield b
        b.close()
