"""Benchmark app for the map component: the 357 municipalities of 2024 coloured by residents per km².

Run from the repository root (``bench/static`` links to ``../static``, which Streamlit serves at
``/app/static`` for this script)::

    streamlit run bench/map_app.py --server.enableStaticServing true

Environment: ``ATLAS_BENCH_LANG`` (nb|en|da), ``ATLAS_BENCH_PRESENT=1`` (projector mode),
``ATLAS_BENCH_OUTLINES=1`` (county borders), ``ATLAS_BENCH_HOSTILE=1`` (renames Oslo to an HTML-injection
string, for the escaping end-to-end test).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mapdata  # noqa: E402  (bench/ is on sys.path: streamlit runs this file as a script)
import streamlit as st  # noqa: E402

from base.i18n import fmt_num, t  # noqa: E402
from ui import leafmap  # noqa: E402
from ui.palettes import classify, colour_for, sequential_legend  # noqa: E402

LANG = os.environ.get("ATLAS_BENCH_LANG", "nb")
PRESENT = os.environ.get("ATLAS_BENCH_PRESENT") == "1"
OUTLINES = os.environ.get("ATLAS_BENCH_OUTLINES") == "1"
HOSTILE = os.environ.get("ATLAS_BENCH_HOSTILE") == "1"


@st.cache_resource(show_spinner=False)
def load(hostile: bool, outlines: bool):
    data = mapdata.density_map()
    fc = data.geojson
    if hostile:
        for f in fc["features"]:
            if f["properties"]["kommunenummer"] == "0301":
                f["properties"]["kommunenavn"] = mapdata.HOSTILE_NAME + "Oslo"
    prepared = leafmap.prepare_geometry(fc)
    outline = mapdata.rounded_geojson(mapdata.FYLKER_2024, keep=("fylkesnummer",)) if outlines else None
    return prepared, data.density, outline


st.set_page_config(page_title=t("map.bench.title", LANG), layout="wide")
prepared, density, outline = load(HOSTILE, OUTLINES)
classes = classify(density.values(), k=6, method="quantile")


def fmt(x: float) -> str:
    return fmt_num(x, 0 if x >= 10 else 1, LANG)


values = {
    code: leafmap.Style(colour_for(v, classes), t("map.bench.tooltip", LANG, density=fmt(v)))
    for code, v in density.items()
}
if HOSTILE:
    values["0301"] = leafmap.Style(values["0301"].color, mapdata.HOSTILE_NAME)
title = t("map.bench.title", LANG)
st.title(title)
leafmap.render(
    prepared,
    values,
    legend=sequential_legend(classes, fmt),
    title=title,
    height=720 if PRESENT else 620,
    present=PRESENT,
    lang=LANG,
    outline_geojson=outline,
    attribution=t("map.bench.attribution", LANG),
)
st.caption(t("map.bench.caption", LANG))
