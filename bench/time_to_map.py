"""Benchmark: time from navigation to a drawn municipality map, Streamlit page vs a static Leaflet page.

Not a test. In one run it starts

* ``streamlit run`` on an app (default ``bench/map_app.py``: the map component with the 357 municipalities of
  2024 from ``../shared/mirror``; or the real app with ``--app app.py --data-dir DIR --path /page``), and
* a plain HTTP server with two static pages: ``leaflet.html`` - only Leaflet and the same polygons as GeoJSON
  rounded to 4 decimals (the practical limit) - and ``component.html`` - the component's own HTML as a top-level
  page (what the component costs without Streamlit),

then opens each page in headless Chromium (Debian's ``/usr/bin/chromium``, outside hosts unresolvable, no request
interception so the HTTP cache works as for a real visitor) and measures, inside the pages, the time from
navigation start to the moment the number of ``path.leaflet-interactive`` elements (in any frame) last changes
before settling at its final value (>= ``--min-count``). The server is warmed up first; each repetition opens a
new tab in the same browser profile (a returning visitor), targets interleaved.

``--sessions 20`` also opens 20 tabs at once on each page and reports p50/p95 time-to-map and the Streamlit
server's peak RSS (from /proc, the server process and its children), the CPU seconds the server and the browser
used during the burst, and when each tab's last websocket message with data arrived (the server's share of the
time: on a two-core machine twenty Streamlit frontends rendering at once, not the server, take most of it).

Prints a table and JSON (``--json FILE`` also writes it). Targets (issue 16): Streamlit p50 within 3.0x the static
page; the complete page within 2x the time to map; a year step (``--steps``) under 300 ms. With the real app it also
times the first visit, on the server just started.

Usage::

    python bench/time_to_map.py                      # 15 repetitions of each page
    python bench/time_to_map.py --reps 30 --sessions 20 --screenshot bench/out
    python bench/time_to_map.py --app app.py --data-dir data/store --path /
    python bench/time_to_map.py --app app.py --data-dir data/store --map-only   # + the map-only Streamlit floor
    python bench/time_to_map.py --app app.py --data-dir data/store --path /oversikt --steps 8  # + year steps
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import http.server
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import mapdata  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]
TARGET_RATIO = 3.0  # issue 16: the overview's map within 3x the static page

# Runs in every frame before its own scripts. Each frame counts its path.leaflet-interactive elements whenever
# SVG nodes are added or removed and reports (count, absolute time) to the top window, which keeps the total
# over frames and the time it last changed. Absolute times (timeOrigin + now) make frames comparable.
TIMING_SCRIPT = r"""
(() => {
  const MIN = __MIN__;
  const isTop = window === window.top;
  const now = () => performance.timeOrigin + performance.now();
  if (isTop) {
    const s = window.__ttm = {top0: performance.timeOrigin, frames: {}, total: 0, last: null, painted: null,
                              wsCreated: null, wsFirst: null, wsBytes: 0, wsMessages: 0, wsLog: [], wsSends: [],
                              iframeInserted: null, pageComplete: null};
    s.record = (d) => {
      s.frames[d.id] = d.n;
      const total = Object.values(s.frames).reduce((a, b) => a + b, 0);
      if (total !== s.total) { s.total = total; s.last = d.t; s.painted = null; }
      if (d.painted && total >= MIN) { s.painted = d.painted; }
    };
    window.addEventListener('message', (e) => { if (e.data && e.data.__ttm) { s.record(e.data); } });
    const WS = window.WebSocket;
    if (WS) {
      window.WebSocket = function (...args) {
        const ws = new WS(...args);
        if (s.wsCreated === null) { s.wsCreated = now(); }
        ws.addEventListener('message', (ev) => {
          if (s.wsFirst === null) { s.wsFirst = now(); }
          s.wsMessages += 1;
          const d = ev.data;
          const size = d && d.byteLength !== undefined ? d.byteLength : (d && d.size !== undefined ? d.size
                       : String(d).length);
          s.wsBytes += size;
          s.wsLog.push([now() - s.top0, size]);
        });
        const send = ws.send.bind(ws);
        ws.send = (d) => { s.wsSends.push(now() - s.top0); return send(d); };
        return ws;
      };
      window.WebSocket.prototype = WS.prototype;
      Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
    }
  }
  const id = Math.random().toString(36).slice(2);
  const report = (d) => {
    d.id = id;
    if (isTop) { window.__ttm.record(d); return; }
    try { window.top.postMessage(Object.assign({__ttm: 1}, d), '*'); } catch (e) {}
  };
  let last = -1;
  // The map component (st.components.v2, isolate_styles) draws inside a shadow root: count and watch those too.
  const roots = [document];
  const count = () => roots.reduce((a, r) => a + r.querySelectorAll('path.leaflet-interactive').length, 0);
  const check = () => {
    const n = count();
    if (n === last) { return; }
    last = n;
    report({n, t: now()});
    if (n >= MIN) {
      requestAnimationFrame(() => requestAnimationFrame(() => report({n, t: null, painted: now()})));
    }
  };
  const svgish = (node) => node.nodeName === 'path' || node.nodeName === 'svg' || node.nodeName === 'g'
                           || (node.querySelector && node.querySelector('path'));
  const observer = new MutationObserver((muts) => {
    if (isTop && window.__ttm.iframeInserted === null
        && document.querySelector('iframe, [data-testid=stBidiComponentIsolated]')) {
      window.__ttm.iframeInserted = now() - window.__ttm.top0;  // the map's frame or component host
    }
    if (isTop && window.__ttm.pageComplete === null && document.querySelector('.atlas-prov')) {
      window.__ttm.pageComplete = now() - window.__ttm.top0;  // the provenance footer: a page's last element
    }
    for (const m of muts) {
      for (const a of m.addedNodes) { if (svgish(a)) { check(); return; } }
      for (const r of m.removedNodes) { if (svgish(r)) { check(); return; } }
    }
  });
  observer.observe(document, {childList: true, subtree: true});
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    observer.observe(root, {childList: true, subtree: true});
    return root;
  };
})();
"""
# The record() above must ignore "painted" messages whose t is null for the last-change time.
TIMING_SCRIPT = TIMING_SCRIPT.replace(
    "if (total !== s.total) {", "if (d.t !== null && total !== s.total) {"
)

STATIC_LEAFLET_PAGE = """<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Leaflet only</title>
<link rel="stylesheet" href="/static/vendor/leaflet/leaflet.css">
<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0;background:#eef2f6}</style></head>
<body><div id="map"></div>
<script src="/static/vendor/leaflet/leaflet.js"></script>
<script>
var data = __DATA__;
var map = L.map('map', {attributionControl: false, zoomSnap: 0.1});
var layer = L.geoJSON(data, {style: function (f) {
  return {fillColor: f.properties.c, fillOpacity: 1, color: '#fff', weight: 0.6};
}}).addTo(map);
map.fitBounds(layer.getBounds(), {padding: [8, 8], animate: false});
</script></body></html>
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolation percentile (numpy's default), ``q`` in 0..100."""
    data = sorted(values)
    if not data:
        return float("nan")
    pos = (len(data) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": round(percentile(values, 50), 1),
        "p95": round(percentile(values, 95), 1),
        "mean": round(statistics.fmean(values), 1) if values else float("nan"),
        "min": round(min(values), 1) if values else float("nan"),
        "max": round(max(values), 1) if values else float("nan"),
    }


# ---------------------------------------------------------------------------------------------------- servers


def build_static_site(directory: Path) -> dict[str, int]:
    """Write the two static pages (and a link to ``static/``) into ``directory``; returns their sizes."""
    from ui import leafmap
    from ui.palettes import classify, colour_for, sequential_legend

    data = mapdata.density_map()
    classes = classify(data.density.values(), k=6)
    fc = json.loads(json.dumps(data.geojson))
    for f in fc["features"]:
        f["properties"]["c"] = colour_for(data.density.get(f["properties"]["kommunenummer"]), classes)
    geo_json = json.dumps(fc, separators=(",", ":"), ensure_ascii=False).replace("<", "\\u003c")
    leaflet_page = STATIC_LEAFLET_PAGE.replace("__DATA__", geo_json)
    (directory / "leaflet.html").write_text(leaflet_page, encoding="utf-8")
    values = {k: leafmap.Style(colour_for(v, classes), f"{v:.1f}") for k, v in data.density.items()}
    component = leafmap.choropleth_html(
        data.geojson, values, legend=sequential_legend(classes), title="component", height=620,
        static_base="/static",
    )
    (directory / "component.html").write_text(component, encoding="utf-8")
    (directory / "static").symlink_to(ROOT / "static", target_is_directory=True)
    return {
        "leaflet_html_bytes": len(leaflet_page.encode()),
        "component_html_bytes": len(component.encode()),
        "geojson_bytes": len(geo_json.encode()),
    }


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: D401 - silence per-request logging
        pass


def start_static_server(directory: Path) -> tuple[http.server.ThreadingHTTPServer, int]:
    port = free_port()
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, port


def start_streamlit(app: Path, port: int, env: dict[str, str], log: Path) -> subprocess.Popen:
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        "--server.enableStaticServing", "true", "--server.runOnSave", "false",
    ]
    return subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **env}, stdout=log.open("wb"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def wait_health(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    url = f"http://127.0.0.1:{port}/_stcore/health"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer {url} within {timeout} s")


def tree_rss_kb(pid: int) -> int:
    """Resident set size (kB) of ``pid`` and all its descendants, from /proc."""
    total = 0
    pids = [pid]
    seen = set()
    while pids:
        p = pids.pop()
        if p in seen:
            continue
        seen.add(p)
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{p}/task").iterdir():
                with contextlib.suppress(OSError):
                    pids.extend(int(c) for c in (task / "children").read_text().split())
    return total


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by ``pid`` and its descendants, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids, seen = [pid], set()
    while pids:
        p = pids.pop()
        if p in seen:
            continue
        seen.add(p)
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                with contextlib.suppress(OSError):
                    pids.extend(int(c) for c in (task / "children").read_text().split())
    return total


class RssSampler:
    def __init__(self, pid: int, interval: float = 0.02):
        self.pid, self.interval, self.peak = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_kb(self.pid))
            time.sleep(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# ---------------------------------------------------------------------------------------------------- browser


BREAKDOWN_JS = """() => {
  const s = window.__ttm, t0 = s.top0;
  const nav = performance.getEntriesByType('navigation')[0] || {};
  const out = {responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd,
               wsCreated: s.wsCreated && s.wsCreated - t0, wsFirstMessage: s.wsFirst && s.wsFirst - t0,
               wsBytes: s.wsBytes, wsMessages: s.wsMessages, wsLog: s.wsLog, iframeInserted: s.iframeInserted,
               pageComplete: s.pageComplete};
  const fr = document.querySelector('iframe[data-testid="stIFrame"]');
  if (fr && fr.contentWindow) {
    out.srcdocChars = fr.srcdoc ? fr.srcdoc.length : null;
    try {
      const p = fr.contentWindow.performance, o = p.timeOrigin - t0;
      out.iframeCreated = o;
      const mark = (n) => { const m = p.getEntriesByName(n)[0]; return m ? o + m.startTime : null; };
      out.atlasStart = mark('atlas-start');
      out.atlasEnd = mark('atlas-end');
      out.iframeResources = p.getEntriesByType('resource').map(r => ({
        name: r.name.split('/').pop().split('?')[0], start: o + r.startTime, end: o + r.responseEnd,
        transfer: r.transferSize}));
    } catch (e) { out.iframeError = String(e); }
  } else {
    const m = (n) => { const e = performance.getEntriesByName(n)[0]; return e ? e.startTime : null; };
    out.atlasStart = m('atlas-start');
    out.atlasEnd = m('atlas-end');
  }
  return out;
}"""


async def measure(page, url: str, min_count: int, timeout: float, settle: float = 0.4, complete: bool = False
                  ) -> dict:
    """Open ``url`` in ``page``; return time-to-map (ms from navigation start) and a breakdown."""
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(
        ("http://127.0.0.1", "http://localhost", "data:", "about:", "blob:")) else None)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), asyncio.ensure_future(d.dismiss())))
    await page.goto(url, wait_until="commit", timeout=timeout * 1000)
    await page.wait_for_function(f"window.__ttm && window.__ttm.total >= {min_count}", timeout=timeout * 1000,
                                 polling=50)
    # Settled: total unchanged for `settle` seconds (the final value), and the frame after it painted.
    while True:
        before = await page.evaluate("[window.__ttm.total, window.__ttm.last]")
        await asyncio.sleep(settle)
        after = await page.evaluate("[window.__ttm.total, window.__ttm.last, window.__ttm.painted, "
                                    "window.__ttm.top0]")
        if before[:2] == after[:2] and after[2] is not None:
            break
    total, last, painted, top0 = after
    # A page of the real app ends with its provenance footer: with ``complete``, wait for it too (time to the
    # complete page, reported beside time-to-map, not part of it). The static pages and the map-only app have none.
    if complete:
        with contextlib.suppress(Exception):
            await page.wait_for_function("window.__ttm.pageComplete !== null", timeout=15_000, polling=50)
    breakdown = await page.evaluate(BREAKDOWN_JS)
    return {"ms": last - top0, "painted_ms": painted - top0, "count": total, "outside_requests": outside,
            "dialogs": dialogs, "breakdown": breakdown}


async def play_steps(context, url: str, args: argparse.Namespace) -> list[float]:
    """Press the overview map's play control and time each year step as the browser sees it: from the rerun request
    it sends to the last message of that run (the server's work plus a local round trip). A year step is the same
    rerun as moving the year slider (the ``aar`` filter)."""
    page = await context.new_page()
    try:
        await measure(page, url, args.min_count, args.timeout, complete=True)
        await page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
        n0 = len(await page.evaluate("window.__ttm.wsSends"))
        button = page.locator(".atlas-play-button")
        # A script click: at the bench's viewport Streamlit can mark the main column inert under its sidebar.
        await button.evaluate("b => b.click()")
        await page.wait_for_function(f"window.__ttm.wsSends.length >= {n0 + args.steps}",
                                     timeout=(args.steps * 3 + 30) * 1000, polling=100)
        await button.evaluate("b => b.click()")  # stop
        await page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
        await asyncio.sleep(1.0)
        sends, log = await page.evaluate("[window.__ttm.wsSends, window.__ttm.wsLog]")
    finally:
        await page.close()
    out = []
    sends = sends[n0:]
    for i, sent in enumerate(sends):
        until = sends[i + 1] if i + 1 < len(sends) else float("inf")
        got = [t for t, _ in log if sent <= t < until]
        if got:
            out.append(max(got) - sent)
    return out[: args.steps]


def last_data_ms(run: dict) -> float | None:
    """When the page's last websocket message with data (>= 1 kB) arrived, ms from navigation start: the server
    has done its part by then; the rest of time-to-map is the browser's."""
    times = [t for t, size in run["breakdown"].get("wsLog") or [] if size >= 1024 and t <= run["ms"]]
    return max(times) if times else None


async def run_browser(targets: dict[str, str], args: argparse.Namespace, st_proc: subprocess.Popen) -> dict:
    from playwright.async_api import async_playwright

    width, height = (int(x) for x in args.viewport.split("x"))
    results: dict = {"runs": {name: [] for name in targets}, "sessions": {}}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = await browser.new_context(viewport={"width": width, "height": height})
        await context.add_init_script(TIMING_SCRIPT.replace("__MIN__", str(args.min_count)))

        real_app = Path(args.app).name != "map_app.py"

        async def once(url: str, shot: Path | None = None) -> dict:
            page = await context.new_page()
            try:
                complete = real_app and url == targets.get("streamlit")
                r = await measure(page, url, args.min_count, args.timeout, complete=complete)
                if shot is not None:
                    await page.screenshot(path=str(shot))
                return r
            finally:
                await page.close()

        names = list(targets)
        if real_app:  # the first visit on a server that has just started (and a browser with an empty cache)
            results["first_visit"] = await once(targets["streamlit"])
        for _ in range(args.warmup):
            for name in names:
                await once(targets[name])
        for rep in range(args.reps):
            order = names[rep % len(names):] + names[: rep % len(names)]
            for name in order:
                results["runs"][name].append(await once(targets[name]))
        if args.screenshot:
            out = Path(args.screenshot)
            out.mkdir(parents=True, exist_ok=True)
            for name in names:
                await once(targets[name], out / f"time_to_map_{name}.png")
        if args.steps and real_app:
            results["steps"] = await play_steps(context, targets["streamlit"], args)
        if args.sessions:
            for name in [n for n in names if n != "map_only"]:
                pages = [await context.new_page() for _ in range(args.sessions)]
                rss0 = tree_rss_kb(st_proc.pid)
                cpu0, browser_cpu0 = tree_cpu_s(st_proc.pid), tree_cpu_s(os.getpid())
                with RssSampler(st_proc.pid) as sampler:
                    t0 = time.perf_counter()
                    got = await asyncio.gather(*(measure(pg, targets[name], args.min_count, args.timeout * 4,
                                                         complete=real_app and name == "streamlit")
                                                 for pg in pages))
                    wall = time.perf_counter() - t0
                for pg in pages:
                    await pg.close()
                server_cpu = tree_cpu_s(st_proc.pid) - cpu0
                entry = {"ttm": summary([g["ms"] for g in got]), "wall_s": round(wall, 2),  # browser: all but server
                         "browser_cpu_s": round(tree_cpu_s(os.getpid()) - browser_cpu0 - server_cpu, 2)}
                delivered = [last_data_ms(g) for g in got]
                if all(d is not None for d in delivered):  # the server's share: its last message with data
                    entry["ws_data_ms"] = summary(delivered)
                if name == "streamlit":
                    entry["server_rss_mb_before"] = round(rss0 / 1024, 1)
                    entry["server_rss_mb_peak"] = round(sampler.peak / 1024, 1)
                    entry["server_cpu_s"] = round(server_cpu, 2)
                results["sessions"][name] = entry
                await asyncio.sleep(2)
        await browser.close()
    return results


# ---------------------------------------------------------------------------------------------------- report


def mean_of(runs: list[dict], key: str) -> float | None:
    vals = [r["breakdown"].get(key) for r in runs if r["breakdown"].get(key) is not None]
    return round(statistics.fmean(vals), 1) if vals else None


def report(results: dict, sizes: dict, args: argparse.Namespace, rss_idle_kb: int) -> dict:
    out: dict = {"config": {"app": str(args.app), "path": args.path, "reps": args.reps, "warmup": args.warmup,
                            "min_count": args.min_count, "viewport": args.viewport, "cpus": os.cpu_count()},
                 "payload": dict(sizes), "time_to_map_ms": {}, "painted_ms": {}, "breakdown_mean_ms": {}}
    for name, runs in results["runs"].items():
        out["time_to_map_ms"][name] = summary([r["ms"] for r in runs])
        out["painted_ms"][name] = summary([r["painted_ms"] for r in runs])
        keys = ["responseEnd", "domContentLoaded", "wsCreated", "wsFirstMessage", "iframeInserted",
                "iframeCreated", "atlasStart", "atlasEnd", "pageComplete"]
        out["breakdown_mean_ms"][name] = {k: mean_of(runs, k) for k in keys if mean_of(runs, k) is not None}
        out["breakdown_mean_ms"][name]["map"] = out["time_to_map_ms"][name]["mean"]
        outside = sorted({u for r in runs for u in r["outside_requests"]})
        out.setdefault("outside_requests", {})[name] = outside
        out.setdefault("counts", {})[name] = sorted({r["count"] for r in runs})
    if "first_visit" in results:
        fv = results["first_visit"]
        out["first_visit_ms"] = {"map": round(fv["ms"], 1), "complete": fv["breakdown"].get("pageComplete")}
    if results.get("steps"):
        out["year_step_ms"] = summary(results["steps"])
    st_runs = results["runs"].get("streamlit", [])
    complete = [r["breakdown"]["pageComplete"] for r in st_runs if r["breakdown"].get("pageComplete") is not None]
    if complete:  # the real app: until the page's last element (its provenance footer) is in place
        out["page_complete_ms"] = summary(complete)
    if st_runs:
        last = st_runs[-1]["breakdown"]
        out["payload"]["streamlit_srcdoc_chars"] = last.get("srcdocChars")
        out["payload"]["streamlit_ws_bytes"] = last.get("wsBytes")
        out["payload"]["streamlit_ws_messages"] = last.get("wsMessages")
        out["iframe_resources_last_run"] = last.get("iframeResources")
        out["websocket_messages_last_run"] = last.get("wsLog")
    ttm = out["time_to_map_ms"]
    if "streamlit" in ttm and "static" in ttm:
        out["ratio_streamlit_static"] = {
            "p50": round(ttm["streamlit"]["p50"] / ttm["static"]["p50"], 2),
            "p95": round(ttm["streamlit"]["p95"] / ttm["static"]["p95"], 2),
        }
        if "map_only" in ttm:  # how much of the ratio is Streamlit's own start-up, how much the page
            out["ratio_map_only_static"] = {"p50": round(ttm["map_only"]["p50"] / ttm["static"]["p50"], 2)}
            out["ratio_streamlit_map_only"] = {"p50": round(ttm["streamlit"]["p50"] / ttm["map_only"]["p50"], 2)}
        out["target_ratio"] = TARGET_RATIO
        out["within_target"] = out["ratio_streamlit_static"]["p50"] <= TARGET_RATIO
    out["server_rss_mb_idle"] = round(rss_idle_kb / 1024, 1)
    if results["sessions"]:
        out["sessions"] = {"n": args.sessions, **results["sessions"]}
    return out


def table(out: dict) -> str:
    lines = ["", f"time to map (ms from navigation start; {out['config']['reps']} reps, warm server, "
                 f"{out['config']['cpus']} CPUs)",
             f"{'page':<12}{'p50':>9}{'p95':>9}{'mean':>9}{'min':>9}{'max':>9}{'painted p50':>13}"]
    for name, s in out["time_to_map_ms"].items():
        lines.append(f"{name:<12}{s['p50']:>9.0f}{s['p95']:>9.0f}{s['mean']:>9.0f}{s['min']:>9.0f}{s['max']:>9.0f}"
                     f"{out['painted_ms'][name]['p50']:>13.0f}")
    if "page_complete_ms" in out:
        c = out["page_complete_ms"]
        lines.append(f"{'complete page':<12} p50 {c['p50']:.0f}, p95 {c['p95']:.0f} (streamlit, until the page's "
                     "last element)")
    if "first_visit_ms" in out:
        f = out["first_visit_ms"]
        lines.append(f"first visit (server just started, empty browser cache): map {f['map']:.0f} ms, complete page "
                     f"{f['complete'] or float('nan'):.0f} ms")
    if "year_step_ms" in out:
        y = out["year_step_ms"]
        lines.append(f"year step (play control; rerun request to the run's last message): p50 {y['p50']:.0f}, "
                     f"p95 {y['p95']:.0f}, max {y['max']:.0f} ms over {y['n']} steps")
    if "ratio_streamlit_static" in out:
        r = out["ratio_streamlit_static"]
        verdict = "within" if out["within_target"] else "OVER"
        lines.append(f"ratio streamlit/static: p50 {r['p50']:.2f}x, p95 {r['p95']:.2f}x "
                     f"({verdict} the {out['target_ratio']}x target)")
    if "ratio_map_only_static" in out:
        lines.append(f"Streamlit page holding only the map / static: p50 {out['ratio_map_only_static']['p50']:.2f}x; "
                     f"this page / that page: p50 {out['ratio_streamlit_map_only']['p50']:.2f}x")
    p = out["payload"]
    kb = lambda n: f"{(n or 0) / 1024:.0f} KB"  # noqa: E731
    lines.append(f"payload: static page {kb(p['leaflet_html_bytes'])} (GeoJSON {kb(p['geojson_bytes'])}); "
                 f"component page {kb(p['component_html_bytes'])}; streamlit srcdoc "
                 f"{kb(p.get('streamlit_srcdoc_chars'))} (chars), websocket {kb(p.get('streamlit_ws_bytes'))} "
                 f"in {p.get('streamlit_ws_messages')} messages")
    for name, b in out["breakdown_mean_ms"].items():
        lines.append(f"where time goes ({name}, mean ms): " + ", ".join(f"{k} {v:.0f}" for k, v in b.items()))
    if "sessions" in out:
        s = out["sessions"]
        for name in ("static", "component", "streamlit"):
            if name in s:
                e = s[name]
                extra = (f"; server RSS {e['server_rss_mb_before']:.0f} -> peak {e['server_rss_mb_peak']:.0f} MB, "
                         f"server CPU {e['server_cpu_s']:.1f} s" if "server_rss_mb_peak" in e else "")
                extra += f"; browser CPU {e['browser_cpu_s']:.1f} s"
                lines.append(f"{s['n']} concurrent tabs, {name}: p50 {e['ttm']['p50']:.0f} ms, "
                             f"p95 {e['ttm']['p95']:.0f} ms (all drawn in {e['wall_s']:.1f} s){extra}")
                if "ws_data_ms" in e:
                    w = e["ws_data_ms"]
                    lines.append(f"    the server's data had all arrived (websocket) by p50 {w['p50']:.0f} ms, "
                                 f"p95 {w['p95']:.0f} ms")
    bad = {k: v for k, v in out["outside_requests"].items() if v}
    lines.append("outside requests: " + (json.dumps(bad) if bad else "none"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--app", default="bench/map_app.py", help="Streamlit script (relative to the repository)")
    ap.add_argument("--data-dir", help="data directory for the real app (sets FRIVILLIG_DATA_DIR)")
    ap.add_argument("--path", default="/", help="URL path of the page holding the map (e.g. /oversikt)")
    ap.add_argument("--query", default="", help="query string for the Streamlit page, without '?'")
    ap.add_argument("--reps", type=int, default=15)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--sessions", type=int, default=0, help="also open this many tabs at once (e.g. 20)")
    ap.add_argument("--steps", type=int, default=0,
                    help="with the real app's overview: also play this many years and time each step")
    ap.add_argument("--min-count", type=int, default=356, help="paths that make the map complete")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per page")
    ap.add_argument("--viewport", default="1280x900")
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE", help="environment for the app")
    ap.add_argument("--no-component-page", action="store_true", help="skip the static component page")
    ap.add_argument("--map-only", action="store_true",
                    help="with --app app.py: also time bench/map_app.py (a Streamlit page holding only the map) in "
                         "the same run: the floor Streamlit's own start-up sets")
    ap.add_argument("--screenshot", metavar="DIR", help="save a PNG of each page after the runs")
    ap.add_argument("--json", metavar="FILE", help="also write the JSON result here")
    args = ap.parse_args(argv)

    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)", file=sys.stderr)
        return 2
    if not mapdata.KOMMUNER_2024.exists():
        print(f"{mapdata.KOMMUNER_2024} is missing: the benchmark needs the shared offline mirror", file=sys.stderr)
        return 2
    app = (ROOT / args.app).resolve()
    if not app.exists():
        print(f"{app} does not exist", file=sys.stderr)
        return 2
    if not (app.parent / "static").exists():
        print(f"{app.parent / 'static'} is missing: Streamlit serves the static/ folder beside the script",
              file=sys.stderr)
        return 2
    env = dict(kv.split("=", 1) for kv in args.env)
    if args.data_dir:
        env["FRIVILLIG_DATA_DIR"] = str(Path(args.data_dir).resolve())

    with tempfile.TemporaryDirectory(prefix="ttm-") as tmp:
        tmpdir = Path(tmp)
        sizes = build_static_site(tmpdir)
        static_server, static_port = start_static_server(tmpdir)
        st_port = free_port()
        st_log = tmpdir / "streamlit.log"
        proc = start_streamlit(app, st_port, env, st_log)
        floor_proc, floor_port = None, free_port()
        if args.map_only:
            floor_proc = start_streamlit(ROOT / "bench" / "map_app.py", floor_port, {}, tmpdir / "map_only.log")
        try:
            wait_health(st_port, proc)
            if floor_proc is not None:
                wait_health(floor_port, floor_proc)
            query = f"?{args.query}" if args.query else ""
            targets = {"static": f"http://127.0.0.1:{static_port}/leaflet.html"}
            if not args.no_component_page:
                targets["component"] = f"http://127.0.0.1:{static_port}/component.html"
            targets["streamlit"] = f"http://127.0.0.1:{st_port}{args.path}{query}"
            if floor_proc is not None:
                targets["map_only"] = f"http://127.0.0.1:{floor_port}/"
            rss_idle = tree_rss_kb(proc.pid)
            results = asyncio.run(run_browser(targets, args, proc))
        except Exception:
            sys.stderr.write(st_log.read_text(errors="replace")[-3000:])
            raise
        finally:
            for pr in (proc, floor_proc):
                if pr is None:
                    continue
                os.killpg(pr.pid, 15)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    pr.wait(10)
                if pr.poll() is None:
                    os.killpg(pr.pid, 9)
            static_server.shutdown()
        out = report(results, sizes, args, rss_idle)
    print(table(out))
    print(json.dumps(out, indent=2, ensure_ascii=False))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

