"""The policy-quality checklist on the Data page's import section (picked up by :func:`ui.imports.importers`).

Preview and commit call exactly what ``python -m analytics import quality`` calls, so a checklist is judged the
same way everywhere.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ui.imports import Importer


def quality_importer() -> Importer:
    """The Data page's importer for the ``quality`` register."""
    from registers import quality

    def preview(data: bytes, name: str, index: Any, country: str) -> tuple[pd.DataFrame, Any]:
        return quality.preview_quality(data, name, index, country)

    def commit(target: Any, data: bytes, name: str, country: str, index: Any) -> Any:
        return quality.import_quality(target, data, name, country, index=index)

    return Importer("quality", ("csv", "xlsx", "txt", "tsv"), preview, commit)
