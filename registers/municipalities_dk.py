"""Build and validate the Danish base registers: 98 kommuner in 5 regions, FOLK1A population, borders.

Load inputs (DAGI/DAWA municipality polygons with region fields, FOLK1A population, optional indicators) ->
process (drop Christiansø, check that boundaries and population name the same municipalities, check population
sums against the national total, simplify borders as a coverage, dissolve regions) -> datasets ready for
:meth:`Store.write_dataset`, each with its provenance. :func:`fetch_dk` writes them under the store's lock.

The register has the uniform columns of both countries: for Denmark ``fylkesnummer`` holds the DAWA region code
("1081"-"1085") and ``fylkesnavn`` the region name ("Region Hovedstaden").

Christiansø (0411) is in DAWA (flagged ``udenforkommuneinddeling``), in the DAGI file and in FOLK1A's national
total, but it lies outside the municipal division (administered by the state), so it is left out everywhere and
the 98 municipalities sum to "Hele landet" minus Christiansø's population (about 90 people).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import pandas as pd

from base.errors import AtlasError, Problem
from base.i18n import Msg, fmt_int
from registers import geo
from registers.checks import Dataset, validate_municipality_register
from sources import dk as src
from sources.reference import folk1a_national_totals
from sources.source_file import SourceFile

CHRISTIANSOE = src.CHRISTIANSOE
CODE_VINTAGE = "2007"  # kommunalreformen 1 January 2007: 98 kommuner, 5 regioner; codes unchanged since
REGION_CODES = ("1081", "1082", "1083", "1084", "1085")
# Christiansø had about 90 inhabitants in 2025-2026 (the differences in the mirror's notes). A larger gap between
# "Hele landet" and the sum of the municipalities means a municipality is missing or double-counted.
MAX_OUTSIDE_MUNICIPALITIES = 150

# National totals (FOLK1A "Hele landet", 1 January) used only when a population file has no such row itself:
# the mirror's extract does not carry it. The figures and where they are quoted from: data/reference/.
FOLK1A_NATIONAL_REFERENCE: dict[int, tuple[int, str]] = folk1a_national_totals()

OUTSIDE_NOTE = ("Christiansø (0411) er utelatt: øya ligger utenfor den kommunale inndelingen (DAWA: "
                "udenforkommuneinddeling = true) og er ingen kommune. Den er med i Danmarks Statistiks tall for "
                "hele landet (rundt 90 innbyggere), derfor er summen av de 98 kommunene litt lavere.")




def _meta(f: SourceFile, code_vintage: str = CODE_VINTAGE, **extra: Any) -> dict[str, Any]:
    return f.meta(code_vintage, **extra)


# ---------------------------------------------------------------------- municipalities and regions
def municipality_frame(areas: gpd.GeoDataFrame, listing: pd.DataFrame | None = None
                       ) -> tuple[gpd.GeoDataFrame, list[dict[str, str]]]:
    """Drop what lies outside the municipal division and check codes and regions.

    ``areas`` from :func:`~sources.dk.read_dk_municipality_geojson`; ``listing`` (DAWA
    ``struktur=flad``) when given supplies current names, regions and visual centres and must list the same
    municipalities. Returns the municipalities and the excluded areas (code, name, reason)."""
    gdf = areas.copy()
    if listing is not None:
        lst = listing.set_index("kommunenummer")
        only_geo = sorted(set(gdf["kommunenummer"]) - set(lst.index))
        only_list = sorted(set(lst.index) - set(gdf["kommunenummer"]))
        if only_geo or only_list:
            raise AtlasError(Msg("mdk.err.geo_vs_list", only_geo=str(only_geo[:10]), only_list=str(only_list[:10])))
        for col in ("kommunenavn", "regionskode", "regionsnavn", "udenfor", "visueltcenter_x", "visueltcenter_y"):
            from_list = gdf["kommunenummer"].map(lst[col])
            gdf[col] = from_list.where(from_list.notna(), gdf[col]) if col != "udenfor" else (
                from_list.astype(bool) | gdf[col].astype(bool))
    outside = gdf["udenfor"].astype(bool) | (gdf["kommunenummer"] == CHRISTIANSOE)
    excluded = [{"kommunenummer": c, "kommunenavn": n,
                 "reason": "udenforkommuneinddeling" if flag else "kode 0411 (Christiansø)"}
                for c, n, flag in zip(gdf.loc[outside, "kommunenummer"], gdf.loc[outside, "kommunenavn"],
                                      gdf.loc[outside, "udenfor"], strict=True)]
    gdf = gdf[~outside].reset_index(drop=True)
    problems: list[Problem] = []
    if gdf["regionskode"].isna().any():
        missing = gdf.loc[gdf["regionskode"].isna(), "kommunenummer"].tolist()
        raise AtlasError(Msg("mdk.err.no_region_fields", codes=', '.join(missing[:10])))
    for row in gdf.itertuples(index=False):
        if row.regionskode not in REGION_CODES:
            problems.append(Problem(Msg("mdk.err.region_code"), column="regionskode",
                                    value=f"{row.kommunenummer}: {row.regionskode}"))
        if not row.kommunenavn:
            problems.append(Problem(Msg("mdk.err.no_name"), column="navn", value=row.kommunenummer))
    region_names = gdf.groupby("regionskode")["regionsnavn"].agg(lambda s: sorted(set(s.dropna())))
    for code, names in region_names.items():
        if len(names) != 1:
            problems.append(Problem(Msg("mdk.err.region_names", n=len(names), names=str(names)), column="regionsnavn",
                                    value=str(code)))
    if problems:
        raise AtlasError(Msg("mdk.err.division_failed"), problems=problems)
    return gdf, excluded


# ---------------------------------------------------------------------- population
@dataclass
class PopulationCheck:
    """One sum check: the municipalities' sum against the national total for one year."""

    aar: int
    sum_kommuner: int
    hele_landet: int | None
    christiansoe: int | None
    difference: int | None
    basis: str  # what the sum was checked against
    ok: bool

    def as_dict(self) -> dict[str, Any]:
        return {"aar": self.aar, "sum_kommuner": self.sum_kommuner, "hele_landet": self.hele_landet,
                "christiansoe": self.christiansoe, "differanse": self.difference, "grunnlag": self.basis,
                "ok": self.ok}


def check_population_sums(per_kommune: pd.DataFrame, national: dict[int, int], christiansoe: dict[int, int],
                          regions: dict[tuple[str, int], int], region_of: dict[str, str],
                          reference: dict[int, tuple[int, str]] | None = None) -> list[PopulationCheck]:
    """Check, for every year, that the municipalities add up to the national total.

    Exact when the source has both "Hele landet" and Christiansø (sum + Christiansø == Hele landet); otherwise the
    gap must lie between 0 and :data:`MAX_OUTSIDE_MUNICIPALITIES`. Without a national row in the source the
    published totals in ``reference`` are used, and a year with neither is reported as unchecked. Region rows,
    when present, must equal the sum of their municipalities (plus Christiansø for Hovedstaden)."""
    reference = FOLK1A_NATIONAL_REFERENCE if reference is None else reference
    checks: list[PopulationCheck] = []
    problems: list[Problem] = []
    for year, grp in per_kommune.groupby("aar"):
        total = int(grp["befolkning"].sum())
        y = int(year)
        chr_ = christiansoe.get(y)
        if y in national:
            nat, basis = national[y], "«Hele landet» i kildefilen"
        elif y in reference:
            nat, basis = reference[y][0], reference[y][1]
        else:
            checks.append(PopulationCheck(y, total, None, chr_, None, "ikke kontrollert: ingen landstotal", True))
            continue
        diff = nat - total
        if chr_ is not None and y in national:
            ok = diff == chr_
            basis += " (eksakt: kommunene + Christiansø)"
        else:
            ok = 0 <= diff <= MAX_OUTSIDE_MUNICIPALITIES
        checks.append(PopulationCheck(y, total, nat, chr_, diff, basis, ok))
        if not ok:
            problems.append(Problem(
                Msg("mdk.err.sum_vs_national", year=y, total=total, national=nat, diff=diff,
                    expected=f"={chr_}" if chr_ is not None else f"0-{MAX_OUTSIDE_MUNICIPALITIES}"),
                value=str(y)))
        for region in sorted(set(region_of.values())):
            if (region, y) not in regions:
                continue
            r_sum = int(grp.loc[grp["kommunenummer"].map(region_of) == region, "befolkning"].sum())
            expected = regions[(region, y)] - ((chr_ or 0) if region == "1084" else 0)
            if region == "1084" and chr_ is None:
                ok_r = 0 <= expected - r_sum <= MAX_OUTSIDE_MUNICIPALITIES
            else:
                ok_r = expected == r_sum
            if not ok_r:
                problems.append(Problem(Msg("mdk.err.region_sum", region=region, population=regions[(region, y)],
                                            year=y, total=r_sum), value=region))
    if problems:
        raise AtlasError(Msg("mdk.err.population_mismatch"), problems=problems)
    return checks


def combine_population(files: list[tuple[SourceFile, src.Folk1a]], codes: set[str]
                       ) -> tuple[pd.DataFrame, dict[int, int], dict[int, int], dict[tuple[str, int], int],
                                  list[str], list[str]]:
    """1 January population from every file that covers all ``codes`` for a year.

    Returns (population frame (kommunenummer, aar, befolkning, kilde), national, christiansoe, regions,
    titles of the files used, notes on files or years not used). Earlier files win for a year they share."""
    frames: list[pd.DataFrame] = []
    national: dict[int, int] = {}
    chr_: dict[int, int] = {}
    regions: dict[tuple[str, int], int] = {}
    used: list[str] = []
    notes: list[str] = []
    have_years: set[int] = set()
    for f, parsed in files:
        jan = parsed.first_of_year()
        jan = jan[jan["kommunenummer"].isin(codes)]
        complete = sorted(int(y) for y, g in jan.groupby("aar") if set(g["kommunenummer"]) == codes)
        if not complete:
            covered = jan["kommunenummer"].nunique()
            notes.append(Msg("mdk.note.partial_file", file=os.path.basename(f.origin), covered=covered,
                             n=len(codes)))
            continue
        new_years = [y for y in complete if y not in have_years]
        if not new_years:
            continue
        part = jan[jan["aar"].isin(new_years)].copy()
        part["kilde"] = f"{f.title} ({os.path.basename(f.origin) if f.origin != 'online' else f.url})"
        frames.append(part)
        have_years.update(new_years)
        used.append(f.title)
        unknown = sorted(set(parsed.kommuner["kommunenummer"]) - codes - {CHRISTIANSOE})
        if unknown:
            notes.append(Msg("mdk.note.unknown_codes", file=os.path.basename(f.origin),
                             codes=", ".join(unknown[:10])))
        for p, v in parsed.national.items():
            if src._is_first_of_year(p) and int(p[:4]) in new_years:
                national[int(p[:4])] = v
        for p, v in parsed.christiansoe.items():
            if src._is_first_of_year(p) and int(p[:4]) in new_years:
                chr_[int(p[:4])] = v
        for (r, p), v in parsed.regions.items():
            if src._is_first_of_year(p) and int(p[:4]) in new_years:
                regions[(r, int(p[:4]))] = v
    if not frames:
        raise AtlasError(Msg("mdk.err.no_population", n=len(codes), notes=Msg.join(*notes)))
    pop = pd.concat(frames, ignore_index=True).sort_values(["aar", "kommunenummer"]).reset_index(drop=True)
    pop["aar"] = pop["aar"].astype("int64")
    pop["befolkning"] = pop["befolkning"].astype("int64")
    return pop[["kommunenummer", "aar", "befolkning", "kilde"]], national, chr_, regions, used, notes


# ---------------------------------------------------------------------- the whole build
def build_dk(sources: src.DkSources) -> tuple[list[Dataset], list[str]]:
    """Read every Danish source and return the datasets to store and notes for the user (nothing is written)."""
    # ---- Load inputs
    f_geo = sources.municipality_areas()
    areas = src.read_dk_municipality_geojson(f_geo.data, f_geo.origin)
    f_list = sources.municipality_list()
    listing = src.read_dawa_kommuner_json(f_list.data, f_list.origin) if f_list else None
    kommuner, excluded = municipality_frame(areas, listing)
    codes = set(kommuner["kommunenummer"])
    names = dict(zip(kommuner["kommunenummer"], kommuner["kommunenavn"], strict=True))
    region_of = dict(zip(kommuner["kommunenummer"], kommuner["regionskode"], strict=True))

    pop_files = [(f, src.read_folk1a(f.data, f.origin, names)) for f in sources.population()]
    population, national, chr_, regions, used, notes = combine_population(pop_files, codes)
    checks = check_population_sums(population, national, chr_, regions, region_of)
    latest = int(population["aar"].max())
    latest_pop = population[population["aar"] == latest].set_index("kommunenummer")["befolkning"]

    # ---- The register: uniform columns; areas and points from the source polygons
    base = pd.DataFrame({
        "kommunenummer": kommuner["kommunenummer"],
        "kommunenavn": kommuner["kommunenavn"],
        "fylkesnummer": kommuner["regionskode"],
        "fylkesnavn": kommuner["regionsnavn"],
    })
    base["befolkning"] = base["kommunenummer"].map(latest_pop).astype("int64")
    base["befolkning_aar"] = latest
    base["areal_km2"] = geo.areas_km2(kommuner).round(1).to_numpy()
    lat, lon = geo.representative_points(kommuner)
    cx = pd.to_numeric(kommuner["visueltcenter_x"], errors="coerce").astype("float64")
    cy = pd.to_numeric(kommuner["visueltcenter_y"], errors="coerce").astype("float64")
    has_centre = cx.notna() & cy.notna()
    base["lat"] = cy.round(5).where(has_centre, lat).to_numpy()
    base["lon"] = cx.round(5).where(has_centre, lon).to_numpy()
    _validate_register(base)

    # ---- Web layers: simplified as a coverage (shared edges kept), regions dissolved from the municipalities
    web = geo.simplify_coverage(kommuner[["kommunenummer", "kommunenavn", "regionskode", "regionsnavn",
                                          "geometry"]])
    web = web.rename(columns={"regionskode": "fylkesnummer", "regionsnavn": "fylkesnavn"})
    regions_web = geo.dissolve_by(web, "fylkesnummer")
    regions_web["fylkesnavn"] = regions_web["fylkesnummer"].map(
        dict(zip(base["fylkesnummer"], base["fylkesnavn"], strict=False)))
    nb = geo.neighbours(kommuner, "kommunenummer")

    # ---- Provenance
    pop_f = next(f for f, _ in pop_files if f.title in used)
    excluded_txt = [f"{e['kommunenummer']} {e['kommunenavn']} ({e['reason']})" for e in excluded]
    sum_latest = int(latest_pop.sum())
    check_dicts = [c.as_dict() for c in checks]
    geo_extra = {"excluded": excluded_txt, "excluded_note": OUTSIDE_NOTE}
    datasets = [
        Dataset("kommuner_geo", geo.compact_geojson(web, ["kommunenummer", "kommunenavn", "fylkesnummer",
                                                          "fylkesnavn"]),
                _meta(f_geo, rows=len(web), simplified="shapely.coverage_simplify (delte grenser beholdt), "
                      f"toleranse {geo.DEFAULT_TOLERANCE_DEG} grader, 4 desimaler", **geo_extra), "geojson"),
        Dataset("fylker_geo", geo.compact_geojson(regions_web, ["fylkesnummer", "fylkesnavn"]),
                _meta(f_geo, title="Regioner (satt sammen av kommuneflatene)", rows=len(regions_web),
                      level="region", **geo_extra), "geojson"),
        Dataset("neighbours", nb, _meta(f_geo, title="Nabokommuner (felles landgrense)",
                                        note=("Naboskap er felles grense på land i grensefilen; øykommuner uten "
                                              "landgrense (f.eks. Læsø, Samsø, Fanø, Ærø, Bornholm) har ingen "
                                              "naboer her. " + (f_geo.note or "")).strip())),
        Dataset("population", population,
                _meta(pop_f, years=sorted(int(y) for y in population["aar"].unique()), used=used,
                      population_checks=check_dicts, excluded_note=OUTSIDE_NOTE,
                      definition="Folketal 1. januar (1. kvartal i FOLK1A)")),
        Dataset("municipalities", base, {
            "publisher": f"{f_geo.publisher}; {pop_f.publisher}",
            "title": "Danske kommuner med region, folketal (FOLK1A) og areal (DAGI)",
            "url": f_geo.url, "licence": f"DAGI: {f_geo.licence}. FOLK1A: {pop_f.licence}",
            "retrieved": f_geo.retrieved, "code_vintage": CODE_VINTAGE, "origin": f_geo.origin,
            "sources": [_meta(f_geo), _meta(pop_f)] + ([_meta(f_list)] if f_list else []),
            "population_year": latest, "population_sum": sum_latest, "population_checks": check_dicts,
            "excluded": excluded_txt, "excluded_note": OUTSIDE_NOTE, "region_columns":
                "fylkesnummer = DAWA regionskode (1081-1085), fylkesnavn = regionsnavn",
            "area_note": "Areal beregnet fra grensefilens flater (EPSG:3035); for DAGI 2014 1:500 000 er det "
                         "landareal med grov kystlinje.",
            "point_note": "DAWAs visuelle center når kilden har det, ellers et punkt inne i kommuneflaten.",
        }),
    ]
    for key, f in sources.indicators().items():
        reader = src.read_idrakt02_extract if key == "idrakt02" else src.read_regk31_extract
        df = reader(f.data, f.origin)
        missing = sorted(codes - set(df["kommunenummer"]))
        extra = sorted(set(df["kommunenummer"]) - codes)
        if extra:
            notes.append(Msg("mdk.note.not_municipalities", file=os.path.basename(f.origin),
                             codes=", ".join(extra[:10])))
            df = df[df["kommunenummer"].isin(codes)]
        if missing:
            notes.append(Msg("mdk.note.missing", file=os.path.basename(f.origin), n=len(missing),
                             codes=", ".join(missing[:5])))
        name = "idraet_medlemskab" if key == "idrakt02" else "foreningsudgifter"
        year = 2025 if key == "idrakt02" else None
        datasets.append(Dataset(name, df.reset_index(drop=True), _meta(
            f, indicator=True, year=year, year_note=None if year else "regnskapsår UNVERIFIED (2024 eller 2025)")))

    notes = list(notes)
    if excluded_txt:
        notes.append(Msg("mdk.note.excluded", names=", ".join(excluded_txt)))
    for c in checks:
        if c.hele_landet is not None:
            notes.append(Msg("mdk.note.population_check", year=c.aar, n=len(codes), total=fmt_int(c.sum_kommuner),
                             national=fmt_int(c.hele_landet), diff=c.difference, basis=c.basis))
        else:
            notes.append(Msg("mdk.note.population_unchecked", year=c.aar, n=len(codes), total=fmt_int(c.sum_kommuner)))
    return datasets, notes


def _validate_register(df: pd.DataFrame) -> None:
    validate_municipality_register(df, Msg("checks.dk.duplicates"), Msg("checks.dk.digits"))
