"""End-to-end harness: `streamlit run app.py` on a store fetched from the offline mirror, opened in Debian's
headless Chromium with every outside host unresolvable (the network is blocked in the browser itself, so the HTTP
cache works as for a real visitor). Skips cleanly when chromium, playwright or the mirror is missing."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.conftest import BROWSER_ARGS, CHROMIUM, MIRROR_DK, MIRROR_NO, ROOT  # noqa: F401 (browser fixture)

LOCAL = ("http://127.0.0.1", "http://localhost", "ws://127.0.0.1", "ws://localhost", "data:", "blob:", "about:")
HOSTILE = "<img src=x onerror=alert(1)>"


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def e2e_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not MIRROR_NO.exists() or not MIRROR_DK.exists():
        pytest.skip("the offline mirror is not available")
    from registers.fetch import fetch_country
    from registers.store import Store

    root = tmp_path_factory.mktemp("e2e-store")
    store = Store(root)
    fetch_country(store, "no", str(MIRROR_NO))
    fetch_country(store, "dk", str(MIRROR_DK))
    _import_hostile_policies(root)
    _import_hostile_quality(root)
    return root


def _import_hostile_policies(root: Path) -> None:
    """A policy register whose free-text fields and links are hostile: pages must show them as inert text."""
    csv = ("kommunenummer;status;vedtatt;revidert;lenke;merknad\n"
           f"0301;vedtatt;2019;2023;javascript:alert(1);{HOSTILE}\n"
           f"1804;vedtatt;2016;;https://example.org/{HOSTILE};{HOSTILE}\n"
           "4601;under arbeid;;;;\n"
           "5001;nei;;;;\n")
    path = root / "hostile.csv"
    path.write_text(csv, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analytics", "--data-dir", str(root), "import", "policies",
                           str(path), "--country", "no"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr


def _import_hostile_quality(root: Path) -> None:
    """A policy-quality checklist (the policy register above is real, so the Kvalitet page shows no demo) whose
    sources and comments are hostile."""
    csv = ("kommunenummer;bud 1;bud 1 kilde;bud 2;bud 9;frivillighetsråd;kafédialog;vedtatt;kilde;kommentar\n"
           f"0301;ja;{HOSTILE};ja;nei;ja;2018-04;2019-06;javascript:alert(1);{HOSTILE}\n"
           f"1804;ja;https://example.org/{HOSTILE};nei;ja;nei;2015;2016;;\n"
           "4601;ja;;;;nei;2025-09;nei;;\n")
    path = root / "hostile-quality.csv"
    path.write_text(csv, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analytics", "--data-dir", str(root), "import", "quality",
                           str(path), "--country", "no"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr


@contextlib.contextmanager
def running_app(data_dir: Path, log_path: Path, args: Sequence[str] = (), env: dict[str, str] | None = None
                ) -> Iterator[str]:
    """``streamlit run app.py`` on a free port with ``data_dir`` as the store (plus extra command-line ``args`` and
    environment ``env``); yields the base URL (on 127.0.0.1) once healthy."""
    port = _free_port()
    env = dict(os.environ, FRIVILLIG_DATA_DIR=str(data_dir), **(env or {}))
    log = open(log_path, "w")
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                             "--server.port", str(port), "--browser.gatherUsageStats", "false", *args],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(base + "_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("streamlit did not start")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def server(e2e_store: Path) -> Iterator[str]:
    with running_app(e2e_store, e2e_store.parent / "streamlit-e2e.log") as base:
        yield base


# A map component on the page (its element, key "atlas_map") whose map is not drawn yet - its scripts still loading
# on a busy page: keep waiting.
MAP_PENDING_JS = """() => [...document.querySelectorAll('.st-key-atlas_map')].some((el) => {
  const host = el.querySelector('[data-testid=stBidiComponentIsolated]');
  return !(host && host.shadowRoot && host.shadowRoot.querySelector('[data-atlas-ready]'));
})"""


class Visit:
    """One page opened: exceptions shown, map shapes drawn, dialogs fired, outside requests attempted."""

    def __init__(self, browser, url: str, settle: float = 2.5, timeout: float = 60) -> None:
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        ctx.on("request", lambda r: None if r.url.startswith(LOCAL) else self.outside.append(r.url))
        page = ctx.new_page()
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        t0 = time.time()
        page.goto(url)
        page.wait_for_selector("[data-testid=stApp]", timeout=timeout * 1000)
        best, last_change = 0, time.time()
        while time.time() - last_change < settle and time.time() - t0 < timeout:
            n = 0
            poll = time.time()
            for fr in page.frames:
                try:
                    n = max(n, fr.locator("path.leaflet-interactive").count())
                except Exception:  # noqa: BLE001 - a frame can detach while we count
                    pass
            if n > best:
                best, last_change = n, time.time()
            if page.locator("[data-testid=stStatusWidget]").count() or page.evaluate(MAP_PENDING_JS):
                last_change = time.time()
            if time.time() - poll > 1.0:  # the browser was busy (e.g. mounting a map frame): not settled yet
                last_change = time.time()
            page.wait_for_timeout(150)
        self.shapes = best
        self.exceptions = [e.inner_text()[:500] for e in page.locator("[data-testid=stException]").all()]
        self.text = page.locator("[data-testid=stApp]").inner_text()
        self.javascript_links = sum(fr.locator("a[href^='javascript:']").count() for fr in page.frames)
        self.page, self.ctx = page, ctx

    def screenshot(self, path: Path) -> None:
        self.page.screenshot(path=str(path), full_page=True)

    def close(self) -> None:
        self.ctx.close()
