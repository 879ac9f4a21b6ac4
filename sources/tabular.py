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

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from base.errors import AtlasError, Problem
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
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _refuse(file_name, Msg("table.bad_utf16")) from None
    if b"\x00" in data[:65536]:
        raise _refuse(file_name, Msg("table.binary"))
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
        text = text.split("\n", 1)[1] if "\n" in text else ""
        lines = lines[1:]
    if delimiter is None:
        delimiter = sniff_delimiter(lines)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x1f", strict=False)
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _refuse(file_name, Msg("table.too_many_rows", n=fmt_int(MAX_ROWS)))
            rows.append((number, [clean_text(c) for c in record]))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _refuse(file_name, Msg("table.cell_too_long", kb=csv.field_size_limit() // 1024),
                          row=len(rows) + 1) from None
        raise _refuse(file_name, Msg("table.bad_csv", reason=str(exc)), row=len(rows) + 1) from None
    return rows, encoding, delimiter


# ---------------------------------------------------------------------------------------------- xlsx
def _check_zip(data: bytes, file_name: str) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(file_name, Msg("table.bad_zip")) from None
    if "mimetype" in names:
        with zf.open("mimetype") as fh:
            mime = fh.read(200).decode("ascii", "replace")
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


def _read_xlsx_sheets(data: bytes, file_name: str) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    _check_zip(data, file_name)
    import openpyxl  # imported here: only needed for workbooks

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise _refuse(file_name, Msg("table.xlsx_unreadable", reason=type(exc).__name__)) from None
    sheets: list[tuple[str, list[tuple[int, list[str]]]]] = []
    try:
        for ws in wb.worksheets:
            rows: list[tuple[int, list[str]]] = []
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise _refuse(file_name, Msg("table.sheet_too_many_rows", sheet=ws.title, n=fmt_int(MAX_ROWS)))
                cells = [cell_text(v) for v in values]
                while cells and cells[-1] == "":
                    cells.pop()
                rows.append((number, cells))
            sheets.append((ws.title, rows))
    finally:
        wb.close()
    return sheets


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
