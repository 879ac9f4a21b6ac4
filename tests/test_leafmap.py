"""The map component's HTML, checked without a browser: escaping of names, titles and legend labels; JSON that
cannot close its <script>; nothing fetched from outside; legend completeness; geometry encoding that decodes back
to the input; palettes and class breaks."""

from __future__ import annotations

import hashlib
import html
import json
import math
import re

import pytest

from base.i18n import LANGS, area_strings, t
from tests.conftest import MIRROR_NO, need
from ui import leafmap
from ui.leafmap import Style, choropleth_html, prepare_geometry, prepare_outline, script_json
from ui.palettes import (
    NO_DATA_COLOUR,
    STATUS_COLOURS,
    Classes,
    classify,
    colour_for,
    sequential_colours,
    sequential_legend,
    status_legend,
)

HOSTILE = "<img src=x onerror=alert(1)>"
SCRIPT_BREAK = "</script><script>alert(1)</script>"


def square(x: float, y: float, size: float = 1.0) -> list[list[float]]:
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


def collection(*features: tuple[str, str, list]) -> dict:
    """A FeatureCollection of Polygons (lon/lat, EPSG:4326) from (code, name, ring) triples."""
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"kommunenummer": code, "kommunenavn": name},
             "geometry": {"type": "Polygon", "coordinates": [ring]}}
            for code, name, ring in features
        ],
    }


TWO = collection(("0301", "Oslo", square(10.6, 59.8, 0.3)), ("4601", "Bergen", square(5.1, 60.2, 0.4)))
LEGEND = [("#004488", "Vedtatt"), ("#ddaa33", "Under arbeid")]


def script_block(doc: str, element_id: str) -> str:
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', doc, re.S)
    assert m, f"no {element_id} block"
    return m.group(1)


def decode_ring(encoded: list[int], decimals: int) -> list[tuple[float, float]]:
    x = y = 0
    out = []
    for dx, dy in zip(encoded[0::2], encoded[1::2], strict=True):
        x += dx
        y += dy
        out.append((round(x / 10**decimals, decimals), round(y / 10**decimals, decimals)))
    return out


# ------------------------------------------------------------------------------------------------ escaping


def test_hostile_name_never_reaches_the_document_as_markup():
    fc = collection(("0301", HOSTILE, square(10.6, 59.8)), ("4601", "Bergen", square(5.1, 60.2)))
    doc = choropleth_html(fc, {"0301": Style("#004488", HOSTILE)}, legend=[("#004488", HOSTILE)],
                          title=HOSTILE, height=400, attribution=HOSTILE)
    assert "<img" not in doc
    assert "onerror=alert(1)>" not in doc.replace("&gt;", "")  # only in escaped form
    assert html.escape(HOSTILE) in doc  # title, legend label, attribution: escaped HTML text
    geom = json.loads(script_block(doc, "atlas-geom"))
    data = json.loads(script_block(doc, "atlas-data"))
    assert geom["n"][geom["k"].index("0301")] == HOSTILE  # the JSON still carries the exact name as data
    assert HOSTILE in data["x"]


def test_script_end_tag_in_a_name_cannot_close_the_data_block():
    fc = collection(("0301", SCRIPT_BREAK, square(10.6, 59.8)))
    doc = choropleth_html(fc, {"0301": Style("#004488", SCRIPT_BREAK)}, legend=LEGEND, title="Kart", height=400)
    # Exactly our own script elements close: two data blocks, the outline block and the two library scripts.
    assert doc.lower().count("</script") == 5
    assert json.loads(script_block(doc, "atlas-geom"))["n"] == [SCRIPT_BREAK]


def test_script_json_escapes_markup_ampersand_and_line_separators():
    text = script_json({"a": "<!-- </script> & \u2028 \u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "<!-- </script> & \u2028 \u2029"}


@pytest.mark.parametrize("bad", ["red", "#12345", "#0044zz", "#004488;background:url(//x)", "var(--x)"])
def test_a_colour_that_is_not_hex_is_refused(bad):
    with pytest.raises(ValueError, match="colour"):
        choropleth_html(TWO, {"0301": Style(bad)}, legend=[(bad, "x")], title="Kart", height=400)


# ------------------------------------------------------------------------------------------------ offline


def test_document_loads_only_from_the_streamlit_server():
    doc = choropleth_html(TWO, {}, legend=LEGEND, title="Kart", height=400)
    assert not re.search(r"(?i)\b(?:https?:)?//[a-z0-9.-]+", doc), "an absolute URL would need the network"
    refs = re.findall(r'(?:src|href)="([^"]+)"', doc)
    assert len(refs) == 4
    assert all(r.startswith("/app/static/") for r in refs)


def test_static_urls_carry_a_hash_of_the_file_so_a_changed_file_is_refetched():
    urls = leafmap.static_urls("/base/app/static/")
    for name, rel in leafmap.STATIC_FILES.items():
        path = leafmap.STATIC_DIR / rel
        assert path.is_file(), f"{path} is missing"
        assert urls[name] == f"/base/app/static/{rel}?v={hashlib.sha256(path.read_bytes()).hexdigest()[:10]}"


# ------------------------------------------------------------------------------------------------ legend


def legend_labels(doc: str) -> list[str]:
    aside = re.search(r'<aside class="atlas-legend".*?</aside>', doc, re.S).group(0)
    return [html.unescape(x) for x in re.findall(r"<li>.*?<span>(.*?)</span></li>", aside)]


def test_legend_gets_an_ingen_data_entry_when_a_municipality_has_no_value():
    doc = choropleth_html(TWO, {"0301": Style("#004488", "Vedtatt")}, legend=LEGEND, title="Kart", height=400)
    assert "ingen data" in [label.lower() for label in legend_labels(doc)]
    data = json.loads(script_block(doc, "atlas-data"))
    bergen = json.loads(script_block(doc, "atlas-geom"))["k"].index("4601")
    assert data["p"][data["i"][bergen]] == NO_DATA_COLOUR


def test_legend_has_no_ingen_data_entry_when_every_municipality_has_a_value():
    values = {"0301": Style("#004488"), "4601": Style("#ddaa33")}
    doc = choropleth_html(TWO, values, legend=LEGEND, title="Kart", height=400)
    assert [label.lower() for label in legend_labels(doc)] == ["vedtatt", "under arbeid"]


def test_no_data_label_follows_the_language():
    doc = choropleth_html(TWO, {}, legend=LEGEND, title="Map", height=400, lang="en")
    assert "No data" in legend_labels(doc)
    assert '<html lang="en">' in doc


def test_a_fill_colour_missing_from_the_legend_is_refused():
    with pytest.raises(ValueError, match="not in the legend"):
        choropleth_html(TWO, {"0301": Style("#bb5566")}, legend=LEGEND, title="Kart", height=400)


def test_highlight_and_outline_are_drawn_and_explained_in_the_legend():
    outline = collection(("03", "Oslo", square(10.5, 59.7, 0.5)), ("32", "Akershus", square(11.0, 59.7, 0.5)))
    doc = choropleth_html(TWO, {}, legend=LEGEND, title="Kart", height=400, highlight={"4601", "9999"},
                          outline_geojson=outline)
    labels = legend_labels(doc)
    assert t("map.highlight", "nb") in labels and t("map.outline", "nb") in labels
    data = json.loads(script_block(doc, "atlas-data"))
    assert data["h"] == [json.loads(script_block(doc, "atlas-geom"))["k"].index("4601")]  # unknown code ignored
    (line,) = json.loads(script_block(doc, "atlas-outline"))
    assert sorted(decode_ring(line, 4)) == [(11.0, 59.7), (11.0, 60.2)]  # only the border the two share


def test_outline_of_polygons_keeps_only_shared_borders_unless_asked_for_all_rings():
    two = collection(("03", "A", square(10.0, 60.0, 1.0)), ("32", "B", [[11, 60.5], [12, 60.5], [12, 61.5],
                                                                          [11, 61.5], [11, 60.5]]))
    (shared,) = json.loads(prepare_outline(two).json)
    assert sorted(decode_ring(shared, 4)) == [(11.0, 60.5), (11.0, 61.0)]  # the half edge they have in common
    rings = json.loads(prepare_outline(two, shared_only=False).json)
    assert len(rings) == 2 and all(decode_ring(r, 4)[0] == decode_ring(r, 4)[-1] for r in rings)  # closed
    assert json.loads(prepare_outline(collection(("03", "A", square(10, 60)))).json) == []


def test_without_highlight_or_outline_the_legend_does_not_mention_them():
    labels = legend_labels(choropleth_html(TWO, {}, legend=LEGEND, title="Kart", height=400))
    assert t("map.highlight", "nb") not in labels and t("map.outline", "nb") not in labels


def test_present_mode_marks_the_body_and_thickens_lines():
    normal = json.loads(script_block(choropleth_html(TWO, {}, legend=LEGEND, title="K", height=400), "atlas-data"))
    doc = choropleth_html(TWO, {}, legend=LEGEND, title="K", height=700, present=True)
    present = json.loads(script_block(doc, "atlas-data"))
    assert '<body class="atlas-present">' in doc and "height:700px" in doc
    assert present["stroke"]["border_w"] > normal["stroke"]["border_w"]


# ------------------------------------------------------------------------------------------------ geometry


def test_encoded_geometry_decodes_to_the_rounded_coordinates():
    ring = [[10.123456, 59.987654], [10.5, 59.9], [10.5, 59.9], [10.7, 60.1], [10.123456, 59.987654]]
    hole = [[10.3, 59.95], [10.35, 59.95], [10.35, 59.97], [10.3, 59.95]]
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kommunenummer": "0301", "kommunenavn": "Oslo"},
         "geometry": {"type": "MultiPolygon", "coordinates": [[ring, hole], [square(11, 60, 0.1)]]}}]}
    prepared = prepare_geometry(fc)
    payload = json.loads(prepared.json)
    (polygons,) = payload["g"]
    assert decode_ring(polygons[0][0], 4) == [(10.1235, 59.9877), (10.5, 59.9), (10.7, 60.1)]  # repeat, closing gone
    assert decode_ring(polygons[0][1], 4) == [(10.3, 59.95), (10.35, 59.95), (10.35, 59.97)]
    assert decode_ring(polygons[1][0], 4) == [(11.0, 60.0), (11.1, 60.0), (11.1, 60.1), (11.0, 60.1)]
    assert prepared.bounds == ((59.9, 10.123456), (60.1, 11.1))


def test_integer_codes_become_string_keys_and_missing_names_fall_back_to_the_code():
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kommunenummer": 1103}, "geometry": {"type": "Polygon",
                                                                             "coordinates": [square(5, 58)]}}]}
    prepared = prepare_geometry(fc)
    assert prepared.keys == ("1103",) and prepared.names == ("1103",)


@pytest.mark.parametrize(
    ("fc", "message"),
    [
        (collection(("0301", "Oslo", square(10, 59)), ("0301", "Oslo igjen", square(11, 59))), "more than once"),
        ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                     "geometry": None}]}, "no 'kommunenummer'"),
        ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"kommunenummer": "0301"},
                                                     "geometry": {"type": "Point", "coordinates": [1, 2]}}]},
         "Polygon or MultiPolygon"),
        ({"type": "Feature"}, "FeatureCollection"),
        (b"{not json", "not valid JSON"),
        (collection(("0301", "Oslo", [[10, 59], [10, 59], [10, 59]])), "at least three points"),
    ],
)
def test_unusable_geometry_is_refused_with_a_message_naming_the_problem(fc, message):
    with pytest.raises(ValueError, match=message):
        prepare_geometry(fc)


def test_bytes_input_is_encoded_once_and_reused():
    data = json.dumps(TWO).encode()
    first = leafmap._prepare_geometry_bytes(data, "kommunenummer", "kommunenavn", 4)
    choropleth_html(data, {}, legend=LEGEND, title="K", height=400)
    assert leafmap._prepare_geometry_bytes(bytes(data), "kommunenummer", "kommunenavn", 4) is first


def test_outline_accepts_lines_and_refuses_points():
    lines = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
                                                           "coordinates": [[5, 60], [6, 61], [7, 61]]}}]}
    assert json.loads(prepare_outline(lines).json) == [[50000, 600000, 10000, 10000, 10000, 0]]
    points = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [5, 60]}}]}
    with pytest.raises(ValueError, match="Point"):
        prepare_outline(points)


def test_real_2024_county_borders_leave_out_the_coast():
    path = need(MIRROR_NO / "geo" / "2024" / "Fylker-S.geojson")
    shared = json.loads(prepare_outline(path.read_bytes()).json)
    everything = json.loads(prepare_outline(path.read_bytes(), shared_only=False).json)
    points = [sum(len(line) // 2 for line in lines) for lines in (shared, everything)]
    assert 0 < points[0] < points[1] / 5


def test_real_2024_municipalities_encode_to_a_small_payload():
    path = need(MIRROR_NO / "geo" / "2024" / "Kommuner-S.geojson")
    raw = path.read_bytes()
    prepared = prepare_geometry(raw)
    assert len(prepared.keys) == 357 and len(set(prepared.keys)) == 357
    assert all(re.fullmatch(r"\d{4}", k) for k in prepared.keys)
    (south, west), (north, east) = prepared.bounds
    assert 57 < south < 58.5 and 70.5 < north < 71.5 and 4 < west < 5 and 31 < east < 31.5
    assert len(prepared.json) < 0.25 * len(raw)  # rounded + delta-encoded: about a fifth of the file


# ------------------------------------------------------------------------------------------------ palettes


def test_status_palette_has_one_distinct_colour_per_status_and_labels_in_every_language():
    assert len(set(STATUS_COLOURS.values())) == len(STATUS_COLOURS) == 4
    for lang in LANGS:
        legend = status_legend(lang)
        assert [c for c, _ in legend] == list(STATUS_COLOURS.values())
        assert len({label for _, label in legend}) == 4
    assert NO_DATA_COLOUR not in [c for c, _ in status_legend("nb", include_no_data=False)]


@pytest.mark.parametrize("scheme", ["viridis", "cividis"])
@pytest.mark.parametrize("k", [2, 5, 7, 9])
def test_sequential_colours_run_from_light_to_dark(scheme, k):
    colours = sequential_colours(k, scheme)
    assert len(set(colours)) == k

    def luminance(c: str) -> float:
        r, g, b = (int(c[i:i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lum = [luminance(c) for c in colours]
    assert lum == sorted(lum, reverse=True)


@pytest.mark.parametrize("method", ["quantile", "nice"])
def test_every_value_falls_in_exactly_one_class_and_missing_values_in_none(method):
    values = [0.3, 1.2, 2.5, 2.5, 7.0, 12.0, 50.0, 640.0, 1574.7, float("nan"), None]
    classes = classify(values, k=5, method=method)
    assert list(classes.breaks) == sorted(set(classes.breaks))
    assert 1 <= classes.k <= 5
    for v in values:
        idx = classes.index(v)
        if v is None or (isinstance(v, float) and math.isnan(v)):
            assert idx is None and colour_for(v, classes) == NO_DATA_COLOUR
        else:
            assert classes.breaks[idx] <= v <= classes.breaks[idx + 1]


def test_quantile_classes_hold_about_equal_counts():
    values = list(range(1, 101))
    classes = classify(values, k=4)
    counts = [sum(1 for v in values if classes.index(v) == i) for i in range(classes.k)]
    assert counts == [25, 25, 25, 25]


def test_nice_breaks_are_round_and_cover_the_range():
    classes = classify([3, 17, 42, 88], k=5, method="nice")
    assert classes.breaks == (0.0, 20.0, 40.0, 60.0, 80.0, 100.0)
    step = classes.breaks[1] - classes.breaks[0]
    assert all(math.isclose(b - a, step) for a, b in zip(classes.breaks, classes.breaks[1:], strict=False))


def test_tied_values_give_fewer_quantile_classes_and_constant_values_one():
    assert classify([1, 1, 1, 1, 1, 2], k=5).k == 1
    assert classify([4, 4, 4], k=5) == Classes((4.0, 4.0))
    assert classify([None, float("nan")], k=5).k == 0
    assert sequential_legend(classify([], k=3)) == []


def test_value_outside_the_classified_range_is_refused():
    classes = classify([1, 2, 3, 4], k=2)
    with pytest.raises(ValueError, match="outside"):
        classes.index(10)


def test_sequential_legend_matches_the_colours_used():
    values = [1.0, 2.0, 3.0, 10.0, 20.0, 30.0]
    classes = classify(values, k=3)
    legend = sequential_legend(classes, lambda x: f"{x:g}")
    assert {colour_for(v, classes) for v in values} == {c for c, _ in legend}
    assert legend[0][1] == "1–3"


def test_map_strings_exist_in_all_three_languages():
    for key, entry in area_strings("map").items():
        assert key.startswith("map.")
        assert set(entry) == set(LANGS), key
        assert all(entry[lang].strip() for lang in LANGS), key


# ------------------------------------------------------------------------------------------------ Streamlit wrapper

RENDER_SCRIPT = """
import json
from ui import leafmap
fc = json.loads({fc!r})
leafmap.render(fc, {{"0301": leafmap.Style("#004488", "Vedtatt")}}, legend=[("#004488", "Vedtatt")],
               title="Kart", height=300)
"""


def component_json(at) -> dict:
    (element,) = at.get("bidi_component")
    assert element.proto.component_name == "atlas_map"
    return json.loads(element.proto.json)


@pytest.mark.parametrize("enabled", [True, False])
def test_render_mounts_the_map_component_only_when_static_files_are_served(enabled):
    from streamlit import config
    from streamlit.testing.v1 import AppTest

    before = config.get_option("server.enableStaticServing")
    config.set_option("server.enableStaticServing", enabled)
    try:
        at = AppTest.from_string(RENDER_SCRIPT.format(fc=json.dumps(TWO)), default_timeout=30).run()
    finally:
        config.set_option("server.enableStaticServing", before)
    assert not at.exception
    if enabled:
        assert not at.error
        data = component_json(at)
        assert json.loads(data["geom"])["k"] == ["0301", "4601"]
        assert data["d"]["title"] == "Kart" and data["d"]["clickable"] is False
        assert set(data["urls"]) == set(leafmap.STATIC_FILES)
    else:
        assert at.error[0].value == t("map.static_off", "nb")
        assert not at.get("bidi_component")


def test_geometry_is_sent_once_per_session_and_again_when_the_browser_asks_for_it():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_string(RENDER_SCRIPT.format(fc=json.dumps(TWO)), default_timeout=30).run()
    first = component_json(at)
    at.run()
    second = component_json(at)
    assert "geom" in first and "outline" in first
    assert "geom" not in second and "outline" not in second
    assert second["gk"] == first["gk"] and second["d"] == first["d"]
    at.session_state[leafmap.SENT_KEY] = set()  # what the component's "need" trigger does
    at.run()
    assert component_json(at)["geom"] == first["geom"]


def test_geometry_key_changes_with_the_geometry_or_the_outline():
    base = leafmap.map_payload(TWO, {}, legend=LEGEND, title="Kart")
    moved = collection(("0301", "Oslo", square(10.7, 59.8, 0.3)), ("4601", "Bergen", square(5.1, 60.2, 0.4)))
    outline = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[5, 60], [6, 61]]}}]}
    keys = {base.geometry_key, leafmap.map_payload(moved, {}, legend=LEGEND, title="Kart").geometry_key,
            leafmap.map_payload(TWO, {}, legend=LEGEND, title="Kart", outline_geojson=outline).geometry_key}
    assert len(keys) == 3
    recoloured = leafmap.map_payload(TWO, {"0301": Style("#004488")}, legend=LEGEND, title="Annet")
    assert recoloured.geometry_key == base.geometry_key  # colours and titles travel without the geometry


def test_component_data_carries_texts_as_data_and_play_only_when_asked():
    pl = leafmap.map_payload(TWO, {"0301": Style("#004488", HOSTILE)}, legend=[("#004488", HOSTILE)], title=HOSTILE)
    data = leafmap.component_data(pl, title=HOSTILE, height=400, lang="en", clickable=True, attribution=HOSTILE)
    d = data["d"]
    assert d["title"] == HOSTILE and d["attribution"] == HOSTILE  # raw text: the browser writes it as text
    assert ["fill", "#004488", HOSTILE] in d["legend"] and d["x"][0] == HOSTILE
    assert d["clickable"] is True and "play" not in d
    assert d["t"]["scroll"] == t("map.scroll_hint_clickable", "en")
    assert d["t"]["clickHint"] == t("map.click_hint", "en") and d["t"]["play"] == t("map.play", "en")
    played = leafmap.component_data(pl, title="x", height=400, lang="nb", play=leafmap.Play(2016, 2026, 2019))
    assert played["d"]["play"] == {"first": 2016, "last": 2026, "year": 2019, "ms": 1000}
    with pytest.raises(ValueError, match="outside"):
        leafmap.component_data(pl, title="x", height=400, lang="nb", play=leafmap.Play(2016, 2026, 2030))
    with pytest.raises(ValueError, match="height"):
        leafmap.component_data(pl, title="x", height=100, lang="nb")
    assert "geom" not in leafmap.component_data(pl, title="x", height=400, lang="nb", with_geometry=False)


@pytest.mark.parametrize("name", ["atlas-map.js", "atlas-component.js"])
def test_map_scripts_never_parse_text_as_html_and_fetch_nothing_from_outside(name):
    source = (leafmap.STATIC_DIR / name).read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "createContextualFragment",
                 "eval(", "new Function"):
        assert sink not in source, f"{name} uses {sink}"
    assert not re.search(r"(?i)\b(?:https?:)?//[a-z0-9-]+\.[a-z]", source.replace("//#", "")), \
        f"{name} names an outside address"
    assert "textContent" in source
