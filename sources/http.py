"""Downloads from the publishers, with a progress callback and a plain message when there is no network."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable

from base.errors import AtlasError
from base.i18n import Msg

Progress = Callable[[str, int, int | None], None]
USER_AGENT = "Frivillighetsatlas/0.1 (+https://github.com/)"
TIMEOUT_S = 60


def download(url: str, label: str, progress: Progress | None = None, accept: str | None = None,
             dest: str | None = None) -> bytes:
    """GET ``url``; return the body (or write it to ``dest`` in chunks and return b"")."""
    headers = {"User-Agent": USER_AGENT}
    if accept:
        headers["Accept"] = accept
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:
            total = resp.headers.get("Content-Length")
            total_n = int(total) if total and total.isdigit() else None
            chunks: list[bytes] = []
            done, last = 0, 0.0
            out = open(dest, "wb") if dest else None
            try:
                while True:
                    chunk = resp.read(1 << 16)
                    if not chunk:
                        break
                    done += len(chunk)
                    if out:
                        out.write(chunk)
                    else:
                        chunks.append(chunk)
                    if progress and time.monotonic() - last > 0.2:
                        progress(label, done, total_n)
                        last = time.monotonic()
            finally:
                if out:
                    out.close()
            if progress:
                progress(label, done, done)
            return b"".join(chunks)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise AtlasError(
            Msg("http.err.download_failed", label=label, reason=str(reason))
        ) from None
