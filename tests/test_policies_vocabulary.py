"""The words advisers write: status in bokmål, nynorsk, English and Danish; yes/no; years; bud lists; links."""

from __future__ import annotations

import datetime as dt

import pytest

from registers.policies import clean_url, parse_bud, parse_status, parse_year, parse_yes_no, preview_policies
from tests.policy_helpers import csv_bytes, no_index


@pytest.mark.parametrize(("word", "status"), [
    ("Vedtatt", "adopted"), ("VEDTATT", "adopted"), ("vedteke", "adopted"), ("Ja", "adopted"),
    ("Har frivillighetspolitikk", "adopted"), ("Revidert", "adopted"), ("Grønn", "adopted"), ("adopted", "adopted"),
    ("Yes", "adopted"), ("has_policy", "adopted"), ("Vedtaget", "adopted"), ("vedtaget politik", "adopted"),
    ("Grøn", "adopted"), ("✓", "adopted"), ("x", "adopted"),
    ("Under arbeid", "in_progress"), ("under utarbeiding", "in_progress"), ("På høring", "in_progress"),
    ("Utkast", "in_progress"), ("Gul", "in_progress"), ("in progress", "in_progress"), ("in_progress", "in_progress"),
    ("Draft", "in_progress"), ("in_process", "in_progress"), ("Under udarbejdelse", "in_progress"),
    ("i høring", "in_progress"), ("Udkast", "in_progress"),
    ("Nei", "none"), ("ingen", "none"), ("Har ikke", "none"), ("Rød", "none"), ("none", "none"), ("No", "none"),
    ("no_policy_known", "none"), ("Nej", "none"), ("ingen politik", "none"), ("0", "none"),
])
def test_status_words_in_three_languages(word: str, status: str):
    assert parse_status(word) == (status, None, True)


@pytest.mark.parametrize("word", ["", "ukjent", "Vet ikke", "unknown", "unclear", "Ved ikke", "?", "-", "N/A"])
def test_words_for_no_information_mean_no_data(word: str):
    assert parse_status(word) == (None, None, True)


@pytest.mark.parametrize("word", ["kanskje", "delvis", "planlagt", "2019", "maybe"])
def test_unrecognised_status_words_are_not_guessed(word: str):
    assert parse_status(word)[2] is False


def test_status_with_a_year_inside():
    assert parse_status("Vedtatt i 2019") == ("adopted", 2019, True)
    assert parse_status("vedtaget 2021") == ("adopted", 2021, True)


@pytest.mark.parametrize(("text", "value"), [("Ja", True), ("yes", True), ("X", True), ("✔", True), ("1", True),
                                             ("Nei", False), ("nej", False), ("no", False), ("0", False),
                                             ("", None)])
def test_yes_no(text: str, value: bool | None):
    assert parse_yes_no(text) == (value, True)


@pytest.mark.parametrize(("text", "year"), [("2019", 2019), ("2019.0", 2019), ("2019-03-12", 2019),
                                            ("12.03.2019", 2019), ("mars 2019", 2019), ("ca. 2017", 2017)])
def test_years(text: str, year: int):
    assert parse_year(text) == (year, None)


@pytest.mark.parametrize(("text", "why"), [("2015 og 2018", "flere årstall"), ("2018-2015", "baklengs"),
                                           ("43555", "Excel-datotall"), ("19", "firesifret"),
                                           ("i fjor", "ikke et årstall")])
def test_bad_years_say_why(text: str, why: str):
    year, reason = parse_year(text)
    assert year is None and why in reason


@pytest.mark.parametrize(("text", "numbers"), [("1, 2, 6", [1, 2, 6]), ("1-4, 8", [1, 2, 3, 4, 8]),
                                               ("bud 1 og 2", [1, 2]), ("alle", list(range(1, 11))),
                                               ("2;10", [2, 10]), ("", [])])
def test_bud_lists(text: str, numbers: list[int]):
    assert parse_bud(text) == (numbers, None)


@pytest.mark.parametrize("text", ["0-3", "12", "4-2", "noen"])
def test_bad_bud_lists(text: str):
    assert parse_bud(text)[1]


@pytest.mark.parametrize(("text", "url", "warned"), [
    ("https://www.bodo.kommune.no/plan.pdf", "https://www.bodo.kommune.no/plan.pdf", False),
    ("www.oslo.kommune.no/x", "https://www.oslo.kommune.no/x", True),
    ("javascript:alert(1)", None, True), ("file:///C:/plan.pdf", None, True), ("ftp://x.no/a", None, True),
    ("se kommunens nettside", None, True), ('https://x.no/"><script>', None, True), ("", None, False)])
def test_only_http_links_are_kept(text: str, url: str | None, warned: bool):
    got, warning = clean_url(text)
    assert got == url and bool(warning) == warned


def test_a_year_column_holding_status_words_gets_a_hint():
    data = csv_bytes([["Kommune", "Vedtatt"], ["Oslo", "Ja"], ["Bodø", "Nei"]])
    _, rep = preview_policies(data, "v.csv", no_index(), "no", dt.date(2026, 11, 25))
    assert len(rep.errors) == 1
    assert "«Vedtatt» ser ut til å inneholde status" in rep.errors[0].message
