"""Analytics on the organisation register, against counts worked out by hand for a small landscape."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analytics.coverage import SIZE_CLASSES, size_class_label
from analytics.organisations import (
    counts_by_county,
    counts_by_municipality,
    icnpo_breakdown,
    icnpo_multi_share,
    new_per_year,
    oslo_in,
    peer_comparison,
    summary,
)
from analytics.peers import peer_groups as profile_peer_groups
from cli import main
from registers.organisations import (
    MIN_ORGS_FOR_RATE,
    build_register,
)
from sources.brreg import read_organisation_file
from tests.org_fixtures import (
    address,
    frr_record,
    municipalities_frame,
    neighbours_frame,
    orgnr,
    small_index,
    small_store,
    unit,
    write_bulk,
)

# (seq, kommune, FRR registration date, ICNPO categories [(code, rekkefoelge)], first registration in FRR)
ORGS = [
    (1, "0301", "2019-05-01", [("1200", 2), ("1100", 1)], "2010-01-01"),   # primary 1100, also 1200
    (2, "0301", "2019-06-01", [("1200", 1)], ""),
    (3, "3305", "2020-01-10", [("1200", 1), ("1300", 2)], ""),             # two sub-codes, one main group
    (4, "3305", "2020-03-03", [("4100", 1), ("1200", 2)], ""),             # groups 4 and 1
    (5, "3301", "2022-07-07", [("10100", 1)], ""),
    (6, "3312", "2022-08-08", [], ""),
    (7, "5001", "2019-09-09", [], ""),
    (8, "1812", "2021-01-01", [("9100", 1)], ""),
]


@pytest.fixture(scope="module")
def reg(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("orgs")
    units = [unit(orgnr(s), f"ORG {s}", address(k), reg_frr=d) for s, k, d, _, _ in ORGS]
    units.append(unit(orgnr(50), "SVALBARD", address("2100")))  # outside: must not enter any total
    bulk = read_organisation_file(write_bulk(tmp / "enheter_alle.json.gz", units))
    frr_path = tmp / "frivillige-organisasjoner.json"
    frr_path.write_text(json.dumps([frr_record(orgnr(s), cats, first=f or "2000-01-01") for s, _, _, cats, f
                                    in ORGS if cats]), encoding="utf-8")
    frame = build_register([bulk, read_organisation_file(frr_path)], small_index()).frame
    # organisations without categories have no FRR record: only their Enhetsregisteret date applies
    return frame


def test_counts_and_rate_per_1000_use_the_municipality_population(reg):
    mun = municipalities_frame()
    per = counts_by_municipality(reg, mun, "no").set_index("kommunenummer")
    assert len(per) == len(mun)  # every municipality, zero included
    assert per.loc["0301", "antall"] == 2 and per.loc["3310", "antall"] == 0
    assert per.loc["0301", "per_1000"] == pytest.approx(2 / 717_710 * 1000)
    assert per.loc["1812", "per_1000"] == pytest.approx(1 / 1_900 * 1000)
    assert per["antall"].sum() == summary(reg)["total"] == 8
    assert bool(per.loc["0301", "oslo_merknad"]) and not per.drop(index="0301")["oslo_merknad"].any()


def test_small_counts_are_flagged(reg):
    per = counts_by_municipality(reg, municipalities_frame(), "no", min_orgs=2).set_index("kommunenummer")
    assert not per.loc["0301", "lite_grunnlag"] and not per.loc["3305", "lite_grunnlag"]
    assert per.loc["1812", "lite_grunnlag"] and per.loc["3310", "lite_grunnlag"]
    default = counts_by_municipality(reg, municipalities_frame(), "no")
    assert default["lite_grunnlag"].all() and MIN_ORGS_FOR_RATE > 2


def test_county_totals_pool_their_municipalities(reg):
    county = counts_by_county(reg, municipalities_frame()).set_index("fylkesnummer")
    assert county.loc["33", "antall"] == 4  # 3305 x2, 3301, 3312
    assert county.loc["33", "befolkning"] == 103_291 + 31_500 + 7_000 + 27_000
    assert county.loc["33", "per_1000"] == pytest.approx(4 / 168_791 * 1000)


def test_icnpo_primary_counts_each_organisation_once(reg):
    nat = icnpo_breakdown(reg, None, level="nasjonal", basis="primary").set_index("icnpo")
    assert nat["antall"].to_dict() == {"1": 3, "4": 1, "9": 1, "10": 1, "uten": 2}
    assert nat["antall"].sum() == nat["organisasjoner"].iloc[0] == 8
    assert nat["andel"].sum() == pytest.approx(1.0)


def test_icnpo_any_category_counts_each_group_once_per_organisation_and_keeps_the_total(reg):
    nat = icnpo_breakdown(reg, None, level="nasjonal", basis="any").set_index("icnpo")
    # org 1 (1100+1200) and org 3 (1200+1300) count once in group 1; org 4 counts in 4 and in 1
    assert nat["antall"].to_dict() == {"1": 4, "4": 1, "9": 1, "10": 1, "uten": 2}
    assert (nat["organisasjoner"] == 8).all()  # the denominator is organisations, not category rows
    sub = icnpo_breakdown(reg, None, level="nasjonal", basis="any", detail="sub").set_index("icnpo")
    assert sub["antall"].to_dict() == {"1100": 1, "1200": 4, "1300": 1, "4100": 1, "9100": 1, "10100": 1, "uten": 2}


def test_icnpo_by_municipality_and_county(reg):
    mun = icnpo_breakdown(reg, None, level="kommune", basis="primary")
    r3305 = mun[mun["omraade"] == "3305"].set_index("icnpo")
    assert r3305["antall"].to_dict() == {"1": 1, "4": 1} and (r3305["organisasjoner"] == 2).all()
    county = icnpo_breakdown(reg, None, municipalities_frame(), level="fylke", basis="any")
    c33 = county[county["omraade"] == "33"].set_index("icnpo")
    assert c33["antall"].to_dict() == {"1": 2, "4": 1, "10": 1, "uten": 1}
    assert (c33["organisasjoner"] == 4).all()


def test_icnpo_labels_come_from_the_code_list(reg, mirror_no):
    cats = read_organisation_file(mirror_no / "brreg" / "icnpo_categories_brreg.csv").categories
    nat = icnpo_breakdown(reg, cats, level="nasjonal").set_index("icnpo")
    assert nat.loc["1", "navn"] == "Kultur- og rekreasjon"
    assert nat.loc["10", "navn"] == "Tros- og livssynsorganisasjoner"
    assert nat.loc["uten", "navn"] == ""


def test_summary_by_icnpo_sums_to_total(reg):
    doc = summary(reg)
    assert sum(doc["by_icnpo"].values()) == doc["total"] == 8
    assert doc["outside"] == 1 and doc["outside_reasons"] == {"svalbard": 1}
    assert sum(doc["by_icnpo_any"].values()) == 9
    assert list(doc["by_icnpo"]) == ["1", "4", "9", "10", "uten"]  # numeric order, not string order


def test_share_with_more_than_one_category(reg):
    assert icnpo_multi_share(reg) == pytest.approx(3 / 6)


def test_new_per_year_prefers_the_first_registration_date(reg):
    per = new_per_year(reg).set_index("aar")["antall"].to_dict()
    # with an FRR record, foersteGangInnfoert (2010 for org 1, 2000 for the others with categories) is used
    assert per[2010] == 1 and per[2000] == 5
    assert per[2019] == 1 and per[2022] == 1  # orgs 7 and 6 (no FRR record): Enhetsregisteret's FRR date
    assert sum(per.values()) == 9  # the Svalbard organisation has a date too; it is not in a municipality
    local = new_per_year(reg, "3312").set_index("aar")["antall"].to_dict()
    assert local == {2022: 1}
    founded = new_per_year(reg, date="stiftelse")
    assert founded["antall"].sum() == 9 and list(founded["aar"]) == [1990]


def band(population: float, country: str) -> str:
    """The size class a population falls in, read straight off the bands of analytics.coverage.SIZE_CLASSES."""
    return next(size_class_label(lo, hi) for lo, hi in SIZE_CLASSES[country]
                if population >= lo and (hi is None or population <= hi))


def test_size_class_column_uses_the_overviews_kostra_bands(reg):
    mun = municipalities_frame()
    per = counts_by_municipality(reg, mun, "no").set_index("kommunenummer")
    assert per["storrelse"].to_dict() == {c: band(p, "no") for c, p in zip(mun["kommunenummer"], mun["befolkning"],
                                                                          strict=True)}
    # Lier (27 000) and Ringerike (31 500) are in different KOSTRA bands; Tromsø (78 745) and Drammen (103 291) share
    # the top one
    assert per.loc["3312", "storrelse"] != per.loc["3305", "storrelse"]
    assert per.loc["5501", "storrelse"] == per.loc["3301", "storrelse"]


def test_size_class_is_empty_when_the_population_is_unknown(reg):
    mun = municipalities_frame().astype({"befolkning": "float"})
    mun.loc[mun["kommunenummer"] == "3310", "befolkning"] = float("nan")
    per = counts_by_municipality(reg, mun, "no").set_index("kommunenummer")
    assert per.loc["3310", "storrelse"] == "" and pd.isna(per.loc["3310", "per_1000"])
    assert (per.drop(index="3310")["storrelse"] != "").all()


def test_danish_size_classes_are_denmarks_bands():
    pops = {"0101": 650_000, "0147": 104_000, "0151": 45_000, "0153": 25_000, "0157": 49_999, "0159": 19_999}
    mun = pd.DataFrame({"kommunenummer": list(pops), "kommunenavn": list(pops), "fylkesnummer": "1084",
                        "fylkesnavn": "Region Hovedstaden", "befolkning": list(pops.values())})
    reg = pd.DataFrame({"organisasjonsnummer": ["1", "2", "3"], "kommunenummer": ["0151", "0153", ""]})
    per = counts_by_municipality(reg, mun, "dk").set_index("kommunenummer")
    assert per["storrelse"].to_dict() == {c: band(p, "dk") for c, p in pops.items()}
    # 25 000 and 45 000 inhabitants: one Danish class, two Norwegian ones
    assert band(25_000, "dk") == band(45_000, "dk") and band(25_000, "no") != band(45_000, "no")
    same = {c for c, p in pops.items() if band(p, "dk") == band(45_000, "dk") and c != "0151"}
    assert set(peer_groups("0151", per.reset_index())["size"]) == same and same
    assert per["antall"].to_dict() == {"0101": 0, "0147": 0, "0151": 1, "0153": 1, "0157": 0, "0159": 0}


def peer_groups(code: str, per: pd.DataFrame, neighbours: pd.DataFrame | None = None) -> dict[str, list[str]]:
    """The profile's peer groups (analytics.peers), built from the per-municipality table."""
    nb = neighbours if neighbours is not None else pd.DataFrame(columns=["kommunenummer", "nabo"])
    mun = per[["kommunenummer", "fylkesnummer"]]
    return profile_peer_groups(mun, code, nb, per.set_index("kommunenummer")["storrelse"])


def test_peer_groups_county_size_and_neighbours(reg):
    mun = municipalities_frame()
    per = counts_by_municipality(reg, mun, "no")
    groups = peer_groups("3305", per, neighbours_frame())
    assert groups["county"] == ["3301", "3310", "3312"]
    assert groups["size"] == sorted(c for c, p in zip(mun["kommunenummer"], mun["befolkning"], strict=True)
                                         if band(p, "no") == band(31_500, "no") and c != "3305")
    assert groups["neighbours"] == ["3301", "3310", "3312"]
    cmp = peer_comparison("3305", per, groups).set_index("gruppe")
    assert cmp.loc["fylke", "antall"] == 2 and cmp.loc["fylke", "befolkning"] == 103_291 + 7_000 + 27_000
    assert cmp.loc["fylke", "per_1000"] == pytest.approx(2 / 137_291 * 1000)
    own = 2 / 31_500 * 1000
    assert cmp.loc["kommunen", "per_1000"] == pytest.approx(own)
    rates = [1 / 103_291 * 1000, 0.0, 1 / 27_000 * 1000, own]
    assert cmp.loc["fylke", "rang"] == sorted(rates, reverse=True).index(own) + 1
    assert cmp.loc["fylke", "av"] == 4
    assert cmp.loc["landet", "antall_kommuner"] == len(per) - 1


def test_size_peers_pool_the_municipalities_of_the_same_kostra_band(reg):
    mun = municipalities_frame()
    pop = dict(zip(mun["kommunenummer"], mun["befolkning"], strict=True))
    per = counts_by_municipality(reg, mun, "no")
    same = sorted(c for c in pop if band(pop[c], "no") == band(pop["3301"], "no") and c != "3301")
    groups = peer_groups("3301", per)
    assert len(same) >= 2 and groups["size"] == same
    row = peer_comparison("3301", per, groups).set_index("gruppe").loc["storrelse"]
    counts = per.set_index("kommunenummer")["antall"]
    assert row["antall_kommuner"] == len(same) and row["befolkning"] == sum(pop[c] for c in same)
    assert row["antall"] == sum(counts[c] for c in same)
    assert row["kommuner"] == ",".join(same)


def test_peer_comparison_refuses_an_unknown_code(reg):
    from base.errors import AtlasError

    with pytest.raises(AtlasError):
        peer_comparison("9999", counts_by_municipality(reg, municipalities_frame(), "no"), {"county": []})


def test_the_comparison_uses_the_groups_it_is_given(reg):
    per = counts_by_municipality(reg, municipalities_frame(), "no")
    given = {"county": ["3301"], "size": [], "neighbours": ["3312"], "twins": ["3310", "3312"]}
    cmp = peer_comparison("3305", per, given).set_index("gruppe")
    assert list(cmp.index) == ["kommunen", "fylke", "storrelse", "naboer", "tvillinger", "landet"]
    assert cmp.loc["fylke", "kommuner"] == "3301" and cmp.loc["tvillinger", "kommuner"] == "3310,3312"
    assert cmp.loc["storrelse", "antall_kommuner"] == 0


def test_oslo_note_is_signalled_whenever_oslo_is_shown():
    assert oslo_in(["0301", "3305"]) and not oslo_in(["3305"])


def test_cli_json_contract(tmp_path, capsys):
    root = tmp_path / "store"
    small_store(root)
    units = [unit(orgnr(s), f"ORG {s}", address(k)) for s, k, *_ in ORGS] + [unit(orgnr(50), "UT", address(None,
                                                                                                         "DK"))]
    path = write_bulk(tmp_path / "enheter_alle.json.gz", units)
    assert main(["--data-dir", str(root), "import", "organisations", str(path), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(root), "organisations", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    expected: dict[str, int] = {}
    for _, k, *_ in ORGS:
        expected[k] = expected.get(k, 0) + 1
    assert doc["counts"] == dict(sorted(expected.items()))
    assert doc["total"] == len(ORGS) and doc["outside"] == 1
    assert isinstance(doc["by_icnpo"], dict) and doc["by_icnpo"] == {"uten": len(ORGS)}
    assert doc["scope"] == "nasjonal" and doc["code_vintage"] == "2024"


def test_cli_organisations_without_a_register_exits_2(tmp_path, capsys):
    root = tmp_path / "store"
    small_store(root)
    assert main(["--data-dir", str(root), "organisations", "--json"]) == 2
    assert "ikke hentet eller importert" in capsys.readouterr().err


def test_breakdown_rejects_unknown_options(reg):
    with pytest.raises(ValueError):
        icnpo_breakdown(reg, None, level="region")
    assert isinstance(icnpo_breakdown(reg, None), pd.DataFrame)
