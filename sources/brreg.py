"""Brønnøysundregistrene: readers for Enhetsregisteret and Frivillighetsregisteret files, and the online fetch.

Formats read (see ``shared/reference/FORMATS.md`` §1):

* the national bulk file ``/enhetsregisteret/api/enheter/lastned``: one JSON **array** of units, gzip'd, about
  210 MB compressed / 2 GB raw / 1.17 million units, pretty-printed by Brreg's Jackson writer (``[ {``,
  ``"key" : value``, ``}, {``, ``} ]``). It is streamed, never held whole (:func:`read_bulk`);
* a saved search page ``/enhetsregisteret/api/enheter?...`` (``_embedded.enheter``; an empty result has no
  ``_embedded``, only ``_links`` and ``page``);
* Enhetsregisteret's ``/enheter/lastned/csv`` (comma, every cell quoted, ``"true"``/``"false"``);
* Frivillighetsregisteret's ``/frivillige-organisasjoner`` records (``icnpoKategorier[]`` with ``rekkefoelge``), as
  an API page or a JSON array, and its ``totalbestand/csv`` (header strings are undocumented, so plausible Norwegian
  spellings are accepted);
* the ICNPO code list (``/icnpo-kategorier`` JSON, or a CSV ``code,parent_code,label_no,...``);
* a third party's one-municipality extract (``ringerike_3305_frivillighetsregisteret_*.csv`` in the offline mirror),
  read honestly as covering only the municipality it was queried for.

The readers only turn bytes into slim unit dicts and ICNPO maps (:class:`ReadResult`); the rules (FRR only, deleted
left out, placement, code mapping, orgnr check, duplicates) are applied in :mod:`registers.organisations`.

Speed: the bulk file is read by a framing scanner that uses the Jackson layout - a record ends at a ``}`` in column
0, i.e. at the bytes ``\\n}, {\\n``, which valid JSON can only contain between top-level elements, since a raw
newline is not allowed inside a string - and JSON-parses only the records that carry
``"registrertIFrivillighetsregisteret" : true`` (about 6 %) or a ``slettedato``. The framing is checked on every
block (each record must open with the top-level key ``organisasjonsnummer``); if the file has any other layout
(compact, other indentation, CRLF) or the check fails, the whole file is parsed again with ijson (yajl2_c backend),
which also gives the exact position of any syntax error. Both paths give the same units.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gzip
import io
import json
import os
import re
import tempfile
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import ijson
import pandas as pd

from base.errors import AtlasError, Problem
from base.i18n import Msg
from base.icnpo import icnpo_main, normalise_icnpo
from base.provenance import sha256_file
from sources.text import decode_text, sniff_delimiter

try:  # the C backend is ~10x faster than pure Python; use it when the wheel has it
    _IJSON = ijson.get_backend("yajl2_c")
except (ImportError, ValueError):  # pragma: no cover - depends on the installed wheel
    _IJSON = ijson

BULK_URL = "https://data.brreg.no/enhetsregisteret/api/enheter/lastned"
SEARCH_URL = "https://data.brreg.no/enhetsregisteret/api/enheter"
FRR_URL = "https://data.brreg.no/frivillighetsregisteret/api/frivillige-organisasjoner"
ICNPO_URL = "https://data.brreg.no/frivillighetsregisteret/api/icnpo-kategorier?spraak=NOB"
PUBLISHER = "Brønnøysundregistrene"
LICENCE = "NLOD 2.0 (Norsk lisens for offentlige data)"
ATTRIBUTION = ("Inneholder data under norsk lisens for offentlige data (NLOD) tilgjengeliggjort av "
               "Brønnøysundregistrene")

Progress = Callable[[str, int, int | None], None]

_CHUNK = 1 << 22  # 4 MiB of decompressed text per scanner step
_SEP = b"\n}, {\n"
_TOP_KEY = b'\n  "organisasjonsnummer" : '
_CANDIDATE = re.compile(rb'"(?:registrertIFrivillighetsregisteret"\s*:\s*true|slettedato"\s*:)')
_MAX_OBJECT_BYTES = 512 * 1024 * 1024  # a search page or FRR page is a few MB; refuse to load larger objects whole
# Brreg's JSON nests a handful of levels. Deeper nesting is refused before any parser sees it: ijson's cost grows with
# the square of the depth (a 100 kB gzip of "[[[[..." exhausts memory) and json.loads hits the recursion limit.
_MAX_DEPTH = 64
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))


# ---------------------------------------------------------------------- results
@dataclass
class ReadResult:
    """What one file (or one online download) held, before the register rules are applied.

    ``units`` are slim dicts (see :func:`slim_unit`) of the units that may count: for the bulk file only those
    flagged ``registrertIFrivillighetsregisteret`` (or carrying a ``slettedato``), for smaller files all units.
    ``icnpo`` maps organisation number -> [(code, rekkefoelge, label)], ``frr`` maps organisation number -> the
    Frivillighetsregisteret record's dates and status.
    """

    kind: str  # bulk | search_page | enheter_csv | frr_csv | frr_api | extract_csv | icnpo_list
    file: str
    sha256: str = ""
    units: list[dict[str, Any]] = field(default_factory=list)
    scanned: int = 0  # units seen in the file (all of them, FRR or not)
    icnpo: dict[str, list[tuple[str, int, str]]] = field(default_factory=dict)
    frr: dict[str, dict[str, str]] = field(default_factory=dict)
    categories: pd.DataFrame | None = None
    coverage: list[str] | None = None  # municipality codes a partial extract covers; None = national/unknown
    scope: str = "nasjonal"  # nasjonal | utdrag | kommune
    method: str = ""
    problems: list[Problem] = field(default_factory=list)
    note: str = ""
    retrieved: str = ""  # when the data was taken from the publisher, if the file says so


# ---------------------------------------------------------------------- small helpers
def _s(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _decode_text(data: bytes, file: str) -> str:
    if b"\x00" in data[:65536]:
        raise AtlasError(Msg("brreg.err.nul_bytes"), file=file)
    return decode_text(data)


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if b"\x00" in head[:8192]:
        return True
    sample = head[:8192]
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a multi-byte character cut at the end of the sample
            return False
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad > len(sample) // 100 or _not_text_cp1252(sample)


def _too_deep(data: bytes, limit: int = _MAX_DEPTH) -> bool:
    """Whether JSON text (or its first part) nests arrays/objects deeper than ``limit`` (strings ignored)."""
    depth = 0
    for b in _JSON_STRING.sub(b"", data).translate(None, _NOT_BRACKETS):
        depth += 1 if b in (91, 123) else -1
        if depth > limit:
            return True
    return False


def _not_text_cp1252(sample: bytes) -> bool:
    text = sample.decode("cp1252", errors="replace")
    return text.count("\ufffd") > len(text) // 50


def orgnr_valid(orgnr: str) -> bool:
    """True if ``orgnr`` is 9 digits and its last digit is the mod-11 check digit (weights 3 2 7 6 5 4 3 2)."""
    if len(orgnr) != 9 or not orgnr.isdigit():
        return False
    rest = sum(int(d) * w for d, w in zip(orgnr[:8], (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    return check != 10 and check == int(orgnr[8])


def _lines(address: dict[str, Any]) -> list[Any]:
    lines = address.get("adresse")
    return lines if isinstance(lines, list) else [lines]


def slim_unit(rec: dict[str, Any], position: int) -> dict[str, Any]:
    """The fields of one Enhetsregisteret unit (API/bulk JSON) that the register needs, as flat strings."""
    fa = rec.get("forretningsadresse")
    pa = rec.get("postadresse")
    fa = fa if isinstance(fa, dict) else {}
    pa = pa if isinstance(pa, dict) else {}
    form = rec.get("organisasjonsform")
    nace = rec.get("naeringskode1")
    flag = rec.get("registrertIFrivillighetsregisteret")
    return {
        "organisasjonsnummer": _s(rec.get("organisasjonsnummer")),
        "navn": _s(rec.get("navn")),
        "organisasjonsform": _s(form.get("kode")) if isinstance(form, dict) else _s(form),
        "naeringskode1": _s(nace.get("kode")) if isinstance(nace, dict) else "",
        "f_kommunenummer": _s(fa.get("kommunenummer")),
        "f_landkode": _s(fa.get("landkode")),
        "f_finnes": any(_s(v) for k, v in fa.items() if k != "adresse") or bool([a for a in _lines(fa) if _s(a)]),
        "p_kommunenummer": _s(pa.get("kommunenummer")),
        "p_landkode": _s(pa.get("landkode")),
        "p_finnes": any(_s(v) for k, v in pa.items() if k != "adresse") or bool([a for a in _lines(pa) if _s(a)]),
        "frr": flag is True or _s(flag).lower() == "true",
        "frr_kjent": "registrertIFrivillighetsregisteret" in rec,
        "registreringsdato_frr": _s(rec.get("registreringsdatoFrivillighetsregisteret"))[:10],
        "stiftelsesdato": _s(rec.get("stiftelsesdato"))[:10],
        "registreringsdato_er": _s(rec.get("registreringsdatoEnhetsregisteret")
                                   or rec.get("registreringsdatoenhetsregisteret"))[:10],
        "slettedato": _s(rec.get("slettedato"))[:10],
        "soek_kommunenummer": "",
        "posisjon": position,
    }


def _is_unit(obj: Any) -> bool:
    return isinstance(obj, dict) and "organisasjonsnummer" in obj and (
        "organisasjonsform" in obj or "navn" in obj or "slettedato" in obj)


def _is_frr_record(obj: Any) -> bool:
    return isinstance(obj, dict) and "organisasjonsnummer" in obj and (
        "icnpoKategorier" in obj or "frivilligOrganisasjonsstatus" in obj)


def frr_record(rec: dict[str, Any]) -> tuple[str, list[tuple[str, int, str]], dict[str, str]]:
    """One Frivillighetsregisteret record -> (orgnr, ICNPO [(code, rekkefoelge, label)] in order, dates/status)."""
    orgnr = _s(rec.get("organisasjonsnummer"))
    cats = []
    listed = rec.get("icnpoKategorier")
    for i, c in enumerate(listed if isinstance(listed, list) else []):
        if not isinstance(c, dict):
            continue
        code = normalise_icnpo(c.get("icnpoNummer"))
        if not code:
            continue
        try:
            rank = int(c.get("rekkefoelge"))
        except (TypeError, ValueError):
            rank = 100 + i  # no rank given: after the ranked ones, in array order
        cats.append((code, rank, _s(c.get("navn"))))
    cats.sort(key=lambda x: x[1])
    status = _s(rec.get("frivilligOrganisasjonsstatus"))
    info = {"status": status, "innfoertDato": _s(rec.get("innfoertDato"))[:10],
            "foersteGangInnfoert": _s(rec.get("foersteGangInnfoert"))[:10],
            "slettet": "1" if ("slett" in status.lower() or _s(rec.get("slettetDato"))) else ""}
    return orgnr, cats, info


def _add_frr(result: ReadResult, rec: dict[str, Any]) -> None:
    orgnr, cats, info = frr_record(rec)
    if not orgnr:
        return
    result.frr[orgnr] = info
    if cats and not info["slettet"]:
        result.icnpo[orgnr] = cats


# ---------------------------------------------------------------------- opening files
class _Counting(io.RawIOBase):
    """Wrap a binary file and count the bytes read (for progress on the compressed size)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = self.fh.readinto(b)  # type: ignore[attr-defined]
        self.count += n or 0
        return n or 0


@contextlib.contextmanager
def _open_stream(path: Path) -> Iterator[tuple[IO[bytes], _Counting, bool]]:
    """Open ``path`` for streaming: (decompressed stream, byte counter on the file, is_gzip)."""
    try:
        raw = open(path, "rb")
    except OSError as exc:
        raise AtlasError(Msg("brreg.err.cannot_read", reason=exc.strerror or str(exc)), file=str(path)) from None
    counter = _Counting(raw)
    try:
        magic = raw.read(2)
        raw.seek(0)
        if magic == b"\x1f\x8b":
            stream: IO[bytes] = gzip.GzipFile(fileobj=io.BufferedReader(counter, 1 << 20), mode="rb")
            yield stream, counter, True
        else:
            yield io.BufferedReader(counter, 1 << 20), counter, False
    finally:
        raw.close()


def _read(stream: IO[bytes], n: int, file: str) -> bytes:
    """Read from a (possibly gzip) stream; a damaged or cut gzip stream becomes a plain refusal."""
    try:
        return stream.read(n)
    except EOFError:
        raise AtlasError(Msg("brreg.err.gzip_truncated"),
                         file=file) from None
    except (gzip.BadGzipFile, zlib.error, OSError) as exc:
        raise AtlasError(Msg("brreg.err.gzip_damaged", reason=str(exc)), file=file) from None


# ---------------------------------------------------------------------- sniffing and dispatch
def read_organisation_file(path: str | os.PathLike[str], progress: Progress | None = None) -> ReadResult:
    """Read any supported Brreg file (see the module docstring); refuse anything else with a plain message."""
    path = Path(path)
    file = path.name
    with _open_stream(path) as (stream, _counter, _gz):
        head = _read(stream, 1 << 20, file)
    text_head = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if not text_head:
        raise AtlasError(Msg("brreg.err.empty"), file=file)
    if _looks_binary(head):
        raise AtlasError(Msg("brreg.err.binary"), file=file)
    first = text_head[:1]
    if first in (b"[", b"{") and _too_deep(text_head):
        raise AtlasError(Msg("brreg.err.too_deep_download", depth=_MAX_DEPTH), file=file)
    if first == b"<":
        raise AtlasError(Msg("brreg.err.html"), file=file)
    if first == b"[":
        result = _read_array(path, text_head, progress)
    elif first == b"{":
        result = _read_object(path)
    else:
        result = _read_csv(path, head)
    result.sha256 = sha256_file(path)
    return result


def _first_element(text_head: bytes) -> Any:
    """The first element of a JSON array from the first megabyte, or None if it does not fit."""
    try:
        for obj in _IJSON.items(io.BytesIO(text_head), "item", use_float=True):
            return obj
    except ijson.IncompleteJSONError:
        return None
    except ijson.JSONError:
        return None
    return _EMPTY


_EMPTY = object()


def _read_array(path: Path, text_head: bytes, progress: Progress | None) -> ReadResult:
    first = _first_element(text_head)
    if first is _EMPTY:
        raise AtlasError(Msg("brreg.err.empty_list"), file=path.name)
    if _is_frr_record(first):
        result = ReadResult(kind="frr_api", file=path.name, method="ijson")
        for obj in _iter_array(path, Msg("brreg.what.frr")):
            if not _is_frr_record(obj):
                raise AtlasError(Msg("brreg.err.not_frr_record"), file=path.name,
                                 row=result.scanned + 1)
            result.scanned += 1
            _add_frr(result, obj)
        return result
    if first is not None and not _is_unit(first):
        keys = ", ".join(list(first)[:6]) if isinstance(first, dict) else type(first).__name__
        raise AtlasError(Msg("brreg.err.list_not_units_keys", keys=keys), file=path.name, row=1)
    return read_bulk(path, progress)


def _iter_array(path: Path, what: str) -> Iterator[Any]:
    """Every element of a top-level JSON array, streamed with ijson; syntax errors become refusals."""
    with _open_stream(path) as (stream, _c, _gz):
        try:
            yield from _IJSON.items(_SafeStream(stream, path.name), "item", use_float=True)
        except ijson.IncompleteJSONError:
            raise AtlasError(Msg("brreg.err.array_truncated", what=what), file=path.name) from None
        except ijson.JSONError as exc:
            raise AtlasError(Msg("brreg.err.array_syntax", what=what, detail=str(exc).splitlines()[0]),
                             file=path.name) from None


class _SafeStream(io.RawIOBase):
    """File-like wrapper that turns gzip errors into refusals when ijson or the CSV reader reads."""

    def __init__(self, stream: IO[bytes], file: str) -> None:
        super().__init__()
        self.stream, self.file = stream, file

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        data = _read(self.stream, len(b), self.file)
        b[: len(data)] = data
        return len(data)

    def read(self, n: int = -1) -> bytes:
        if n == 0:  # ijson probes with read(0) to learn whether the stream gives bytes or text
            return b""
        return _read(self.stream, n if n > 0 else _CHUNK, self.file)


# ---------------------------------------------------------------------- the bulk file
class _LayoutMismatch(Exception):
    """The fast scanner met something other than Brreg's Jackson layout; parse with ijson instead."""


def read_bulk(path: str | os.PathLike[str], progress: Progress | None = None, force_ijson: bool = False) -> ReadResult:
    """Stream the bulk file; keep the units flagged as registered in Frivillighetsregisteret (and deleted ones).

    ``progress(label, bytes_done, bytes_total)`` is called about every 4 MB of decompressed text, with the
    position in the (compressed) file.
    """
    path = Path(path)
    if not force_ijson:
        try:
            return _bulk_fast(path, progress)
        except _LayoutMismatch:
            pass
    return _bulk_ijson(path, progress)


def _bulk_fast(path: Path, progress: Progress | None) -> ReadResult:
    file = path.name
    total = path.stat().st_size
    result = ReadResult(kind="bulk", file=file, method="rammeskanner (Jackson-format)")
    units = result.units
    last_report = 0.0
    with _open_stream(path) as (stream, counter, _gz):
        buf = _read(stream, _CHUNK, file)
        start = len(buf) - len(buf.lstrip(b"\xef\xbb\xbf \t\r\n"))
        if not buf[start:].startswith(b"[ {\n  \""):
            raise _LayoutMismatch
        buf = buf[start + 2:]  # now begins with "{\n"
        position = 0
        eof = False
        while not eof:
            chunk = _read(stream, _CHUNK, file)
            eof = not chunk
            buf = buf + chunk if chunk else buf
            cut = buf.rfind(_SEP)
            if cut < 0:
                if len(buf) > 64 * _CHUNK:  # no record boundary in 256 MB: not this layout
                    raise _LayoutMismatch
                continue
            block, buf = buf[:cut + 2], buf[cut + 4:]
            position = _scan_block(block, position, units, file)
            if progress and time.monotonic() - last_report > 0.25:
                progress(Msg("brreg.progress.bulk"), counter.count, total)
                last_report = time.monotonic()
        # the last record, closed by "\n} ]" and optional whitespace
        tail = buf.rstrip()
        if not tail.endswith(b"]"):
            raise AtlasError(Msg("brreg.err.json_truncated_at", n=position), file=file)
        tail = tail[:-1].rstrip()
        if tail:
            if not tail.endswith(b"\n}"):
                raise _LayoutMismatch
            position = _scan_block(tail, position, units, file)
    if progress:
        progress(Msg("brreg.progress.bulk"), total, total)
    result.scanned = position
    return result


def _scan_block(block: bytes, position: int, units: list[dict[str, Any]], file: str) -> int:
    """Handle complete records ``{ ... \\n}`` separated by ``\\n}, {\\n``; return the new record count."""
    n = block.count(_SEP) + 1
    done_until = -1
    for m in _CANDIDATE.finditer(block):
        if m.start() < done_until:
            continue
        s = block.rfind(_SEP, 0, m.start())
        s = 0 if s < 0 else s + 4
        e = block.find(_SEP, m.end())
        e = len(block) if e < 0 else e + 2
        done_until = e
        try:
            rec = json.loads(block[s:e])
        except ValueError:
            raise _LayoutMismatch from None
        except RecursionError:
            raise AtlasError(Msg("brreg.err.record_too_deep"),
                             file=file) from None
        if not _is_unit(rec):
            raise _LayoutMismatch
        if rec.get("registrertIFrivillighetsregisteret") is True or rec.get("slettedato"):
            units.append(slim_unit(rec, 0))
    # Check the shape of the file's first record (a JSON array of something else is refused by name).
    if position == 0:
        e = block.find(_SEP)
        try:
            rec = json.loads(block[: len(block) if e < 0 else e + 2])
        except ValueError:
            raise _LayoutMismatch from None
        if not _is_unit(rec):
            raise AtlasError(Msg("brreg.err.list_not_units"),
                             file=file, row=1)
    return position + n


def _bulk_ijson(path: Path, progress: Progress | None) -> ReadResult:
    total = path.stat().st_size
    result = ReadResult(kind="bulk", file=path.name, method="ijson (yajl2_c)" if _IJSON is not ijson else "ijson")
    last = 0.0
    with _open_stream(path) as (stream, counter, _gz):
        try:
            for i, obj in enumerate(_IJSON.items(_SafeStream(stream, path.name), "item", use_float=True), 1):
                if not _is_unit(obj):
                    raise AtlasError(Msg("brreg.err.list_element", i=i), file=path.name, row=i)
                result.scanned = i
                if obj.get("registrertIFrivillighetsregisteret") is True or obj.get("slettedato"):
                    result.units.append(slim_unit(obj, 0))
                if progress and i % 20000 == 0 and time.monotonic() - last > 0.25:
                    progress(Msg("brreg.progress.bulk"), counter.count, total)
                    last = time.monotonic()
        except ijson.IncompleteJSONError:
            raise AtlasError(Msg("brreg.err.json_truncated_at", n=result.scanned), file=path.name) from None
        except ijson.JSONError as exc:
            raise AtlasError(Msg("brreg.err.syntax_after", n=result.scanned, detail=str(exc).splitlines()[0]),
                             file=path.name) from None
    if progress:
        progress(Msg("brreg.progress.bulk"), total, total)
    return result


# ---------------------------------------------------------------------- JSON objects (API pages, code list)
def _read_object(path: Path) -> ReadResult:
    file = path.name
    with _open_stream(path) as (stream, _c, _gz):
        data = _read(stream, _MAX_OBJECT_BYTES + 1, file)
    if len(data) > _MAX_OBJECT_BYTES:
        raise AtlasError(Msg("brreg.err.object_too_large"), file=file)
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise AtlasError(Msg("brreg.err.not_utf8"), file=file) from None
    except RecursionError:
        raise AtlasError(Msg("brreg.err.too_deep", depth=_MAX_DEPTH), file=file) from None
    except ValueError as exc:
        msg = str(exc)
        cut = "Unterminated" in msg or "Expecting" in msg and getattr(exc, "pos", 0) >= len(data.rstrip()) - 1
        why = Msg("brreg.why.truncated") if cut else Msg("brreg.why.syntax", detail=msg)
        raise AtlasError(Msg("brreg.err.json_unreadable", why=why), file=file) from None
    return read_api_document(doc, file)


def read_api_document(doc: Any, file: str) -> ReadResult:
    """A parsed API response: an Enhetsregisteret search page, an FRR page, or the ICNPO code list."""
    if not isinstance(doc, dict):
        raise AtlasError(Msg("brreg.err.not_object"), file=file)
    emb = doc.get("_embedded")
    if _is_unit(doc):  # one unit, as /enheter/{organisasjonsnummer} returns it (or a deleted unit's reduced body)
        return ReadResult(kind="search_page", file=file, scope="utdrag", method="json", units=[slim_unit(doc, 1)],
                          scanned=1)
    if emb is None and isinstance(doc.get("page"), dict) and "_links" in doc:
        return ReadResult(kind="search_page", file=file, scope="utdrag", method="json",
                          note="tomt søkeresultat (ingen «_embedded»)")
    if isinstance(emb, dict) and isinstance(emb.get("enheter"), list):
        result = ReadResult(kind="search_page", file=file, scope="utdrag", method="json")
        for i, rec in enumerate(emb["enheter"], 1):
            if not _is_unit(rec):
                raise AtlasError(Msg("brreg.err.search_element", i=i), file=file, row=i)
            result.units.append(slim_unit(rec, i))
        result.scanned = len(emb["enheter"])
        page = doc.get("page")
        total = page.get("totalElements") if isinstance(page, dict) else None
        if isinstance(total, int) and total > result.scanned:
            result.problems.append(Problem(
                Msg("brreg.warn.one_page", total=total, n=result.scanned), file=file, severity="warning"))
        return result
    if isinstance(emb, dict) and isinstance(emb.get("frivilligeOrganisasjoner"), list):
        result = ReadResult(kind="frr_api", file=file, method="json")
        for i, rec in enumerate(emb["frivilligeOrganisasjoner"], 1):
            if not _is_frr_record(rec):
                raise AtlasError(Msg("brreg.err.frr_element", i=i), file=file, row=i)
            _add_frr(result, rec)
        result.scanned = len(emb["frivilligeOrganisasjoner"])
        return result
    if isinstance(emb, dict) and isinstance(emb.get("icnpoKategorier"), list):
        return ReadResult(kind="icnpo_list", file=file, method="json",
                          categories=icnpo_categories_from_api(emb["icnpoKategorier"], file))
    keys = ", ".join(sorted(doc)[:8]) or Msg("policy.err.no_columns")
    sub = f" (under «_embedded»: {', '.join(sorted(emb)[:8])})" if isinstance(emb, dict) else ""
    raise AtlasError(Msg("brreg.err.json_shape_unknown", keys=keys, sub=sub), file=file)


def icnpo_categories_from_api(items: list[Any], file: str = "icnpo-kategorier") -> pd.DataFrame:
    rows = []
    for i, it in enumerate(items, 1):
        if not isinstance(it, dict):
            raise AtlasError(Msg("brreg.err.icnpo_shape"), file=file, row=i)
        code = normalise_icnpo(it.get("icnpoNummer"))
        if not code:
            raise AtlasError(Msg("brreg.err.icnpo_no_number"), file=file, row=i,
                             value=_s(it.get("icnpoNummer")))
        rows.append({"code": code, "label": _s(it.get("navn")), "sort_order": i})
    return _finish_categories(pd.DataFrame(rows, columns=["code", "label", "sort_order"]), file)


def _finish_categories(df: pd.DataFrame, file: str) -> pd.DataFrame:
    df = df.copy()
    df["code"] = df["code"].map(normalise_icnpo)
    df["parent_code"] = [("" if len(c) <= 2 else icnpo_main(c)) for c in df["code"]]
    df["level"] = ["hovedgruppe" if len(c) <= 2 else "undergruppe" for c in df["code"]]
    bad = df[df["code"] == ""]
    if len(bad):
        raise AtlasError(Msg("brreg.err.icnpo_code_not_number"), file=file, row=int(bad.index[0]) + 2)
    if df["code"].duplicated().any():
        dup = df.loc[df["code"].duplicated(), "code"].iloc[0]
        raise AtlasError(Msg("brreg.err.icnpo_code_twice"), file=file, value=dup)
    df["sort_order"] = pd.to_numeric(df["sort_order"], errors="coerce").fillna(0).astype(int)
    return df[["code", "parent_code", "level", "label", "sort_order"]].reset_index(drop=True)


# ---------------------------------------------------------------------- CSV files
def _header_key(h: str) -> str:
    h = unicodedata.normalize("NFC", h.strip().lstrip("\ufeff").lower())
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        h = h.replace(a, b)
    return re.sub(r"[^a-z0-9]", "", h)


def _csv_rows(path: Path, head: bytes) -> tuple[list[str], Iterator[list[str]], Callable[[], None]]:
    """Header and a row iterator over a (possibly gzip'd) CSV file, streamed."""
    sample = _decode_text(head[:65536], path.name)
    lines = sample.splitlines()
    delim = sniff_delimiter(lines[:-1] or lines, (",", ";", "\t"), default=",")
    encoding = "utf-8-sig"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            encoding = "cp1252"
    ctx = _open_stream(path)
    stream, _c, _gz = ctx.__enter__()
    text = io.TextIOWrapper(io.BufferedReader(_SafeStream(stream, path.name)), encoding=encoding,
                            errors="replace", newline="")
    reader = csv.reader(text, delimiter=delim)
    try:
        header = next(reader)
    except StopIteration:
        ctx.__exit__(None, None, None)
        raise AtlasError(Msg("brreg.err.csv_empty"), file=path.name) from None
    except csv.Error as exc:
        ctx.__exit__(None, None, None)
        raise AtlasError(Msg("brreg.err.csv_unreadable", reason=str(exc)), file=path.name) from None
    return header, reader, lambda: ctx.__exit__(None, None, None)


def _read_csv(path: Path, head: bytes) -> ReadResult:
    header, rows, close = _csv_rows(path, head)
    try:
        keys = [_header_key(h) for h in header]
        if {"code", "labelno"} <= set(keys) or {"icnponummer", "navn"} == set(keys[:2]):
            return _csv_icnpo(path, header, keys, rows)
        if "querykommunenummer" in keys and "organisasjonsnummer" in keys:
            return _csv_extract(path, keys, rows)
        if "forretningsadressekommunenummer" in keys and "registrertifrivillighetsregisteret" in keys:
            return _csv_enheter(path, keys, rows)
        cols = _frr_csv_columns(keys)
        if cols is not None:
            return _csv_frr(path, header, cols, rows)
        shown = ", ".join(h.strip() for h in header[:8])
        raise AtlasError(Msg("brreg.err.unknown_file", columns=shown), file=path.name, row=1)
    except csv.Error as exc:
        raise AtlasError(Msg("brreg.err.csv_unreadable", reason=str(exc)), file=path.name) from None
    finally:
        close()


def _cell(row: list[str], i: int | None) -> str:
    return row[i].strip() if i is not None and i < len(row) else ""


def _col(keys: list[str], *names: str) -> int | None:
    for n in names:
        if n in keys:
            return keys.index(n)
    return None


def _csv_icnpo(path: Path, header: list[str], keys: list[str], rows: Iterator[list[str]]) -> ReadResult:
    ci = _col(keys, "code", "icnponummer")
    li = _col(keys, "labelno", "navn", "label")
    si = _col(keys, "sortorder")
    out = []
    for n, row in enumerate(rows, 2):
        if not row or not any(c.strip() for c in row):
            continue
        get = functools.partial(_cell, row)
        out.append({"code": get(ci), "label": get(li), "sort_order": get(si) or n})
        if not normalise_icnpo(get(ci)):
            raise AtlasError(Msg("brreg.err.icnpo_code_not_number"), file=path.name, row=n,
                             column=header[ci] if ci is not None else "code", value=get(ci))
    df = pd.DataFrame(out, columns=["code", "label", "sort_order"])
    return ReadResult(kind="icnpo_list", file=path.name, method="csv", categories=_finish_categories(df, path.name))


def _csv_extract(path: Path, keys: list[str], rows: Iterator[list[str]]) -> ReadResult:
    """A third party's saved search for one municipality (``query_kommunenummer``): real, but partial."""
    oi, ni = keys.index("organisasjonsnummer"), _col(keys, "navn")
    qi = keys.index("querykommunenummer")
    fi = _col(keys, "registrertifrivillighetsregisteret")
    ri = _col(keys, "sourcefetchedat", "hentet", "fetchedat")
    result = ReadResult(kind="extract_csv", file=path.name, scope="kommune", method="csv")
    codes: set[str] = set()
    for n, row in enumerate(rows, 2):
        if not row or not any(c.strip() for c in row):
            continue
        get = functools.partial(_cell, row)
        code = get(qi)
        codes.add(code)
        result.retrieved = result.retrieved or get(ri)
        unit = _empty_unit(get(oi), get(ni), n)
        unit["frr"] = get(fi).lower() in ("true", "1", "ja") if fi is not None else True
        unit["soek_kommunenummer"] = code
        result.units.append(unit)
    result.scanned = len(result.units)
    result.coverage = sorted(c for c in codes if c)
    result.note = ("Uttrekk fra en tredjepart for " + ", ".join(result.coverage) + " (søk i Enhetsregisteret på "
                   "kommunenummer, som treffer forretnings- eller postadresse); dekker bare denne kommunen.")
    return result


def _empty_unit(orgnr: str, navn: str, position: int) -> dict[str, Any]:
    return {"organisasjonsnummer": orgnr, "navn": navn, "organisasjonsform": "", "naeringskode1": "",
            "f_kommunenummer": "", "f_landkode": "", "f_finnes": False, "p_kommunenummer": "", "p_landkode": "",
            "p_finnes": False, "frr": True, "frr_kjent": True, "registreringsdato_frr": "", "stiftelsesdato": "",
            "registreringsdato_er": "", "slettedato": "", "soek_kommunenummer": "", "posisjon": position}


def _csv_enheter(path: Path, keys: list[str], rows: Iterator[list[str]]) -> ReadResult:
    """Enhetsregisteret ``lastned/csv``: flatten each row back into the JSON field names."""
    result = ReadResult(kind="enheter_csv", file=path.name, method="csv")
    idx = {k: i for i, k in enumerate(keys)}

    def get(row: list[str], key: str) -> str:
        i = idx.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    n = 1
    for n, row in enumerate(rows, 2):
        if not row or not any(c.strip() for c in row):
            continue
        result.scanned += 1
        if get(row, "registrertifrivillighetsregisteret").lower() != "true" and not get(row, "slettedato"):
            continue
        unit = _empty_unit(get(row, "organisasjonsnummer"), get(row, "navn"), n)
        for prefix, p in (("forretningsadresse", "f"), ("postadresse", "p")):
            unit[f"{p}_kommunenummer"] = get(row, f"{prefix}kommunenummer")
            unit[f"{p}_landkode"] = get(row, f"{prefix}landkode")
            unit[f"{p}_finnes"] = any(get(row, f"{prefix}{k}") for k in ("adresse", "postnummer", "poststed",
                                                                         "kommunenummer", "landkode", "land"))
        unit.update({"organisasjonsform": get(row, "organisasjonsformkode"),
                     "naeringskode1": get(row, "naeringskode1kode"), "frr": True,
                     "registreringsdato_frr": get(row, "registreringsdatofrivillighetsregisteret")[:10],
                     "stiftelsesdato": get(row, "stiftelsesdato")[:10],
                     "registreringsdato_er": get(row, "registreringsdatoenhetsregisteret")[:10],
                     "slettedato": get(row, "slettedato")[:10]})
        unit["frr"] = get(row, "registrertifrivillighetsregisteret").lower() == "true"
        result.units.append(unit)
    return result


def _frr_csv_columns(keys: list[str]) -> dict[str, Any] | None:
    """Column positions in a Frivillighetsregisteret ``totalbestand/csv``; None if it is not one.

    The header strings are not documented (only the column order is), so plausible spellings are accepted:
    ``organisasjonsnummer``/``orgnr``, ``forretningsadresse.kommunenummer``/``Forretningsadresse kommunenummer``,
    two bare ``kommunenummer`` columns (business address first, as in the documented order), ``icnpoNummer1``/
    ``ICNPO-nummer 1``/``ICNPO 1``/``Kategori 1``, with or without the Norwegian letters.
    """
    org = _col(keys, "organisasjonsnummer", "orgnr", "organisasjonsnr", "orgnummer", "organisasjonsnummer1")
    if org is None:
        return None
    cols: dict[str, Any] = {"orgnr": org, "navn": _col(keys, "navn", "organisasjonsnavn", "enhetsnavn"),
                            "orgform": _col(keys, "organisasjonsform", "organisasjonsformkode", "orgform")}
    for p, names in (("f", ("forretningsadresse", "forretningsadr", "besoeksadresse")), ("p", ("postadresse",
                                                                                             "postadr"))):
        for field_name, endings in (("kommunenummer", ("kommunenummer", "kommunenr")),
                                    ("landkode", ("landkode",)), ("postnummer", ("postnummer", "postnr"))):
            cols[f"{p}_{field_name}"] = next((i for i, k in enumerate(keys) if any(k.startswith(n) for n in names)
                                              and any(k.endswith(e) for e in endings)), None)
    bare = [i for i, k in enumerate(keys) if k in ("kommunenummer", "kommunenr")]
    if cols["f_kommunenummer"] is None and cols["p_kommunenummer"] is None and bare:
        cols["f_kommunenummer"] = bare[0]
        cols["p_kommunenummer"] = bare[1] if len(bare) > 1 else None
        lands = [i for i, k in enumerate(keys) if k == "landkode"]
        cols["f_landkode"] = lands[0] if lands else None
        cols["p_landkode"] = lands[1] if len(lands) > 1 else None
    if cols["f_kommunenummer"] is None and cols["p_kommunenummer"] is None:
        return None
    icnpo: dict[int, int] = {}
    labels: dict[int, int] = {}
    for i, k in enumerate(keys):
        m = re.fullmatch(r"(?:icnpo|kategori)(?:nummer|kode|kategori|nr)?(\d)(?:nummer|kode|nr)?", k) or \
            re.fullmatch(r"(?:icnpo)?(?:kategori)?(?:nummer|kode)?(?:icnpo)(?:nummer|kode)?(\d)", k)
        if m:
            icnpo.setdefault(int(m.group(1)), i)
            continue
        m = re.fullmatch(r"(?:beskrivelse|navn|tekst)(?:icnpo|kategori)\w*?(\d)|(?:icnpo|kategori)\w*?(\d)"
                         r"(?:beskrivelse|navn|tekst)\w*", k)
        if m:
            labels.setdefault(int(m.group(1) or m.group(2)), i)
    if not icnpo:
        single = [i for i, k in enumerate(keys) if k in ("icnpo", "icnponummer", "icnpokode", "icnpokategori")]
        if single:
            icnpo[1] = single[0]
    cols["icnpo"], cols["icnpo_label"] = icnpo, labels
    cols["innfoert"] = next((i for i, k in enumerate(keys) if "innfoert" in k and "foerste" not in k), None)
    cols["foerste"] = next((i for i, k in enumerate(keys) if "foerstegang" in k), None)
    return cols


def _csv_frr(path: Path, header: list[str], cols: dict[str, Any], rows: Iterator[list[str]]) -> ReadResult:
    result = ReadResult(kind="frr_csv", file=path.name, method="csv")

    def get(row: list[str], i: int | None) -> str:
        return row[i].strip() if i is not None and i < len(row) else ""

    for n, row in enumerate(rows, 2):
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) < len(header) // 2:
            raise AtlasError(Msg("brreg.err.short_row", n=len(row), width=len(header)), file=path.name, row=n)
        result.scanned += 1
        orgnr = get(row, cols["orgnr"])
        unit = _empty_unit(orgnr, get(row, cols["navn"]), n)
        unit["organisasjonsform"] = get(row, cols["orgform"])
        for p in ("f", "p"):
            unit[f"{p}_kommunenummer"] = get(row, cols[f"{p}_kommunenummer"])
            unit[f"{p}_landkode"] = get(row, cols[f"{p}_landkode"])
            unit[f"{p}_finnes"] = bool(unit[f"{p}_kommunenummer"] or unit[f"{p}_landkode"]
                                       or get(row, cols[f"{p}_postnummer"]))
        first, last = get(row, cols["foerste"])[:10], get(row, cols["innfoert"])[:10]
        unit["registreringsdato_frr"] = last or first
        result.units.append(unit)
        cats = []
        for rank in sorted(cols["icnpo"]):
            code = normalise_icnpo(get(row, cols["icnpo"][rank]))
            if code:
                cats.append((code, rank, get(row, cols["icnpo_label"].get(rank))))
        if cats:
            result.icnpo[orgnr] = cats
        result.frr[orgnr] = {"status": "", "innfoertDato": last, "foersteGangInnfoert": first, "slettet": ""}
    if not cols["icnpo"]:
        result.problems.append(Problem(Msg("brreg.warn.no_icnpo_column"), file=path.name,
                                       severity="warning"))
    return result


# ---------------------------------------------------------------------- local folder (--source-dir)
@dataclass
class SourceFolderFiles:
    """What a ``--source-dir`` holds for Brreg (under ``<dir>/brreg/`` or the folder itself)."""

    bulk: list[Path]
    frr_csv: list[Path]
    frr_json: list[Path]
    icnpo: list[Path]
    extracts: list[Path]
    counts: list[Path]


def find_source_files(source_dir: str | os.PathLike[str]) -> SourceFolderFiles:
    base = Path(source_dir)
    folders = [p for p in (base / "brreg", base / "no" / "brreg", base) if p.is_dir()]
    seen: set[Path] = set()

    def glob(*patterns: str) -> list[Path]:
        out = []
        for folder in folders:
            for pat in patterns:
                for p in sorted(folder.glob(pat)):
                    if p.is_file() and p not in seen:
                        seen.add(p)
                        out.append(p)
        return out

    return SourceFolderFiles(
        bulk=glob("enheter_alle.json.gz", "enheter_alle.json", "enheter*lastned*.json*", "lastned*.json*",
                  "enheter*.json.gz"),
        icnpo=glob("icnpo*.csv", "icnpo*.json"),
        frr_json=glob("frivillige-organisasjoner*.json", "frivillige_organisasjoner*.json", "frr*.json",
                      "frivillige-organisasjoner*.json.gz"),
        extracts=glob("*_frivillighetsregisteret_*.csv"),
        counts=glob("frr_national_count*.csv"),
        frr_csv=glob("frivillighetsregisteret*.csv", "totalbestand*.csv", "frivillige-organisasjoner*.csv",
                     "frr*.csv", "*.csv.gz"),
    )


def national_count_observations(path: Path) -> pd.DataFrame:
    """The mirror's list of national counts reported by third parties (for the honest 'missing' message)."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "count" not in df.columns:
        return pd.DataFrame(columns=["observed_at", "count", "what_was_counted"])
    df["count"] = pd.to_numeric(df["count"], errors="coerce")
    return df


# ---------------------------------------------------------------------- online
def _get_json(url: str, label: str) -> Any:
    from sources.http import download

    data = download(url, label, accept="application/json")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        head = data[:200].decode("utf-8", errors="replace")
        raise AtlasError(Msg("brreg.err.answer_not_json", what=label, head=head)) from None


def walk_frr_api(progress: Progress | None = None, page_size: int = 100,
                 get_json: Callable[[str, str], Any] | None = None, max_pages: int = 5000) -> ReadResult:
    """Walk ``/frivillige-organisasjoner`` with ``searchAfter`` (``page=`` is refused by the API, ``size`` <= 100).

    Stops at the first page with fewer than ``page_size`` records, as the API documentation says.
    """
    fetch = get_json or _get_json
    result = ReadResult(kind="frr_api", file="frivillige-organisasjoner (API)", method="searchAfter")
    after = ""
    for _page in range(max_pages):
        url = f"{FRR_URL}?size={page_size}&spraak=NOB" + (f"&searchAfter={after}" if after else "")
        doc = fetch(url, "Frivillighetsregisteret (ICNPO)")
        items = ((doc or {}).get("_embedded") or {}).get("frivilligeOrganisasjoner") or []
        if not isinstance(items, list):
            raise AtlasError(Msg("brreg.err.answer_shape"))
        for rec in items:
            if _is_frr_record(rec):
                _add_frr(result, rec)
        result.scanned += len(items)
        if progress:
            progress(Msg("brreg.progress.frr"), result.scanned, None)
        if len(items) < page_size:
            return result
        last = max(_s(r.get("organisasjonsnummer")) for r in items if isinstance(r, dict))
        if last <= after:
            raise AtlasError(Msg("brreg.err.same_page_twice"))
        after = last
    raise AtlasError(Msg("brreg.err.too_many_pages", n=max_pages))


def fetch_icnpo_categories(get_json: Callable[[str, str], Any] | None = None) -> ReadResult:
    doc = (get_json or _get_json)(ICNPO_URL, "ICNPO-kategorier")
    return read_api_document(doc, "icnpo-kategorier (API)")


def download_bulk(dest_dir: str | os.PathLike[str], progress: Progress | None = None) -> Path:
    """Download ``/enheter/lastned`` (about 210 MB) into ``dest_dir`` via a temporary name; return its path."""
    from sources.http import download

    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".enheter-", suffix=".json.gz.part", dir=dest_dir)
    os.close(fd)
    try:
        download(BULK_URL, "Enhetsregisteret (totalbestand, ca. 210 MB)", progress,
                 accept="application/gzip", dest=tmp)
        final = dest_dir / "enheter_alle.json.gz"
        os.replace(tmp, final)
        return final
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
