"""Build and validate the Norwegian base registers from the official sources, normalised to the 2024 structure.

Load inputs (KLASS codes and changes, county and municipality boundaries, SSB 07459 population) -> process
(check that the sources agree on the 357 municipalities and 15 counties, map old population codes to 2024, simplify
borders as a coverage) -> datasets ready for :meth:`Store.write_dataset`, each with its provenance.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from base.errors import AtlasError, Problem
from base.i18n import Msg
from base.provenance import now_iso
from registers import geo
from registers.checks import Dataset, validate_municipality_register
from registers.municipalities import MunicipalityIndex, name_variants
from sources import no as src
from sources.source_file import SourceFile

EXPECTED_MUNICIPALITIES = 357  # from 1 January 2024 (KLASS 131 version 1710)
EXPECTED_COUNTIES = 15
CODE_VINTAGE = "2024"




def _meta(f: SourceFile, retrieved: str, code_vintage: str = CODE_VINTAGE, **extra: Any) -> dict[str, Any]:
    return f.meta(code_vintage, retrieved, **extra)


def population_to_2024(pop: pd.DataFrame, index: MunicipalityIndex) -> tuple[pd.DataFrame, list[Problem]]:
    """Recode population rows (code, year, population) to 2024 codes.

    A code that maps to one 2024 code is added to it (merged municipalities sum correctly). A code that split
    (1507 Ålesund in 2020-2023) cannot be divided honestly, so the successors get no figure for those years, and
    that is reported."""
    notes: list[Problem] = []
    out: dict[tuple[str, int], int] = {}
    incomplete: set[tuple[str, int]] = set()
    for row in pop.itertuples(index=False):
        targets = index.map_code(row.code)
        if len(targets) == 1:
            key = (targets[0], int(row.year))
            out[key] = out.get(key, 0) + int(row.population)
        elif len(targets) > 1:
            incomplete.update((t, int(row.year)) for t in targets)
            notes.append(Problem(Msg("mno.warn.split_population", code=row.code, year=row.year, targets=list(targets)),
                                 severity="warning"))
        else:
            notes.append(Problem(Msg("mno.warn.region_code_dropped", code=row.code, year=row.year),
                                 severity="warning"))
    rows = [{"kommunenummer": c, "aar": y, "befolkning": v} for (c, y), v in sorted(out.items())
            if (c, y) not in incomplete]
    return pd.DataFrame(rows, columns=["kommunenummer", "aar", "befolkning"]), notes


def build_no(sources: src.NoSources, retrieved: str | None = None) -> tuple[list[Dataset], list[Problem]]:
    """Read every Norwegian source and return the datasets to store (nothing is written here)."""
    retrieved = retrieved or now_iso()
    # ---- Load inputs
    f_codes, f_changes = sources.klass_codes(), sources.klass_changes()
    f_munigeo, f_countygeo = sources.municipality_areas(), sources.county_areas()
    f_pop = sources.population()
    codes = src.read_klass_codes(f_codes.data)
    changes = src.read_klass_changes(f_changes.data)
    munigeo = src.read_areas(f_munigeo.data, "Kommune", "kommunenummer", ("kommunenavn", "name", "navn"),
                             f_munigeo.origin)
    countygeo = src.read_areas(f_countygeo.data, "Fylke", "fylkesnummer",
                               ("fylkesnavn", "administrativenhetnavn", "name", "navn"), f_countygeo.origin)

    # ---- Check that the sources agree
    klass_set, geo_set = set(codes["code"]), set(munigeo["code"])
    if len(klass_set) != EXPECTED_MUNICIPALITIES:
        raise AtlasError(Msg("mno.err.klass_count", n=len(klass_set), expected=EXPECTED_MUNICIPALITIES),
                         file=f_codes.origin)
    if klass_set != geo_set:
        raise AtlasError(
            Msg("mno.err.klass_vs_geo", only_klass=str(sorted(klass_set - geo_set)[:10]),
                only_geo=str(sorted(geo_set - klass_set)[:10])),
            file=f_munigeo.origin)
    counties = dict(zip(countygeo["code"], countygeo["name"], strict=True))
    county_codes = {c[:2] for c in klass_set}
    if len(county_codes) != EXPECTED_COUNTIES or not county_codes <= set(counties):
        raise AtlasError(Msg("mno.err.counties", codes=str(sorted(county_codes)), counties=str(sorted(counties))),
                         file=f_countygeo.origin)

    base = codes.rename(columns={"code": "kommunenummer", "name": "kommunenavn"})
    base["fylkesnummer"] = base["kommunenummer"].str[:2]
    base["fylkesnavn"] = base["fylkesnummer"].map(counties)
    index = MunicipalityIndex(base, changes, "no")

    # ---- Population, recoded to 2024
    frames = []
    for f in f_pop:
        df = src.read_jsonstat2(f.data) if f.origin.endswith(".json") or f.data[:1] == b"{" else \
            src.read_ssb_07459_csv(f.data, f.origin)
        df["kilde"] = f.origin
        frames.append(df)
    raw = pd.concat(frames, ignore_index=True)
    raw = raw.drop_duplicates(subset=["code", "year"], keep="first")
    population, notes = population_to_2024(raw[["code", "year", "population"]], index)
    complete_years = [y for y, g in population.groupby("aar") if set(g["kommunenummer"]) == klass_set]
    if not complete_years:
        raise AtlasError(Msg("mno.err.no_population"))
    latest = max(complete_years)
    pop_latest = population[population["aar"] == latest].set_index("kommunenummer")["befolkning"]

    # ---- Geometry: areas and points from the source polygons, the web layer simplified as a coverage
    munigeo = munigeo.set_index("code").loc[base["kommunenummer"]].reset_index()
    base["befolkning"] = base["kommunenummer"].map(pop_latest).astype("int64")
    base["befolkning_aar"] = latest
    base["areal_km2"] = geo.areas_km2(munigeo).round(1).to_numpy()
    lat, lon = geo.representative_points(munigeo)
    base["lat"], base["lon"] = lat.to_numpy(), lon.to_numpy()
    kartverket_names = dict(zip(munigeo["code"], munigeo["name"], strict=True))
    base["navn_varianter"] = [
        sorted({kartverket_names.get(c, "")} - {"", n} - set())
        if not name_variants(kartverket_names.get(c, "")) <= name_variants(n) else []
        for c, n in zip(base["kommunenummer"], base["kommunenavn"], strict=True)]
    _validate_register(base)

    web = geo.simplify_coverage(munigeo)
    web = web.rename(columns={"code": "kommunenummer"})
    web["kommunenavn"] = web["kommunenummer"].map(dict(zip(base["kommunenummer"], base["kommunenavn"], strict=True)))
    web["fylkesnummer"] = web["kommunenummer"].str[:2]
    county_web = geo.dissolve_by(web, "fylkesnummer")
    county_web["fylkesnavn"] = county_web["fylkesnummer"].map(counties)
    nb = geo.neighbours(munigeo.rename(columns={"code": "kommunenummer"}), "kommunenummer")

    n_years = sorted(population["aar"].unique().tolist())
    datasets = [
        Dataset("municipalities", base, _meta(f_codes, retrieved, derived_from=[f_codes.title, f_countygeo.title,
                                                                                f_pop[-1].title, f_munigeo.title],
                                              population_year=int(latest))),
        Dataset("code_changes", changes, _meta(f_changes, retrieved)),
        Dataset("population", population.assign(kilde="SSB 07459"),
                _meta(f_pop[-1], retrieved, years=[int(y) for y in n_years],
                      note="Omkodet til 2024-inndelingen; 1508 Ålesund og 1580 Haram mangler tall før 2024 "
                           "fordi 1507 Ålesund ble delt.")),
        Dataset("neighbours", nb, _meta(f_munigeo, retrieved, title="Nabokommuner (felles grense)")),
        Dataset("kommuner_geo", geo.compact_geojson(web, ["kommunenummer", "kommunenavn", "fylkesnummer"]),
                _meta(f_munigeo, retrieved, rows=len(web), simplified="shapely.coverage_simplify, 4 desimaler"),
                "geojson"),
        Dataset("fylker_geo", geo.compact_geojson(county_web, ["fylkesnummer", "fylkesnavn"]),
                _meta(f_countygeo, retrieved, rows=len(county_web), note="Fylkesgrenser satt sammen av kommunene."),
                "geojson"),
    ]
    ref = sources.policy_reference()
    if ref is not None:
        datasets.append(Dataset("policy_reference", ref.data, _meta(ref, retrieved, code_vintage="–",
                                                                     rows=ref.data.count(b"\n") - 1), "csv"))
    ref_county = sources.policy_reference_county()
    if ref_county is not None:
        datasets.append(Dataset("policy_reference_county", ref_county.data,
                                _meta(ref_county, retrieved, code_vintage="2024",
                                      rows=ref_county.data.count(b"\n") - 1), "csv"))
    return datasets, notes


def _validate_register(df: pd.DataFrame) -> None:
    validate_municipality_register(df, Msg("checks.no.duplicates"), Msg("checks.no.digits"),
                                   missing_county_message=Msg("checks.no.missing_county"))
