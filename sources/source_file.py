"""One source file's bytes and where they came from: the same record for every official source of both
countries, so provenance is written one way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SourceFile:
    """Raw bytes of one source file and where they came from (for provenance)."""

    data: bytes
    url: str
    title: str
    publisher: str
    licence: str
    origin: str  # "online" or the local path read
    retrieved: str = ""  # ISO time: when downloaded, or when the local copy was recorded ("" = the caller's time)
    note: str = ""

    def meta(self, code_vintage: str, retrieved: str | None = None, **extra: Any) -> dict[str, Any]:
        """The provenance fields of a dataset built from this file (``retrieved`` overrides the file's own)."""
        meta: dict[str, Any] = {"publisher": self.publisher, "title": self.title, "url": self.url,
                                "licence": self.licence, "retrieved": retrieved or self.retrieved,
                                "code_vintage": code_vintage, "origin": self.origin}
        if self.note:
            meta["note"] = self.note
        meta.update(extra)
        return meta
