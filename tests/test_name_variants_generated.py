"""Every way advisers write a municipality's name, generated from the official name lists themselves: KLASS 131
(2024, every Sami/Kven/Norwegian parallel name) for Norway, DAWA's municipality list for Denmark.

For every municipality: its name, each part of a parallel name alone, with "kommune"/"herad" (Danish "Kommune",
"Xs Kommune"), upper case, hyphen and space swapped, *aa*/*å* swapped and the county written after it. Each variant
must resolve to that municipality's own code; a name more than one municipality carries ("Herøy", "Våler") must
be refused as ambiguous, naming exactly the municipalities that carry it; no variant may resolve to another one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from registers.municipalities import MunicipalityIndex

PARALLEL = re.compile(r"\s+-\s+")


def klass_names(mirror_no: Path) -> dict[str, str]:
    """code -> current name, read from the KLASS 131 file (9999 "Uoppgitt" is no municipality)."""
    doc = json.loads((mirror_no / "klass" / "klass-131-version-1710-kommuneinndeling-2024.json").read_text("utf-8"))
    return {i["code"]: i["name"] for i in doc["classificationItems"] if i["level"] == "1" and i["code"] != "9999"}


def dawa_list(reference: Path) -> list[dict]:
    rows = json.loads((reference / "dawa" / "kommuner-flad-2025-11-17.json").read_text("utf-8"))
    return [r for r in rows if not r["udenforkommuneinddeling"]]


def _swap_space_hyphen(text: str) -> str:
    if "-" in text:
        return PARALLEL.sub("-", text) if PARALLEL.search(text) else text.replace("-", " ")
    return text.replace(" ", "-")


def _swap_aa(text: str) -> str:
    if re.search("[åÅ]", text):
        return text.replace("å", "aa").replace("Å", "Aa")
    return re.sub("[Aa]a", lambda m: "Å" if m.group(0)[0] == "A" else "å", text)


def _genitive(text: str) -> str:
    return text if text.endswith(("s", "x", "z")) else f"{text}s"


def bare(name: str) -> str:
    """The name without its county bracket: "Herøy (Nordland)" -> "Herøy"."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def name_forms(name: str, country: str) -> set[str]:
    """The written forms of one official name (see the module docstring)."""
    bases = {name, bare(name), *PARALLEL.split(bare(name))}
    out: set[str] = set()
    for b in bases:
        forms = {b, b.upper(), f"  {b.lower()} ", _swap_space_hyphen(b), _swap_aa(b)}
        if country == "no":
            forms |= {f"{b} kommune", f"{b} Kommune", f"{b} herad"}
        else:
            forms |= {f"{b} Kommune", f"{_genitive(b)} Kommune"}
        out |= forms
    return {f for f in out if f.strip()}


def county_forms(name: str, county: str) -> set[str]:
    """The name followed by its county (first part of a parallel county name), written the three usual ways."""
    county = PARALLEL.split(county)[0]
    return {f"{bare(name)} ({county})", f"{bare(name)} i {county}", f"{bare(name)}, {county}"}


def shared_names(names: dict[str, str]) -> dict[str, set[str]]:
    """Name parts carried by more than one municipality (from the list itself): part (folded) -> codes."""
    carriers: dict[str, set[str]] = {}
    for code, name in names.items():
        for part in {bare(name), *PARALLEL.split(bare(name))}:
            carriers.setdefault(part.casefold(), set()).add(code)
    return {p: c for p, c in carriers.items() if len(c) > 1}


def check_variants(index: MunicipalityIndex, names: dict[str, str], counties: dict[str, str], country: str
                   ) -> Iterator[tuple[str, str, str, str]]:
    """(code, variant, outcome, detail) for every generated variant; outcome is ok | ambiguous | wrong."""
    shared = list(shared_names(names).values())
    for code, name in sorted(names.items()):
        for form in sorted(name_forms(name, country)) + sorted(county_forms(name, counties[code])):
            res = index.resolve_name(form)
            if res.ok and res.codes == [code]:
                yield code, form, "ok", ""
            elif (res.kind == "ambiguous" and set(res.codes) in shared and code in res.codes
                  and all(c in res.note for c in res.codes)):
                yield code, form, "ambiguous", res.note
            else:
                yield code, form, "wrong", f"{res.kind} {res.codes} {res.note}"


@pytest.fixture(scope="module")
def dk_index(tmp_path_factory: pytest.TempPathFactory, mirror_dk: Path) -> MunicipalityIndex:
    from cli.commands.core import fetch_country
    from registers.store import Store

    root = tmp_path_factory.mktemp("store-dk-names")
    fetch_country(Store(root), "dk", str(mirror_dk))
    return MunicipalityIndex.from_store(Store(root), "dk")


def test_every_norwegian_variant_resolves_to_its_own_municipality(no_index: MunicipalityIndex, mirror_no: Path):
    names = klass_names(mirror_no)
    assert len(names) == 357
    counties = {c: no_index.county_names[c[:2]] for c in names}
    results = list(check_variants(no_index, names, counties, "no"))
    wrong = [r for r in results if r[2] == "wrong"]
    assert not wrong, wrong[:10]
    ambiguous = {r[1] for r in results if r[2] == "ambiguous"}
    # only forms without a county; the official name ("Herøy (Nordland)") and county forms always resolve
    assert ambiguous and not any(re.search(r"[(,]| i ", f) for f in ambiguous)
    assert not ambiguous & set(names.values())


def test_every_parallel_name_part_in_klass_resolves_alone_and_whole(no_index: MunicipalityIndex, mirror_no: Path):
    names = klass_names(mirror_no)
    parallel = {c: n for c, n in names.items() if PARALLEL.search(n)}
    assert len(parallel) >= 20  # Sami, Kven and Norwegian parallel names in Nordland, Trøndelag, Troms, Finnmark
    for code, name in parallel.items():
        parts = PARALLEL.split(name)
        for form in (name, " - ".join(reversed(parts)), "-".join(parts), *parts):
            assert no_index.resolve_name(form).codes == [code], form


def test_every_danish_variant_resolves_to_its_own_municipality(dk_index: MunicipalityIndex, reference: Path):
    rows = dawa_list(reference)
    assert len(rows) == 98
    names = {r["kode"]: r["navn"] for r in rows}
    counties = {r["kode"]: r["regionsnavn"] for r in rows}
    results = list(check_variants(dk_index, names, counties, "dk"))
    wrong = [r for r in results if r[2] != "ok"]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(("text", "code"), [
    ("Kvam herad", "4622"), ("Ullensvang herad", "4618"), ("Bodø Kommune", "1804"),
    ("Nes (Akershus)", "3228"), ("Nes i Akershus", "3228"), ("Nes, Akershus", "3228"),
    ("Våler i Østfold", "3114"), ("Våler i Hedmark", "3419"), ("Herøy i Møre og Romsdal", "1515"),
    ("Herøy, Nordland fylke", "1818"), ("Aurskog Høland", "3226"), ("Nord Aurdal", "3451"),
    ("Sør Varanger", "5605"), ("Aal", "3328"), ("Aasnes", "3418"), ("Karasjok", "5610"),
    ("Kárášjohka - Karasjok", "5610"), ("Tana", "5628"), ("Deatnu - Tana", "5628"), ("Snåsa", "5041"),
    ("Trondheim - Tråante", "5001"), ("Baerum", "3201"),
])
def test_the_issues_norwegian_examples(no_index: MunicipalityIndex, text: str, code: str):
    res = no_index.resolve_name(text)
    assert (res.kind, res.codes) == ("name", [code]), res.note


@pytest.mark.parametrize(("text", "code"), [
    ("Københavns Kommune", "0101"), ("Bornholms Regionskommune", "0400"), ("Høje Taastrup", "0169"),
    ("Fåborg-Midtfyn", "0430"), ("Århus", "0751"), ("Aarhus", "0751"), ("Aabenraa Kommune", "0580"),
    ("Frederiksberg, Region Hovedstaden", "0147"), ("Høje-Taastrup i Hovedstaden", "0169"), ("Koebenhavn", "0101"),
])
def test_the_issues_danish_examples(dk_index: MunicipalityIndex, text: str, code: str):
    res = dk_index.resolve_name(text)
    assert (res.kind, res.codes) == ("name", [code]), res.note


@pytest.mark.parametrize("text", ["Høland", "Aurdal", "Telemark", "Nord", "Bodo", "Kobenhavn"])
def test_parts_of_compound_names_and_lossy_ascii_are_not_guessed(no_index: MunicipalityIndex,
                                                                 dk_index: MunicipalityIndex, text: str):
    index = dk_index if text == "Kobenhavn" else no_index
    res = index.resolve_name(text)
    assert res.codes == [] and res.kind == "unknown", (res.kind, res.codes)


@pytest.mark.parametrize(("index_name", "text", "suggested"), [
    ("no", "Bodo", "1804"), ("no", "Tromso", "5501"), ("no", "Kautokeno", "5612"),
    ("dk", "Kobenhavn", "0101"), ("dk", "Hoje Tastrup", "0169"),
])
def test_what_does_not_resolve_gets_a_suggestion_never_applied(no_index: MunicipalityIndex,
                                                               dk_index: MunicipalityIndex, index_name: str,
                                                               text: str, suggested: str):
    index = no_index if index_name == "no" else dk_index
    assert suggested in index.suggest(text)


def test_a_county_that_does_not_hold_the_name_is_not_cut_off_silently(no_index: MunicipalityIndex):
    res = no_index.resolve_name("Våler i Nordland")
    assert res.codes == [] and res.kind == "unknown" and "Våler" in res.note


def test_the_danish_register_frame_and_the_dawa_list_agree(dk_index: MunicipalityIndex, reference: Path):
    rows = pd.DataFrame(dawa_list(reference))
    assert set(rows["kode"]) == dk_index.valid_codes
