"""Exports: formula cells neutralised, numbers kept, provenance and the DEMO label carried in CSV, XLSX and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
import re

import openpyxl
import pandas as pd
import pytest

from analytics import exports as ex
from base.i18n import LANGS, t

HOSTILE = ["=1+1", "+47", "-2", "@SUM(A1:A2)", "\tx", "\rx"]
META = {
    "publisher": "Statistisk sentralbyrå",
    "title": "Befolkning 1. januar, tabell 07459",
    "url": "https://www.ssb.no/statbank/table/07459",
    "licence": "NLOD 2.0",
    "retrieved": "2026-11-20T08:15:00+00:00",
    "code_vintage": "2024",
}
DEMO_META = {**META, "publisher": "Frivillighetsatlas", "title": "Demo-register", "url": "", "demo": True}


def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "kommune": HOSTILE + ["Ås", "Kárášjohka - Karasjok"],
        "endring": [-2, -1, 0, 1, 2, 3, -40, 5],
        "andel": [-0.5, 0.25, 0.125, None, 1.0, 0.0, 0.75, -1.5],
    })


def read_csv(data: bytes, lang: str) -> tuple[list[str], list[list[str]]]:
    assert data.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 byte order mark"
    sep, _ = ex.csv_dialect(lang)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=sep))
    comments = [r[0] for r in rows if r and r[0].startswith("#")]
    body = [r for r in rows if r and not r[0].startswith("#")]
    assert all(len(r) == 1 for r in rows if r and r[0].startswith("#")), "a provenance line spilled into a cell"
    return comments, body


@pytest.mark.parametrize("value", HOSTILE)
def test_neutralise_cell_prefixes_formula_text_with_a_quote(value):
    assert ex.neutralise_cell(value) == "'" + value


@pytest.mark.parametrize("value", [-2, -2.5, 0, 3, None, "Oslo", "", "Bø i Telemark", " =x"])
def test_neutralise_cell_leaves_numbers_and_plain_text_alone(value):
    assert ex.neutralise_cell(value) == value


def test_neutralise_frame_touches_text_only_and_headers_too():
    df = pd.DataFrame({"=navn": ["=A1", "Oslo"], "n": [-2, 3], "blandet": ["-x", -7]})
    out = ex.neutralise_frame(df)
    assert list(out.columns) == ["'=navn", "n", "blandet"]
    assert out["'=navn"].tolist() == ["'=A1", "Oslo"]
    assert out["n"].tolist() == [-2, 3] and pd.api.types.is_integer_dtype(out["n"])
    assert out["blandet"].tolist() == ["'-x", -7]
    assert df["=navn"].tolist() == ["=A1", "Oslo"], "the input frame must not be changed"


@pytest.mark.parametrize("lang", LANGS)
def test_csv_neutralises_hostile_text_and_keeps_numbers(lang):
    df = frame()
    _, body = read_csv(ex.to_csv_bytes(df, [META], lang, demo=False), lang)
    header, rows = body[0], body[1:]
    assert header == list(df.columns)
    assert [r[0] for r in rows] == ["'" + v if v in HOSTILE else v for v in df["kommune"]]
    assert [int(r[1]) for r in rows] == df["endring"].tolist()
    _, decimal = ex.csv_dialect(lang)
    parsed = [float(r[2].replace(decimal, ".")) if r[2] else None for r in rows]
    expected = [None if pd.isna(v) else v for v in df["andel"]]
    assert parsed == expected
    assert not any(r[1].startswith("'") or r[2].startswith("'") for r in rows), "numbers must stay numbers"


@pytest.mark.parametrize("lang", LANGS)
def test_csv_carries_provenance_and_demo_only_when_demo(lang):
    comments, _ = read_csv(ex.to_csv_bytes(frame(), [META, None], lang, demo=False), lang)
    text = "\n".join(comments)
    sep, _ = ex.csv_dialect(lang)
    other = "," if sep == ";" else ";"  # a comment line never holds the separator (it would need quoting)
    for value in (META["publisher"], META["title"], META["licence"], "2026-11-20", META["code_vintage"], META["url"]):
        assert value.replace(sep, other) in text
    assert "DEMO" not in text
    comments, _ = read_csv(ex.to_csv_bytes(frame(), [META], lang, demo=True), lang)
    assert any(c.startswith("# DEMO:") for c in comments)
    assert t("export.demo", lang).replace(sep, other) in "\n".join(comments)


def test_csv_demo_flag_in_metadata_labels_the_file_even_if_caller_forgets():
    comments, _ = read_csv(ex.to_csv_bytes(frame(), [META, DEMO_META], "nb", demo=False), "nb")
    assert any(c.startswith("# DEMO:") for c in comments)


def test_csv_provenance_with_separator_quote_and_newline_stays_one_comment_field():
    nasty = {**META, "title": 'Tittel; med "sitat",\n=HYPERLINK("http://x")'}
    comments, body = read_csv(ex.to_csv_bytes(frame(), [nasty], "nb"), "nb")
    assert any("HYPERLINK" in c for c in comments)
    assert body[0] == list(frame().columns)


def test_csv_keeps_nordic_letters_readable():
    data = ex.to_csv_bytes(frame(), [META], "nb")
    assert "Kárášjohka - Karasjok" in data.decode("utf-8-sig")


def _sheet_rows(ws) -> list[tuple]:
    return [r for r in ws.iter_rows(values_only=True)]


@pytest.mark.parametrize("demo", [False, True])
def test_xlsx_neutralises_text_keeps_numbers_and_lists_sources(demo):
    df = frame()
    data = ex.to_xlsx_bytes({"Kommuner": df, "Fylker": df.head(2)}, [META], "nb", demo=demo)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert len(wb.sheetnames) == 3 and wb.sheetnames[-1] == "Kilder"
    ws = wb.worksheets[0]
    rows = _sheet_rows(ws)
    if demo:
        assert "DEMO" in ws.title and "DEMO" in str(rows[0][0])
        rows = rows[1:]
    else:
        assert all("DEMO" not in name for name in wb.sheetnames)
    assert list(rows[0]) == list(df.columns)
    names = [r[0] for r in rows[1:]]
    for raw, got in zip(df["kommune"], names, strict=True):
        if raw in HOSTILE:
            assert isinstance(got, str) and got.startswith("'"), got
        else:
            assert got == raw
    assert [r[1] for r in rows[1:]] == df["endring"].tolist()
    assert all(isinstance(r[1], int) for r in rows[1:])
    assert rows[1][2] == -0.5 and rows[4][2] is None
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"cell {cell.coordinate} is a formula"
    sources = "\n".join(str(c) for r in _sheet_rows(wb["Kilder"]) for c in r if c is not None)
    for value in (META["publisher"], META["title"], META["licence"], "2026-11-20", META["url"]):
        assert value in sources
    assert ("DEMO" in sources) is demo


def test_xlsx_sources_sheet_is_named_by_language_and_links_only_http():
    metas = [META, {**META, "title": "Lokal fil", "url": "javascript:alert(1)"}]
    wb = openpyxl.load_workbook(io.BytesIO(ex.to_xlsx_bytes({"T": frame()}, metas, "en")))
    ws = wb["Sources"]
    links = [c.hyperlink.target for r in ws.iter_rows() for c in r if c.hyperlink is not None]
    assert links == [META["url"]]


def test_xlsx_hostile_provenance_is_not_a_formula():
    wb = openpyxl.load_workbook(io.BytesIO(ex.to_xlsx_bytes({"T": frame()}, [{**META, "title": "=cmd|' /C calc'!A0"}],
                                                            "nb")))
    for row in wb["Kilder"].iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str):
                assert not cell.value.startswith(ex.FORMULA_PREFIXES)


@pytest.mark.parametrize("name", ["Kommuner: status/år [2024]", "a" * 50, "'sitat'", "", "History", "x?*\\y"])
def test_sheet_names_follow_excel_rules(name):
    got = ex.sanitise_sheet_name(name)
    assert 1 <= len(got) <= 31
    assert not set(got) & set("[]:*?/\\")
    assert not got.startswith("'") and not got.endswith("'")
    assert got.lower() != "history"


def test_sheet_names_are_unique_ignoring_case_and_workbook_opens():
    sheets = {"Kommuner": frame(), "KOMMUNER": frame(), "kommuner?": frame(), "b" * 40: frame(), "B" * 45: frame()}
    data = ex.to_xlsx_bytes(sheets, [META], "nb", demo=True)
    names = openpyxl.load_workbook(io.BytesIO(data)).sheetnames
    assert len({n.lower() for n in names}) == len(names) == len(sheets) + 1
    assert all(len(n) <= 31 for n in names)


def geo() -> dict:
    square = [[[10.0, 60.0], [10.5, 60.0], [10.5, 60.3], [10.0, 60.3], [10.0, 60.0]]]
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kommunenummer": "0301", "kommunenavn": "Oslo"},
         "geometry": {"type": "Polygon", "coordinates": square}},
        {"type": "Feature", "properties": {"kommunenummer": "3201", "kommunenavn": "Bærum"},
         "geometry": {"type": "Polygon", "coordinates": [[[x - 1, y] for x, y in square[0]]]}},
    ]}


@pytest.mark.parametrize("demo", [False, True])
def test_geojson_carries_values_and_metadata(demo):
    values = pd.DataFrame({"kommunenummer": ["0301"], "status": ["adopted"], "vedtatt": [2019],
                           "andel": [float("nan")]})
    doc = json.loads(ex.to_geojson_bytes(json.dumps(geo()).encode(), values, [META], demo=demo))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    props = {f["properties"]["kommunenummer"]: f["properties"] for f in doc["features"]}
    assert props["0301"]["status"] == "adopted" and props["0301"]["vedtatt"] == 2019
    assert props["0301"]["andel"] is None
    assert props["3201"]["status"] is None and props["3201"]["kommunenavn"] == "Bærum"
    assert all(f["geometry"]["type"] == "Polygon" for f in doc["features"])
    meta = doc["metadata"]
    assert meta["demo"] is demo
    assert meta["sources"][0]["publisher"] == META["publisher"]
    assert meta["sources"][0]["licence"] == META["licence"]
    assert meta["sources"][0]["retrieved"].startswith("2026-11-20")
    assert ("DEMO" in json.dumps(meta)) is demo


def test_geojson_refuses_something_that_is_not_a_feature_collection():
    with pytest.raises(ValueError, match="FeatureCollection"):
        ex.to_geojson_bytes(b'{"type": "Feature"}', None, [META])
    with pytest.raises(ValueError, match="kommunenummer"):
        ex.to_geojson_bytes(geo(), pd.DataFrame({"x": [1]}), [META])


def test_geojson_of_the_real_layer_keeps_every_municipality():
    from tests.conftest import MIRROR_NO, need

    path = need(MIRROR_NO / "geo" / "2024" / "Kommuner-S.geojson")
    raw = path.read_bytes()
    codes = [f["properties"]["kommunenummer"] for f in json.loads(raw)["features"]]
    values = pd.DataFrame({"kommunenummer": codes[:10], "status": ["adopted"] * 10})
    doc = json.loads(ex.to_geojson_bytes(raw, values, [META], demo=True))
    assert len(doc["features"]) == len(codes) == 357
    assert sum(f["properties"]["status"] == "adopted" for f in doc["features"]) == 10


def test_source_line_names_publisher_licence_and_date():
    line = ex.source_line([META, None, META], "en")
    assert line.count(META["publisher"]) == 1 and META["licence"] in line and "2026-11-20" in line


# ---------------------------------------------------------------------------------------------------- download row
class _Recorder:
    """Stands in for ``streamlit`` in :mod:`ui.exports`: records every download button."""

    def __init__(self) -> None:
        self.buttons: list[dict] = []
        self.captions: list[str] = []

    def expander(self, *a, **k):
        import contextlib

        return contextlib.nullcontext()

    container = expander

    def caption(self, text, *a, **k):
        self.captions.append(text)

    def download_button(self, label, data, file_name=None, mime=None, key=None, on_click=None, **k):
        self.buttons.append({"label": label, "data": data, "file_name": file_name, "mime": mime, "key": key,
                             "on_click": on_click})


def _run_row(monkeypatch, demo: bool):
    import ui.exports as ue

    rec = _Recorder()
    monkeypatch.setattr(ue, "st", rec)
    calls = []

    def png() -> bytes:
        calls.append(1)
        return b"\x89PNG"

    values = pd.DataFrame({"kommunenummer": ["0301"], "status": ["adopted"]})
    ue.export_row({"Kommuner": frame(), "Fylker [2024]": frame().head(1)}, [META, None], "nb", demo=demo,
                  key="oversikt", geo=(json.dumps(geo()).encode(), values), map_png=png,
                  figures={"Tidslinje": png}, country="no")
    return rec, calls


def test_export_row_offers_every_file_lazily_with_page_country_and_demo_in_the_name(monkeypatch):
    rec, calls = _run_row(monkeypatch, demo=True)
    assert calls == [], "nothing may be rendered before a click"
    names = [b["file_name"] for b in rec.buttons]
    assert len(names) == 8 and len(set(names)) == 8 and len({b["key"] for b in rec.buttons}) == 8
    assert all(n.startswith("oversikt-") and "-no-" in n and n.rsplit(".", 1)[0].endswith("-DEMO") for n in names)
    assert sorted(n.rsplit(".", 1)[1] for n in names) == ["csv", "csv", "geojson", "png", "png", "xlsx", "xlsx",
                                                         "xlsx"]
    assert all(callable(b["data"]) and b["on_click"] == "ignore" for b in rec.buttons)
    by_ext = {}
    for b in rec.buttons:
        by_ext.setdefault(b["file_name"].rsplit(".", 1)[1], []).append(b)
    comments, body = read_csv(by_ext["csv"][0]["data"](), "nb")
    assert body[1][0] == "'=1+1" and any(c.startswith("# DEMO:") for c in comments)
    wb = openpyxl.load_workbook(io.BytesIO(by_ext["xlsx"][-1]["data"]()))
    assert len(wb.sheetnames) == 3 and all(n.startswith("DEMO") for n in wb.sheetnames[:2])
    doc = json.loads(by_ext["geojson"][0]["data"]())
    assert doc["metadata"]["demo"] is True and doc["features"][0]["properties"]["status"] == "adopted"
    assert by_ext["png"][0]["data"]() == b"\x89PNG" and calls == [1]
    assert "\\[2024\\]" in " ".join(b["label"] for b in rec.buttons), "table names are escaped in Markdown labels"


def test_export_row_without_demo_names_no_demo(monkeypatch):
    rec, _ = _run_row(monkeypatch, demo=False)
    assert not any("DEMO" in b["file_name"] for b in rec.buttons)
    assert not any("DEMO" in c for c in rec.captions)


def test_export_row_renders_in_streamlit():
    from streamlit.testing.v1 import AppTest

    def page():
        import pandas as pd

        from ui import exports

        df = pd.DataFrame({"kommune": ["=1+1", "Oslo"], "n": [-2, 3]})
        exports.export_row({"Kommuner": df}, [None], "en", demo=False, key="test", country="dk",
                           figures={"Chart": lambda: b""})

    at = AppTest.from_function(page).run(timeout=30)
    assert not at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Kommuner (CSV)", "Kommuner (Excel)", "Chart as image (PNG)"]
    assert all(b.proto.deferred_file_id for b in at.get("download_button")), "downloads must be deferred"


@pytest.mark.parametrize("text,expected", [("Bærum", "baerum"), ("Kárášjohka - Karasjok", "karasjohka-karasjok"),
                                           ("Ås/Øst <x>", "aas-ost-x"), ("", "x"), ("../../etc", "etc")])
def test_file_names_are_plain_ascii(text, expected):
    assert ex.file_slug(text) == expected
    name = ex.file_name("kommuneprofil-0301", text, "no", "csv", True, "2026-11-25")
    assert re.fullmatch(r"[a-z0-9\-]+-DEMO\.csv", name) and "/" not in name


def test_export_row_refuses_a_figure_object_instead_of_a_png_callable(monkeypatch):
    import ui.exports as ue

    monkeypatch.setattr(ue, "st", _Recorder())
    with pytest.raises(TypeError, match="callable returning PNG bytes"):
        ue.export_row({}, [], "nb", demo=False, key="k", figures={"tidslinje": object()}, country="no")


def test_source_line_names_a_publisher_once_with_all_its_retrieval_dates():
    a = {**META, "title": "Enhetsregisteret", "retrieved": "2026-08-22T10:00:00"}
    b = {**META, "title": "ICNPO-kodelista", "retrieved": "2026-12-05T10:00:00"}
    line = ex.source_line([a, b, a], "nb")
    assert line.count(META["publisher"]) == 1
    assert "2026-08-22" in line and "2026-12-05" in line
