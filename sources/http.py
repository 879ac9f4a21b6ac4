"""Downloads from the publishers: one ``requests`` session, retries with backoff, resumed bulk downloads.

* :func:`download` fetches a small document (an API page) into memory, or a large file into ``dest``;
* connection errors, time-outs, a connection dropped half-way and answers 429/5xx are retried
  (:data:`BACKOFF_S` between attempts); other answers (404, 403 ...) are refused at once with a plain message;
* a file download continues where it stopped with ``Range: bytes=N-`` into the same temporary file (a server that
  ignores the range answers 200 and the file starts over), and it is complete only when it has the size the server
  announced (``Content-Length`` / ``Content-Range``). :func:`verify_gzip` checks that a finished ``.gz`` is one whole
  gzip stream (every member's CRC and length) before the caller lets it replace anything;
* one session for the process keeps the connection open between the pages of an API walk.

With no network at all the message says what to do instead (``--source-dir``).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from base.errors import AtlasError
from base.i18n import Msg

Progress = Callable[[str, int, int | None], None]
USER_AGENT = "Frivillighetsatlas/0.1 (+https://github.com/)"
TIMEOUT_S = (15, 60)  # connect, read (between two chunks)
#: Seconds to wait before each new attempt; the number of entries is the number of retries.
BACKOFF_S: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0)
RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_CHUNK = 1 << 16

_session: Any = None
_session_lock = threading.Lock()


def session() -> Any:
    """The process's one ``requests.Session`` (kept-alive connections between the pages of a walk)."""
    global _session
    import requests

    with _session_lock:
        if _session is None:
            _session = requests.Session()
            _session.headers["User-Agent"] = USER_AGENT
        return _session


def close_session() -> None:
    """Close the session's connections (at the end of a command; harmless if none was opened)."""
    global _session
    with _session_lock:
        if _session is not None:
            _session.close()
            _session = None


def _no_network(label: str, reason: object) -> AtlasError:
    return AtlasError(Msg("http.err.download_failed", label=label, reason=str(reason)))


def _refused_status(label: str, status: int, url: str) -> AtlasError:
    return AtlasError(Msg("http.err.refused_status", label=label, status=status, url=url))


def _transient() -> tuple[type[BaseException], ...]:
    import requests

    return (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError, ConnectionError, TimeoutError)


def download(url: str, label: str, progress: Progress | None = None, accept: str | None = None,
             dest: str | os.PathLike[str] | None = None) -> bytes:
    """GET ``url``; return the body, or (with ``dest``) download into that file, resuming, and return b""."""
    if dest is not None:
        download_file(url, Path(dest), label, progress, accept)
        return b""
    return _get_bytes(url, label, progress, accept)


def _get_bytes(url: str, label: str, progress: Progress | None, accept: str | None) -> bytes:
    headers = {"Accept": accept} if accept else {}
    last: object = ""
    for attempt in range(len(BACKOFF_S) + 1):
        if attempt:
            time.sleep(BACKOFF_S[attempt - 1])
        try:
            with session().get(url, headers=headers, timeout=TIMEOUT_S, stream=True) as resp:
                if resp.status_code in RETRY_STATUS:
                    last = f"HTTP {resp.status_code}"
                    continue
                if resp.status_code >= 400:
                    raise _refused_status(label, resp.status_code, url)
                total = _int(resp.headers.get("Content-Length"))
                chunks: list[bytes] = []
                done = 0
                for chunk in resp.iter_content(_CHUNK):
                    chunks.append(chunk)
                    done += len(chunk)
                    if progress:
                        progress(label, done, total)
                body = b"".join(chunks)
                if total is not None and len(body) < total and not resp.headers.get("Content-Encoding"):
                    last = Msg("http.reason.stopped", have=len(body), total=total)
                    continue
                return body
        except _transient() as exc:
            last = _reason(exc)
            if _no_name(exc):
                break
    raise _no_network(label, last)


def download_file(url: str, dest: Path, label: str, progress: Progress | None = None,
                  accept: str | None = None) -> int:
    """Download ``url`` into ``dest`` (a temporary name chosen by the caller), resuming with ``Range`` after a
    dropped connection; return the size. Raises a plain :class:`AtlasError` when the attempts run out."""
    headers_base = {"Accept": accept} if accept else {}
    total: int | None = None
    last: object = ""
    failures = 0
    last_report = 0.0
    with contextlib.suppress(FileNotFoundError):
        dest.unlink()
    dest.touch()
    while True:
        have = dest.stat().st_size
        if total is not None and have == total:
            break
        if failures > len(BACKOFF_S):
            raise _no_network(label, last)
        if failures:
            time.sleep(BACKOFF_S[failures - 1])
        headers = dict(headers_base)
        if have:
            headers["Range"] = f"bytes={have}-"
            headers["Accept-Encoding"] = "identity"  # byte offsets must be offsets in the file itself
        try:
            with session().get(url, headers=headers, timeout=TIMEOUT_S, stream=True) as resp:
                status = resp.status_code
                if status in RETRY_STATUS:
                    last, failures = f"HTTP {status}", failures + 1
                    continue
                if status == 416 and have and total is not None and have >= total:
                    break
                if status >= 400:
                    raise _refused_status(label, status, url)
                mode = "ab"
                if status == 206 and have:
                    start, whole = _content_range(resp.headers.get("Content-Range"))
                    if start != have:  # not the range asked for: start over rather than splice wrongly
                        with open(dest, "wb"):
                            pass
                        last, failures = Msg("http.reason.wrong_part"), failures + 1
                        continue
                    total = whole if whole is not None else total
                else:  # 200: the whole file (also when the server ignores Range)
                    mode, have = "wb", 0
                    total = _int(resp.headers.get("Content-Length"))
                    if resp.headers.get("Content-Encoding") not in (None, "identity"):
                        total = None  # Content-Length counts the encoded bytes; requests decodes them
                with open(dest, mode) as out:
                    for chunk in resp.iter_content(_CHUNK):
                        out.write(chunk)
                        have += len(chunk)
                        if progress and time.monotonic() - last_report > 0.2:
                            progress(label, have, total)
                            last_report = time.monotonic()
                if total is None:
                    break  # nothing announced: the server closing the body cleanly is all we can go by
                if have > total:
                    raise AtlasError(Msg("http.err.too_many_bytes", label=label, have=have, total=total))
                if have < total:
                    last, failures = Msg("http.reason.dropped", have=have, total=total), failures + 1
                    continue
                failures = 0
        except _transient() as exc:
            last, failures = _reason(exc), failures + 1
            if _no_name(exc) and not dest.stat().st_size:
                raise _no_network(label, last) from None
    size = dest.stat().st_size
    if total is not None and size != total:
        raise AtlasError(Msg("http.err.incomplete", label=label, have=size, total=total))
    if progress:
        progress(label, size, size)
    return size


def verify_gzip(path: Path, label: str) -> None:
    """Refuse a downloaded ``.gz`` that is not whole: every member must end with a matching CRC and length."""
    dec = zlib.decompressobj(31)
    in_member = False
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                while chunk:
                    if not in_member and chunk[:1] != b"\x1f":
                        raise zlib.error("data after the gzip stream")
                    in_member = True
                    dec.decompress(chunk, 1 << 20)
                    if dec.eof:
                        in_member = False
                        chunk = dec.unused_data
                        dec = zlib.decompressobj(31)
                    else:
                        chunk = dec.unconsumed_tail
    except zlib.error as exc:
        raise AtlasError(Msg("http.err.not_whole_gzip", label=label, reason=str(exc))) from None
    if in_member or path.stat().st_size == 0:
        raise AtlasError(Msg("http.err.cut_gzip", label=label))


def _int(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


def _content_range(text: str | None) -> tuple[int | None, int | None]:
    """``bytes 100-199/1000`` -> (100, 1000); the total is None for ``*``."""
    if not text or not text.startswith("bytes "):
        return None, None
    span, _, whole = text[6:].partition("/")
    start = _int(span.partition("-")[0])
    return start, _int(whole)


def _no_name(exc: BaseException) -> bool:
    """A host name that does not resolve means no network (or no DNS): retrying will not help."""
    text = str(exc)
    return any(w in text for w in ("NameResolutionError", "Name or service not known", "Temporary failure in name",
                                   "nodename nor servname", "getaddrinfo failed"))


def _reason(exc: BaseException) -> str:
    text = str(exc).split("\n")[0]
    return (text[:160] + "…") if len(text) > 160 else text or type(exc).__name__
