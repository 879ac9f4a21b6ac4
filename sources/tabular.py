"""One reader for the spreadsheets users upload: CSV (``,`` ``;`` or tab) and XLSX, whatever program saved them.

:func:`read_table` turns the bytes of a file into a DataFrame of stripped strings whose index is the row number a
spreadsheet user sees (the header row is row 1 when it is the first line; title lines above it keep their numbers),
so every later message can say "rad 17". Empty cells are ``""``; completely empty rows are dropped.

Everything that is not a table is refused with an :class:`~base.errors.AtlasError` that says, in plain bokmål,
what the file looks like instead and what to do: an empty file, a file over :data:`MAX_FILE_BYTES`, an image or PDF
(also when renamed to ``.xlsx``), a web page saved as ``.csv``, an old ``.xls`` or an OpenDocument file, a zip
archive that is not a workbook, other binary data, and rows that have more values than the header has columns (the
usual sign of an unquoted separator inside a value).

Text encodings tried, in order: a byte-order mark (UTF-8, UTF-16 as written by Excel's "Unicode text"), strict
UTF-8, Windows-1252 and finally Latin-1 (which decodes anything). Excel's ``sep=;`` first line is understood.

:func:`normalise_header` and :func:`match_columns` map a file's column names to fields through synonym lists in
bokmål, English and Danish, ignoring case, punctuation, spacing and diacritics (``Vedtaksår`` = ``vedtaksaar`` =
``VEDTAKSAR``).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import math
import os
import posixpath
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from base import gate
from base.errors import AtlasError, Problem, excerpt
from base.i18n import Msg, fmt_int, fmt_num
from sources.text import decode_text_as, sniff_delimiter

MAX_FILE_BYTES = 10 * 1024 * 1024  # 10 MB: a register of every municipality is a few hundred kB at most
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # an XLSX (a zip) may not unpack to more than this
MAX_ROWS = 100_000
HEADER_SEARCH_ROWS = 20  # a header is looked for in the first rows (title lines above it are allowed)
ROW_INDEX_NAME = "rad"

_DELIM_NAMES = {";": Msg("table.delim.semicolon"), "\t": Msg("table.delim.tab"), ",": Msg("table.delim.comma")}

# (magic bytes, what it is) - checked before anything is decoded as text
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", Msg("file.kind.png")),
    (b"\xff\xd8\xff", Msg("file.kind.jpeg")),
    (b"GIF87a", Msg("file.kind.gif")),
    (b"GIF89a", Msg("file.kind.gif")),
    (b"%PDF", Msg("file.kind.pdf")),
    (b"II*\x00", Msg("file.kind.tiff")),
    (b"MM\x00*", Msg("file.kind.tiff")),
    (b"BM", None),  # BMP only with a plausible header; see _sniff_binary
    (b"\x1f\x8b", Msg("file.kind.gzip")),
    (b"7z\xbc\xaf\x27\x1c", Msg("file.kind.7z")),
    (b"Rar!\x1a\x07", Msg("file.kind.rar")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", Msg("file.kind.ole")),
)


@dataclass
class Table:
    """A read table: the cells, and how the file was read (shown in the validation report)."""

    frame: pd.DataFrame
    file_name: str
    kind: str  # "csv" | "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int = 1
    notes: list[Problem] = field(default_factory=list)

    def describe(self) -> str:
        """One plain line on how the file was read, e.g. ``CSV, semikolon, Windows-1252``."""
        if self.kind == "xlsx":
            return Msg("table.read_as_xlsx", sheet=self.sheet, row=self.header_row)
        enc = {"utf-8-sig": Msg("table.enc.utf8_bom"), "utf-8": "UTF-8", "cp1252": "Windows-1252", "latin-1": "Latin-1",
               "utf-16": "UTF-16"}.get(self.encoding or "", self.encoding or "")
        delim = _DELIM_NAMES.get(self.delimiter or "", Msg("table.delim.none"))
        return Msg("table.read_as_csv", delim=delim, enc=enc, row=self.header_row)


# ---------------------------------------------------------------------------------------------- header matching
def normalise_header(text: object) -> str:
    """Key for comparing column names: lower case, no diacritics, æ->ae ø->o å->a (and aa->a, oe->o), words only.

    ``"Vedtaksår"``, ``"VEDTAKSAAR"`` and ``"vedtaks-år"`` all give ``"vedtaksar"``-like keys that compare equal.
    """
    s = unicodedata.normalize("NFKC", str(text)).casefold()
    s = s.replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("ß", "ss")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = s.replace("aa", "a").replace("oe", "o")
    return re.sub(r"\s+", " ", s)


_DUP_SUFFIX = re.compile(r"\s*\(kolonne \d+\)$")


def _compact(key: str) -> str:
    return key.replace(" ", "")


def match_columns(columns: Iterable[str], synonyms: Mapping[str, Iterable[str]], file_name: str | None = None
                  ) -> tuple[dict[str, str], list[Problem]]:
    """Map fields to the file's column names through synonym lists.

    Returns ``({field: column}, problems)``. A field matched by two columns is an error naming both (the user must
    remove or rename one); columns matching no field are simply not used. Matching ignores case, diacritics,
    punctuation and spaces (``"Kommune nr."`` = ``"kommunenr"``).
    """
    keyed: dict[str, str] = {}
    for fld, words in synonyms.items():
        for w in words:
            keyed.setdefault(_compact(normalise_header(w)), fld)
    found: dict[str, list[str]] = {}
    for col in columns:
        fld = keyed.get(_compact(normalise_header(_DUP_SUFFIX.sub("", str(col)))))
        if fld is not None:
            found.setdefault(fld, []).append(col)
    mapping: dict[str, str] = {}
    problems: list[Problem] = []
    for fld, cols in found.items():
        mapping[fld] = cols[0]
        if len(cols) > 1:
            shown = [f"«{c}»" for c in cols]
            problems.append(Problem(
                Msg("table.dup_columns", columns=shown),
                file=file_name, row=None, column=cols[1]))
    return mapping, problems


def shown_columns(columns: Iterable[object], most: int = 12, each: int = 24) -> str:
    """A file's column names for a message: each a short escaped excerpt, at most ``most`` of them (a file that
    is not a table - ``/etc/passwd`` - is never echoed beyond that)."""
    cols = [f"«{excerpt(c, each)}»" for c in columns]
    if not cols:
        return "ingen"
    more = f" … (+{len(cols) - most})" if len(cols) > most else ""
    return ", ".join(cols[:most]) + more


# ---------------------------------------------------------------------------------------------- detection
def _refuse(file_name: str, message: str, **kw: object) -> AtlasError:
    return AtlasError(message, file=file_name, **kw)  # type: ignore[arg-type]


def _sniff_binary(data: bytes) -> str | None:
    """What a binary file is (``"et PNG-bilde"``), or None if nothing known matches."""
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            if magic == b"BM":
                if len(data) > 26 and data[6:10] == b"\x00\x00\x00\x00":
                    return Msg("file.kind.bmp")
                continue
            return what
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1") or data[8:12] == b"WEBP":
        return Msg("file.kind.heic")
    return None


_HTML_RE = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<table|<meta|<!--)", re.IGNORECASE)
_XML_RE = re.compile(rb"^\s*<\?xml", re.IGNORECASE)


def _looks_like_html(head: bytes) -> bool:
    if _HTML_RE.match(head):
        return True
    low = head[:4096].lower()
    return b"<html" in low and (b"<body" in low or b"<head" in low)


def _decode(data: bytes, file_name: str) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding name). Refuses text with NUL bytes (binary data)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _refuse(file_name, Msg("table.bad_utf8", pos=exc.start)) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse(file_name, Msg("table.bad_utf16")) from None
        if "\x00" in text:
            raise _refuse(file_name, Msg("gate.nul_late", offset=fmt_int(2 * text.index("\x00"))))
        return text, "utf-16"
    if b"\x00" in data[:65536]:
        raise _refuse(file_name, Msg("table.binary"))
    nul = data.find(b"\x00")
    if nul >= 0:  # further in: refused all the same (it used to be dropped silently), with where it is
        raise _refuse(file_name, Msg("gate.nul_late", offset=fmt_int(nul)))
    return decode_text_as(data)


def _check_text_is_table(text: str, file_name: str) -> None:
    control = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\r\n\f\v")
    if control > max(8, len(text[:65536]) // 200):
        raise _refuse(file_name, Msg("table.binary"))


# ---------------------------------------------------------------------------------------------- cells
def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a user would see: integral numbers without ``.0``, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    return clean_text(str(value))


def clean_text(text: str) -> str:
    """Strip, turn no-break spaces into spaces and drop zero-width characters and stray control characters."""
    if text.isascii() and text.isprintable():  # the common case, and fast for a row of millions of empty cells
        return text.strip()
    s = text.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"[\u200b-\u200d\ufeff\u00ad]", "", s)
    s = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", s)
    return s.strip()


# ---------------------------------------------------------------------------------------------- csv
def _read_csv_rows(data: bytes, file_name: str) -> tuple[list[tuple[int, list[str]]], str, str | None]:
    text, encoding = _decode(data, file_name)
    _check_text_is_table(text, file_name)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise _refuse(file_name, Msg("table.empty"))
    lines = text.splitlines()
    delimiter: str | None = None
    first = lines[0].strip().strip('"') if lines else ""
    m = re.fullmatch(r"sep=(.)", first, flags=re.IGNORECASE)
    if m:  # Excel's separator hint; Excel hides this line, so rows are counted after it
        delimiter = m.group(1)
        end = re.match(r"[^\r\n]*(\r\n|\r|\n)?", text)
        text = text[end.end():] if end and end.group(1) else ""  # whatever ends the line: LF, CRLF or CR alone
        lines = lines[1:]
    if delimiter is None:
        delimiter = sniff_delimiter(lines)
    limits = gate.current()
    if delimiter:  # a line with more separators than the column limit, and no quotes to hide them, is refused
        for number, line in enumerate(lines, start=1):  # before the csv module splits it into a million fields
            if line.count(delimiter) >= limits.max_columns and '"' not in line:
                raise _refuse(file_name, Msg("gate.too_many_columns", limit=limits.max_columns), row=number)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x1f", strict=False)
    rows: list[tuple[int, list[str]]] = []
    old_limit = csv.field_size_limit(limits.max_cell_chars)
    try:
        for number, record in enumerate(reader, start=1):
            if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _refuse(file_name, Msg("table.too_many_rows", n=fmt_int(MAX_ROWS)))
            if len(record) > limits.max_columns:  # empty or not: a line of five million commas is no table
                raise _refuse(file_name, Msg("gate.too_many_columns", limit=limits.max_columns), row=number)
            rows.append((number, [clean_text(c) for c in record]))
            if number % 2000 == 0:
                gate.tick()
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _refuse(file_name, Msg("gate.cell_too_long", limit=fmt_int(limits.max_cell_chars)),
                          row=len(rows) + 1) from None
        raise _refuse(file_name, Msg("table.bad_csv", reason=excerpt(exc, 120)), row=len(rows) + 1) from None
    finally:
        csv.field_size_limit(old_limit)
    return rows, encoding, delimiter


# ---------------------------------------------------------------------------------------------- xlsx
def _check_zip(data: bytes, file_name: str) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(file_name, Msg("table.bad_zip")) from None
    if "mimetype" in names:
        try:
            with zf.open("mimetype") as fh:
                mime = fh.read(200).decode("ascii", "replace")
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError):
            mime = ""
        if "opendocument" in mime:
            raise _refuse(file_name, Msg("table.ods"))
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        if "word/document.xml" in names:
            what = Msg("file.kind.docx")
        elif "ppt/presentation.xml" in names:
            what = Msg("file.kind.pptx")
        else:
            what = Msg("file.kind.zip")
        raise _refuse(file_name, Msg("table.not_workbook", what=what))
    if "xl/workbook.bin" in names:
        raise _refuse(file_name, Msg("table.xlsb"))
    unpacked = sum(i.file_size for i in zf.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise _refuse(file_name, Msg("table.zip_bomb", mb=fmt_int(unpacked // (1024 * 1024)),
                                     limit=fmt_int(MAX_UNPACKED_BYTES // (1024 * 1024))))
    return zf


_XLSX_MAX_PART = 20 * 1024 * 1024  # workbook.xml, its relationships and styles.xml: a few kB in a real workbook
_REF_RE = re.compile(r"([A-Za-z]{1,3})(\d{1,7})")
_MAX_XLSX_COL = 16_384  # XFD
_MAX_XLSX_ROW = 1_048_576
_MAX_CELL_PROBLEMS = 50
_BUILTIN_DATE_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])


def _local(name: str) -> str:
    """An element or attribute name without its namespace (``"{ns} c"`` / ``"x:c"`` -> ``"c"``)."""
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def _col_letters(index: int) -> str:
    out = ""
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


class _XmlStream:
    """Parse one zip part with expat, streaming: the caller's handlers see elements as they arrive; nothing is
    held but what they keep. The part's unpacked size and ratio are bounded (:class:`~base.gate.BoundedReader`,
    on the bytes actually produced); a DOCTYPE (entity expansion) is refused; the time budget is checked per
    chunk."""

    def __init__(self, zf: zipfile.ZipFile, member: str, file_name: str) -> None:
        self.zf, self.member, self.file_name = zf, member, file_name

    def run(self, start: Callable[[str, dict[str, str]], None], end: Callable[[str], None],
            data: Callable[[str], None] | None = None, limits: gate.Limits | None = None) -> None:
        import xml.parsers.expat as expat

        try:
            info = self.zf.getinfo(self.member)
        except KeyError:
            what = Msg("xlsx.missing", member=excerpt(self.member))
            raise _refuse(self.file_name, Msg("xlsx.damaged", what=what)) from None
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.buffer_size = 1 << 16

        def no_doctype(*_a: object) -> None:
            raise _refuse(self.file_name, Msg("xlsx.damaged", what=Msg("xlsx.doctype", member=excerpt(self.member))))

        parser.StartDoctypeDeclHandler = no_doctype
        parser.EntityDeclHandler = no_doctype
        parser.StartElementHandler = lambda name, attrs: start(_local(name), attrs)
        parser.EndElementHandler = lambda name: end(_local(name))
        if data is not None:
            parser.CharacterDataHandler = data
        try:
            with self.zf.open(info) as raw:
                stream = gate.BoundedReader(raw, self.member, info.compress_size, limits, self.file_name)
                while True:
                    chunk = stream.read(1 << 16)
                    parser.Parse(chunk, not chunk)
                    if not chunk:
                        break
        except expat.ExpatError as exc:
            raise _refuse(self.file_name, Msg("xlsx.damaged", what=Msg(
                "xlsx.bad_xml", member=excerpt(self.member), reason=expat.errors.messages.get(exc.code, "?")))
                          ) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
                ValueError) as exc:  # zipfile raises ValueError ("negative seek value") on some damaged archives
            raise _refuse(self.file_name, Msg("xlsx.damaged", what=excerpt(f"{self.member}: {exc}", 120))) from None


def _xlsx_part_limits() -> gate.Limits:
    return gate.with_limits(gate.current(), max_unpacked_bytes=_XLSX_MAX_PART)


def _xlsx_rels(zf: zipfile.ZipFile, member: str, base: str, file_name: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, part name) from a ``.rels`` part; targets resolved against ``base``."""
    rels: dict[str, tuple[str, str]] = {}
    if member not in zf.NameToInfo:
        return rels

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and "Id" in attrs:
            target = attrs.get("Target", "")
            if target.startswith("/"):
                path = target.lstrip("/")
            else:
                path = posixpath.normpath(posixpath.join(base, target))
            rels[attrs["Id"]] = (attrs.get("Type", ""), path)

    _XmlStream(zf, member, file_name).run(start, lambda _tag: None, limits=_xlsx_part_limits())
    return rels


def _xlsx_sheet_list(zf: zipfile.ZipFile, file_name: str) -> tuple[list[tuple[str, str]], bool, str | None]:
    """[(title, part)] in workbook order, whether dates count from 1904, and the shared-strings part."""
    found: list[tuple[str, str]] = []
    flags = {"1904": False}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "sheet":
            rid = next((v for k, v in attrs.items() if _local(k) == "id"), "")
            found.append((attrs.get("name", ""), rid))
        elif tag == "workbookPr":
            flags["1904"] = attrs.get("date1904", "0").lower() in ("1", "true")

    _XmlStream(zf, "xl/workbook.xml", file_name).run(start, lambda _tag: None, limits=_xlsx_part_limits())
    rels = _xlsx_rels(zf, "xl/_rels/workbook.xml.rels", "xl", file_name)
    sheets = []
    for title, rid in found:
        part = rels.get(rid, ("", ""))[1]
        if not part:
            continue
        sheets.append((title, part))
    shared = next((p for typ, p in rels.values() if typ.endswith("/sharedStrings")), None)
    if shared is None and "xl/sharedStrings.xml" in zf.NameToInfo:
        shared = "xl/sharedStrings.xml"
    return sheets, flags["1904"], shared


def _xlsx_date_styles(zf: zipfile.ZipFile, file_name: str) -> list[bool]:
    """For each cell style (``s`` attribute) whether it formats a number as a date."""
    from openpyxl.styles.numbers import is_date_format

    if "xl/styles.xml" not in zf.NameToInfo:
        return []
    formats: dict[int, str] = {}
    xf_ids: list[int] = []
    where = {"cellXfs": False}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "numFmt":
            with contextlib.suppress(ValueError):
                formats[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
        elif tag == "cellXfs":
            where["cellXfs"] = True
        elif tag == "xf" and where["cellXfs"]:
            try:
                xf_ids.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                xf_ids.append(0)

    def end(tag: str) -> None:
        if tag == "cellXfs":
            where["cellXfs"] = False

    _XmlStream(zf, "xl/styles.xml", file_name).run(start, end, limits=_xlsx_part_limits())
    out = []
    for fid in xf_ids:
        code = formats.get(fid)
        if code is None:
            out.append(fid in _BUILTIN_DATE_IDS)
        else:
            try:
                out.append(bool(is_date_format(code)) and "[h" not in code.lower() and "[m" not in code.lower())
            except Exception:  # noqa: BLE001 - a strange format code is just not a date
                out.append(False)
    return out


class _TextTooLong(Exception):
    pass


def _xlsx_shared_strings(zf: zipfile.ZipFile, member: str | None, file_name: str) -> list[str]:
    """The workbook's shared strings, streamed: each one bounded by the cell-length limit (a 20 MB string is
    refused as soon as it passes the limit, never held whole)."""
    strings: list[str] = []
    if member is None or member not in zf.NameToInfo:
        return strings
    limit = gate.current().max_cell_chars
    state = {"depth_si": 0, "in_t": False, "skip": 0, "len": 0}
    parts: list[str] = []

    def start(tag: str, _attrs: dict[str, str]) -> None:
        if tag == "si":
            state["depth_si"] = 1
            parts.clear()
            state["len"] = 0
        elif tag in ("rPh", "phoneticPr"):
            state["skip"] += 1
        elif tag == "t" and state["depth_si"] and not state["skip"]:
            state["in_t"] = True

    def end(tag: str) -> None:
        if tag == "si":
            strings.append("".join(parts))
            state["depth_si"] = 0
            if len(strings) % 4096 == 0:
                gate.tick()
        elif tag in ("rPh", "phoneticPr"):
            state["skip"] -= 1
        elif tag == "t":
            state["in_t"] = False

    def data(text: str) -> None:
        if state["in_t"]:
            state["len"] += len(text)
            if state["len"] > limit:
                raise _TextTooLong
            parts.append(text)

    try:
        _XmlStream(zf, member, file_name).run(start, end, data)
    except _TextTooLong:
        raise _refuse(file_name, Msg("gate.cell_too_long", limit=fmt_int(limit)),
                      column=None, value=None) from None
    return strings


class _SheetReader:
    """Stream one worksheet: rows of cell texts by the row numbers the sheet gives. The ``dimension`` the sheet
    claims is ignored (only cells that exist make a row wide); every cell that cannot be read becomes a
    :class:`Problem` naming its cell reference."""

    def __init__(self, title: str, file_name: str, strings: list[str], date_styles: list[bool],
                 epoch_1904: bool) -> None:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        self.title, self.file_name = title, file_name
        self.strings, self.date_styles = strings, date_styles
        self.epoch = CALENDAR_MAC_1904 if epoch_1904 else CALENDAR_WINDOWS_1900
        lim = gate.current()
        self.max_cols, self.max_chars = lim.max_columns, lim.max_cell_chars
        self.rows: dict[int, dict[int, str]] = {}
        self.problems: list[Problem] = []
        self.problem_count = 0
        self.row_no = 0
        self.col_no = 0
        self.cell: dict[str, str] | None = None
        self.text: list[str] = []
        self.text_len = 0
        self.collect = False
        self.skip = 0
        self.data_rows = 0

    # -- problems
    def problem(self, key: str, row: int | None, col: int | None, value: str | None = None, **kw: object) -> None:
        self.problem_count += 1
        if len(self.problems) < _MAX_CELL_PROBLEMS:
            ref = kw.pop("ref", None) or (f"{_col_letters(col)}{row}" if col and row else "?")
            self.problems.append(Problem(Msg(key, ref=excerpt(ref, 20), **kw), file=self.file_name, row=row,
                                         column=_col_letters(col) if col else None,
                                         value=excerpt(value, 60) if value is not None else None))

    # -- expat handlers
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "row":
            r = attrs.get("r")
            if r is None:
                self.row_no += 1
            elif r.isdigit() and 1 <= int(r) <= _MAX_XLSX_ROW:
                self.row_no = int(r)
            else:
                self.problem("xlsx.row.ref", None, None, ref=r)
                self.row_no += 1
            self.col_no = 0
        elif tag == "c":
            self.cell = attrs
            self.text = []
            self.text_len = 0
            self.skip = 0
        elif self.cell is not None and tag in ("v", "t") and not self.skip:
            self.collect = True
        elif tag in ("rPh", "f"):
            self.skip += 1

    def data(self, text: str) -> None:
        if self.collect:
            self.text_len += len(text)
            if self.text_len > self.max_chars:
                raise _refuse(self.file_name, Msg("gate.cell_too_long", limit=fmt_int(self.max_chars)),
                              row=self.row_no or None)
            self.text.append(text)

    def end(self, tag: str) -> None:
        if tag in ("v", "t"):
            self.collect = False
        elif tag in ("rPh", "f"):
            self.skip = max(0, self.skip - 1)
        elif tag == "c" and self.cell is not None:
            self._cell("".join(self.text))
            self.cell = None
        elif tag == "row":
            if self.row_no in self.rows:
                self.data_rows += 1
                if self.data_rows > MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise _refuse(self.file_name, Msg("xlsx.too_many_rows", sheet=excerpt(self.title, 60),
                                                    limit=MAX_ROWS))
                if self.data_rows % 1000 == 0:
                    gate.tick()

    def _cell(self, raw: str) -> None:
        attrs = self.cell or {}
        ref = attrs.get("r")
        row = self.row_no or 1
        if ref is not None:
            m = _REF_RE.fullmatch(ref)
            col = _col_index(m.group(1)) if m else 0
            ref_row = int(m.group(2)) if m else 0
            if not m or not 1 <= col <= _MAX_XLSX_COL or not 1 <= ref_row <= _MAX_XLSX_ROW:
                self.problem("xlsx.cell.ref", None, None, ref=ref)
                self.col_no += 1
                return
            if not self.row_no:
                self.row_no = row = ref_row
        else:
            col = self.col_no + 1
        self.col_no = col
        kind = attrs.get("t", "n")
        value: object = raw
        if raw == "":
            return
        if kind == "s":
            try:
                if not raw.strip().isdigit():  # "-1" would index from the end
                    raise ValueError(raw)
                value = self.strings[int(raw)]
            except (ValueError, IndexError):
                self.problem("xlsx.cell.shared", row, col, index=excerpt(raw, 20), count=len(self.strings))
                return
        elif kind == "b":
            if raw.strip() not in ("0", "1", "true", "false"):
                self.problem("xlsx.cell.bool", row, col, raw)
                return
            value = raw.strip() in ("1", "true")
        elif kind == "d":
            try:
                value = dt.datetime.fromisoformat(raw.strip().rstrip("Z"))
            except ValueError:
                self.problem("xlsx.cell.date", row, col, raw)
                return
        elif kind == "n":
            value = self._number(raw, row, col)
            if value is None:
                return
        # "str" (a formula's text), "inlineStr", "e" (an error such as #N/A): the text as it stands
        if col > self.max_cols:
            if cell_text(value) == "":
                return
            raise _refuse(self.file_name, Msg("gate.too_many_columns", limit=self.max_cols), row=row)
        text = cell_text(value)
        if text:
            self.rows.setdefault(row, {})[col] = text

    def _number(self, raw: str, row: int, col: int) -> object:
        s = raw.strip()
        try:
            number: float | int = int(s) if re.fullmatch(r"[-+]?\d{1,30}", s) else float(s)
        except ValueError:
            self.problem("xlsx.cell.number", row, col, raw)
            return None
        if isinstance(number, float) and not math.isfinite(number):
            self.problem("xlsx.cell.number", row, col, raw)
            return None
        style = (self.cell or {}).get("s")
        if style is not None and style.isdigit() and int(style) < len(self.date_styles) \
                and self.date_styles[int(style)]:
            from openpyxl.utils.datetime import from_excel

            try:
                return from_excel(number, self.epoch)
            except (ValueError, OverflowError, TypeError):
                self.problem("xlsx.cell.date", row, col, raw)
                return None
        return number

    def result(self) -> list[tuple[int, list[str]]]:
        if self.problem_count:
            raise AtlasError(Msg("xlsx.bad_cells", count=self.problem_count, sheet=excerpt(self.title, 60)),
                             problems=self.problems, file=self.file_name)
        out = []
        for number in sorted(self.rows):
            cells = self.rows[number]
            width = max(cells)
            out.append((number, [cells.get(j, "") for j in range(1, width + 1)]))
        return out


def _read_xlsx_sheets(data: bytes, file_name: str) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """Every worksheet as rows of cell texts, streamed from the zip with expat (not openpyxl's loader: it trusts
    the sheet's claimed dimension, holds every shared string whole and lets a bad cell escape as a traceback)."""
    zf = _check_zip(data, file_name)
    try:
        sheets, epoch_1904, shared = _xlsx_sheet_list(zf, file_name)
        date_styles = _xlsx_date_styles(zf, file_name)
        strings = _xlsx_shared_strings(zf, shared, file_name)
        out: list[tuple[str, list[tuple[int, list[str]]]]] = []
        for title, part in sheets:
            reader = _SheetReader(title, file_name, strings, date_styles, epoch_1904)
            _XmlStream(zf, part, file_name).run(reader.start, reader.end, reader.data)
            out.append((title, reader.result()))
    finally:
        zf.close()
    if not out:
        raise _refuse(file_name, Msg("table.no_sheets"))
    return out


# ---------------------------------------------------------------------------------------------- table building
def _find_header(rows: list[tuple[int, list[str]]], is_header: Callable[[list[str]], bool] | None) -> int:
    """Position in ``rows`` of the header row: the first row that ``is_header`` accepts (among the first
    :data:`HEADER_SEARCH_ROWS` non-empty rows), else the first non-empty row."""
    nonempty = [i for i, (_, cells) in enumerate(rows) if any(cells)]
    if not nonempty:
        return -1
    if is_header is not None:
        for i in nonempty[:HEADER_SEARCH_ROWS]:
            if is_header(rows[i][1]):
                return i
    return nonempty[0]


def _build_frame(rows: list[tuple[int, list[str]]], file_name: str, header_at: int) -> pd.DataFrame:
    header_number, header = rows[header_at]
    names: list[str] = []
    seen: set[str] = set()
    for pos, raw in enumerate(header, start=1):
        name = raw or f"kolonne {pos}"
        if name in seen:  # a repeated header keeps its text (so it is still recognised) plus its position
            name = f"{name} (kolonne {pos})"
        seen.add(name)
        names.append(name)
    width = len(names)
    # trailing empty header cells are not columns unless some row has data under them
    data_rows: list[tuple[int, list[str]]] = []
    for number, cells in rows[header_at + 1:]:
        if not any(cells):
            continue
        if len(cells) > width:
            extra = cells[width:]
            if any(extra):
                value = next(v for v in extra if v)
                used = max(j for j, v in enumerate(cells) if v) + 1
                raise AtlasError(
                    Msg("table.too_many_values", used=used, header_row=header_number, width=width),
                    file=file_name, row=number, column=f"kolonne {width + 1}", value=value)
            cells = cells[:width]
        elif len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        data_rows.append((number, cells))
    # drop unnamed columns that are entirely empty
    keep = [j for j in range(width) if (j < len(header) and header[j]) or any(c[j] for _, c in data_rows)]
    frame = pd.DataFrame([[c[j] for j in keep] for _, c in data_rows], columns=[names[j] for j in keep],
                         dtype=object)
    frame.index = pd.Index([n for n, _ in data_rows], name=ROW_INDEX_NAME)
    return frame


def read_table(data: bytes, file_name: str, is_header: Callable[[list[str]], bool] | None = None,
               require_rows: bool = True) -> Table:
    """Read an uploaded spreadsheet (bytes + the user's file name) into a :class:`Table` of strings.

    ``is_header`` picks the header row when title lines sit above it (e.g. "does this row name a municipality
    column?"); for a workbook it also picks the sheet (the first sheet with such a row, else the first sheet with
    data). The file's content decides how it is read, not its extension - but the messages mention a misleading
    extension. Raises :class:`AtlasError` for anything that is not a readable table.
    """
    name = file_name or "opplastet fil"
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("read_table expects bytes")
    data = bytes(data)
    gate.check_bytes(data, name)
    with gate.budget():
        return _read_table(data, name, is_header, require_rows)


def _read_table(data: bytes, name: str, is_header: Callable[[list[str]], bool] | None, require_rows: bool) -> Table:
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(name, Msg("table.too_large", mb=fmt_num(len(data) / (1024 * 1024), 1),
                                limit=fmt_int(MAX_FILE_BYTES // (1024 * 1024))))
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise _refuse(name, Msg("table.empty"))
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    what = _sniff_binary(data[:64])
    if what:
        renamed = ext in ("xlsx", "xls", "csv", "txt", "tsv")
        raise _refuse(name, Msg("table.not_a_table_renamed", what=what, ext=ext) if renamed
                      else Msg("table.not_a_table", what=what))
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        sheets = _read_xlsx_sheets(data, name)
        chosen: tuple[str, list[tuple[int, list[str]]], int] | None = None
        for title, rows in sheets:
            at = _find_header(rows, is_header)
            if at < 0:
                continue
            if is_header is None or is_header(rows[at][1]):
                chosen = (title, rows, at)
                break
            if chosen is None:
                chosen = (title, rows, at)
        if chosen is None:
            raise _refuse(name, Msg("table.no_sheets"))
        title, rows, at = chosen
        frame = _build_frame(rows, name, at)
        table = Table(frame, name, "xlsx", sheet=title, header_row=rows[at][0])
    else:
        head = data[:4096].lstrip(b"\xef\xbb\xbf")
        if _looks_like_html(head):
            raise _refuse(name, Msg("table.html_ext", ext=ext) if ext else Msg("table.html"))
        if _XML_RE.match(head):
            raise _refuse(name, Msg("table.xml"))
        if head.lstrip().startswith((b"{", b"[")) and ext not in ("csv", "txt", "tsv"):
            raise _refuse(name, Msg("table.json"))
        rows, encoding, delimiter = _read_csv_rows(data, name)
        at = _find_header(rows, is_header)
        if at < 0:
            raise _refuse(name, Msg("table.no_content_rows"))
        frame = _build_frame(rows, name, at)
        table = Table(frame, name, "csv", encoding=encoding, delimiter=delimiter, header_row=rows[at][0])
    if require_rows and table.frame.empty:
        raise _refuse(name, Msg("table.header_only", row=table.header_row), row=table.header_row)
    return table


def read_table_source(source: str | os.PathLike[str] | bytes, file_name: str | None = None) -> tuple[bytes, str]:
    """An importer's input as (bytes, the name to show): uploaded bytes as they are, or a path through
    :func:`read_table_path` (the input gate)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), file_name or "opplastet fil"
    return read_table_path(source), file_name or Path(source).name


def read_table_path(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a table file named on the command line, through the input gate: a regular file (no FIFO,
    device or directory, symlinks judged by their target) of at most the smaller of the limit in force and
    :data:`MAX_FILE_BYTES`, never read past it."""
    limits = gate.current()
    table_limits = gate.with_limits(limits, max_bytes=min(limits.max_bytes, MAX_FILE_BYTES), cli=False)
    return gate.read_path(path, table_limits)
