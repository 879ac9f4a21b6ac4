"""The overview's filters and shared links, driven in AppTest: the county, size-class and year widgets and the
``?fylke=``, ``?storrelse=``, ``?aar=`` links (alone and combined) change the figures shown, and every figure is
checked against counts this test makes itself from the registers it imported (never from the app's own output)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from base.i18n import t
from registers.policies import import_policies
from registers.store import Store
from tests.conftest import ROOT
from ui.firstpaint import PAINTED_KEY

pytestmark = pytest.mark.timeout(600)
COUNTY = "46"  # Vestland: 43 municipalities of every size
SIZE = "2000-9999"
YEAR = 2015


@pytest.fixture(scope="module")
def store(no_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame, dict]:
    """The mirror's Norwegian base registers plus a policy register made here: municipality i (in code order) has
    adopted in 2008 + i % 15, is working on one, has none, or is not listed (no data), by i % 4."""
    root = tmp_path_factory.mktemp("overview-filters") / "store"
    shutil.copytree(no_store_dir, root)
    mun = Store(root).read_frame("no", "municipalities").sort_values("kommunenummer").reset_index(drop=True)
    policy: dict[str, tuple[str, int | None]] = {}
    lines = ["kommunenummer;status;vedtatt"]
    for i, code in enumerate(mun["kommunenummer"]):
        kind = i % 4
        if kind == 0:
            policy[code] = ("adopted", 2008 + i % 15)
            lines.append(f"{code};vedtatt;{2008 + i % 15}")
        elif kind == 1:
            policy[code] = ("in_progress", None)
            lines.append(f"{code};under arbeid;")
        elif kind == 2:
            policy[code] = ("none", None)
            lines.append(f"{code};nei;")
    import_policies(Store(root), ("\n".join(lines) + "\n").encode("utf-8"), "filtre.csv", "no", dt.date(2026, 1, 5))
    return root, mun, policy


@pytest.fixture(autouse=True)
def _fresh_caches():
    """ui/data.py caches by register version, not by data directory: this module's store (its own v0001) must not
    answer for another test's store, nor theirs for this one."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def expected(mun: pd.DataFrame, policy: dict, fylke: str | None = None, size: str | None = None,
             year: int | None = None) -> dict[str, int]:
    """The figures by hand: the municipalities in the county and size band, those adopted by the end of ``year``."""
    sel = mun
    if size:
        lo, hi = size.split("-")
        sel = sel[(sel["befolkning"] >= int(lo)) & (sel["befolkning"] <= int(hi))]
    in_size = sel
    if fylke:
        sel = sel[sel["fylkesnummer"] == fylke]
    codes = list(sel["kommunenummer"])

    def adopted(c: str) -> bool:
        kind, y = policy.get(c, ("no_data", None))
        return kind == "adopted" and (year is None or y <= year)

    county_codes = list(in_size.loc[in_size["fylkesnummer"] == COUNTY, "kommunenummer"])
    return {"n": len(codes), "adopted": sum(adopted(c) for c in codes),
            "in_progress": sum(policy.get(c, ("",))[0] == "in_progress" for c in codes),
            "county_n": len(county_codes), "county_adopted": sum(adopted(c) for c in county_codes)}


def pct(n: int, total: int) -> str:
    return f"{n / total * 100:.1f}".replace(".", ",") + "\u00a0%"


def overview(root: Path, monkeypatch: pytest.MonkeyPatch, **params: str) -> AppTest:
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(root))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[PAINTED_KEY] = True
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def assert_figures(at: AppTest, want: dict[str, int], year_filtered: bool = False) -> None:
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("overview.share_mun", "nb")] == pct(want["adopted"], want["n"])
    if not year_filtered:
        assert metrics[t("overview.in_progress", "nb")] == str(want["in_progress"])
    table = at.dataframe[0].value  # the municipality table beside the map
    assert len(table) == want["n"]
    counties = at.dataframe[1].value
    row = counties[counties[t("col.county_code", "nb")] == COUNTY]
    assert len(row) == 1
    assert int(row[t("col.municipalities", "nb")].iloc[0]) == want["county_n"]
    assert int(row[t("col.adopted", "nb")].iloc[0]) == want["county_adopted"]


@pytest.mark.parametrize("params", [{}, {"fylke": COUNTY}, {"storrelse": SIZE}, {"aar": str(YEAR)},
                                    {"fylke": COUNTY, "storrelse": SIZE},
                                    {"fylke": COUNTY, "aar": str(YEAR)},
                                    {"fylke": COUNTY, "storrelse": SIZE, "aar": str(YEAR)}],
                         ids=["none", "fylke", "storrelse", "aar", "fylke+storrelse", "fylke+aar", "all three"])
def test_a_shared_link_opens_the_view_it_names(store, monkeypatch, params: dict[str, str]):
    root, mun, policy = store
    at = overview(root, monkeypatch, **params)
    year = int(params["aar"]) if "aar" in params else None
    want = expected(mun, policy, params.get("fylke"), params.get("storrelse"), year)
    assert 0 < want["adopted"] < want["n"]  # the case can tell a filter applied from one ignored
    assert_figures(at, want, year_filtered=year is not None)
    # the widgets show what the link says
    assert at.selectbox(key="_url_fylke").value == params.get("fylke", "")
    assert at.selectbox(key="_url_storrelse").value == params.get("storrelse", "")
    assert at.slider(key="_url_aar").value == (year or dt.date.today().year)


def test_the_county_size_and_year_widgets_change_the_figures_and_the_link(store, monkeypatch):
    root, mun, policy = store
    at = overview(root, monkeypatch)
    assert_figures(at, expected(mun, policy))
    at.selectbox(key="_url_fylke").set_value(COUNTY).run()
    assert not at.exception
    assert at.query_params["fylke"] == COUNTY
    assert_figures(at, expected(mun, policy, COUNTY))
    at.selectbox(key="_url_storrelse").set_value(SIZE).run()
    assert at.query_params["storrelse"] == SIZE
    assert_figures(at, expected(mun, policy, COUNTY, SIZE))
    at.slider(key="_url_aar").set_value(YEAR).run()
    assert at.query_params["aar"] == str(YEAR)
    assert_figures(at, expected(mun, policy, COUNTY, SIZE, YEAR), year_filtered=True)
    at.selectbox(key="_url_fylke").set_value("").run()  # back to all counties: the link forgets the county
    assert "fylke" not in at.query_params
    assert_figures(at, expected(mun, policy, None, SIZE, YEAR), year_filtered=True)


@pytest.mark.parametrize("params", [{"fylke": "99"}, {"storrelse": "1-2"}, {"aar": "1800"}, {"aar": "x"}])
def test_a_link_with_an_unknown_value_shows_the_whole_country(store, monkeypatch, params: dict[str, str]):
    root, mun, policy = store
    at = overview(root, monkeypatch, **params)
    assert_figures(at, expected(mun, policy))


def _values(y: list | dict) -> list[float]:
    """Plotly's JSON sends numpy arrays as {"dtype", "bdata"} (base64); plain lists as they are."""
    if isinstance(y, dict):
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(y["bdata"]), dtype=y["dtype"]).tolist()
    return list(y)


def _published_points(at: AppTest) -> list[dict]:
    import json

    charts = at.get("plotly_chart")
    assert len(charts) == 1, "the interactive timeline"
    spec = json.loads(charts[0].proto.spec)
    return [tr for tr in spec["data"] if tr.get("mode") == "markers"]


def test_the_timeline_shows_the_published_national_figures_as_published(store, monkeypatch, mirror_no: Path):
    """Frivillighet Norge's figures for all municipalities under its definition are drawn at their published value
    (a published percentage as it stands, a published count over that year's number of municipalities); the
    100-largest survey and the looser 2010 figure are not drawn; a county view draws none (they are national)."""
    import csv
    import re

    root, _mun, _policy = store
    rows = list(csv.DictReader((mirror_no / "policy" / "frivillighetspolitikk_national_observations.csv")
                               .read_text(encoding="utf-8-sig").splitlines()))
    municipalities = {2017: 426, 2018: 422, 2019: 422, 2020: 356, 2021: 356, 2022: 356, 2023: 356, 2024: 357}
    want: dict[str, float] = {}
    for r in rows:
        if not r["scope"].startswith("all kommuner") or "looser" in r["definition"]:
            continue
        pct = re.search(r"\d+(\.\d+)?", r["share_pct"])
        count = re.search(r"\d+", r["kommuner_with_policy"])
        year = int(re.search(r"(19|20)\d\d", r["as_of"]).group(0))
        if pct:
            want[r["as_of"]] = float(pct.group(0))
        elif count:
            want[r["as_of"]] = int(count.group(0)) / municipalities[year] * 100
    assert len(want) >= 5 and not any("100 largest" in r["scope"] and r["as_of"] in want for r in rows)

    at = overview(root, monkeypatch)
    at.toggle(key="_timeline_interactive").set_value(True).run()
    assert not at.exception
    points = _published_points(at)
    assert len(points) == 1
    shown = {text.split(": ")[0]: y for text, y in zip(points[0]["text"], _values(points[0]["y"]), strict=True)}
    assert set(shown) == set(want)
    for as_of, value in want.items():
        assert shown[as_of] == pytest.approx(value, abs=1e-6), as_of

    at = overview(root, monkeypatch, fylke=COUNTY)
    at.toggle(key="_timeline_interactive").set_value(True).run()
    assert _published_points(at) == []
