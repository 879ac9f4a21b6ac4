"""The quality analytics on a small hand-built checklist: counts, shares, completeness and scores computed by hand
in the comments beside each assertion."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from base.errors import AtlasError
from registers import quality
from registers.policies import bud_list, demo_policies
from tests.policy_helpers import csv_bytes, no_index, no_municipalities

TODAY = dt.date(2026, 11, 25)
T, F = "Ja", "Nei"

# Four municipalities in two counties (Nordland 18: Bodø, Herøy, Alstahaug of three; Oslo 03: one of one).
#             bud 1  2  3  4  5  6  7  8  9  10   råd  arena sentral midler lokaler  kart. kafe høring vedtatt
ROWS = [
    ["Bodø", T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, "2013", "2014-06", "2015-03", "2015-06-18"],
    ["Herøy (Nordland)", T, F, T, "", T, T, "", T, F, "", F, "", T, "", T, "x", "x", "", ""],
    ["Alstahaug", F, F, "", F, T, "", "", T, F, T, T, T, T, T, T, "x", "", "", ""],
    ["Oslo", T, T, T, T, T, T, T, T, T, T, T, T, T, T, F, "x", "x", "x", "x"],
]
HEADER = ["Kommune", *(f"Bud {n}" for n in range(1, 11)), "Frivillighetsråd", "Faste dialogarenaer",
          "Frivilligsentral", "Frie midler", "Lokaler", "Kartlegging", "Kafédialog", "Høring", "Vedtatt"]


@pytest.fixture(scope="module")
def register() -> pd.DataFrame:
    reg, report = quality.preview_quality(csv_bytes([HEADER, *ROWS]), "a.csv", no_index(), "no", TODAY)
    assert report.ok, [str(p) for p in report.errors]
    return reg


def test_national_bud_counts(register):
    s = quality.bud_summary(register, no_municipalities())
    assert s["assessed"] == 4 and s["municipalities"] == 15
    assert s["bud"]["1"] == {"met": 3, "not_met": 1, "unknown": 0}  # Bodø, Herøy, Oslo / Alstahaug
    assert s["bud"]["2"] == {"met": 2, "not_met": 2, "unknown": 0}
    assert s["bud"]["4"] == {"met": 2, "not_met": 1, "unknown": 1}  # Bodø, Oslo / Alstahaug / Herøy blank
    assert s["bud"]["7"] == {"met": 2, "not_met": 0, "unknown": 2}
    assert s["bud"]["9"] == {"met": 2, "not_met": 2, "unknown": 0}
    assert s["bud"]["10"] == {"met": 3, "not_met": 0, "unknown": 1}


def test_bud_counts_by_county(register):
    s = quality.bud_summary(register, no_municipalities())
    nordland, oslo = s["by_county"]["18"], s["by_county"]["03"]
    assert nordland["municipalities"] == 3 and nordland["assessed"] == 3
    assert nordland["bud"]["1"] == {"met": 2, "not_met": 1, "unknown": 0}
    assert nordland["bud"]["9"] == {"met": 1, "not_met": 2, "unknown": 0}
    assert oslo["assessed"] == 1 and oslo["bud"]["9"] == {"met": 1, "not_met": 0, "unknown": 0}
    assert s["by_county"]["15"]["assessed"] == 0  # Møre og Romsdal: none in the checklist
    assert s["by_county"]["15"]["bud"]["1"] == {"met": 0, "not_met": 0, "unknown": 0}


def test_frequency_and_the_weakest_bud(register):
    freq = quality.bud_frequency(quality.bud_summary(register, no_municipalities()))
    assert freq["bud"].tolist() == list(range(1, 11))
    assert freq.loc[freq["bud"] == 1, "share_met"].item() == pytest.approx(3 / 4)
    assert freq.loc[freq["bud"] == 4, "share_met"].item() == pytest.approx(2 / 3)  # of those answering
    # shares met: 1 3/4, 2 2/4, 3 3/3, 4 2/3, 5 4/4, 6 3/3, 7 2/2, 8 4/4, 9 2/4, 10 3/3 -> weakest 2 and 9 (ties by
    # number), then 4
    assert quality.weakest_bud(quality.bud_summary(register, no_municipalities()), 3) == [2, 9, 4]


def test_meets_every_criterion(register):
    assert quality.meets_all(register)["kommunenummer"].tolist() == ["1804"]  # Oslo has no premises
    assert quality.meets_all(register, quality.BUD_COLUMNS)["kommunenummer"].tolist() == ["0301", "1804"]
    assert quality.meets_all(register, ["volunteer_council"])["kommunenummer"].tolist() == ["0301", "1804",
                                                                                            "1820"]
    with pytest.raises(ValueError):
        quality.meets_all(register, ["bud_11"])


def test_summary_score_with_default_and_custom_weights(register):
    scores = quality.summary_score(register).set_index("kommunenummer")
    assert scores.loc["1804", "score"] == pytest.approx(1.0)
    assert scores.loc["0301", "score"] == pytest.approx(14 / 15)
    # Herøy: bud 1 3 5 6 8 met (5), sentral and lokaler (2) -> 7/15; answered: 7 bud + 3 structures = 10/15
    assert scores.loc["1818", "score"] == pytest.approx(7 / 15)
    assert scores.loc["1818", "known_share"] == pytest.approx(10 / 15)
    assert scores.loc["1818", "criteria_met"] == 7
    only = quality.summary_score(register, {"bud_9": 3.0, "premises": 1.0}).set_index("kommunenummer")
    assert only.loc["0301", "score"] == pytest.approx(3 / 4)  # bud 9 met, premises not
    assert only.loc["1820", "score"] == pytest.approx(1 / 4)
    assert list(quality.summary_score(register)["kommunenummer"])[0] == "1804"  # sorted by score


@pytest.mark.parametrize("weights", [{"bud_1": -1}, {"bud_1": 0}, {"bud_11": 1}, {"bud_1": float("nan")},
                                     {"bud_1": "mye"}])
def test_bad_weights_are_refused(register, weights):
    with pytest.raises(ValueError):
        quality.summary_score(register, weights)


def test_process_completeness_from_the_checklist(register):
    got = quality.process_completeness(register, "no", None, no_municipalities())
    # in progress: some step taken, adoption not -> Herøy (2 of 10) and Alstahaug (1 of 10)
    assert got["kommunenummer"].tolist() == ["1818", "1820"]
    heroy = got.iloc[0]
    assert heroy["steps_done"] == 2 and heroy["steps_total"] == 10 and heroy["share_done"] == pytest.approx(0.2)
    assert heroy["next_step"] == "political_decision" and heroy["in_checklist"]


def test_process_completeness_from_the_policy_register(register):
    policies = pd.DataFrame({"kommunenummer": ["1804", "1818", "1506"], "kommunenavn": ["Bodø", "Herøy", "Molde"],
                             "status": ["in_progress", "adopted", "in_progress"]})
    got = quality.process_completeness(register, "no", policies, no_municipalities()).set_index("kommunenummer")
    assert sorted(got.index) == ["1506", "1804"]
    assert got.loc["1804", "steps_done"] == 4 and got.loc["1804", "last_date"] == "2015-06-18"
    assert got.loc["1804", "next_step"] == "political_decision"  # Bodø's file leaves the decision blank
    assert not got.loc["1506", "in_checklist"] and got.loc["1506", "steps_unknown"] == 10


def test_profile_of_one_municipality(register):
    p = quality.quality_profile(register, "1818", "no")
    assert [b["met"] for b in p["bud"]] == [True, False, True, None, True, True, None, True, False, None]
    assert p["counts"]["bud_met"] == 5 and p["counts"]["bud_not_met"] == 2 and p["counts"]["bud_unknown"] == 3
    assert {s["key"]: s["present"] for s in p["structures"]}["volunteer_council"] is False
    assert [s["key"] for s in p["steps"] if s["done"]] == ["mapping", "cafe_dialogue"]
    assert quality.quality_profile(register, "1506", "no") is None


def test_map_status_of_one_bud(register):
    assert quality.bud_map_status(register, 4) == {"0301": "met", "1804": "met", "1818": "unknown",
                                                   "1820": "not_met"}
    with pytest.raises(ValueError):
        quality.bud_map_status(register, 0)


def test_empty_register_gives_zero_counts():
    empty = quality.empty_register("no")
    s = quality.bud_summary(empty, no_municipalities())
    assert s["assessed"] == 0 and s["bud"]["1"] == {"met": 0, "not_met": 0, "unknown": 0}
    assert quality.meets_all(empty).empty and quality.summary_score(empty).empty
    assert quality.weakest_bud(s) == []


# ---------------------------------------------------------------------------------------------- cell parsing
@pytest.mark.parametrize("text,expected", [
    ("x", (True, "", "ok")), ("X", (True, "", "ok")), ("Ja", (True, "", "ok")), ("yes", (True, "", "ok")),
    ("Nej", (False, "", "ok")), ("No", (False, "", "ok")), ("nei", (False, "", "ok")), ("", (None, "", "ok")),
    ("ukjent", (None, "", "ok")), ("vet ikke", (None, "", "ok")), ("delvis", (None, "", "partial")),
    ("kanskje", (None, "", "bad")), ("Ja – se planen", (True, "se planen", "ok")),
])
def test_parse_mark(text, expected):
    assert quality.parse_mark(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("2014-04-10", "2014-04-10"), ("10.04.2014", "2014-04-10"), ("1/4/2014", "2014-04-01"), ("2014-4", "2014-04"),
    ("04.2014", "2014-04"), ("april 2014", "2014-04"), ("marts 2019", "2019-03"), ("12. mai 2014", "2014-05-12"),
    ("2014", "2014"), ("våren 2015", "2015"), ("2014-04-10 00:00:00", "2014-04-10"),
])
def test_parse_date_accepts(text, expected):
    assert quality.parse_date(text, TODAY) == (expected, None)


@pytest.mark.parametrize("text", ["2027", "1985", "2015-13", "30.02.2016", "2014 og 2015", "i fjor", "42156"])
def test_parse_date_refuses(text):
    iso, why = quality.parse_date(text, TODAY)
    assert iso is None and why


def test_a_step_note_after_yes_goes_to_the_comment():
    reg, report = quality.preview_quality(csv_bytes([["Kommune", "Referansegruppe", "Kommentar"],
                                                     ["Bodø", "Ja, med ungdomsrådet", "Oppdatert i høst"]]),
                                          "a.csv", no_index(), "no", TODAY)
    assert report.ok and reg["step_reference_group"].tolist() == [True]
    assert reg["comment"].tolist() == ["Oppdatert i høst; Referansegruppe fra frivilligheten: med ungdomsrådet"]


def test_step_date_points_for_the_timeline():
    assert quality.step_date_value("2014") == dt.date(2014, 7, 1)
    assert quality.step_date_value("2014-04") == dt.date(2014, 4, 15)
    assert quality.step_date_value("2014-04-10") == dt.date(2014, 4, 10)
    assert quality.step_date_value(None) is None


# ---------------------------------------------------------------------------------------------- demo
def test_demo_checklist_only_for_demo_municipalities_with_a_policy():
    policies = demo_policies(no_municipalities(), 7)
    demo = quality.demo_quality(policies, "no", 7, TODAY)
    with_policy = set(policies.loc[policies["status"].isin(["adopted", "in_progress"]), "kommunenummer"])
    assert set(demo["kommunenummer"]) == with_policy
    assert bool(demo["demo"].all())
    pd.testing.assert_frame_equal(demo, quality.demo_quality(policies, "no", 7, TODAY))  # same seed, same list
    dates = [d for c in quality.step_columns("no") for d in demo[f"{c}_date"].dropna()]
    assert all(quality.step_date_value(d) <= TODAY for d in dates)
    for code in policies.loc[policies["status"] == "adopted", "kommunenummer"]:
        listed = bud_list(policies.set_index("kommunenummer").loc[code, "bud"])
        row = demo.set_index("kommunenummer").loc[code]
        assert all(bool(row[f"bud_{n}"]) for n in listed)  # the bud the demo policy lists are met


def test_demo_checklist_is_never_made_from_real_policies():
    real = demo_policies(no_municipalities(), 7).assign(demo=False)
    with pytest.raises(AtlasError):
        quality.demo_quality(real, "no")
