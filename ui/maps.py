"""Maps on pages: shared, pre-encoded geometry (one per country and dataset version) and a status/value map."""

from __future__ import annotations

import streamlit as st

from ui import leafmap
from ui.data import load_base, store


@st.cache_resource(show_spinner=False, max_entries=8)
def _prepared(root: str, country: str, name: str, sha: str) -> leafmap.PreparedGeometry:
    from registers.store import Store

    data = Store(root).read_bytes(country, name)
    return leafmap.prepare_geometry(data, "kommunenummer", "kommunenavn")


def prepared_geometry(country: str) -> leafmap.PreparedGeometry:
    """The municipality layer encoded for the map, shared by every session (read-only)."""
    s = store()
    meta = s.read_meta(country, "kommuner_geo") or {}
    return _prepared(str(s.root), country, "kommuner_geo", meta.get("sha256", ""))


def county_outline(country: str) -> bytes | None:
    """The county (Danish: region) borders as GeoJSON bytes, from the shared base registers (not re-read per run)."""
    return load_base(country).county_geojson or None
