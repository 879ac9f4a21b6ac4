"""Every table a page offers as CSV is read back by pandas to the table shown, and its XLSX keeps codes as text,
percentages as numbers and has an autofilter.

The tables are the ones the pages hand to ``ui.exports.export_row`` (captured while AppTest runs the page), not
copies written here; each is also checked to be a table the page shows.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from analytics import exports as ex
from tests.conftest import ROOT
from ui.firstpaint import PAINTED_KEY


def exported_tables(data_dir: Path, monkeypatch: pytest.MonkeyPatch, page: str, **params: str):
    """The tables (name -> frame), provenance and scope a page passes to ``export_row``, and the frames it shows."""
    from streamlit.testing.v1 import AppTest

    import ui.exports

    calls: list[dict] = []
    real = ui.exports.export_row

    def spy(tables, metas, lang, **kw):
        calls.append({"tables": dict(tables), "metas": list(metas), "lang": lang, **kw})
        return real(tables, metas, lang, **kw)

    monkeypatch.setattr(ui.exports, "export_row", spy)
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(data_dir))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[PAINTED_KEY] = True
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(calls) == 1, f"{page} offers one download row"
    shown = [d.value for d in at.dataframe]
    return calls[0], shown


def read_back(data: bytes, lang: str) -> pd.DataFrame:
    """What a careful reader gets: pandas with the file's dialect, comments skipped, every field as text."""
    sep, decimal = ex.csv_dialect(lang)
    return pd.read_csv(io.BytesIO(data), sep=sep, decimal=decimal, comment="#", dtype=str, keep_default_na=False,
                       encoding="utf-8-sig")


def assert_same_table(read: pd.DataFrame, shown: pd.DataFrame, lang: str, name: str) -> None:
    _, decimal = ex.csv_dialect(lang)
    safe = ex.neutralise_frame(shown)  # formula-like text is written with a leading ' (documented)
    assert list(read.columns) == [str(c) for c in safe.columns], name
    assert len(read) == len(shown), name
    for i, col in enumerate(safe.columns):
        got, want = read.iloc[:, i], safe.iloc[:, i]
        if pd.api.types.is_numeric_dtype(want.dtype) and not pd.api.types.is_bool_dtype(want.dtype):
            numbers = pd.to_numeric(got.str.replace(decimal, ".", regex=False), errors="raise")
            for a, b in zip(numbers, want, strict=True):
                if pd.isna(b):
                    assert pd.isna(a), (name, col, a, b)
                else:
                    assert math.isclose(float(a), float(b), rel_tol=1e-12), (name, col, a, b)
        else:
            expected = ["" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in want]
            assert got.tolist() == expected, (name, col)


TABLE_PAGES = ("oversikt", "kommuneprofil")
CASES = [("oversikt", {}), ("oversikt", {"lang": "en"}), ("oversikt", {"fylke": "18", "aar": "2015"}),
         ("kommuneprofil", {"kommune": "3305"}), ("kvalitet", {}), ("sektor", {})]


@pytest.mark.parametrize(("page", "params"), CASES, ids=[f"{p}-{'-'.join(q.values()) or 'nb'}" for p, q in CASES])
def test_every_csv_a_page_offers_reads_back_to_the_table_it_shows(no_store_dir: Path, monkeypatch, page, params):
    call, shown = exported_tables(no_store_dir, monkeypatch, page, **params)
    lang = call["lang"]
    assert call["tables"], f"{page} offers at least one table"
    for name, table in call["tables"].items():
        if page in TABLE_PAGES:  # kvalitet and sektor export the data behind their charts too
            assert any(table.equals(s) or (list(s.columns) == list(table.columns) and len(s) == len(table))
                       for s in shown), f"{name}: exported but not shown on the page"
        data = ex.to_csv_bytes(table, call["metas"], lang, call["demo"], scope=call.get("scope"))
        assert_same_table(read_back(data, lang), table, lang, name)


def test_a_hostile_table_reads_back_too():
    table = pd.DataFrame({"#": [1, 2, 3], "Kommunenr.": ["0301", "1804", "#18"],
                          "Navn": ['Oslo; "hovedstaden"', "Bodø #1", "=1+1"], "Andel": [0.5, None, -1.25],
                          "Tekst": ["43,5 %", "a\nb", ""]})
    for lang in ("nb", "en"):
        meta = {"publisher": 'SSB; "sitat", #1', "title": "T, med; alt", "licence": "CC BY 4.0", "demo": True}
        data = ex.to_csv_bytes(table, [meta], lang, demo=True, scope="Nordland; per 2015")
        read = read_back(data, lang)
        assert list(read.columns) == ["'#", "Kommunenr.", "Navn", "Andel", "Tekst"]
        assert read["Kommunenr."].tolist() == ["0301", "1804", "#18"]
        assert read["Navn"].tolist() == ['Oslo; "hovedstaden"', "Bodø #1", "'=1+1"]
        text = data.decode("utf-8-sig")
        assert "Nordland" in text and "DEMO" in text.splitlines()[1]


def test_xlsx_keeps_codes_as_text_percentages_as_numbers_and_has_an_autofilter():
    table = pd.DataFrame({"Kommunenr.": ["0301", "1804"], "Navn": ["Oslo", "Bodø"], "Innbyggere": [717710, 53712],
                          "Andel kommuner": ["43,5 %", "7 %"], "Andel (en)": ["12.25%", "–"]})
    wb = load_workbook(io.BytesIO(ex.to_xlsx_bytes({"Fylkene": table}, [], "nb", demo=True)))
    ws = wb[wb.sheetnames[0]]
    header = [c.value for c in ws[2]]  # row 1 is the DEMO line
    assert header == list(table.columns)
    rows = list(ws.iter_rows(min_row=3, values_only=False))
    code_cells = [r[0] for r in rows]
    assert [c.value for c in code_cells] == ["0301", "1804"]
    assert all(c.data_type == "s" and c.number_format == "@" for c in code_cells)
    assert all(isinstance(r[2].value, int) for r in rows)
    shares = [r[3] for r in rows]
    assert [round(c.value, 6) for c in shares] == [0.435, 0.07]
    assert all(c.data_type == "n" and c.number_format.endswith("%") for c in shares)
    assert shares[0].number_format == "0.0%" and shares[1].number_format == "0%"
    assert rows[0][4].value == pytest.approx(0.1225) and rows[1][4].value == "–"
    assert ws.auto_filter.ref == "A2:E4"


def test_a_filtered_view_names_its_filter_and_year_in_files_headers_and_pictures(no_store_dir: Path, monkeypatch):
    from PIL import Image

    from base.i18n import t
    from registers.store import Store
    from ui import pngs

    # the register layer (the overview opens on the published figures while the register is DEMO)
    national, _ = exported_tables(no_store_dir, monkeypatch, "oversikt", lag="register")
    call, _ = exported_tables(no_store_dir, monkeypatch, "oversikt", fylke="18", aar="2015", lag="register")
    mun = Store(no_store_dir).read_frame("no", "municipalities")
    county = mun.loc[mun["fylkesnummer"] == "18", "fylkesnavn"].iloc[0]
    scope = call["scope"]
    assert national.get("scope") is None
    assert county in scope and "2015" in scope
    day = "2026-12-05"
    assert (ex.file_name("oversikt", "kommuner", "no", "csv", True, day, scope=scope)
            != ex.file_name("oversikt", "kommuner", "no", "csv", True, day, scope=national.get("scope")))
    assert "2015" in ex.file_name("oversikt", "kommuner", "no", "csv", True, day, scope=scope)
    name, table = next(iter(call["tables"].items()))
    header = [line for line in ex.to_csv_bytes(table, call["metas"], "nb", True, scope).decode("utf-8-sig")
              .splitlines() if line.startswith("#")]
    assert any(county in line and "2015" in line for line in header)

    seen: dict = {}
    real = pngs.map_png

    args_seen: dict = {}

    def spy(*args, **kwargs):
        seen.update(kwargs, title=args[3])
        args_seen["colours"] = dict(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(pngs, "map_png", spy)
    data = call["map_png"]()
    assert county in seen["title"] and "2015" in seen["title"]
    assert Image.open(io.BytesIO(data)).info["Title"] == seen["title"]
    assert seen["highlight_label"] == t("overview.filtered", "nb")
    assert set(seen["highlight"]) == set(mun.loc[mun["fylkesnummer"] == "18", "kommunenummer"])
    assert seen["other_colour"] == pngs.OTHER_COLOUR and seen["other_label"] == t("map.other", "nb")
    assert set(seen["highlight"]) <= set(args_seen["colours"]), "every selected municipality has a fill"
    timeline = Image.open(io.BytesIO(next(iter(call["figures"].values()))())).info
    assert county in timeline["Title"] and "2015" in timeline["Title"]


def test_the_published_national_points_are_credited_where_they_are_drawn(no_store_dir: Path, monkeypatch):
    from PIL import Image

    from registers.store import Store

    publisher = Store(no_store_dir).read_meta("no", "policy_reference")["publisher"]
    call, _ = exported_tables(no_store_dir, monkeypatch, "oversikt", lag="register")  # the register layer's timeline
    timeline = Image.open(io.BytesIO(next(iter(call["figures"].values()))())).info
    assert publisher in timeline["Description"]
    wb = load_workbook(io.BytesIO(ex.to_xlsx_bytes(call["tables"], call["metas"], "nb", call["demo"])))
    sources = wb[wb.sheetnames[-1]]
    assert any(publisher == c.value for row in sources.iter_rows() for c in row)
    # the map draws no published points: its footer does not name them
    assert publisher not in Image.open(io.BytesIO(call["map_png"]())).info["Description"]
