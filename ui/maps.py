"""Maps on pages: shared, pre-encoded geometry (one per country and dataset version), the click-through from a map
to a municipality's profile, and the play control's years."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable

import streamlit as st

from ui import leafmap
from ui.data import load_base, store
from ui.state import set_param


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


PROFILE_URL_PATH = "kommuneprofil"
KEPT_PARAMS = ("land", "lang", "present")  # what a click-through keeps of the current view


def profile_params(code: str, current: dict[str, str]) -> dict[str, str]:
    """The profile's query parameters for ``code``: ``kommune`` plus ``land``, ``lang`` and ``present`` as the
    current view has them (absent ones stay absent, so defaults stay out of the URL).

    >>> profile_params("1804", {"land": "no", "aar": "2015", "present": "1"})
    {'kommune': '1804', 'land': 'no', 'present': '1'}
    """
    return {"kommune": code, **{k: str(current[k]) for k in KEPT_PARAMS if current.get(k)}}


def _page_script(url_path: str) -> str:
    """The script of the page at ``url_path`` (relative to the entry script, for ``st.switch_page``)."""
    import os

    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        raise RuntimeError("no Streamlit run")
    main_dir = os.path.dirname(ctx.main_script_path)
    for page in ctx.pages_manager.get_pages().values():
        if page.get("url_pathname") == url_path:
            return os.path.relpath(page["script_path"], main_dir)
    raise RuntimeError(f"no page is served at /{url_path}")


def open_profile(code: str) -> None:
    """Open the municipality's profile (a click on a map, or "Finn kommune" and Enter), keeping the view."""
    current = {k: st.query_params.get(k) for k in KEPT_PARAMS}
    st.switch_page(_page_script(PROFILE_URL_PATH), query_params=profile_params(code, current))


_WARMING: set[Hashable] = set()
_WARMING_LOCK = threading.Lock()


def warm_years(key: Hashable, years: Iterable[int], compute: Callable[[int], object]) -> bool:
    """Compute the figures of ``years`` in a background thread, once per ``key`` per server process (``compute``
    is a cached loader, shared by every session): playing the years then finds each year ready. False if that key
    is already being (or was) warmed."""
    with _WARMING_LOCK:
        if key in _WARMING:
            return False
        _WARMING.add(key)
    todo = list(years)

    def run() -> None:
        for y in todo:
            try:
                compute(y)
            except Exception:  # noqa: BLE001 - the page computes (and reports) the year itself when it gets there
                return

    threading.Thread(target=run, name="atlas-warm-years", daemon=True).start()
    return True


def year_player(years: tuple[int, int] | None, year: int | None, warm: Callable[[int], object] | None = None,
                warm_key: Hashable = None) -> tuple[leafmap.Play | None, Callable[[int], None]]:
    """The play control for the overview's years (``policy_years``) at ``year`` (None: the last), and what a step
    does: it writes ``aar`` to the URL (left out for the last year, the default), so the year shown stays in the link
    when playing stops. ``warm(year)``: computes a year's figures (a cached loader); the first step starts computing
    the years ahead in the background (:func:`warm_years`, once per ``warm_key``)."""
    def step(chosen: int) -> None:
        set_param("aar", None if years is None or chosen >= years[1] else chosen)
        if warm is not None and years is not None:
            warm_years(warm_key, [y for y in range(chosen + 1, years[1])] + [years[1]], warm)

    if not years or years[0] >= years[1]:
        return None, step
    return leafmap.Play(first=years[0], last=years[1], year=year or years[1]), step
