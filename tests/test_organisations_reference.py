"""Conformance with real Brreg material in ../shared (reference API responses and the offline mirror).

Skips cleanly when the shared folder is absent (a user's clone)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from analytics.organisations import summary
from base.errors import AtlasError
from registers.organisations import build_register
from sources.brreg import (
    find_source_files,
    national_count_observations,
    orgnr_valid,
    read_api_document,
    read_organisation_file,
)
from tests.conftest import need
from tests.org_fixtures import small_index


@pytest.fixture(scope="module")
def brreg_ref(reference: Path) -> Path:
    return need(reference / "brreg")


def test_real_search_page_is_read_and_its_units_are_not_in_frivillighetsregisteret(brreg_ref):
    read = read_organisation_file(brreg_ref / "enheter-search-page.json")
    assert read.kind == "search_page" and read.scanned == 2
    assert [u["organisasjonsnummer"] for u in read.units] == ["976030788", "971497017"]
    assert all(orgnr_valid(u["organisasjonsnummer"]) for u in read.units)
    assert [u["f_kommunenummer"] for u in read.units] == ["5001", "0301"]
    assert not any(u["frr"] for u in read.units)  # both carry registrertIFrivillighetsregisteret: false
    assert any("3 treff" in p.message for p in read.problems)  # page 1 of 3 results is said plainly
    with pytest.raises(AtlasError, match="ingen organisasjoner"):
        build_register(read, small_index())


def test_flipping_the_real_flag_makes_the_fli_count_in_oslo(brreg_ref):
    doc = json.loads((brreg_ref / "enheter-search-page.json").read_text(encoding="utf-8"))
    doc["_embedded"]["enheter"][1]["registrertIFrivillighetsregisteret"] = True
    reg = build_register(read_api_document(doc, "side.json"), small_index()).frame
    assert summary(reg)["counts"] == {"0301": 1}
    assert reg["navn"].tolist() == ["SESAM FAMILIEBARNEHAGE"]


def test_real_empty_search_result_has_no_embedded_and_is_refused_as_empty(brreg_ref):
    read = read_organisation_file(brreg_ref / "enheter-search-empty.json")
    assert read.kind == "search_page" and read.units == []
    with pytest.raises(AtlasError, match="ingen organisasjoner"):
        build_register(read, small_index())


def test_real_deleted_unit_body_is_left_out_as_deleted(brreg_ref):
    read = read_organisation_file(brreg_ref / "enhet-deleted.json")
    assert read.units[0]["slettedato"] == "2017-10-20"
    with pytest.raises(AtlasError, match="1 er slettet"):
        build_register(read, small_index())


def test_real_lastned_csv_2024_rows(brreg_ref, tmp_path):
    read = read_organisation_file(brreg_ref / "enheter-lastned-csv-2024-head.csv")
    assert read.kind == "enheter_csv" and read.scanned == 3
    # only ODD FELLOW HUSET BODØ AS has registrertIFrivillighetsregisteret "true"
    assert [u["organisasjonsnummer"] for u in read.units] == ["810098252"]
    index = small_index()
    reg = build_register(read, index).frame
    assert reg[["organisasjonsnummer", "kommunenummer", "plassering"]].values.tolist() == \
        [["810098252", "1804", "forretningsadresse"]]


def test_real_2026_header_is_recognised(brreg_ref, tmp_path):
    header = next(csv.reader(io.StringIO((brreg_ref / "enheter-lastned-csv-2026-header.txt").read_text())))
    assert len(header) == 90
    path = tmp_path / "enheter-2026.csv"
    row = dict.fromkeys(header, "")
    row.update({"organisasjonsnummer": "810098252", "navn": "LAG", "registrertIFrivillighetsregisteret": "true",
                "forretningsadresse.kommunenummer": "1804", "registreringsdatoFrivillighetsregisteret": "2012-10-07"})
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL).writerows([header, [row[h] for h in header]])
    path.write_text(buf.getvalue(), encoding="utf-8")
    reg = build_register(read_organisation_file(path), small_index()).frame
    assert reg[["kommunenummer", "registreringsdato_frr"]].values.tolist() == [["1804", "2012-10-07"]]


def test_frr_record_shape_from_the_spec_is_read(brreg_ref):
    doc = json.loads((brreg_ref / "frivillige-organisasjoner-SHAPE-ONLY.json").read_text(encoding="utf-8"))
    read = read_api_document(doc["response"], "frivillige-organisasjoner")
    assert read.kind == "frr_api"
    assert read.icnpo == {"388348542": [("1100", 1, "Kunst og kultur (only when spraak=NOB is sent, else null)")]}
    assert read.frr["388348542"]["foersteGangInnfoert"] == "2001-01-01"
    cats = read_api_document(doc["icnpo_kategorier_response_shape"], "icnpo")
    assert cats.kind == "icnpo_list" and cats.categories["code"].tolist() == ["1100"]


@pytest.mark.parametrize("rel", ["reference/brreg/icnpo-kategorier.csv", "mirror/no/brreg/icnpo_categories_brreg.csv"])
def test_icnpo_code_list_has_14_main_groups_and_32_subgroups(reference, rel):
    path = need(reference.parent / rel)
    cats = read_organisation_file(path).categories
    assert len(cats) == 46
    assert (cats["level"] == "hovedgruppe").sum() == 14 and (cats["level"] == "undergruppe").sum() == 32
    main = set(cats.loc[cats["level"] == "hovedgruppe", "code"])
    assert set(cats.loc[cats["level"] == "undergruppe", "parent_code"]) == main
    src = list(csv.DictReader(path.open(encoding="utf-8")))
    assert {r["code"]: r["parent_code"] for r in src} == dict(zip(cats["code"], cats["parent_code"], strict=True))


def test_ringerike_extract_is_read_as_one_municipality(mirror_no, no_index):
    path = need(mirror_no / "brreg" / "ringerike_3305_frivillighetsregisteret_2026-08-22.csv")
    read = read_organisation_file(path)
    assert read.kind == "extract_csv" and read.scope == "kommune" and read.coverage == ["3305"]
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    build = build_register(read, no_index)
    assert len(build.frame) == len(rows) == 457  # all valid, no duplicates (PROVENANCE-orgs-policy.md)
    assert set(build.frame["kommunenummer"]) == {"3305"} and set(build.frame["plassering"]) == {"soek"}
    assert read.retrieved == rows[0]["source_fetched_at"]


def test_fetch_from_the_mirror_says_the_national_file_is_missing(no_store_dir, mirror_no):
    from registers.organisations import load_register
    from registers.store import Store

    reg, meta = load_register(Store(no_store_dir))
    assert meta["scope"] == "kommune" and meta["coverage"] == ["3305"]
    assert "bare kommune 3305" in meta["title"]
    assert meta["publisher"] == "Brønnøysundregistrene" and meta["code_vintage"] == "2024"
    assert len(reg) == 457


def test_mirror_folder_is_found_and_national_counts_are_read(mirror_no):
    files = find_source_files(mirror_no)
    assert [p.name for p in files.extracts] == ["ringerike_3305_frivillighetsregisteret_2026-08-22.csv"]
    assert [p.name for p in files.icnpo] == ["icnpo_categories_brreg.csv"]
    assert files.bulk == [] and files.frr_csv == []
    obs = national_count_observations(files.counts[0])
    assert 72_000 < obs["count"].max() < 74_000
