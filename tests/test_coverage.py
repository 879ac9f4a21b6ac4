"""Coverage figures against hand-computed expectations on a small hand-built register (tests/policy_helpers.py).

The register (15 municipalities, populations in policy_helpers):
    adopted:      0301 (2019), 1804 (2015, revised 2024), 1515 (2023), 1508 (year unknown), 3301 (2010, rev. 2020),
                  3101 (2021)
    in progress:  1820, 5001
    none:         1818, 1506
    no data:      1580, 3322, 3114, 3419, 5610
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics.coverage import (
    COUNCILS,
    SIZE_CLASSES,
    adoptions_by_year,
    coverage_summary,
    register_as_of,
    revision_status,
    size_class,
    size_class_label,
    status_table,
    where_to_push,
)
from registers.policies import _frame
from sources.published import read_published_by_county, read_published_series
from tests.policy_helpers import dk_municipalities, no_municipalities, no_neighbours

TODAY = dt.date(2026, 11, 25)


def rec(code: str, status: str, adopted: int | None = None, revised: int | None = None) -> dict:
    return {"kommunenummer": code, "kommunenavn": code, "status": status, "adopted_year": adopted,
            "revised_year": revised, "document_url": None, "dialogue": None, "cross_sectoral": None, "bud": "",
            "source_row": 1, "source_name": code, "note": "", "demo": False}


@pytest.fixture()
def register() -> pd.DataFrame:
    return _frame([
        rec("0301", "adopted", 2019), rec("1804", "adopted", 2015, 2024), rec("1515", "adopted", 2023),
        rec("1508", "adopted"), rec("3301", "adopted", 2010, 2020), rec("3101", "adopted", 2021),
        rec("1820", "in_progress"), rec("5001", "in_progress"), rec("1818", "none"), rec("1506", "none"),
    ])


def test_national_counts_and_shares(register: pd.DataFrame):
    s = coverage_summary(register, no_municipalities(), "no", TODAY)
    assert (s["municipalities"], s["adopted"], s["in_progress"], s["none"], s["no_data"]) == (15, 6, 2, 2, 5)
    assert s["share_municipalities"] == pytest.approx(6 / 15)
    # 700 000 + 50 000 + 1 700 + 7 000 + 9 000 + 60 000 + 9 500 + 30 000 + 100 000 + 3 300 + 31 000 + 5 800
    # + 3 700 + 2 600 + 210 000
    assert s["population"] == 1_223_600
    # Oslo, Bodø, Herøy (M&R), Ålesund, Drammen, Halden
    assert s["population_covered"] == 700_000 + 50_000 + 9_000 + 60_000 + 100_000 + 31_000
    assert s["share_population"] == pytest.approx(950_000 / 1_223_600)
    assert s["adopted_year_unknown"] == 1


def test_county_shares_are_counts_over_municipalities_not_means_of_shares(register: pd.DataFrame):
    s = coverage_summary(register, no_municipalities(), "no", TODAY)
    c = s["by_county"]
    assert set(c) == {"03", "15", "18", "31", "33", "34", "50", "56"}
    assert (c["15"]["municipalities"], c["15"]["adopted"]) == (4, 2)  # 1515, 1508 of 1515, 1508, 1580, 1506
    assert c["15"]["share_municipalities"] == pytest.approx(0.5)
    assert c["15"]["population"] == 9_000 + 60_000 + 9_500 + 30_000
    assert c["15"]["population_covered"] == 69_000
    assert c["18"]["share_municipalities"] == pytest.approx(1 / 3)
    assert (c["50"]["adopted"], c["50"]["in_progress"]) == (0, 1)
    assert c["03"]["name"] == "Oslo"
    # the national share is the total count over the total, not the mean of the county shares
    mean_of_shares = sum(g["share_municipalities"] for g in c.values()) / len(c)
    assert mean_of_shares == pytest.approx((1 + 1 / 3 + 0.5 + 0.5 + 0.5 + 0 + 0 + 0) / 8)
    assert s["share_municipalities"] != pytest.approx(mean_of_shares)
    assert sum(g["adopted"] for g in c.values()) == s["adopted"]


def test_size_classes_follow_ssb_kostra_population_bands(register: pd.DataFrame):
    assert [size_class(p, "no") for p in (599, 600, 1999, 2000, 9999, 10000, 44999, 45000, 74999, 75000)] == [
        "0-599", "600-1999", "600-1999", "2000-9999", "2000-9999", "10000-19999", "30000-44999", "45000-74999",
        "45000-74999", "75000+"]
    b = coverage_summary(register, no_municipalities(), "no", TODAY)["by_size"]
    assert list(b) == ["0-599", "600-1999", "2000-9999", "10000-19999", "20000-29999", "30000-44999",
                       "45000-74999", "75000+"]
    counts = {k: (v["municipalities"], v["adopted"]) for k, v in b.items()}
    assert counts == {"0-599": (0, 0), "600-1999": (1, 0), "2000-9999": (7, 1), "10000-19999": (0, 0),
                      "20000-29999": (0, 0), "30000-44999": (2, 1), "45000-74999": (2, 2), "75000+": (3, 2)}
    assert b["0-599"]["share_municipalities"] is None
    assert b["75000+"]["population_covered"] == 800_000 and b["75000+"]["population"] == 1_010_000


def test_size_classes_of_each_country_are_contiguous_from_zero_and_open_at_the_top():
    # every population falls in exactly one class (the organisation figures and the profile use these too)
    for country, bands in SIZE_CLASSES.items():
        assert bands[0][0] == 0 and bands[-1][1] is None, country
        assert all(hi is not None and hi + 1 == nxt for (_, hi), (nxt, _) in zip(bands, bands[1:], strict=False)), \
            country
        for lo, hi in bands:
            for p in (lo, hi if hi is not None else lo * 10):
                assert size_class(p, country) == size_class_label(lo, hi)


def test_adoptions_per_year_and_cumulative(register: pd.DataFrame):
    table = status_table(register, no_municipalities())
    y = adoptions_by_year(table, last_year=2026).set_index("year")
    assert y.index.min() == 2010 and y.index.max() == 2026
    assert y.loc[2010, "adopted_in_year"] == 1 and y.loc[2012, "adopted_in_year"] == 0
    assert [int(y.loc[yr, "cumulative"]) for yr in (2010, 2014, 2015, 2019, 2021, 2023, 2026)] == [1, 1, 2, 3, 4, 5, 5]
    assert y.loc[2019, "share_municipalities"] == pytest.approx(3 / 15)
    assert y.loc[2019, "population_covered"] == 100_000 + 50_000 + 700_000  # Drammen, Bodø, Oslo


def test_register_as_it_stood_at_the_end_of_a_year(register: pd.DataFrame):
    then = register_as_of(register, 2016).set_index("kommunenummer")
    assert set(then.index[then["status"] == "adopted"]) == {"3301", "1804"}
    assert "1508" not in then.index  # adopted in an unknown year: not placed in the past
    assert then.loc["0301", "status"] == "none" and pd.isna(then.loc["0301", "adopted_year"])
    assert pd.isna(then.loc["1804", "revised_year"])  # revised 2024, after 2016
    assert then.loc["3301", "revised_year"] is pd.NA or pd.isna(then.loc["3301", "revised_year"])
    later = register_as_of(register, 2021).set_index("kommunenummer")
    assert later.loc["3301", "revised_year"] == 2020


def test_revision_norway_councils_take_office_in_october(register: pd.DataFrame):
    rs = revision_status(register, "no", TODAY).set_index("kommunenummer")["revision"].to_dict()
    assert rs == {"0301": "due", "1804": "current", "1515": "uncertain", "1508": "unknown", "3301": "due",
                  "3101": "due"}
    s = coverage_summary(register, no_municipalities(), "no", TODAY)["revision"]
    assert (s["council_elected"], s["council_took_office"]) == (2023, "2023-10-01")
    assert (s["due"], s["current"], s["uncertain"], s["unknown"]) == (3, 1, 1, 1)


@pytest.mark.parametrize(("today", "elected", "since"), [
    (dt.date(2023, 9, 30), 2019, dt.date(2019, 10, 1)), (dt.date(2023, 10, 1), 2023, dt.date(2023, 10, 1)),
    (dt.date(2027, 12, 31), 2027, dt.date(2027, 10, 1)), (dt.date(2020, 1, 1), 2019, dt.date(2019, 10, 1))])
def test_sitting_norwegian_council(today: dt.date, elected: int, since: dt.date):
    assert COUNCILS["no"].sitting_since(today) == (elected, since)


@pytest.mark.parametrize(("today", "elected", "since"), [
    (dt.date(2025, 12, 31), 2021, dt.date(2022, 1, 1)), (dt.date(2026, 1, 1), 2025, dt.date(2026, 1, 1)),
    (dt.date(2029, 11, 20), 2025, dt.date(2026, 1, 1)), (dt.date(2030, 1, 1), 2029, dt.date(2030, 1, 1))])
def test_sitting_danish_council(today: dt.date, elected: int, since: dt.date):
    assert COUNCILS["dk"].sitting_since(today) == (elected, since)


def test_revision_denmark_councils_elected_november_2025_took_office_1_january_2026():
    reg = _frame([rec("0101", "adopted", 2016, 2025), rec("0580", "adopted", 2026), rec("0851", "adopted", 2014,
                                                                                         2026)])
    rs = revision_status(reg, "dk", dt.date(2026, 3, 1)).set_index("kommunenummer")["revision"].to_dict()
    assert rs == {"0101": "due", "0580": "current", "0851": "current"}  # no "uncertain" when office starts 1 Jan


def test_denmark_summary_has_by_region_and_danish_size_bands():
    reg = _frame([rec("0101", "adopted", 2016), rec("0173", "in_progress"), rec("0825", "adopted", 2020),
                  rec("0851", "none")])
    s = coverage_summary(reg, dk_municipalities(), "dk", TODAY)
    assert s["by_region"] == s["by_county"]
    assert (s["by_region"]["1084"]["municipalities"], s["by_region"]["1084"]["adopted"]) == (3, 1)
    assert s["by_region"]["1081"]["share_municipalities"] == pytest.approx(1 / 2)  # Læsø of Aalborg, Læsø
    assert list(s["by_size"]) == ["0-19999", "20000-49999", "50000-99999", "100000+"]
    assert (s["by_size"]["0-19999"]["municipalities"], s["by_size"]["0-19999"]["adopted"]) == (1, 1)


def test_where_to_push_ranks_municipalities_without_a_policy(register: pd.DataFrame):
    push = where_to_push(register, no_municipalities(), no_neighbours())
    assert list(push["kommunenummer"]) == ["5001", "1506", "1580", "1820", "3114", "3419", "3322", "5610", "1818"]
    assert list(push["rank"]) == list(range(1, 10))
    nb = push.set_index("kommunenummer")
    assert nb.loc["1506", "neighbours_with_policy"] == 2  # 1508 and 1515 have one; 1580 has none
    assert nb.loc["1580", "status"] == "no_data" and nb.loc["1820", "status"] == "in_progress"
    by_nb = where_to_push(register, no_municipalities(), no_neighbours(), sort_by="neighbours_with_policy")
    assert list(by_nb["kommunenummer"]) == ["1506", "1580", "1820", "3114", "3322", "1818", "5001", "3419", "5610"]


def test_where_to_push_by_organisations_per_1000():
    reg = _frame([rec("0301", "adopted", 2019)])
    orgs = pd.Series({"1804": 9.5, "1818": 14.0, "5001": 6.0})
    push = where_to_push(reg, no_municipalities(), None, orgs, sort_by="orgs_per_1000")
    assert list(push["kommunenummer"][:3]) == ["1818", "1804", "5001"]
    assert push["orgs_per_1000"].isna().sum() == 14 - 3
    with pytest.raises(ValueError):
        where_to_push(reg, no_municipalities(), sort_by="alphabet")


def test_published_series_from_a_file_in_the_mirror_format():
    data = (
        b"as_of,kommuner_with_policy,share_pct,in_process,scope,definition,publisher,source_url,note\n"
        b"2017-05-23,38,,,all kommuner,FN,FN,https://x.invalid/a,\n"
        b"2019-07,64,,,all kommuner,FN,FN,https://x.invalid/b,\n"
        b"2021-12-31,,22.5,,all kommuner,FN,FN,https://x.invalid/c,\n"
        b"2022-06,48,48,,100 largest kommuner only,FN,NRK,https://x.invalid/d,\n"
        b"2024-07,107,~33,,all kommuner (sum),FN,FN,https://x.invalid/e,\n"
    )
    df = read_published_series(data).set_index("as_of")
    assert df.loc["2017-05-23", "share"] == pytest.approx(38 / 426)  # 426 municipalities in 2017
    assert df.loc["2019-07", "share"] == pytest.approx(64 / 422)
    assert df.loc["2021-12-31", "share"] == pytest.approx(0.225)
    assert df.loc["2024-07", "share"] == pytest.approx(0.33) and df.loc["2024-07", "count"] == 107
    assert not df.loc["2022-06", "comparable"] and df.loc["2019-07", "comparable"]


def test_published_figures_in_the_shared_mirror(mirror_no):
    series = read_published_series(mirror_no / "policy" / "frivillighetspolitikk_national_observations.csv")
    comparable = series[series["comparable"]]
    assert {"2017-05-23", "2019-07", "2021-12-31", "2024-07"} <= set(comparable["as_of"])
    counties = read_published_by_county(mirror_no / "policy" / "frivillighetspolitikk_per_fylke_2024-07.csv")
    assert counties["count"].sum() == 107 and len(counties) == 15
    assert not counties.set_index("fylkesnummer").loc["39", "denominator_matches"]
