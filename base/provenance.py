"""One typed provenance record for every dataset and register version.

Every writer passes its metadata through :meth:`Provenance.from_meta` and every reader reads it back the same way,
so a key cannot drift again (the source file's hash was once stored as ``file_sha256``, ``sha256`` and read as
``source_sha256``). The record keeps what the store adds (rows, the stored data's hash) apart from what describes
the source (publisher, licence, retrieval time, code vintage, the source file's hash, origin); other keys a writer
records (import reports, file lists, notes) travel in ``extra``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Names older versions of the store wrote for the source file's hash; read, never written.
_LEGACY_SOURCE_HASH = ("file_sha256",)


def now_iso() -> str:
    """The current time in UTC, to the second, ISO 8601 (how every retrieval and write time is stored)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in 1 MiB chunks (a 210 MB bulk file is never held whole)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class Provenance:
    """Where a dataset comes from and what was stored.

    ``sha256`` is the hash of the bytes in the store (set by the store); ``source_sha256`` the hash of the file the
    data was read from (set by the writer, empty when there was no file, e.g. a table edit or the demo register).
    """

    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    licence: str | None = None
    retrieved: str | None = None
    code_vintage: str | None = None
    rows: int | None = None
    sha256: str | None = None
    source_sha256: str | None = None
    origin: str | None = None
    signed_by: str | None = None  # who wrote it (editor e-mail, ``local``, ``cli:<OS user>``); set by the store
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_meta(cls, meta: dict[str, Any], *, stored: bool = True) -> Provenance:
        """Read a metadata dict as written to the store (``stored=True``) or as handed to it by a writer
        (``stored=False``: a ``sha256`` the writer gives is the source file's, since only the store knows the hash
        of what it writes). A key that is absent stays absent; an empty value stays empty."""
        known = {f.name for f in fields(cls)} - {"extra"}
        values: dict[str, Any] = {k: meta[k] for k in known if k in meta}
        extra = {k: v for k, v in meta.items() if k not in known and k not in _LEGACY_SOURCE_HASH}
        if values.get("source_sha256") is None:
            legacy = next((meta[k] for k in _LEGACY_SOURCE_HASH if meta.get(k)), None)
            if not stored and meta.get("sha256"):
                legacy = legacy or meta["sha256"]
            if legacy is not None:
                values["source_sha256"] = legacy
        if not stored:
            values.pop("sha256", None)
        if values.get("rows") is not None:
            values["rows"] = int(values["rows"])
        return cls(**values, extra=extra)

    def to_meta(self) -> dict[str, Any]:
        """The dict written to the store's metadata file (``extra`` first, the typed fields win; absent stays
        absent)."""
        out = dict(self.extra)
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "extra" and value is not None:
                out[f.name] = value
        return out

    def missing(self, required: tuple[str, ...]) -> list[str]:
        """The names in ``required`` this record leaves empty."""
        return [name for name in required if not getattr(self, name, None)]
