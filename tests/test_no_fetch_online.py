"""Norway's online fetch - the path ``./run.sh`` takes on a fresh machine - against a local fake of the publishers'
endpoints (a real HTTP server on 127.0.0.1). Every request the atlas makes to data.ssb.no (KLASS, PxWebApi) and
nedlasting.geonorge.no is sent to that server instead, which answers with recorded real responses: KLASS from
``../shared/reference/ssb``, the boundaries from the offline mirror zipped as Geonorge ships them. The mirror's
recorded json-stat2 answer of table 07459 holds one year (2022, before the 2024 split of Ålesund and Haram), so the
fake's PxWebApi answer is that recorded document with its Region/Tid/value filled from the mirror's real 07459
exports for 2020-2024 (what the atlas's query, ``Tid=from(2020)``, asks for). The download code, the progress bar
and the command line run for real; only the host changes."""

from __future__ import annotations

import io
import re
import threading
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cli import main
from registers.store import Store

pytestmark = pytest.mark.timeout(300)


def _zipped(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)
    return buf.getvalue()


def _jsonstat2_07459(recorded: bytes, csv_files: list[Path]) -> bytes:
    """The recorded json-stat2 document, its cube replaced by the real figures of the mirror's 07459 exports."""
    import json

    import pandas as pd

    from sources.no import read_ssb_07459_csv

    doc = json.loads(recorded)
    pop = pd.concat([read_ssb_07459_csv(p.read_bytes(), str(p)) for p in csv_files])
    pop = pop.groupby(["code", "year"], as_index=False)["population"].sum()
    regions, years = sorted(pop["code"].unique()), sorted(pop["year"].unique())
    cube = pop.set_index(["code", "year"])["population"]
    dims = doc["dimension"]
    dims["Region"]["category"] = {"index": {f"K-{c}": i for i, c in enumerate(regions)},
                                  "label": {f"K-{c}": c for c in regions}}
    dims["Tid"]["category"] = {"index": {str(y): i for i, y in enumerate(years)}, "label": {str(y): str(y)
                                                                                            for y in years}}
    order = doc["id"]
    assert order == ["Region", "ContentsCode", "Tid"], order
    doc["size"] = [len(regions), 1, len(years)]
    doc["value"] = [int(cube[(c, y)]) if (c, y) in cube.index else None for c in regions for y in years]
    return json.dumps(doc).encode()


@pytest.fixture(scope="module")
def responses(reference: Path, mirror_no: Path) -> dict[str, bytes]:
    """Path on the publisher's host -> the body it answers with (recorded real files)."""
    recorded = sorted((mirror_no / "population" / "ssb07459_jsonstat2").glob("*.json"))
    exports = sorted((mirror_no / "population" / "ssb07459_csv").glob("Personer20*.csv"))
    assert recorded and exports, "the mirror's json-stat2 response and 07459 exports"
    return {
        "data.ssb.no/api/klass/v1/classifications/131/codesAt":
            (reference / "ssb" / "klass-131-version-1710-kommuneinndeling-2024.json").read_bytes(),
        "data.ssb.no/api/klass/v1/classifications/131/changes":
            (reference / "ssb" / "klass-131-changes-1971-2025.json").read_bytes(),
        "data.ssb.no/api/pxwebapi/v2/tables/07459/data": _jsonstat2_07459(recorded[-1].read_bytes(), exports),
        "nedlasting.geonorge.no/geonorge/Basisdata/Kommuner/GeoJSON/Basisdata_0000_Norge_4258_Kommuner_GeoJSON.zip":
            _zipped("Basisdata_0000_Norge_4258_Kommuner_GeoJSON.geojson",
                    (mirror_no / "geo" / "2024" / "Kommuner-S.geojson").read_bytes()),
        "nedlasting.geonorge.no/geonorge/Basisdata/Fylker/GeoJSON/Basisdata_0000_Norge_4258_Fylker_GeoJSON.zip":
            _zipped("Basisdata_0000_Norge_4258_Fylker_GeoJSON.geojson",
                    (mirror_no / "geo" / "2024" / "Fylker-S.geojson").read_bytes()),
    }


@pytest.fixture()
def publishers(responses: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Start the fake; route every https request to it; yield the list of URLs the atlas asked for."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            path = urllib.parse.urlsplit(self.path).path.lstrip("/")
            body = responses.get(path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    import requests

    from sources import http

    class Routed(requests.Session):
        """The downloads' one session, with every https request sent to the fake instead."""

        def request(self, method, url, *args, **kwargs):  # type: ignore[override]
            asked.append(url)
            parts = urllib.parse.urlsplit(url)
            local = f"http://127.0.0.1:{server.server_port}/{parts.netloc}{parts.path}?{parts.query}"
            return super().request(method, local, *args, **kwargs)

    routed = Routed()
    monkeypatch.setattr(http, "session", lambda: routed)
    monkeypatch.delenv("FRIVILLIG_SOURCE_DIR", raising=False)
    try:
        yield asked
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_no_base_online_stores_357_municipalities_with_progress(publishers: list[str], tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]):
    root = tmp_path / "store"
    code = main(["--data-dir", str(root), "fetch", "--country", "no", "--part", "base"])
    err = capsys.readouterr().err
    assert code == 0, err
    hosts = {urllib.parse.urlsplit(u).netloc for u in publishers}
    assert hosts == {"data.ssb.no", "nedlasting.geonorge.no"}
    assert any("/klass/v1/classifications/131/codesAt" in u for u in publishers)
    assert any("outputFormat=json-stat2" in u for u in publishers)
    mun = Store(root).read_frame("no", "municipalities")
    assert len(mun) == 357 and mun["fylkesnummer"].nunique() == 15
    # the progress bar: one finished line (100 %) per download, labelled with the source's title
    finished = [line for line in err.replace("\r", "\n").splitlines()
                if re.search(r"100[.,]0\s?%$", line.rstrip())]
    assert len(publishers) == 5
    assert len({line[:40] for line in finished}) == len(publishers), err  # every download reached 100 %
    assert any(line.startswith("KLASS 131") for line in finished)


def test_a_publisher_that_answers_404_is_a_plain_message_and_nothing_is_written(
        publishers: list[str], responses: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch):
    gone = next(k for k in responses if "Fylker" in k)
    monkeypatch.delitem(responses, gone)
    root = tmp_path / "store"
    code = main(["--data-dir", str(root), "fetch", "--country", "no", "--part", "base"])
    err = capsys.readouterr().err
    assert code != 0
    assert "fylker" in err and "--source-dir" in err and "Traceback" not in err
    assert not (root / "no").exists() or not list((root / "no").glob("municipalities*"))
