"""Frivillighet Norge's published national series as the store holds it (the ``policy_reference`` dataset written
by ``fetch``), or the headline figures in ``data/reference`` for a store fetched before that dataset existed."""

from __future__ import annotations

import pandas as pd

from registers.store import Store
from sources.published import published_reference

DATASET = "policy_reference"


def load_published_reference(store: Store, country: str) -> pd.DataFrame | None:
    """The published series for ``country`` (None for Denmark, which has none)."""
    data = store.read_bytes(country, DATASET) if store.has(country, DATASET) else None
    return published_reference(country, data=data)
