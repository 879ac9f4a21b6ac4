"""The online fetch against a bad network: a local HTTP server (127.0.0.1, started here) that drops the connection
half-way, answers 503 twice, or serves a truncated file. The first two end in a complete register; the last in a
plain refusal with the previous register intact."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from base.errors import AtlasError
from registers import fetch
from registers.organisations import load_register
from sources import brreg
from sources import http as atlas_http
from tests.conftest import tree_digest
from tests.org_fixtures import address, bulk_text, frr_record, orgnr, small_store, unit

UNITS = [unit(orgnr(i), f"LAG {i}", address(["0301", "3305", "5001"][i % 3])) for i in range(400)]
BULK = gzip.compress(bulk_text(UNITS).encode())
RECORDS = [frr_record(orgnr(i), [("1200", 1)]) for i in range(0, 400, 7)]
ICNPO = {"_embedded": {"icnpoKategorier": [{"icnpoNummer": "1200", "navn": "Idrett", "spraakkode": "NOB"}]}}


class Publisher(BaseHTTPRequestHandler):
    """Answers like data.brreg.no, with faults chosen by the test (class attributes, reset per test)."""

    protocol_version = "HTTP/1.1"
    mode = "ok"
    body = BULK
    log: list[tuple[str, str]] = []
    bulk_calls = 0

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in {"Content-Length": str(len(body)), **(headers or {})}.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        cls = type(self)
        cls.log.append((self.path, self.headers.get("Range") or ""))
        if self.path.startswith("/frivillighetsregisteret/api/icnpo-kategorier"):
            return self._send(200, json.dumps(ICNPO).encode(), {"Content-Type": "application/json"})
        if self.path.startswith("/frivillighetsregisteret/api/frivillige-organisasjoner"):
            doc = {"_embedded": {"frivilligeOrganisasjoner": RECORDS}, "_links": {}}
            return self._send(200, json.dumps(doc).encode(), {"Content-Type": "application/json"})
        if not self.path.startswith("/enhetsregisteret/api/enheter/lastned"):
            return self._send(404, b"not found")
        cls.bulk_calls += 1
        body = cls.body
        if cls.mode == "503" and cls.bulk_calls <= 2:
            return self._send(503, b"Service Unavailable")
        rng = self.headers.get("Range")
        if rng and cls.mode == "drop":
            start = int(rng.split("=")[1].split("-")[0])
            part = body[start:]
            return self._send(206, part, {"Content-Range": f"bytes {start}-{len(body) - 1}/{len(body)}",
                                          "Content-Type": "application/gzip"})
        if cls.mode == "drop" and cls.bulk_calls == 1:  # announce the whole file, send half, hang up
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return None
        return self._send(200, body, {"Content-Type": "application/gzip", "Accept-Ranges": "bytes"})


@pytest.fixture()
def server(monkeypatch) -> Iterator[str]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    Publisher.mode, Publisher.body, Publisher.log, Publisher.bulk_calls = "ok", BULK, [], 0
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Publisher)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    monkeypatch.setattr(brreg, "BULK_URL", base + "/enhetsregisteret/api/enheter/lastned")
    monkeypatch.setattr(brreg, "FRR_URL", base + "/frivillighetsregisteret/api/frivillige-organisasjoner")
    monkeypatch.setattr(brreg, "ICNPO_URL", base + "/frivillighetsregisteret/api/icnpo-kategorier?spraak=NOB")
    monkeypatch.setattr(atlas_http, "BACKOFF_S", (0.05, 0.05, 0.05, 0.05))
    monkeypatch.setattr(atlas_http, "_CHUNK", 1024)  # the test file is small: read it in several chunks
    atlas_http.close_session()
    try:
        yield base
    finally:
        atlas_http.close_session()
        srv.shutdown()
        srv.server_close()
        thread.join(5)


@pytest.fixture()
def store(tmp_path: Path):
    return small_store(tmp_path / "store")


def _complete(store) -> None:
    reg, meta = load_register(store)
    assert len(reg) == len(UNITS) and meta["scope"] == "nasjonal"
    assert set(reg.loc[reg["icnpo"] != "", "organisasjonsnummer"]) == {r["organisasjonsnummer"] for r in RECORDS}
    assert not any(p.is_file() for p in (Path(store.root) / ".downloads").glob("*"))  # no temporary file left


def test_a_connection_dropped_half_way_is_resumed_with_range(server, store):
    Publisher.mode = "drop"
    seen: list[tuple[int, int | None]] = []
    fetch.fetch_organisations(store, progress=lambda label, done, total: seen.append((done, total)))
    _complete(store)
    bulk = [r for p, r in Publisher.log if p.startswith("/enhetsregisteret")]
    assert bulk[0] == "" and bulk[1].startswith("bytes=") and int(bulk[1][6:-1]) > 0  # resumed, not restarted
    assert len(bulk) == 2
    assert any(total == len(BULK) for _, total in seen)


def test_two_503_answers_are_retried(server, store):
    Publisher.mode = "503"
    fetch.fetch_organisations(store)
    _complete(store)
    assert Publisher.bulk_calls == 3


def test_a_truncated_file_is_refused_and_the_register_in_use_is_kept(server, store, tmp_path):
    fetch.fetch_organisations(store)
    before = tree_digest(Path(store.root))
    Publisher.body = BULK[: len(BULK) * 2 // 3]  # announced and sent whole, but the gzip stream is cut
    with pytest.raises(AtlasError) as info:
        fetch.fetch_organisations(store)
    assert "avkortet" in str(info.value) or "hel gzip" in str(info.value)
    assert "Traceback" not in str(info.value)
    assert tree_digest(Path(store.root)) == before


def test_a_server_that_never_recovers_gives_a_plain_message(server, store):
    Publisher.mode, Publisher.bulk_calls = "503", -100  # 503 on every call
    before = tree_digest(Path(store.root))
    with pytest.raises(AtlasError) as info:
        fetch.fetch_organisations(store)
    assert "HTTP 503" in str(info.value) and "--source-dir" in str(info.value)
    assert tree_digest(Path(store.root)) == before


def test_the_frr_walk_uses_one_connection(server, store):
    brreg.walk_frr_api()
    frr = [p for p, _ in Publisher.log if p.startswith("/frivillighetsregisteret/api/frivillige")]
    assert len(frr) == 1  # fewer than 100 records: one page
    assert atlas_http.session() is atlas_http.session()
