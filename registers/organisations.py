"""The organisation register (voluntary organisations in Brønnøysundregistrene) and its analytics.

:func:`build_register` applies the register's rules to what :mod:`sources.brreg` read:

* only units registered in Frivillighetsregisteret count; deleted units (``slettedato``, or a Frivillighetsregisteret
  record with a deleted status) are left out;
* municipality = the business address (``forretningsadresse.kommunenummer``), else the postal address; 2020–2023
  codes are mapped to 2024 through :meth:`MunicipalityIndex.map_code`. A business address on Svalbard/Jan Mayen
  (21xx/22xx) or abroad decides: the organisation is *outside*. A business address without a usable code (none, or
  one that is no municipality) falls back to the postal address. A code that was split in 2024 (1507 Ålesund) is
  placed only if the postal address picks one of its successors. Whatever cannot be placed is kept as *outside*
  with a reason (``svalbard``, ``jan_mayen``, ``sokkel``, ``utland``, ``ingen_adresse``, ``ukjent_kode``,
  ``delt_kode``) - never dropped silently;
* organisation numbers are checked (mod 11, weights 3 2 7 6 5 4 3 2); an invalid one is left out and reported by
  number; the same number twice is counted once (the first occurrence is kept).

The analytics on the register (counts per municipality, ICNPO breakdowns, peers) are in
:mod:`analytics.organisations`. Names are outside input: use :func:`escape` (``html.escape``) wherever a name goes
into HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import pandas as pd

from base.errors import AtlasError, Problem
from base.i18n import Msg, fmt_int
from sources.brreg import ReadResult, orgnr_valid

OSLO = "0301"
#: A rate per 1 000 resting on fewer organisations than this is flagged (relative standard error of a Poisson
#: count above 1/sqrt(20) ≈ 22 %).
MIN_ORGS_FOR_RATE = 20
OUTSIDE_REASONS = ("svalbard", "jan_mayen", "sokkel", "utland", "ingen_adresse", "ukjent_kode", "delt_kode")
_NON_MUNICIPAL = {"21": "svalbard", "22": "jan_mayen", "23": "sokkel"}
NO_CATEGORY = "uten"  # the ICNPO "code" of organisations without a category

COLUMNS = ["organisasjonsnummer", "navn", "organisasjonsform", "naeringskode1", "kommunenummer", "plassering",
           "utenfor_grunn", "kilde_kommunenummer", "registreringsdato_frr", "forste_gang_innfort",
           "stiftelsesdato", "registreringsdato_er", "icnpo", "icnpo_primaer"]


class CodeMapper(Protocol):
    """What the register needs from :class:`registers.municipalities.MunicipalityIndex`."""

    valid_codes: set[str]

    def map_code(self, code: str) -> list[str]: ...


@dataclass
class BuildResult:
    """The register frame and a report of what the rules did (for the import message and provenance)."""

    frame: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)


def escape(text: Any) -> str:
    """A name (outside input) made safe for HTML: ``<img src=x onerror=alert(1)>`` is shown as text."""
    return html.escape("" if text is None else str(text), quote=True)


# ---------------------------------------------------------------------- placement
def place(unit: dict[str, Any], index: CodeMapper) -> tuple[str, str, str, str]:
    """(kommunenummer, plassering, utenfor_grunn, kilde_kommunenummer) for one slim unit; see module docstring."""
    if unit.get("soek_kommunenummer"):
        code = unit["soek_kommunenummer"]
        mapped = index.map_code(code)
        if len(mapped) == 1:
            return mapped[0], "soek", "", code
        return "", "utenfor", "delt_kode" if mapped else "ukjent_kode", code
    split: tuple[str, list[str]] | None = None
    unusable = ""
    for which, p in (("forretningsadresse", "f"), ("postadresse", "p")):
        if not unit.get(f"{p}_finnes") and not unit.get(f"{p}_kommunenummer"):
            continue
        code = str(unit.get(f"{p}_kommunenummer") or "").strip()
        land = str(unit.get(f"{p}_landkode") or "").strip().upper()
        if code:
            if len(code) == 3 and code.isdigit():
                code = code.zfill(4)
            reason = _NON_MUNICIPAL.get(code[:2]) if len(code) == 4 and code not in index.valid_codes else None
            if reason:
                return "", "utenfor", reason, code
            mapped = index.map_code(code)
            if split is not None:  # the business address had a split code: accept only one of its successors
                if len(mapped) == 1 and mapped[0] in split[1]:
                    return mapped[0], which, "", code
                return "", "utenfor", "delt_kode", split[0]
            if len(mapped) == 1:
                return mapped[0], which, "", code
            if len(mapped) > 1:
                split = (code, mapped)
                continue
            unusable = unusable or code
            continue
        if land and land != "NO":
            if split is not None:
                return "", "utenfor", "delt_kode", split[0]
            return "", "utenfor", "utland", ""
    if split is not None:
        return "", "utenfor", "delt_kode", split[0]
    if unusable:
        return "", "utenfor", "ukjent_kode", unusable
    return "", "utenfor", "ingen_adresse", ""


# ---------------------------------------------------------------------- building the register
def _icnpo_string(cats: Sequence[tuple[str, int, str]]) -> tuple[str, str]:
    codes: list[str] = []
    for code, _rank, _label in sorted(cats, key=lambda c: c[1]):
        if code not in codes:
            codes.append(code)
    primary = next((c for c, r, _ in cats if r == 1), "")
    return ",".join(codes), primary


def build_register(reads: ReadResult | Iterable[ReadResult], index: CodeMapper,
                   base: pd.DataFrame | None = None) -> BuildResult:
    """Apply the rules to one or more reads and return the register (one row per organisation).

    Units come from the reads that hold units (bulk, search page, CSVs); ICNPO categories and Frivillighetsregisteret
    dates from the reads that hold them (FRR API records, FRR CSV). If no read holds units, ``base`` (the register
    in use) receives the categories instead; with neither, the import is refused.
    """
    reads = [reads] if isinstance(reads, ReadResult) else list(reads)
    icnpo: dict[str, list[tuple[str, int, str]]] = {}
    frr: dict[str, dict[str, str]] = {}
    for r in reads:
        icnpo.update(r.icnpo)
        frr.update(r.frr)
    unit_reads = [r for r in reads if r.kind in ("bulk", "search_page", "enheter_csv", "frr_csv", "extract_csv")]
    files = ", ".join(r.file for r in reads)
    if not unit_reads:
        if base is None:
            raise AtlasError(Msg("org.err.categories_only"), file=files)
        return _join_onto_base(base, icnpo, frr, files)
    stats: dict[str, Any] = {"enheter_lest": sum(r.scanned for r in unit_reads), "ikke_i_frr": 0, "slettet": 0,
                             "ugyldig_orgnr": [], "duplikater": 0, "utenfor": dict.fromkeys(OUTSIDE_REASONS, 0)}
    problems: list[Problem] = [p for r in reads for p in r.problems]
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for r in unit_reads:
        kept_in_read = 0
        stats["ikke_i_frr"] += r.scanned - len(r.units)  # units the reader skipped (bulk, CSV: not in FRR)
        for u in r.units:
            if u.get("slettedato") or frr.get(u["organisasjonsnummer"], {}).get("slettet"):
                # a deleted unit is reported as deleted if it was (or may have been) in Frivillighetsregisteret
                stats["slettet" if u.get("frr") or not u.get("frr_kjent", True) else "ikke_i_frr"] += 1
                continue
            if not u.get("frr"):
                stats["ikke_i_frr"] += 1
                continue
            orgnr = str(u["organisasjonsnummer"]).replace(" ", "")
            if not orgnr_valid(orgnr):
                stats["ugyldig_orgnr"].append(orgnr)
                problems.append(Problem(Msg("org.warn.bad_orgnr"), file=r.file,
                                        row=u.get("posisjon") or None, column="organisasjonsnummer", value=orgnr,
                                        severity="warning"))
                continue
            if orgnr in seen:
                stats["duplikater"] += 1
                continue
            seen.add(orgnr)
            kept_in_read += 1
            kommune, how, reason, source_code = place(u, index)
            if reason:
                stats["utenfor"][reason] += 1
                if reason in ("ukjent_kode", "delt_kode"):
                    problems.append(Problem(
                        Msg("org.warn.unknown_code") if reason == "ukjent_kode" else
                        Msg("org.warn.split_code"), file=r.file, column="kommunenummer",
                        value=f"{source_code} (org.nr. {orgnr})", severity="warning"))
            codes, primary = _icnpo_string(icnpo.get(orgnr, []))
            info = frr.get(orgnr, {})
            rows.append({
                "organisasjonsnummer": orgnr, "navn": u.get("navn", ""), "organisasjonsform": u.get("organisasjonsform",
                                                                                                   ""),
                "naeringskode1": u.get("naeringskode1", ""), "kommunenummer": kommune, "plassering": how,
                "utenfor_grunn": reason, "kilde_kommunenummer": source_code,
                "registreringsdato_frr": u.get("registreringsdato_frr") or info.get("innfoertDato", ""),
                "forste_gang_innfort": info.get("foersteGangInnfoert", ""),
                "stiftelsesdato": u.get("stiftelsesdato", ""),
                "registreringsdato_er": u.get("registreringsdato_er", ""),
                "icnpo": codes, "icnpo_primaer": primary,
            })
        stats.setdefault("per_fil", {})[r.file] = kept_in_read
    if not rows:
        why = []
        if stats["ikke_i_frr"]:
            why.append(Msg("org.why.not_in_frr", n=stats["ikke_i_frr"]))
        if stats["slettet"]:
            why.append(Msg("org.why.deleted", n=stats["slettet"]))
        if stats["ugyldig_orgnr"]:
            why.append(Msg("org.why.bad_orgnr", n=len(stats["ugyldig_orgnr"])))
        detail = Msg.join(" (", Msg.join(*why, sep="; "), ")", sep="") if why else ""
        raise AtlasError(Msg("org.err.none_in_frr", detail=detail), file=files, problems=problems)
    frame = pd.DataFrame(rows, columns=COLUMNS).astype(str)
    stats["organisasjoner"] = len(frame)
    stats["plassert"] = int((frame["kommunenummer"] != "").sum())
    stats["med_icnpo"] = int((frame["icnpo"] != "").sum())
    return BuildResult(frame, problems, stats)


def _join_onto_base(base: pd.DataFrame, icnpo: dict[str, list[tuple[str, int, str]]],
                    frr: dict[str, dict[str, str]], files: str) -> BuildResult:
    frame = base.copy()
    hits = frame["organisasjonsnummer"].isin(icnpo.keys())
    if not hits.any():
        raise AtlasError(Msg("org.err.no_match"), file=files)
    pairs = [_icnpo_string(icnpo[o]) if o in icnpo else (c, p) for o, c, p in
             zip(frame["organisasjonsnummer"], frame["icnpo"], frame["icnpo_primaer"], strict=True)]
    frame["icnpo"] = [c for c, _ in pairs]
    frame["icnpo_primaer"] = [p for _, p in pairs]
    frame["forste_gang_innfort"] = [frr.get(o, {}).get("foersteGangInnfoert") or f for o, f in
                                    zip(frame["organisasjonsnummer"], frame["forste_gang_innfort"], strict=True)]
    deleted = frame["organisasjonsnummer"].map(lambda o: bool(frr.get(o, {}).get("slettet")))
    frame = frame[~deleted].reset_index(drop=True)
    stats = {"organisasjoner": len(frame), "plassert": int((frame["kommunenummer"] != "").sum()),
             "med_icnpo": int((frame["icnpo"] != "").sum()), "icnpo_knyttet": int(hits.sum()),
             "slettet": int(deleted.sum()), "icnpo_uten_treff": len(set(icnpo) - set(base["organisasjonsnummer"]))}
    return BuildResult(frame, [], stats)


# ---------------------------------------------------------------------- import and store
REGISTER = "organisations"
CATEGORIES_DATASET = "icnpo_categories"
CODE_VINTAGE = "2024"
_UNIT_KINDS = ("bulk", "search_page", "enheter_csv", "frr_csv", "extract_csv")
_KIND_NB = {k: Msg(f"org.kind.{k}") for k in ("bulk", "search_page", "enheter_csv", "frr_csv", "frr_api",
                                              "extract_csv", "icnpo_list")}
_REASON_NB = {k: Msg(f"org.reason.{k}") for k in ("svalbard", "jan_mayen", "sokkel", "utland", "ingen_adresse",
                                                "ukjent_kode", "delt_kode")}


@dataclass
class OrgReport:
    """What an import or fetch found, shown before (Data page) or after (command line) anything is written."""

    files: list[str]
    read_as: list[str]
    stats: dict[str, Any]
    problems: list[Problem]
    scope: str = ""
    coverage: list[str] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_frame(self) -> pd.DataFrame:
        rows = [{"alvor": "feil" if p.severity == "error" else "advarsel", "fil": p.file, "rad": p.row,
                 "kolonne": p.column, "verdi": p.value, "melding": p.message} for p in self.errors + self.warnings]
        return pd.DataFrame(rows, columns=["alvor", "fil", "rad", "kolonne", "verdi", "melding"])

    def summary(self) -> str:
        s = self.stats
        files = Msg.join(*(Msg.join(f"«{f}» (", k, ")", sep="") for f, k in zip(self.files, self.read_as,
                                                                                   strict=True)), sep=", ")
        parts = [Msg("org.report.read", files=files)]
        if "enheter_lest" in s:
            parts.append(Msg("org.report.units", n=fmt_int(s["enheter_lest"]), not_frr=fmt_int(s.get("ikke_i_frr", 0))))
        if "organisasjoner" in s:
            out = {k: v for k, v in (s.get("utenfor") or {}).items() if v}
            outside = sum(out.values()) if out else s["organisasjoner"] - s.get("plassert", 0)
            detail = Msg.join(" (", Msg.join(*(Msg.join(_REASON_NB[k], f": {v}", sep="") for k, v in out.items()),
                                             sep=", "), ")", sep="") if out else ""
            parts.append(Msg("org.report.placed", n=fmt_int(s["organisasjoner"]), placed=fmt_int(s.get("plassert", 0)),
                             outside=fmt_int(outside), detail=detail))
            parts.append(Msg("org.report.with_icnpo", n=fmt_int(s.get("med_icnpo", 0))))
        if s.get("slettet"):
            parts.append(Msg("org.report.deleted", n=fmt_int(s["slettet"])))
        if s.get("ugyldig_orgnr"):
            shown = ", ".join(s["ugyldig_orgnr"][:20]) + (" …" if len(s["ugyldig_orgnr"]) > 20 else "")
            parts.append(Msg("org.report.bad_orgnr", n=len(s["ugyldig_orgnr"]), shown=shown))
        if s.get("duplikater"):
            parts.append(Msg("org.report.duplicates", n=fmt_int(s["duplikater"])))
        if s.get("icnpo_knyttet"):
            parts.append(Msg("org.report.icnpo_joined", n=fmt_int(s["icnpo_knyttet"])))
        text = Msg.join(*parts, sep="; ") + "."
        if self.scope == "kommune" and self.coverage:
            text += Msg("org.report.only_municipality", codes=", ".join(self.coverage))
        elif self.scope == "utdrag":
            text += Msg("org.report.excerpt")
        for n in self.notes:
            text += Msg.join("", n)
        return text


@dataclass
class OrgImportResult:
    register: pd.DataFrame | None
    report: OrgReport
    meta: dict[str, Any]
    categories_meta: dict[str, Any] | None = None


def load_index(store: Any, country: str = "no") -> Any:
    """The municipality index the register is placed with (refuses plainly if municipalities are not fetched)."""
    from registers.municipalities import MunicipalityIndex

    if country != "no":
        raise AtlasError(Msg("org.err.norway_only"))
    if not store.has("no", "municipalities"):
        raise AtlasError(Msg("org.err.no_municipalities"))
    return MunicipalityIndex.from_store(store, "no")


def _scope(reads: list[ReadResult], index: CodeMapper) -> tuple[str, list[str] | None]:
    units = [r for r in reads if r.kind in _UNIT_KINDS]
    if any(r.kind in ("bulk", "enheter_csv", "frr_csv") for r in units):
        return "nasjonal", None
    if any(r.kind == "search_page" for r in units):
        return "utdrag", None
    codes: set[str] = set()
    for r in units:
        for c in r.coverage or []:
            mapped = index.map_code(c)
            codes.update(mapped or [c])
    return "kommune", sorted(codes)


def categories_from_reads(reads: list[ReadResult]) -> pd.DataFrame | None:
    """The ICNPO code list: from a code-list read if there is one, else from labels seen in the FRR records."""
    lists = [r.categories for r in reads if r.kind == "icnpo_list" and r.categories is not None]
    if lists:
        return lists[-1]
    return None


def prepare(reads: list[ReadResult], index: CodeMapper, base: pd.DataFrame | None = None,
            base_meta: dict[str, Any] | None = None) -> tuple[BuildResult | None, OrgReport]:
    """Validate reads into a register (or only a code list); nothing is written."""
    content = [r for r in reads if r.kind != "icnpo_list"]
    build = build_register(content, index, base) if content else None
    if build is not None and not any(r.kind in _UNIT_KINDS for r in content) and base_meta:
        scope, coverage = base_meta.get("scope", ""), base_meta.get("coverage")
    else:
        scope, coverage = _scope(reads, index) if build is not None else ("", None)
    stats = build.stats if build is not None else {}
    problems = (build.problems if build is not None else []) + [p for r in reads if r.kind == "icnpo_list"
                                                                 for p in r.problems]
    notes = [r.note for r in reads if r.note and r.kind == "extract_csv"]
    report = OrgReport([r.file for r in reads], [_KIND_NB.get(r.kind, r.kind) for r in reads], stats, problems,
                       scope, coverage, notes)
    return build, report


def provenance(reads: list[ReadResult], report: OrgReport, origin: str, retrieved: str | None = None,
               url: str | None = None, base_meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """Provenance for a register version (publisher, title, url, licence, retrieval time, code vintage, files)."""
    from base.provenance import now_iso
    from sources.brreg import ATTRIBUTION, BULK_URL, LICENCE, PUBLISHER, SEARCH_URL

    kinds = {r.kind for r in reads}
    if url is None:
        url = BULK_URL if "bulk" in kinds else (SEARCH_URL if kinds & {"search_page", "extract_csv"} else
                                                "https://data.brreg.no/frivillighetsregisteret/api/"
                                                "frivillige-organisasjoner")
    title = "Frivillige organisasjoner (Enhetsregisteret, registrert i Frivillighetsregisteret)"
    if report.scope == "kommune" and report.coverage:
        title += f" - bare kommune {', '.join(report.coverage)}"
    stats = dict(report.stats)
    if "ugyldig_orgnr" in stats:
        stats["ugyldig_orgnr_antall"] = len(stats["ugyldig_orgnr"])
        stats["ugyldig_orgnr"] = stats["ugyldig_orgnr"][:500]
    files = [{"file": r.file, "sha256": r.sha256, "kind": r.kind, "method": r.method, "units": r.scanned,
              "retrieved": r.retrieved} for r in reads]
    prov: dict[str, Any] = {
        "publisher": PUBLISHER, "title": title, "url": url, "licence": LICENCE, "attribution": ATTRIBUTION,
        "retrieved": retrieved or next((r.retrieved for r in sorted(reads, key=lambda r: r.kind == "icnpo_list")
                                        if r.retrieved), "") or now_iso(),
        "imported": now_iso(), "code_vintage": CODE_VINTAGE, "origin": origin,
        "file_name": ", ".join(r.file for r in reads), "source_sha256": ",".join(r.sha256 for r in reads),
        "files": files, "scope": report.scope, "coverage": report.coverage, "stats": stats,
        "icnpo_source": ", ".join(r.file for r in reads if r.icnpo) or (base_meta or {}).get("icnpo_source", ""),
        "warnings": [str(p) for p in report.warnings[:200]], "warning_count": len(report.warnings),
        "notes": report.notes,
    }
    if base_meta and not any(r.kind in _UNIT_KINDS for r in reads):  # ICNPO joined onto the register in use
        for key in ("title", "url", "retrieved", "scope", "coverage"):
            if base_meta.get(key) is not None:
                prov[key] = base_meta[key]
        prov["files"] = list(base_meta.get("files") or []) + files
        prov["file_name"] = ", ".join(f["file"] for f in prov["files"])
    return prov


def categories_meta(read: ReadResult, retrieved: str | None = None) -> dict[str, Any]:
    from base.provenance import now_iso
    from sources.brreg import ICNPO_URL, LICENCE, PUBLISHER

    return {"publisher": PUBLISHER, "title": "ICNPO-kategorier i Frivillighetsregisteret", "url": ICNPO_URL,
            "licence": LICENCE, "retrieved": retrieved or read.retrieved or now_iso(), "code_vintage": CODE_VINTAGE,
            "file_name": read.file, "source_sha256": read.sha256}


def save(store: Any, reads: list[ReadResult], index: CodeMapper | None = None, origin: str = "import",
         retrieved: str | None = None, url: str | None = None, dry_run: bool = False) -> OrgImportResult:
    """Validate ``reads`` and write them (one new register version and/or the ICNPO list) under the store lock.

    The one code path for ``import organisations``, ``fetch`` and the Data page. On any refusal an
    :class:`AtlasError` is raised before anything is written.
    """
    index = index if index is not None else load_index(store)
    current = store.read_current("no", REGISTER)
    base, base_meta = (current if current is not None else (None, None))
    build, report = prepare(reads, index, base, base_meta)
    cat_reads = [r for r in reads if r.kind == "icnpo_list" and r.categories is not None]
    meta: dict[str, Any] = {}
    cmeta = None
    if dry_run:
        return OrgImportResult(build.frame if build else None, report, meta)
    with store.lock(what="importen"):
        if cat_reads:
            cmeta = store.write_dataset("no", CATEGORIES_DATASET, cat_reads[-1].categories,
                                        categories_meta(cat_reads[-1], retrieved))
        if build is not None:
            meta = store.save_version("no", REGISTER, build.frame,
                                      provenance(reads, report, origin, retrieved, url, base_meta))
    return OrgImportResult(build.frame if build else None, report, meta, cmeta)


def import_organisations(store: Any, sources: Sequence[str | Any] | str | bytes, file_name: str | None = None,
                         country: str = "no", index: CodeMapper | None = None, dry_run: bool = False,
                         progress: Any = None) -> OrgImportResult:
    """Import one or more saved Brreg files (paths, or the bytes of one uploaded file named ``file_name``)."""
    import os
    from pathlib import Path

    from sources.brreg import read_organisation_file

    if country != "no":
        raise AtlasError(Msg("org.err.norway_only"))
    if isinstance(sources, (bytes, bytearray, memoryview)):
        name = Path(file_name or "opplastet-fil").name
        reads = [_read_uploaded(bytes(sources), name, progress)]
    else:
        paths = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
        reads = []
        for p in paths:
            path = Path(p)
            if path.is_dir():
                raise AtlasError(Msg("org.err.is_folder"), file=str(path))
            if not path.exists():
                raise AtlasError(Msg("file.not_found"), file=str(path))
            reads.append(read_organisation_file(path, progress))
    return save(store, reads, index, origin="import", dry_run=dry_run)


def _read_uploaded(data: bytes, name: str, progress: Any = None) -> ReadResult:
    """Read uploaded bytes through a temporary file named by the atlas alone: the user's file name is never part
    of a path (it may be long, or spell ``../``). Messages name the user's file, not the temporary one."""
    import os
    import tempfile

    from sources.brreg import read_organisation_file

    fd, tmp = tempfile.mkstemp(prefix=".org-upload-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            read = read_organisation_file(tmp, progress)
        except AtlasError as err:
            tmp_name = os.path.basename(tmp)
            for p in [err, *err.problems]:
                if p.file == tmp_name:
                    p.file = name
            raise
    finally:
        os.unlink(tmp)
    read.file = name
    for p in read.problems:
        if p.file == os.path.basename(tmp):
            p.file = name
    return read


def preview_organisations(data: bytes, name: str, index: CodeMapper, country: str = "no"
                          ) -> tuple[pd.DataFrame, OrgReport]:
    """For the Data page: validate an uploaded file and return (register, report) without writing anything."""
    read = _read_uploaded(data, name)
    if read.kind == "icnpo_list":
        cats = read.categories if read.categories is not None else pd.DataFrame()
        return cats, OrgReport([name], [_KIND_NB["icnpo_list"]], {"kategorier": len(cats)}, [])
    build, report = prepare([read], index)
    return (build.frame if build else pd.DataFrame(columns=COLUMNS)), report


def load_register(store: Any, country: str = "no") -> tuple[pd.DataFrame, dict[str, Any]] | None:
    """The organisation register in use for ``country`` and its provenance (Norway: Brønnøysund; Denmark: an
    imported CVR extract), or None if nothing was fetched or imported."""
    return store.read_current(country, REGISTER)


def load_categories(store: Any) -> pd.DataFrame | None:
    """The ICNPO code list (live labels) if fetched, else None."""
    return store.read_frame("no", CATEGORIES_DATASET) if store.has("no", CATEGORIES_DATASET) else None


# ---------------------------------------------------------------------- Denmark: a CVR extract of associations
def import_cvr(store: Any, data: bytes, file_name: str, dry_run: bool = False) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Import a Danish CVR extract of associations (there is no open Danish association register) as a new version
    of the ``organisations`` register for ``dk``. Returns (register, metadata written or {} on a dry run)."""
    from base.provenance import now_iso
    from sources.cvr import read_cvr_associations

    if not store.has("dk", "municipalities"):
        raise AtlasError(Msg("org.err.dk_municipalities_first"))
    valid = set(store.read_frame("dk", "municipalities")["kommunenummer"])
    got = read_cvr_associations(data, file_name, valid)
    reg = got.frame.rename(columns={"orgnr": "organisasjonsnummer"})
    if not len(reg):
        why = "; ".join(f"{k}: {v}" for k, v in got.skipped.items()) or Msg("org.why.no_rows")
        raise AtlasError(Msg("org.err.no_cvr_associations", why=why), file=file_name)
    meta: dict[str, Any] = {}
    if not dry_run:
        prov = {"publisher": "Erhvervsstyrelsen (CVR), uttrekk levert av brukeren", "title": "Foreninger i CVR",
                "url": "https://datacvr.virk.dk/", "licence": "CVR-data (vilkår for reklamebeskyttelse gjelder)",
                "retrieved": now_iso(), "code_vintage": "kommuneinddeling 2007 (98 kommuner)", "scope": "national",
                "file_name": file_name, "skipped": got.skipped, "records_read": got.total_records}
        prov.update({k: v for k, v in got.provenance.items() if k not in prov})
        with store.lock(what="importen"):
            meta = store.save_version("dk", REGISTER, reg, prov)
    return reg, meta
