"""Municipalities side by side and Norway beside Denmark: the figures against values computed here from the
registers, and the ``?sammenlign=`` parsing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from analytics import compare, coverage

KNOWN = {"no": {"0301", "1103", "4601"}, "dk": {"0101", "0147"}}


def test_bare_numbers_prefixes_and_padding():
    p = compare.parse_picks("0301, 1103;dk:0101 147", KNOWN)
    assert [(x.country, x.code) for x in p.picks] == [("no", "0301"), ("no", "1103"), ("dk", "0101"), ("dk", "0147")]
    assert p.unknown == [] and p.dropped == []


def test_unknown_duplicates_and_more_than_six():
    known = {"no": {f"{i:04d}" for i in range(1, 20)}, "dk": set()}
    p = compare.parse_picks("0001,0001,9999,no:0002,dk:0003,0004,0005,0006,0007,0008", known)
    assert [x.code for x in p.picks] == ["0001", "0002", "0004", "0005", "0006", "0007"]
    assert p.unknown == ["9999", "dk:0003"] and p.dropped == ["0008"]
    assert len(p.picks) == compare.MAX_PICK


def test_a_number_in_both_countries_follows_the_view_and_the_link_says_which():
    known = {"no": {"0301"}, "dk": {"0301", "0101"}}
    assert compare.parse_picks("0301", known, prefer="dk").picks == [compare.Pick("dk", "0301")]
    assert compare.parse_picks("0301", known, prefer="no").picks == [compare.Pick("no", "0301")]
    picks = [compare.Pick("dk", "0301"), compare.Pick("dk", "0101")]
    assert compare.format_picks(picks, known) == "dk:0301,0101"
    assert compare.parse_picks(compare.format_picks(picks, known), known, prefer="no").picks == picks


@pytest.fixture(scope="module")
def registers(no_store_dir: Path, mirror_dk: Path, tmp_path_factory: pytest.TempPathFactory):
    import shutil

    from cli.commands.core import fetch_country
    from registers import policies
    from registers.store import Store

    root = tmp_path_factory.mktemp("store-compare")
    shutil.copytree(no_store_dir, root, dirs_exist_ok=True)
    fetch_country(Store(root), "dk", str(mirror_dk))
    s = Store(root)
    out = {}
    for c in ("no", "dk"):
        reg, meta = policies.register_or_demo(s, c)
        out[c] = (s.read_frame(c, "municipalities"), reg, bool(meta.get("demo")))
    return out


def test_comparison_rows_against_the_registers(registers):
    today = dt.date(2026, 6, 1)
    data = {c: compare.CountryData(mun, reg, demo) for c, (mun, reg, demo) in registers.items()}
    per = pd.DataFrame({"kommunenummer": ["0301", "1103"], "antall": [5000, 700], "per_1000": [7.0, 4.7]})
    icnpo = pd.DataFrame({"omraade": ["0301", "0301", "0301", "0301"], "icnpo": ["1", "2", "3", "uten"],
                          "navn": ["Kultur", "Idrett", "Utdanning", "Uten"], "andel": [0.2, 0.5, 0.1, 0.9]})
    quality = pd.DataFrame({"kommunenummer": ["1103"], **{f"bud_{n}": [n % 3 == 0 if n < 9 else None]
                                                          for n in range(1, 11)}})
    data["no"] = compare.CountryData(registers["no"][0], registers["no"][1], True, per, icnpo, quality, True)
    picks = [compare.Pick("no", "0301"), compare.Pick("no", "1103"), compare.Pick("dk", "0101")]
    rows = compare.compare_rows(picks, data, today=today).set_index("kommunenummer")
    for p in picks:
        mun, reg, demo = registers[p.country]
        m = mun.set_index("kommunenummer").loc[p.code]
        r = reg[reg["kommunenummer"].astype(str) == p.code]
        assert rows.at[p.code, "befolkning"] == int(m["befolkning"])
        assert rows.at[p.code, "kommunenavn"] == m["kommunenavn"] and rows.at[p.code, "country"] == p.country
        assert rows.at[p.code, "status"] == (str(r["status"].iloc[0]) if len(r) else "no_data")
        if len(r) and r["status"].iloc[0] == "adopted" and pd.notna(r["adopted_year"].iloc[0]):
            assert rows.at[p.code, "adopted_year"] == int(r["adopted_year"].iloc[0])
            latest = max(int(v) for v in (r["adopted_year"].iloc[0], r["revised_year"].iloc[0]) if pd.notna(v))
            took = dt.date(2023, 10, 1) if p.country == "no" else dt.date(2026, 1, 1)
            expected = ("due" if latest < took.year else "uncertain" if latest == took.year and took.month != 1
                        else "current")
            assert rows.at[p.code, "revision"] == expected
        assert rows.at[p.code, "lat"] == pytest.approx(float(m["lat"]))
        assert rows.at[p.code, "policies_demo"] == (demo or p.country == "no")
    assert rows.at["0301", "orgs"] == 5000 and rows.at["0301", "orgs_per_1000"] == pytest.approx(7.0)
    assert rows.at["0301", "icnpo_top"] == [("Idrett", 0.5), ("Kultur", 0.2), ("Utdanning", 0.1)]  # "uten" left out
    assert rows.at["1103", "bud_met"] == sum(n % 3 == 0 for n in range(1, 9)) and rows.at["1103", "bud_answered"] == 8
    assert pd.isna(rows.at["0301", "bud_met"])  # not in the checklist: no figure, not zero
    assert pd.isna(rows.at["0101", "orgs"])  # Denmark: no national register


def test_norway_beside_denmark_on_the_same_counts(registers):
    summaries = {}
    for c, (mun, reg, _) in registers.items():
        summaries[c] = coverage.coverage_summary(reg, mun, c, today=dt.date(2026, 6, 1))
    rows = compare.country_rows(summaries).set_index("country")
    for c, (mun, reg, _) in registers.items():
        table = coverage.status_table(reg, mun)
        adopted = table["status"] == "adopted"
        assert rows.at[c, "municipalities"] == len(mun)
        assert rows.at[c, "share_municipalities"] == pytest.approx(adopted.sum() / len(mun))
        assert rows.at[c, "share_population"] == pytest.approx(table.loc[adopted, "befolkning"].sum()
                                                                / table["befolkning"].sum())
    areas = compare.area_rows(summaries)
    assert areas.groupby("country")["municipalities"].sum().to_dict() == {c: len(m) for c, (m, _, _) in
                                                                          registers.items()}
    sizes = compare.size_rows(summaries)
    assert set(sizes[sizes["country"] == "dk"]["size_class"]) == {coverage.size_class_label(lo, hi)
                                                                 for lo, hi in coverage.SIZE_CLASSES["dk"]}
    adoption = compare.adoption_rows(summaries, first_year=2010)
    last = adoption[adoption["year"] == 2026].set_index("country")
    for c, (mun, reg, _) in registers.items():
        table = coverage.status_table(reg, mun)
        dated = (table["status"] == "adopted") & table["adopted_year"].notna()
        assert last.at[c, "cumulative"] == int(dated.sum())
