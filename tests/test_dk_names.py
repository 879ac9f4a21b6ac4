"""Danish name variants by rule: aa/å, hyphen/space, "X Kommune"/"Xs Kommune", ASCII, regions, codes."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from sources.names_dk import (
    dk_alias_table,
    dk_code,
    dk_name_variants,
    dk_region_alias_table,
    dk_region_code,
    normalise_dk_name,
)


def lookup(table: dict[str, str], text: str) -> str | None:
    return table.get(normalise_dk_name(text))


SAMPLE = {"0101": "København", "0147": "Frederiksberg", "0169": "Høje-Taastrup", "0173": "Lyngby-Taarbæk",
          "0185": "Tårnby", "0400": "Bornholm", "0480": "Nordfyns", "0580": "Aabenraa", "0751": "Aarhus",
          "0820": "Vesthimmerlands", "0430": "Faaborg-Midtfyn"}


@pytest.mark.parametrize("text,code", [
    ("Københavns Kommune", "0101"), ("København", "0101"), ("KØBENHAVN", "0101"), ("Kobenhavn", "0101"),
    ("Koebenhavn", "0101"), ("Copenhagen", "0101"),
    ("Aabenraa", "0580"), ("Åbenrå", "0580"), ("Aabenraa Kommune", "0580"), ("Åbenrå Kommune", "0580"),
    ("Lyngby-Taarbæk", "0173"), ("Lyngby-Tårbæk Kommune", "0173"), ("lyngby taarbaek", "0173"),
    ("Høje Taastrup", "0169"), ("Høje-Taastrup", "0169"), ("Høje-Tåstrup Kommune", "0169"),
    ("Taarnby", "0185"), ("Tårnby", "0185"), ("Århus", "0751"), ("Aarhus Kommune", "0751"),
    ("Fåborg-Midtfyn", "0430"), ("Bornholms Regionskommune", "0400"), ("Bornholms Kommune", "0400"),
    ("Nordfyns Kommune", "0480"), ("Nordfyn", "0480"), ("Vesthimmerland", "0820"),
    ("Frederiksberg Kommune", "0147"), (" frederiksberg   kommune ", "0147"),
])
def test_real_spellings_resolve_to_their_municipality(text: str, code: str):
    table, ambiguous = dk_alias_table(SAMPLE)
    assert not ambiguous
    assert lookup(table, text) == code


def test_genitive_s_is_not_doubled_after_a_name_ending_in_s():
    keys = dk_name_variants("Aarhus")
    assert "aarhus kommune" in keys and "aarhuss kommune" not in keys


def test_variants_that_two_municipalities_would_claim_are_set_aside_as_ambiguous():
    # Invented pair for the rule itself: "Sø" and "Soe" both fold to "soe".
    table, ambiguous = dk_alias_table({"0001": "Sø", "0002": "Soe"})
    assert "soe" in ambiguous and ambiguous["soe"] == {"0001", "0002"}
    assert "soe" not in table
    assert table["sø"] == "0001"


def test_all_98_real_names_give_unambiguous_variants(mirror_dk: Path):
    feats = json.loads((mirror_dk / "kommuner_dagi2014_wgs84.geojson").read_text(encoding="utf-8"))["features"]
    names = {f["properties"]["kode"]: f["properties"]["navn"] for f in feats if f["properties"]["kode"] != "0411"}
    assert len(names) == 98
    table, ambiguous = dk_alias_table(names)
    assert ambiguous == {}
    for code, name in names.items():
        for form in (name, f"{name} Kommune", name.upper(), name.replace("-", " ")):
            assert lookup(table, form) == code, form
    # The 2014 DAGI spellings resolve too ("Høje Taastrup").
    for f in feats:
        p = f["properties"]
        if p["kode"] != "0411":
            assert lookup(table, p["dagi2014_komnavn"]) == p["kode"]


def test_region_names_codes_and_english_names_resolve():
    table, ambiguous = dk_region_alias_table([("1084", "Region Hovedstaden"), ("1085", "Region Sjælland"),
                                              ("1081", "Region Nordjylland")])
    assert not ambiguous
    for text, code in [("Region Hovedstaden", "1084"), ("Hovedstaden", "1084"), ("Region Sjaelland", "1085"),
                       ("Sjælland", "1085"), ("Capital Region of Denmark", "1084"), ("North Denmark Region", "1081")]:
        assert lookup(table, text) == code
    assert table["084"] == "1084" and table["1084"] == "1084"


@pytest.mark.parametrize("value,expected", [
    ("101", "0101"), (101, "0101"), ("0101", "0101"), (101.0, "0101"), ("101.0", "0101"), (" 851 ", "0851"),
    ("abc", None), ("12345", None), ("", None), (None, None), (float("nan"), None), (10.5, None), ("١٠١", None),
])
def test_dk_code_pads_statistics_denmark_codes_and_rejects_non_codes(value, expected):
    assert dk_code(value) == expected


def test_dk_region_code_accepts_dawa_and_statistics_denmark_forms():
    assert [dk_region_code(v) for v in ("1084", "084", "84", 1081, "1086", "0", "x")] == [
        "1084", "1084", "1084", "1081", None, None, None]


def test_municipality_index_uses_the_danish_rules():
    from registers.municipalities import MunicipalityIndex

    df = pd.DataFrame({"kommunenummer": list(SAMPLE), "kommunenavn": list(SAMPLE.values()),
                       "fylkesnummer": ["1084"] * len(SAMPLE), "fylkesnavn": ["Region Hovedstaden"] * len(SAMPLE)})
    index = MunicipalityIndex.from_frames(df, None, "dk")
    assert index.resolve(name="Københavns Kommune").codes == ["0101"]
    assert index.resolve(name="Åbenrå").codes == ["0580"]
    assert index.resolve(name="Høje Taastrup").codes == ["0169"]
    assert index.resolve(code="101").codes == ["0101"]
