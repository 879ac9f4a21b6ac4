"""Municipality names as advisers type them: "X kommune", upper case, Sami/Kven parallel names, same-named
municipalities told apart by county, and names of municipalities merged away."""

from __future__ import annotations

import pytest

from registers.municipalities import MunicipalityIndex


@pytest.mark.parametrize(("name", "county", "code"), [
    ("Bodø kommune", None, "1804"),
    ("OSLO", None, "0301"),
    ("  oslo kommune ", None, "0301"),
    ("Karasjok", None, "5610"),
    ("Kárášjohka", None, "5610"),
    ("Kárášjohka - Karasjok", None, "5610"),
    ("Kárásjohka - Karasjok", None, "5610"),  # SSB's Latin-1 spelling
    ("Guovdageaidnu", None, "5612"),
    ("Porsanki", None, "5622"),  # Kven
    ("Rosse - Røros", None, "5025"),  # Kartverket's order
    ("Våler", "Østfold", "3114"),
    ("Våler", "Innlandet", "3419"),
    ("Våler", "Hedmark", "3419"),  # old county name
    ("Våler (Østfold)", None, "3114"),
    ("Herøy", "Nordland", "1818"),
    ("Herøy", "15", "1515"),
    ("Nes", None, "3228"),
    ("Os", None, "3430"),
    ("Sande", None, "1514"),
    ("Bø", None, "1867"),
])
def test_names_resolve_to_2024_codes(no_index: MunicipalityIndex, name: str, county: str | None, code: str):
    res = no_index.resolve_name(name, county)
    assert res.codes == [code], res.note


@pytest.mark.parametrize("name", ["Våler", "Herøy"])
def test_same_named_municipalities_without_county_are_ambiguous_and_name_the_candidates(
        no_index: MunicipalityIndex, name: str):
    res = no_index.resolve_name(name)
    assert res.kind == "ambiguous" and len(res.codes) == 2
    assert all(c in res.note for c in res.codes)


@pytest.mark.parametrize(("name", "county", "code"), [
    ("Bø", "Telemark", "4020"),
    ("Nes", "Buskerud", "3322"),
    ("Sande", "Vestfold", "3903"),
    ("Os", "Hordaland", "4624"),
    ("Svelvik", None, "3301"),
])
def test_municipalities_merged_away_resolve_with_a_warning_naming_the_successor(
        no_index: MunicipalityIndex, name: str, county: str | None, code: str):
    res = no_index.resolve_name(name, county)
    assert res.codes == [code] and res.kind == "old_name" and res.needs_warning
    assert code in res.note


def test_unknown_name_is_reported_plainly(no_index: MunicipalityIndex):
    res = no_index.resolve_name("Atlantis")
    assert res.codes == [] and res.kind == "unknown" and "Atlantis" in res.note
