"""Danish associations from a CVR extract (Det Centrale Virksomhedsregister, Erhvervsstyrelsen).

Denmark has no open register of associations. Associations that must or choose to register get a CVR number,
and CVR data is free, but bulk access (the Elasticsearch "system-til-system" service at
``distribution.virk.dk/cvr-permanent``, or Datafordeleren) needs an approved user. So the atlas cannot fetch it;
a user who has an extract can import it, and this module reads one into the same register schema as Norway's
organisations (``orgnr``, ``navn``, ``kommunenummer`` …).

Accepted layouts:

* JSON as the CVR Elasticsearch service returns it: a search response ``{"hits": {"hits": [{"_source":
  {"Vrvirksomhed": {...}}}]}}``, a list of such hits, a list of ``{"Vrvirksomhed": ...}`` or of bare records,
  or one of these per line (NDJSON, as scroll/dump tools write it).
* CSV/TSV with one row per entity, with the JSON paths flattened (``Vrvirksomhed.cvrNummer`` or
  ``Vrvirksomhed_virksomhedMetadata_nyesteBeliggenhedsadresse_kommune_kommuneKode``) or short headers
  (``cvrNummer``, ``navn``, ``kommunekode``, ``virksomhedsformkode`` …); UTF-8 or Windows-1252; ``;``, ``,`` or tab.

Field names, from real CVR responses and code that reads them (public repositories; see the report): ``cvrNummer``
(integer), ``virksomhedMetadata.nyesteNavn.navn``, ``virksomhedMetadata.nyesteBeliggenhedsadresse.kommune
.kommuneKode`` (integer, 3-digit, e.g. 151), ``virksomhedMetadata.nyesteVirksomhedsform.virksomhedsformkode``
(110 Forening "FOR", 115 Frivillig forening "FFO"), ``virksomhedMetadata.sammensatStatus``; the full history lists
``navne[]``, ``beliggenhedsadresse[]``, ``virksomhedsform[]``, ``virksomhedsstatus[]`` each carry
``periode {gyldigFra, gyldigTil}`` (``gyldigTil`` null = current). The exact set of ``sammensatStatus`` words and
their capitalisation ("Aktiv", "NORMAL", "Ophørt" …) is UNVERIFIED; this reader treats "ophørt", "opløst …",
"tvangsopløst", "slettet" and "uden retsvirkning" as ceased and everything else as existing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from base.errors import AtlasError, Problem
from base.i18n import Msg
from sources.names_dk import dk_code
from sources.text import decode_text

CVR_PUBLISHER = "Erhvervsstyrelsen: Det Centrale Virksomhedsregister (CVR)"
CVR_URL = "https://datacvr.virk.dk"
CVR_LICENCE = ("CVR-data er gratis; systemadgang (bulk) krever godkjent bruker og aksept av vilkårene om "
               "reklamebeskyttelse. De nøyaktige gjenbruksvilkårene er ikke kontrollert: UNVERIFIED")
CODE_VINTAGE = "2007"
CHRISTIANSOE = "0411"

# Legal forms counted as associations (virksomhedsformkode -> long description, short code).
ASSOCIATION_FORMS: dict[str, tuple[str, str]] = {
    "110": ("Forening", "FOR"),
    "115": ("Frivillig forening", "FFO"),
}
# Other forms an association-like entity may have; not included unless asked for (``forms=``).
OTHER_FORMS: dict[str, tuple[str, str]] = {
    "90": ("Fonde og andre selvejende institutioner", "FON"),
    "150": ("Forening eller selskab med begrænset ansvar", "FBA"),
    "152": ("Forening med begrænset ansvar", "FMA"),
    "130": ("Andelsselskab (-forening)", "ANS"),
}
_FORM_BY_TEXT: dict[str, str] = {}
for _code, (_long, _short) in {**ASSOCIATION_FORMS, **OTHER_FORMS}.items():
    _FORM_BY_TEXT[_long.casefold()] = _code
    _FORM_BY_TEXT[_short.casefold()] = _code

COLUMNS = ["orgnr", "navn", "kommunenummer", "organisasjonsform", "organisasjonsform_navn", "adresse_kilde",
           "status", "stiftet", "naeringskode", "land", "kilde"]

_CEASED_EXACT = {"ophørt", "ophoert", "tvangsopløst", "slettet", "uden retsvirkning"}


@dataclass
class CvrImport:
    """The associations read from one CVR extract, what was left out and why, and provenance."""

    frame: pd.DataFrame
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> count
    problems: list[Problem] = field(default_factory=list)  # warnings (examples) for the report
    provenance: dict[str, Any] = field(default_factory=dict)
    total_records: int = 0


# ---------------------------------------------------------------------- JSON records
def _d(value: Any) -> Mapping[str, Any]:
    """``value`` if it is a JSON object, else an empty one (a file of the wrong shape is read as missing data)."""
    return value if isinstance(value, Mapping) else {}


def _current(items: Any, key: str | None = None) -> Any:
    """The current entry of a CVR history list (``periode.gyldigTil`` null), else the latest one."""
    if not isinstance(items, list) or not items:
        return None
    dicts = [i for i in items if isinstance(i, dict)]
    if not dicts:
        return None
    open_ = [i for i in dicts if not (_d(i.get("periode")).get("gyldigTil"))]
    pool = open_ or dicts
    best = max(pool, key=lambda i: str(_d(i.get("periode")).get("gyldigFra") or ""))
    return best.get(key) if key else best


def _is_ceased(status: str | None, lifetime_ended: bool) -> bool:
    if lifetime_ended:
        return True
    s = (status or "").strip().casefold()
    return s in _CEASED_EXACT or s.startswith("opløst") or s.startswith("oploest")


def record_from_vrvirksomhed(v: Mapping[str, Any]) -> dict[str, Any]:
    """One CVR entity (the ``Vrvirksomhed`` object) -> a flat record with raw values (not yet validated)."""
    meta = _d(v.get("virksomhedMetadata"))
    name = _d(meta.get("nyesteNavn")).get("navn") or _current(v.get("navne"), "navn")
    source = "beliggenhedsadresse"
    addr = _d(meta.get("nyesteBeliggenhedsadresse")) or _d(_current(v.get("beliggenhedsadresse")))
    if not addr:
        addr, source = _d(_current(v.get("postadresse"))), "postadresse"
    kommune = _d(addr.get("kommune"))
    form = _d(meta.get("nyesteVirksomhedsform")) or _d(_current(v.get("virksomhedsform")))
    status = meta.get("sammensatStatus") or _current(v.get("virksomhedsstatus"), "status")
    life = v.get("livsforloeb")
    ended = bool(isinstance(life, list) and life and not any(
        not _d(i.get("periode")).get("gyldigTil") for i in life if isinstance(i, dict)))
    branch = _d(meta.get("nyesteHovedbranche")).get("branchekode") or _current(v.get("hovedbranche"),
                                                                                "branchekode")
    return {"cvr": v.get("cvrNummer"), "navn": name, "kommunekode": kommune.get("kommuneKode"),
            "adresse_kilde": source if kommune.get("kommuneKode") is not None else "",
            "formkode": form.get("virksomhedsformkode"),
            "formnavn": form.get("langBeskrivelse") or form.get("kortBeskrivelse"),
            "status": status, "ophoert": ended, "stiftet": meta.get("stiftelsesDato"), "branche": branch}


def _unwrap(obj: Any) -> Iterator[Mapping[str, Any]]:
    """Yield ``Vrvirksomhed``-like dicts from any of the JSON shapes the CVR service and its dumps produce."""
    if isinstance(obj, list):
        for item in obj:
            yield from _unwrap(item)
        return
    if not isinstance(obj, dict):
        return
    if isinstance(obj.get("hits"), dict):
        yield from _unwrap(obj["hits"].get("hits") or [])
        return
    if "_source" in obj:
        yield from _unwrap(obj["_source"])
        return
    if isinstance(obj.get("Vrvirksomhed"), dict):
        yield obj["Vrvirksomhed"]
        return
    if "cvrNummer" in obj:
        yield obj


def _json_records(text: str, file_name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        doc = json.loads(text)
    except ValueError:
        doc = None
    except RecursionError:
        raise AtlasError(Msg("cvr.err.too_deep"), file=file_name) from None
    if doc is not None:
        try:
            found = list(_unwrap(doc))
        except RecursionError:
            raise AtlasError(Msg("cvr.err.too_deep"), file=file_name) from None
        for n, v in enumerate(found, start=1):
            yield n, record_from_vrvirksomhed(v)
        return
    n = 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except RecursionError:
            raise AtlasError(Msg("cvr.err.line_too_deep"), file=file_name,
                             row=line_no) from None
        except ValueError as exc:
            raise AtlasError(Msg("cvr.err.line_bad_json", detail=str(getattr(exc, "msg", exc))), file=file_name,
                             row=line_no, value=line[:80]) from None
        try:
            found = list(_unwrap(obj))
        except RecursionError:
            raise AtlasError(Msg("cvr.err.line_too_deep"), file=file_name,
                             row=line_no) from None
        for v in found:
            n += 1
            yield line_no, record_from_vrvirksomhed(v)


# ---------------------------------------------------------------------- CSV records
def _canon(header: str) -> str:
    s = header.strip().strip('"').casefold()
    s = re.sub(r"^\ufeff", "", s)
    s = re.sub(r"[\s._\-/]+", ".", s).strip(".")
    return re.sub(r"^vrvirksomhed\.", "", s)


# field -> list of (match kind, pattern) in priority order
_CSV_FIELDS: dict[str, list[tuple[str, str]]] = {
    "cvr": [("end", "cvrnummer"), ("eq", "cvr"), ("eq", "cvrnr"), ("eq", "cvr.nr"), ("eq", "cvr.nummer")],
    "navn": [("end", "nyestenavn.navn"), ("eq", "navn"), ("eq", "virksomhedsnavn"), ("eq", "name")],
    "kommunekode_bel": [("end", "beliggenhedsadresse.kommune.kommunekode")],
    "kommunekode": [("end", "kommune.kommunekode"), ("eq", "kommunekode"), ("eq", "kommune.kode"),
                    ("eq", "kommunenummer")],
    "formkode": [("end", "virksomhedsformkode"), ("eq", "virksomhedsform.kode")],
    "formnavn": [("end", "virksomhedsform.langbeskrivelse"), ("end", "virksomhedsform.kortbeskrivelse"),
                 ("eq", "virksomhedsform")],
    "status": [("end", "sammensatstatus"), ("eq", "status"), ("eq", "virksomhedsstatus")],
    "stiftet": [("end", "stiftelsesdato")],
    "branche": [("end", "hovedbranche.branchekode"), ("eq", "branchekode")],
}


def _match_csv_columns(header: list[str]) -> dict[str, int]:
    canon = [_canon(h) for h in header]
    found: dict[str, int] = {}
    for fld, patterns in _CSV_FIELDS.items():
        for kind, pat in patterns:
            hit = next((i for i, c in enumerate(canon) if (c == pat if kind == "eq" else
                                                              c == pat or c.endswith("." + pat))), None)
            if hit is not None:
                found[fld] = hit
                break
    return found


def _csv_records(text: str, file_name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    n = 1
    try:
        for n, rec in _csv_rows(text, file_name):
            yield n, rec
    except csv.Error as exc:  # an unbalanced quote, a field over the csv module's size limit, ...
        raise AtlasError(Msg("table.bad_csv", reason=str(exc)), file=file_name, row=n + 1) from None


def _csv_rows(text: str, file_name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    lines = text.splitlines()
    first = lines[0] if lines else ""
    delim = max((";", "\t", ","), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    header = next(reader, [])
    cols = _match_csv_columns(header)
    missing = [label for fld, label in (("cvr", "cvrNummer"), ("kommunekode", "kommunekode")) if fld not in cols
               and not (fld == "kommunekode" and "kommunekode_bel" in cols)]
    if missing:
        raise AtlasError(
            Msg("cvr.err.columns_missing", missing=[f"«{m}»" for m in missing],
                found=", ".join(header[:12]) + (" …" if len(header) > 12 else "")), file=file_name, row=1)
    kcol, ksource = (cols["kommunekode_bel"], "beliggenhedsadresse") if "kommunekode_bel" in cols else (
        cols["kommunekode"], "postadresse" if "postadresse" in _canon(header[cols["kommunekode"]]) else
        "beliggenhedsadresse")

    def cell(row: list[str], fld: str) -> str | None:
        i = cols.get(fld)
        return row[i].strip() if i is not None and i < len(row) else None

    for n, row in enumerate(reader, start=2):
        if not any(c.strip() for c in row):
            continue
        k = row[kcol].strip() if kcol < len(row) else ""
        yield n, {"cvr": cell(row, "cvr"), "navn": cell(row, "navn"), "kommunekode": k,
                  "adresse_kilde": ksource if k else "", "formkode": cell(row, "formkode"),
                  "formnavn": cell(row, "formnavn"), "status": cell(row, "status"), "ophoert": False,
                  "stiftet": cell(row, "stiftet"), "branche": cell(row, "branche")}


# ---------------------------------------------------------------------- the reader
def _form_code(code: Any, text: Any) -> str | None:
    if code not in (None, ""):
        s = str(code).strip()
        if s.endswith(".0"):
            s = s[:-2]
        return s if s.isdigit() else _FORM_BY_TEXT.get(s.casefold())
    if text not in (None, ""):
        t = str(text).strip()
        return t if t.isdigit() else _FORM_BY_TEXT.get(t.casefold())
    return None


def read_cvr_associations(data: bytes, file_name: str, valid_codes: Iterable[str] | None = None,
                          forms: Mapping[str, tuple[str, str]] | None = None, include_ceased: bool = False,
                          retrieved: str | None = None) -> CvrImport:
    """Read a CVR extract and keep the associations located in a Danish municipality.

    ``valid_codes``: the municipality codes of the register (4-digit); entities elsewhere (Christiansø 0411,
    Greenland, abroad, no address) are left out and counted. ``forms``: the legal forms kept (default
    :data:`ASSOCIATION_FORMS`, 110 and 115); an extract without any legal-form column is taken as already
    filtered to associations (a warning says so). Ceased entities are left out unless ``include_ceased``.

    A malformed CVR number or municipality code refuses the whole file (:class:`AtlasError` naming file, row,
    column and value), so nothing half-read is stored. Returns a :class:`CvrImport` whose ``frame`` has the
    columns :data:`COLUMNS`.
    """
    from base.provenance import now_iso

    forms = dict(ASSOCIATION_FORMS if forms is None else forms)
    valid = set(valid_codes) if valid_codes is not None else None
    if not data.strip():
        raise AtlasError(Msg("cvr.err.empty"), file=file_name)
    text = decode_text(data)
    head = text.lstrip()[:1]
    records = _json_records(text, file_name) if head in ("{", "[") else _csv_records(text, file_name)
    rows: list[dict[str, Any]] = []
    skipped: dict[str, int] = {}
    errors: list[Problem] = []
    warnings: list[Problem] = []
    seen: set[str] = set()
    total = 0
    any_form = False

    def skip(reason: str, n: int, value: str | None = None, example: bool = True) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1
        if example and skipped[reason] <= 3:
            warnings.append(Problem(reason, file=file_name, row=n, value=value, severity="warning"))

    col_cvr, col_k = "cvrNummer", "kommuneKode"
    for n, rec in records:
        total += 1
        raw_cvr = rec.get("cvr")
        cvr = str(raw_cvr).strip() if raw_cvr is not None else ""
        if cvr.endswith(".0"):
            cvr = cvr[:-2]
        if not re.fullmatch(r"\d{8}", cvr):
            errors.append(Problem(Msg("cvr.err.cvr_digits"), file=file_name, row=n, column=col_cvr,
                                  value=str(raw_cvr)))
            continue
        form = _form_code(rec.get("formkode"), rec.get("formnavn"))
        if rec.get("formkode") not in (None, "") or rec.get("formnavn") not in (None, ""):
            any_form = True
            if form not in forms:
                skip("Ikke en forening (virksomhedsform)", n, str(rec.get("formkode") or rec.get("formnavn")),
                     example=False)
                continue
        if not include_ceased and _is_ceased(rec.get("status"), bool(rec.get("ophoert"))):
            skip("Ophørt eller opløst", n, cvr, example=False)
            continue
        raw_k = rec.get("kommunekode")
        if raw_k in (None, ""):
            skip("Ingen kommune i adressen", n, cvr)
            continue
        code = dk_code(raw_k)
        if code is None:
            errors.append(Problem(Msg("dk.err.code_not_number"), file=file_name, row=n,
                                  column=col_k, value=str(raw_k)))
            continue
        if code == CHRISTIANSOE or (valid is not None and code not in valid):
            skip("Kommunekoden er ikke en av kommunene i registeret (f.eks. Christiansø 0411, Grønland)", n, code)
            continue
        if cvr in seen:
            skip("Samme CVR-nummer to ganger (første rad beholdt)", n, cvr)
            continue
        seen.add(cvr)
        name = str(rec.get("navn") or "").strip()
        if not name:
            warnings.append(Problem(Msg("cvr.err.no_name"), file=file_name, row=n, column="navn", value=cvr,
                                    severity="warning"))
        form_name = forms.get(form or "", (str(rec.get("formnavn") or ""), ""))[0] if form else ""
        rows.append({"orgnr": cvr, "navn": name, "kommunenummer": code, "organisasjonsform": form or "",
                     "organisasjonsform_navn": form_name, "adresse_kilde": rec.get("adresse_kilde") or "",
                     "status": str(rec.get("status") or ""), "stiftet": str(rec.get("stiftet") or "")[:10],
                     "naeringskode": str(rec.get("branche") or ""), "land": "dk", "kilde": "CVR"})
    if errors:
        raise AtlasError(Msg("cvr.err.errors", n=len(errors)), problems=errors,
                         file=file_name)
    if total == 0:
        raise AtlasError(Msg("cvr.err.none_found"), file=file_name)
    if not any_form:
        warnings.insert(0, Problem(Msg("cvr.warn.no_form_column"), file=file_name, severity="warning"))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    prov = {
        "publisher": CVR_PUBLISHER, "title": f"CVR-uttrekk av foreninger ({file_name})", "url": CVR_URL,
        "licence": CVR_LICENCE, "retrieved": retrieved or now_iso(), "code_vintage": CODE_VINTAGE,
        "origin": file_name, "forms_included": {k: v[0] for k, v in forms.items()},
        "records_read": total, "rows": len(frame), "skipped": dict(skipped),
        "note": ("CVR er ikke et foreningsregister: små foreninger trenger ikke CVR-nummer (grensen omtales som "
                 "50 000 kr. i omsetning; ikke kontrollert mot regelverket), så mange lokale foreninger mangler. "
                 "Kommunen er den fra beliggenhetsadressen (ellers postadressen)."),
    }
    return CvrImport(frame, skipped, warnings, prov, total)
