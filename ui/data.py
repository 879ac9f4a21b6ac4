"""Cached loaders: read-only registers shared by every session (``st.cache_resource``), keyed by the store's
metadata so a new fetch or import is picked up at once. Callers must not mutate what they get."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import streamlit as st

from base.errors import AtlasError
from registers.published import DATASET as PUBLISHED_DATASET
from registers.published import load_published_reference
from registers.store import VISITOR, Store, resolve_data_dir


def store() -> Store:
    """The data store for reading. It refuses every write (a visitor's store): writes go through
    :func:`ui.rights.editor_store`, which needs the rights check's :class:`~ui.rights.Editor`."""
    return Store(resolve_data_dir(os.environ.get("FRIVILLIG_DATA_DIR")), actor=VISITOR)


@dataclass
class Base:
    """The base registers of one country."""

    country: str
    municipalities: pd.DataFrame
    population: pd.DataFrame
    neighbours: pd.DataFrame
    geojson: bytes
    county_geojson: bytes
    metas: dict[str, dict[str, Any]] = field(default_factory=dict)


def _fingerprint(st_: Store, country: str, names: tuple[str, ...]) -> str:
    parts = []
    for n in names:
        m = st_.read_meta(country, n)
        parts.append(m["sha256"] if m else "-")
    return "|".join(parts)


BASE_NAMES = ("municipalities", "population", "neighbours", "kommuner_geo", "fylker_geo")


def has_base(country: str) -> bool:
    return store().has(country, "municipalities") and store().has(country, "kommuner_geo")


@st.cache_resource(show_spinner=False, max_entries=8)
def _load_base(root: str, country: str, fingerprint: str) -> Base:
    s = Store(root)
    metas = {n: s.read_meta(country, n) or {} for n in BASE_NAMES}
    return Base(
        country=country,
        municipalities=s.read_frame(country, "municipalities"),
        population=s.read_frame(country, "population") if s.has(country, "population") else pd.DataFrame(
            columns=["kommunenummer", "aar", "befolkning"]),
        neighbours=s.read_frame(country, "neighbours") if s.has(country, "neighbours") else pd.DataFrame(
            columns=["kommunenummer", "nabo"]),
        geojson=s.read_bytes(country, "kommuner_geo"),
        county_geojson=s.read_bytes(country, "fylker_geo") if s.has(country, "fylker_geo") else b"",
        metas=metas,
    )


def load_base(country: str) -> Base:
    s = store()
    return _load_base(str(s.root), country, _fingerprint(s, country, BASE_NAMES))


@st.cache_resource(show_spinner=False, max_entries=16)
def _geo_doc(root: str, country: str, name: str, fingerprint: str) -> dict[str, Any]:
    return json.loads(Store(root).read_bytes(country, name))


def geo_doc(country: str, name: str = "kommuner_geo") -> dict[str, Any]:
    """The parsed GeoJSON (shared, read-only)."""
    s = store()
    return _geo_doc(str(s.root), country, name, _fingerprint(s, country, (name,)))


def register_version(country: str, register: str) -> str:
    """A cache key for a versioned register: its current version id and sha (or 'none')."""
    s = store()
    try:
        vid = s.current_version_id(country, register)
    except AtlasError:
        return "damaged"
    return vid or "none"


@st.cache_resource(show_spinner=False, max_entries=16)
def _load_register(root: str, country: str, register: str, version: str) -> tuple[pd.DataFrame, dict[str, Any]] | None:
    got = Store(root).read_current(country, register)
    return got


def load_register(country: str, register: str) -> tuple[pd.DataFrame, dict[str, Any]] | None:
    """The current version of a versioned register (policies, organisations, quality), or None.
    Raises AtlasError when the stored file is damaged (the message names the last good version)."""
    s = store()
    return _load_register(str(s.root), country, register, register_version(country, register))


@st.cache_resource(show_spinner=False, max_entries=8)
def _policy_versions(root: str, country: str, version: str) -> list[tuple[dict[str, Any], pd.DataFrame]]:
    s = Store(root)
    out = []
    for v in s.list_versions(country, "policies"):
        if v.get("ok"):
            df, meta = s.read_version(country, "policies", v["version"])
            out.append((meta, df))
    return out


def policy_versions(country: str) -> list[tuple[dict[str, Any], pd.DataFrame]]:
    """Every intact stored version of the policy register, oldest first (the profile's history); shared,
    read-only, re-read only when an import or a restore changes the version in use."""
    s = store()
    return _policy_versions(str(s.root), country, register_version(country, "policies"))


@st.cache_resource(show_spinner=False, max_entries=8)
def _policy_register(root: str, country: str, version: str, base_sha: str) -> tuple[pd.DataFrame, dict[str, Any]]:
    from registers import policies

    return policies.register_or_demo(Store(root), country)


def policy_register(country: str) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The policy register in use, or the generated DEMO register (its meta says ``demo``); shared, read-only,
    and re-read only when a new version is imported or restored."""
    s = store()
    base_sha = (s.read_meta(country, "municipalities") or {}).get("sha256", "")
    return _policy_register(str(s.root), country, register_version(country, "policies"), base_sha)


@st.cache_resource(show_spinner=False, max_entries=4)
def _published_reference(root: str, country: str, fingerprint: str) -> pd.DataFrame | None:
    return load_published_reference(Store(root), country)


def published_reference(country: str) -> pd.DataFrame | None:
    """Frivillighet Norge's published national series (None for Denmark); shared, read once per stored version."""
    s = store()
    return _published_reference(str(s.root), country, _fingerprint(s, country, (PUBLISHED_DATASET,)))


@st.cache_data(show_spinner=False, max_entries=256)
def coverage_view(country: str, version: str, fylke: str | None, size: str | None, year: int | None,
                  base_sha: str) -> dict[str, Any]:
    """Coverage figures of the overview for one filter combination (cached: a filter change is instant)."""
    from analytics import coverage

    base = load_base(country)
    register, _ = policy_register(country)
    mun = base.municipalities
    size_of = [coverage.size_class(p, country) for p in mun["befolkning"]]
    in_size = mun[[size is None or s == size for s in size_of]]
    selected = in_size[in_size["fylkesnummer"] == fylke] if fylke else in_size
    as_of = coverage.register_as_of(register, year) if year else register
    summary = coverage.coverage_summary(as_of, selected, country)
    # Without a county filter the selection is the size class itself: its by-county figures are already there (a
    # year step of the play control computes one summary, not two).
    by_county = summary["by_county"] if not fylke else coverage.coverage_summary(as_of, in_size, country)["by_county"]
    return {"selected": selected, "in_size": in_size, "as_of": as_of, "summary": summary, "by_county": by_county,
            "status": coverage.status_table(as_of, selected),
            "timeline": _timeline(country, version, fylke, size, base_sha)}


@st.cache_data(show_spinner=False, max_entries=64)
def _timeline(country: str, version: str, fylke: str | None, size: str | None, base_sha: str) -> pd.DataFrame:
    """Adoptions by year for a selection: the same for every year shown, so computed once per selection."""
    from analytics import coverage

    mun = load_base(country).municipalities
    register, _ = policy_register(country)
    size_of = [coverage.size_class(p, country) for p in mun["befolkning"]]
    in_size = mun[[size is None or s == size for s in size_of]]
    selected = in_size[in_size["fylkesnummer"] == fylke] if fylke else in_size
    return coverage.adoptions_by_year(coverage.status_table(register, selected))
