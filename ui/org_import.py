"""The organisation register's importer for the Data page (same functions as ``import organisations``)."""

from __future__ import annotations

from typing import Any

from base.errors import AtlasError
from registers import organisations as orgs
from ui.imports import Importer


def organisation_importer() -> Importer:
    def preview(data: bytes, name: str, index: Any, country: str) -> tuple[Any, Any]:
        if country != "no":
            raise AtlasError("Organisasjonsregisteret fra Brønnøysundregistrene finnes bare for Norge.")
        return orgs.preview_organisations(data, name, index, country)

    def commit(target: Any, data: bytes, name: str, country: str, index: Any) -> Any:
        return orgs.import_organisations(target, data, name, country, index=index)

    return Importer("organisations", ("json", "gz", "csv"), preview, commit)
