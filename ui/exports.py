"""The download row on every page: CSV and XLSX of each table shown, GeoJSON of the map layer, PNGs of the map and
figures for slides - and the presentation pack's two downloads.

Files are made only when a button is clicked (``st.download_button(data=callable)``), on Streamlit's download
thread; ``on_click="ignore"`` keeps the page from rerunning. The byte-making is in :mod:`analytics.exports`,
:mod:`ui.pngs` and :mod:`ui.pack` (no Streamlit there). File names carry the page key, the country, the date and
``-DEMO`` for demo data, e.g. ``oversikt-kommuner-no-2026-11-25-DEMO.csv``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from analytics import exports
from base.i18n import t

MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "geojson": "application/geo+json",
    "png": "image/png",
    "html": "text/html",
    "zip": "application/zip",
}
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")


def _label_text(text: str) -> str:
    """A table or figure name made safe for a button label (labels are Markdown)."""
    return _MARKDOWN.sub(r"\\\1", str(text))


def _country() -> str:
    from ui.state import current_view

    return current_view().country


def export_row(
    tables: Mapping[str, pd.DataFrame],
    metas: Sequence[Mapping[str, Any] | None],
    lang: str,
    *,
    demo: bool,
    key: str,
    geo: tuple[bytes, pd.DataFrame] | None = None,
    map_png: Callable[[], bytes] | None = None,
    figures: Mapping[str, Callable[[], bytes]] | None = None,
    country: str | None = None,
    scope: str | None = None,
) -> None:
    """A compact "Last ned" expander of download buttons for what the page shows.

    ``tables``: name (already in ``lang``) -> the table as shown on screen; each gets a CSV and an XLSX button,
    and with more than one table an XLSX holding them all. ``metas``: the store's metadata of every dataset
    behind the page (``None`` entries are skipped); they go into every file. ``geo``: (the map layer's GeoJSON
    bytes, the shown values keyed by ``kommunenummer``). ``map_png`` / ``figures``: callables returning PNG bytes
    (e.g. ``lambda: pngs.map_png(...)``), called only on click. ``demo`` (or any meta's ``demo``) labels every
    file DEMO. ``key``: the page key, unique per page (used in widget keys and file names); ``country``
    defaults to the one in the URL. ``scope``: the filtered view ("Nordland, per 2015"), named in every file's
    name and header lines.
    """
    for title, make in [("map_png", map_png), *(figures or {}).items()]:
        if make is not None and not callable(make):
            raise TypeError(f"export_row: {title!r} must be a callable returning PNG bytes "
                            f"(e.g. lambda: pngs.line_png(...)), got {type(make).__name__}")
    provenance = [dict(m) for m in metas if m]
    demo = exports.is_demo(provenance, demo)
    country = country or _country()

    def name(part: str | None, ext: str) -> str:
        return exports.file_name(key, part, country, ext, demo, scope=scope)

    with st.expander(t("export.heading", lang), icon=":material/download:"):
        st.caption(t("export.help", lang) + (f" {t('export.demo', lang)}" if demo else ""))
        with st.container(horizontal=True, gap="small"):
            for i, (title, df) in enumerate(tables.items()):
                label = _label_text(title)
                st.download_button(
                    t("export.csv", lang, name=label),
                    data=partial(exports.to_csv_bytes, df, provenance, lang, demo, scope),
                    file_name=name(title, "csv"), mime=MIME["csv"], key=f"dl-{key}-csv-{i}", on_click="ignore",
                    icon=":material/table_view:")
                st.download_button(
                    t("export.xlsx", lang, name=label),
                    data=partial(exports.to_xlsx_bytes, {title: df}, provenance, lang, demo, scope),
                    file_name=name(title, "xlsx"), mime=MIME["xlsx"], key=f"dl-{key}-xlsx-{i}", on_click="ignore",
                    icon=":material/grid_on:")
            if len(tables) > 1:
                st.download_button(
                    t("export.xlsx_all", lang),
                    data=partial(exports.to_xlsx_bytes, dict(tables), provenance, lang, demo, scope),
                    file_name=name(t("export.file.all", lang), "xlsx"), mime=MIME["xlsx"], key=f"dl-{key}-xlsx-all",
                    on_click="ignore", icon=":material/grid_on:")
            if geo is not None:
                layer, values = geo
                st.download_button(
                    t("export.geojson", lang),
                    data=partial(exports.to_geojson_bytes, layer, values, provenance, demo, lang=lang, scope=scope),
                    file_name=name(t("export.file.layer", lang), "geojson"), mime=MIME["geojson"],
                    key=f"dl-{key}-geojson", on_click="ignore", icon=":material/map:")
            if map_png is not None:
                st.download_button(
                    t("export.map_png", lang), data=map_png, file_name=name(t("export.file.map", lang), "png"),
                    mime=MIME["png"], key=f"dl-{key}-map-png", on_click="ignore", icon=":material/image:")
            for i, (title, make) in enumerate((figures or {}).items()):
                st.download_button(
                    t("export.figure_png", lang, name=_label_text(title)), data=make, file_name=name(title, "png"),
                    mime=MIME["png"], key=f"dl-{key}-fig-{i}", on_click="ignore", icon=":material/bar_chart:")


def _once(build: Callable[[], Any]) -> Callable[[], Any]:
    """``build`` run at most once (thread-safe): the pack's two buttons share one build."""
    lock = threading.Lock()
    box: list[Any] = []

    def get() -> Any:
        with lock:
            if not box:
                box.append(build())
            return box[0]

    return get


def pack_buttons(build: Callable[[], Any], lang: str, *, key: str, stem: str) -> None:
    """Two buttons: the presentation pack as one HTML file, and as a ZIP with the pictures separately.

    ``build``: a callable returning a :class:`ui.pack.Pack` (e.g. ``lambda: pack.build_pack(...)``); it runs on
    the first click only. ``stem``: the file name without extension - use :func:`ui.pack.pack_stem` so it matches
    what the pack calls itself.
    """
    get = _once(build)
    with st.container(horizontal=True, gap="small"):
        st.download_button(t("pack.download_html", lang), data=lambda: get().html_bytes(), file_name=f"{stem}.html",
                           mime=MIME["html"], key=f"dl-{key}-pack-html", on_click="ignore", type="primary",
                           icon=":material/slideshow:")
        st.download_button(t("pack.download_zip", lang), data=lambda: get().zip_bytes(), file_name=f"{stem}.zip",
                           mime=MIME["zip"], key=f"dl-{key}-pack-zip", on_click="ignore",
                           icon=":material/folder_zip:")
