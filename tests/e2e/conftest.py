"""End-to-end harness: `streamlit run app.py` on a store fetched from the offline mirror, opened in Debian's
headless Chromium with every outside host unresolvable (the network is blocked in the browser itself, so the HTTP
cache works as for a real visitor). Without chromium, playwright or the mirror the tests skip (fail under CI=true:
tests/conftest.py)."""

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

from tests.conftest import BROWSER_ARGS, CHROMIUM, MIRROR_DK, MIRROR_NO, ROOT, need  # noqa: F401 (browser fixture)

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
    need(MIRROR_NO)
    need(MIRROR_DK)
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
    # Only the map's own "drawn" report releases the rest of the overview on a first visit, never the fallback
    # timer (ui/firstpaint.py): the first-paint order then does not depend on how busy the machine is.
    env = dict(os.environ, FRIVILLIG_DATA_DIR=str(data_dir), FRIVILLIG_PAINT_FALLBACK_MS="3600000",
               **(env or {}))
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


# The page is settled when Streamlit says its script ran and is no longer running (``data-test-script-state``; a
# fresh page says notRunning before its first run too, so SCRIPT_RAN_JS, an init script, notes that a run began),
# the overview's first-visit loading note has been replaced by the full page (ui/firstpaint.py), the sidebar's
# pickers are there (app.py draws them last, after the page, on every complete run; an embed has none), and every
# map (the map component, key "atlas_map" or "atlas_map_<country>", or a frame whose document is the atlas map)
# has set its own "drawn" signal, ``data-atlas-ready`` (static/atlas-map.js); a visit that expects maps
# (``maps=``) also waits until that many are drawn. No quiet periods, no clocks.
SCRIPT_RAN_JS = """(() => {
  const seen = () => {
    const app = document.querySelector('[data-testid=stApp]');
    if (app && app.getAttribute('data-test-script-state') === 'running') { window.__atlasScriptRan = true; }
  };
  new MutationObserver(seen).observe(document, {subtree: true, childList: true, attributes: true,
                                                attributeFilter: ['data-test-script-state']});
})();"""
SETTLED_JS = """(maps) => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!window.__atlasScriptRan) { return false; }
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') { return false; }
  if (document.querySelector('.atlas-loading')) { return false; }
  const embed = /[?&]embed=1(&|$)/.test(location.search);  // an embed (?embed=1) draws no sidebar at all
  if (!embed && !document.querySelector('[data-testid=stSidebar] [data-testid=stSelectbox]')) { return false; }
  let drawn = 0;
  // the map component (ui/leafmap.py): key "atlas_map", or "atlas_map_<country>" where a page draws two
  for (const el of document.querySelectorAll('[class*="st-key-atlas_map"]')) {
    const host = el.querySelector('[data-testid=stBidiComponentIsolated]');
    if (!(host && host.shadowRoot && host.shadowRoot.querySelector('[data-atlas-ready]'))) { return false; }
    drawn += 1;
  }
  for (const f of document.querySelectorAll('iframe')) {  // a map document in a frame (srcdoc)
    if (!(f.getAttribute('srcdoc') || '').includes('atlas-map')) { continue; }
    let d = null;
    try { d = f.contentDocument; } catch (e) { return false; }
    if (!d || !d.documentElement || !d.documentElement.hasAttribute('data-atlas-ready')) { return false; }
    drawn += 1;
  }
  return drawn >= (maps || 0);
}"""


class Visit:
    """One page opened and settled (see SETTLED_JS): exceptions shown, map shapes drawn, dialogs fired, outside
    requests attempted. A JavaScript error in the page (``pageerror``) fails the test."""

    def __init__(self, browser, url: str, timeout: float = 120, maps: int = 0) -> None:
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.page_errors: list[str] = []
        ctx.on("request", lambda r: None if r.url.startswith(LOCAL) else self.outside.append(r.url))
        page = ctx.new_page()
        page.add_init_script(SCRIPT_RAN_JS)
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        self.page, self.ctx = page, ctx
        try:
            page.goto(url)
            page.wait_for_function(SETTLED_JS, arg=maps, timeout=timeout * 1000, polling=100)
            self.shapes = max((fr.locator("path.leaflet-interactive").count() for fr in page.frames), default=0)
            self.exceptions = [e.inner_text()[:500] for e in page.locator("[data-testid=stException]").all()]
            self.text = page.locator("[data-testid=stApp]").inner_text()
            self.javascript_links = sum(fr.locator("a[href^='javascript:']").count() for fr in page.frames)
        except BaseException:
            ctx.close()
            raise
        self.check_page_errors()

    def check_page_errors(self) -> None:
        """Fail on any JavaScript error the page has thrown so far."""
        if self.page_errors:
            errors = self.page_errors
            self.ctx.close()
            pytest.fail(f"JavaScript errors in the page: {errors[:5]}")

    def screenshot(self, path: Path) -> None:
        self.page.screenshot(path=str(path), full_page=True)

    def close(self) -> None:
        self.ctx.close()
