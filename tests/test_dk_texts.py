"""The Danish interface texts exist in all three languages with the same placeholders."""

from __future__ import annotations

import string

from base.i18n import CATALOGUE, area_strings, t


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_danish_text_has_bokmal_english_and_danish_with_the_same_placeholders():
    for key, entry in area_strings("dk").items():
        assert key.startswith("dk.") and key in CATALOGUE
        assert set(entry) == {"nb", "en", "da"}, key
        assert all(entry[lang].strip() for lang in entry), key
        assert _fields(entry["nb"]) == _fields(entry["en"]) == _fields(entry["da"]), key


def test_the_missing_register_is_said_plainly_in_danish():
    assert "intet åbent foreningsregister" in t("dk.assoc.missing_title", "da")
    assert t("dk.population.note", "da", year=2026).startswith("Folketal 1. januar 2026")
