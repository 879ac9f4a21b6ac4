"""Offline PNGs for slides: 16:9 pictures with real content, source line in the metadata, DEMO watermark only for
demo data, and fast enough to make on a click."""

from __future__ import annotations

import io
import json
import time

import pandas as pd
import pytest
from PIL import Image

from base.i18n import t
from tests.conftest import MIRROR_NO, need
from ui import pngs
from ui.palettes import NO_DATA_COLOUR, STATUS_COLOURS, status_legend

SOURCE = "Kilde: Kartverket (CC BY 4.0, hentet 2026-11-20)"


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def colour_counts(data: bytes) -> dict[tuple[int, int, int], int]:
    img = Image.open(io.BytesIO(data)).convert("RGB")
    return {c: n for n, c in img.getcolors(maxcolors=1 << 22)}


def near(counts: dict[tuple[int, int, int], int], colour: str, tol: int = 6) -> int:
    """Pixels within ``tol`` of ``colour`` in every channel."""
    r, g, b = rgb(colour)
    return sum(n for (cr, cg, cb), n in counts.items() if abs(cr - r) <= tol and abs(cg - g) <= tol
               and abs(cb - b) <= tol)


def reddish_in_corner(data: bytes) -> int:
    """Pixels of the DEMO tag colour in the top-right corner (where the DEMO tag goes)."""
    img = Image.open(io.BytesIO(data)).convert("RGB")
    w, h = img.size
    corner = img.crop((int(w * 0.85), 0, w, int(h * 0.12)))
    return near({c: n for n, c in corner.getcolors(maxcolors=1 << 22)}, pngs.DEMO_COLOUR, tol=10)


def squares() -> dict:
    feats = []
    for i, code in enumerate(["0301", "3201", "4601", "5001"]):
        x0, y0 = 5.0 + i * 2.0, 59.0 + (i % 2) * 2.0
        ring = [[x0, y0], [x0 + 1.8, y0], [x0 + 1.8, y0 + 1.8], [x0, y0 + 1.8], [x0, y0]]
        hole = [[x0 + 0.6, y0 + 0.6], [x0 + 0.6, y0 + 1.2], [x0 + 1.2, y0 + 1.2], [x0 + 1.2, y0 + 0.6],
                [x0 + 0.6, y0 + 0.6]]
        geom = ({"type": "Polygon", "coordinates": [ring, hole]} if i == 0
                else {"type": "MultiPolygon", "coordinates": [[ring]]})
        feats.append({"type": "Feature", "properties": {"kommunenummer": code, "kommunenavn": f"K{code}"},
                      "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


def test_map_png_is_a_16_9_png_with_the_status_colours_and_no_data_grey():
    colours = {"0301": STATUS_COLOURS["adopted"], "3201": STATUS_COLOURS["none"], "4601": STATUS_COLOURS["adopted"]}
    data = pngs.map_png(squares(), colours, status_legend("nb", include_no_data=False), "Tittel", SOURCE)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert pngs.png_size(data) == (1920, 1080)
    counts = colour_counts(data)
    assert near(counts, STATUS_COLOURS["adopted"]) > 20_000
    assert near(counts, STATUS_COLOURS["none"]) > 10_000
    assert near(counts, NO_DATA_COLOUR) > 10_000, "5001 has no value and must be drawn grey"
    assert len(counts) > 50


def test_map_png_leaves_holes_empty():
    one = {"type": "FeatureCollection", "features": squares()["features"][:1]}
    data = pngs.map_png(one, {"0301": STATUS_COLOURS["adopted"]}, [], "T", SOURCE)
    img = Image.open(io.BytesIO(data)).convert("RGB")
    # The square (0301, with a hole in its middle) is the only thing in the fill colour (no legend swatch):
    # its bounding box's centre must be background, not fill.
    px = img.load()
    w, h = img.size
    hits = [(x, y) for x in range(0, w, 4) for y in range(0, h, 4) if px[x, y] == rgb(STATUS_COLOURS["adopted"])]
    xs, ys = [p[0] for p in hits], [p[1] for p in hits]
    centre = ((min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2)
    assert px[centre] == (255, 255, 255)


def test_demo_map_has_its_label_and_real_map_has_none():
    args = (squares(), {"0301": STATUS_COLOURS["adopted"]}, status_legend("nb"), "Tittel", SOURCE)
    demo, real = pngs.map_png(*args, demo=True), pngs.map_png(*args, demo=False)
    assert reddish_in_corner(demo) > 500
    assert reddish_in_corner(real) == 0
    info_demo, info_real = Image.open(io.BytesIO(demo)).info, Image.open(io.BytesIO(real)).info
    assert "DEMO" in info_demo["Description"] and SOURCE in info_demo["Description"]
    assert "DEMO" not in info_real["Description"] and SOURCE in info_real["Description"]


def test_text_with_dollar_signs_and_markup_is_drawn_as_plain_text():
    hostile = "Pris $5 og $\\frac{x <img src=x onerror=alert(1)>"
    data = pngs.map_png(squares(), {}, [(STATUS_COLOURS["adopted"], hostile)], hostile, hostile, subtitle=hostile)
    assert pngs.png_size(data) == (1920, 1080)
    df = pd.DataFrame({"navn": [hostile, "$x$"], "n": [1, 2]})
    assert pngs.png_size(pngs.bar_png(df, "navn", "n", hostile, hostile)) == (1920, 1080)


def test_size_and_dpi_are_honoured():
    data = pngs.map_png(squares(), {}, [], "T", SOURCE, size=(1280, 720), dpi=96)
    assert pngs.png_size(data) == (1280, 720)
    with pytest.raises(ValueError, match="size"):
        pngs.map_png(squares(), {}, [], "T", SOURCE, size=(10, 10))


def test_map_png_of_all_357_municipalities_is_fast():
    raw = need(MIRROR_NO / "geo" / "2024" / "Kommuner-S.geojson").read_bytes()
    counties = need(MIRROR_NO / "geo" / "2024" / "Fylker-S.geojson").read_bytes()
    codes = [f["properties"]["kommunenummer"] for f in json.loads(raw)["features"]]
    order = list(STATUS_COLOURS.values())[:3]
    colours = {c: order[i % 3] for i, c in enumerate(codes)}
    pngs._layer_cached.cache_clear()
    start = time.perf_counter()
    data = pngs.map_png(raw, colours, status_legend("nb", include_no_data=False), "Alle kommuner", SOURCE,
                        demo=True, highlight={"0301"}, outline_geojson=counties)
    cold = time.perf_counter() - start
    assert pngs.png_size(data) == (1920, 1080)
    assert cold < 2.0, f"map_png took {cold:.2f} s for 357 municipalities"
    counts = colour_counts(data)
    for colour in order:
        assert near(counts, colour) > 5_000


def test_bar_png_draws_bars_and_highlights_a_category():
    df = pd.DataFrame({"fylke": ["Oslo", "Agder", "Troms - Romsa - Tromssa"], "andel": [0.8, 0.25, -0.1]})
    data = pngs.bar_png(df, "fylke", "andel", "Andel", SOURCE, False, "nb", percent=True, highlight={"Agder"},
                        value_label="Andel kommuner")
    assert pngs.png_size(data) == (1920, 1080)
    counts = colour_counts(data)
    assert near(counts, pngs.BAR_COLOUR) > 20_000
    assert near(counts, pngs.BAR_HIGHLIGHT_COLOUR) > 5_000
    vertical = pngs.bar_png(df, "fylke", "andel", "Andel", SOURCE, True, "en", horizontal=False)
    assert reddish_in_corner(vertical) > 500


def test_bar_png_without_data_still_makes_a_picture():
    df = pd.DataFrame({"kategori": [], "antall": []})
    assert pngs.png_size(pngs.bar_png(df, "kategori", "antall", "Tomt", SOURCE)) == (1920, 1080)


def test_line_png_draws_series_and_reference_points():
    df = pd.DataFrame({"aar": [2016, 2018, 2020, 2022], "vedtatt": [10, 40, 70, 120], "under_arbeid": [5, 9, 12, 3]})
    ref = pd.DataFrame({"aar": [2019, 2023], "publisert": [55, 140]})
    data = pngs.line_png(df, "aar", ["vedtatt", "under_arbeid"], "Tidslinje", SOURCE, False, "da",
                         reference=ref, ref_y="publisert", ref_label="Publisert", labels={"vedtatt": "Vedtaget"})
    counts = colour_counts(data)
    assert near(counts, pngs.LINE_COLOURS[0]) > 2_000
    assert near(counts, pngs.LINE_COLOURS[1]) > 1_000
    without = colour_counts(pngs.line_png(df, "aar", ["vedtatt", "under_arbeid"], "Tidslinje", SOURCE))
    assert near(counts, pngs.REFERENCE_COLOUR, tol=3) > near(without, pngs.REFERENCE_COLOUR, tol=3) + 300


def test_charts_name_a_missing_column():
    df = pd.DataFrame({"aar": [2020], "n": [1]})
    with pytest.raises(ValueError, match="'antall'"):
        pngs.line_png(df, "aar", "antall", "T", SOURCE)
    with pytest.raises(ValueError, match="'antall'"):
        pngs.bar_png(df, "aar", "antall", "T", SOURCE)


def test_the_overview_timeline_picture_is_sent_to_the_browser_as_it_is():
    """Streamlit resizes pictures wider than its content and turns RGB PNGs into JPEGs unless told the format;
    either costs 0.3 s of every overview run. The page's picture must pass through untouched."""
    from streamlit.elements.lib import image_utils

    timeline = pd.DataFrame({"year": [2019, 2020, 2021], "share_municipalities": [0.1, 0.2, 0.3]})
    png = pngs.timeline_png(timeline, None, "nb", False, "SSB")
    width, _ = pngs.png_size(png)
    assert width <= image_utils.MAXIMUM_CONTENT_WIDTH

    class Layout:
        width = "stretch"

    fmt = image_utils._validate_image_format_string(png, "PNG")
    assert image_utils._ensure_image_size_and_format(png, Layout, fmt) is png


# ---------------------------------------------------------------------------------------------------- footer band
LONG_SOURCE = ("Kilde: Statistisk sentralbyrå (SSB) (CC BY 4.0, hentet 2026-12-05); Kartverket / Geonorge (CC BY 4.0, "
               "hentet 2026-12-05); Frivillighetsatlas (generert) (generert av atlaset; ikke ekte data, hentet "
               "2026-12-05); Frivillighet Norge (via pressen) (fakta sitert med kilde per rad, hentet 2026-12-05); "
               "Brønnøysundregistrene: Enhetsregisteret (NLOD 2.0, hentet 2026-12-05) https://data.brreg.no/"
               "enhetsregisteret/api/enheter/lastned/csv/v2")
TIMELINE = pd.DataFrame({"year": list(range(2007, 2027)), "share": [i / 60 for i in range(20)]})
COUNTIES = pd.DataFrame({"fylke": ["Oslo", "Troms - Romsa - Tromssa", "Finnmark - Finnmárku - Finmarkku", "Agder",
                                   "Nordland - Nordlánnda", "Trøndelag - Trööndelage", "Vestland"] * 2,
                         "andel": [0.1 * i for i in range(14)]})


def _builders():
    yield "map", lambda size: pngs.map_figure(squares(), {"0301": STATUS_COLOURS["adopted"]}, status_legend("nb"),
                                              "Kart", LONG_SOURCE, True, highlight={"3201"}, size=size,
                                              outline_geojson=squares())
    yield "map-zoom", lambda size: pngs.map_figure(
        squares(), {"0301": STATUS_COLOURS["adopted"]}, status_legend("nb"), "Kart", LONG_SOURCE, True,
        subject="0301", subject_label="Oslo", zoom={"0301", "3201"}, zoom_title="Oslo og naboene",
        other_colour=pngs.OTHER_COLOUR, other_label="Ikke med", size=size)
    yield "line", lambda size: pngs.line_figure(
        TIMELINE, "year", "share", "Vedtak over tid", LONG_SOURCE, True, "nb", percent=True, x_label="År",
        value_label="Andel", reference=TIMELINE.iloc[::4], ref_label="Publiserte nasjonale tall", size=size)
    yield "bars", lambda size: pngs.bar_figure(COUNTIES, "fylke", "andel", "Fylkene", LONG_SOURCE, True, "nb",
                                               percent=True, value_label="Andel kommuner", size=size)
    yield "columns", lambda size: pngs.bar_figure(COUNTIES, "fylke", "andel", "Fylkene", LONG_SOURCE, True, "en",
                                                  percent=True, horizontal=False, value_label="Share", size=size)


def _boxes(fig):
    """Pixel boxes (x0, y0, x1, y1; y up) of the footer's texts, of every axes with its labels, and of legends."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    footer = [a.get_window_extent(renderer) for a in fig.texts if a.get_gid() == pngs.FOOTER_GID]
    axes = [ax.get_tightbbox(renderer) for ax in fig.axes]
    legends = [lg.get_window_extent(renderer) for lg in fig.legends]
    return footer, axes, legends


@pytest.mark.parametrize("size", [(1920, 1080), (1440, 810), (960, 540)], ids=["1080p", "screen", "small"])
@pytest.mark.parametrize("kind", [k for k, _ in _builders()])
def test_footer_band_lies_inside_the_picture_and_below_every_axis_and_legend(kind, size):
    fig = dict(_builders())[kind](size)
    footer, axes, legends = _boxes(fig)
    width, height = fig.bbox.width, fig.bbox.height
    assert len(footer) >= 2, "a DEMO line and at least one source line"
    for box in footer:  # every footer line inside the picture: nothing cut at the right edge
        assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width - 0.02 * width, (box, width)
    band_top = max(box.y1 for box in footer)
    assert band_top <= pngs.footer_band_top(fig) * height + 1
    for box in axes + legends:  # nothing drawn above runs into the band (tick labels, axis titles included)
        assert box.y0 >= band_top, (kind, box.y0, band_top)
    # the whole source text is there, only broken into lines
    lines = sorted((a for a in fig.texts if a.get_gid() == pngs.FOOTER_GID), key=lambda a: -a.get_position()[1])
    drawn = " ".join(a.get_text() for a in lines)
    demo_note = t("export.demo", "en" if kind == "columns" else "nb")
    assert drawn.split() == (demo_note + " " + LONG_SOURCE).split()


def test_wrap_to_width_keeps_every_line_within_the_width():
    fig = pngs._new_figure((960, 540), 150)
    lines = pngs.wrap_to_width(fig, LONG_SOURCE + " " + "x" * 300, 9.5, 400)
    assert len(lines) > 3
    assert all(pngs._text_width_px(fig, line, 9.5) <= 400 for line in lines)
    assert "".join(lines).replace(" ", "") == (LONG_SOURCE + "x" * 300).replace(" ", "")


def test_demo_mark_changes_no_colour_that_carries_meaning():
    colours = {"0301": STATUS_COLOURS["adopted"], "3201": STATUS_COLOURS["none"], "4601": STATUS_COLOURS["in_progress"]}
    fig = pngs.map_figure(squares(), colours, status_legend("nb"), "Tittel", SOURCE, demo=True)
    fig.canvas.draw()
    img = Image.open(io.BytesIO(pngs._png(fig))).convert("RGB")
    px, height = img.load(), img.size[1]
    ax = fig.axes[0]
    checked = 0
    for feature in squares()["features"]:  # points across each square's solid band (around 0301's hole)
        code = feature["properties"]["kommunenummer"]
        ring = (feature["geometry"]["coordinates"][0] if feature["geometry"]["type"] == "Polygon"
                else feature["geometry"]["coordinates"][0][0])
        x0, y0 = ring[0]
        expected = rgb(colours.get(code, NO_DATA_COLOUR))  # 5001 has no value: "no data" grey
        for dx in (0.2, 0.45, 1.35, 1.6):
            for dy in (0.2, 0.45, 1.35, 1.6):
                x, y = ax.transData.transform((x0 + dx, y0 + dy))
                assert px[int(x), int(height - y)] == expected, (code, dx, dy)
                checked += 1
    assert checked == 64
    counts = colour_counts(pngs._png(fig))
    assert near(counts, pngs.DEMO_COLOUR, tol=0) > 20_000, "DEMO is marked (frame, tag, footer note)"
    real = colour_counts(pngs.map_png(squares(), colours, status_legend("nb"), "Tittel", SOURCE, demo=False))
    assert near(real, pngs.DEMO_COLOUR, tol=10) == 0


def test_a_map_of_a_comparison_names_the_others_for_what_they_are_and_labels_its_subject():
    fig = pngs.map_figure(squares(), {"0301": STATUS_COLOURS["adopted"], "3201": NO_DATA_COLOUR},
                          status_legend("nb"), "Kart", SOURCE, subject="0301", subject_label="Oslo",
                          zoom={"0301", "3201"}, zoom_title="Oslo og naboene", other_colour=pngs.OTHER_COLOUR,
                          other_label="Ikke med i sammenligningen", highlight={"3201"}, highlight_label="Naboer")
    labels = [x.get_text().replace("\n", " ") for x in fig.legends[0].get_texts()]
    assert "Ikke med i sammenligningen" in labels and "Oslo" in labels and "Naboer" in labels
    assert labels.count(t("map.no_data", "nb")) == 1, "'no data' only once, from the status legend"
    assert len(fig.axes) == 2, "the whole map and an enlarged panel"
    zoom_ax = fig.axes[1]
    assert [x.get_text() for x in zoom_ax.texts] == ["Oslo"]
    x0, x1 = zoom_ax.get_xlim()
    assert x1 - x0 < 6, "the enlarged panel shows the subject and its neighbours, not the whole map"
    counts = colour_counts(pngs._png(fig))
    assert near(counts, pngs.OTHER_COLOUR, tol=0) > 5_000
    assert near(counts, pngs.SUBJECT_COLOUR, tol=0) > 500
