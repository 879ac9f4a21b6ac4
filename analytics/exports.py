"""Export files of what a page shows: CSV, XLSX and GeoJSON, each carrying its provenance and the DEMO label.

Pure functions (no Streamlit): a page hands over the tables it shows, the store's metadata dicts of the datasets
behind them (keys ``publisher``, ``title``, ``url``, ``licence``, ``retrieved``, ``code_vintage`` and optionally
``demo``) and gets file bytes back.

Spreadsheet safety (CSV/formula injection, see OWASP "CSV Injection"): a text cell that begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return would be run as a formula by Excel or LibreOffice. Such cells are
*neutralised* by prefixing a single quote ``'``. Only text is touched: a negative number in a numeric column is
data and stays a number. Column headers, sheet names' cells and provenance texts are text and are neutralised too.

CSV dialect: ``nb`` and ``da`` files use ``;`` between fields and a decimal comma, like Statistics Norway's own
CSV files and like Excel expects in Norwegian and Danish regional settings; ``en`` files use ``,`` and a decimal
point. Every CSV starts with a UTF-8 byte order mark so Excel reads æ, ø and å, followed by ``#`` comment lines
with the provenance (each written as one quoted-if-needed field, so no provenance text can spill into a cell of
its own).
"""

from __future__ import annotations

import io
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd

from base.i18n import DEFAULT_LANG, LANGS, t

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
PROVENANCE_KEYS: tuple[str, ...] = ("title", "publisher", "licence", "retrieved", "code_vintage", "url")
EXCEL_SHEET_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters openpyxl refuses in a cell
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


# ---------------------------------------------------------------------------------------------------- cells
def neutralise_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text that a spreadsheet would run as a formula; else unchanged.

    >>> neutralise_cell("=1+1"), neutralise_cell("-2"), neutralise_cell(-2), neutralise_cell("Oslo")
    ("'=1+1", "'-2", -2, 'Oslo')
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _is_text_column(series: pd.Series) -> bool:
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_numeric_dtype(dtype):
        return False
    return not (pd.api.types.is_datetime64_any_dtype(dtype) or pd.api.types.is_timedelta64_dtype(dtype))


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text cell and every column name passed through :func:`neutralise_cell`.

    Numeric, boolean and date columns are returned as they are; in a mixed (object) column only the strings
    change, so numbers stay numbers.
    """
    out = df.copy()
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if _is_text_column(col):
            if isinstance(col.dtype, pd.CategoricalDtype):
                col = col.astype(object)
            out.isetitem(i, col.map(neutralise_cell, na_action="ignore"))
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    return out


# ---------------------------------------------------------------------------------------------------- provenance
def _clean_text(value: Any) -> str:
    """Provenance text on one line: line breaks become spaces, other control characters are dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = _LINE_BREAKS.sub(" ", str(value))
    return _CONTROL.sub("", text).replace("\t", " ").strip()


def _retrieved_date(meta: Mapping[str, Any]) -> str:
    return _clean_text(meta.get("retrieved") or meta.get("written") or "")[:10]


def unique_provenance(provenance: Iterable[Mapping[str, Any] | None]) -> list[Mapping[str, Any]]:
    """The metadata dicts without ``None`` entries and without repeats (same publisher, title and url)."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Mapping[str, Any]] = []
    for meta in provenance or ():
        if not meta:
            continue
        key = (_clean_text(meta.get("publisher")), _clean_text(meta.get("title")), _clean_text(meta.get("url")))
        if key in seen:
            continue
        seen.add(key)
        out.append(meta)
    return out


def is_demo(provenance: Iterable[Mapping[str, Any] | None], demo: bool = False) -> bool:
    """True when the caller says so or when any of the datasets is marked ``demo`` in its metadata."""
    return bool(demo) or any(bool(m.get("demo")) for m in provenance or () if m)


def provenance_lines(provenance: Iterable[Mapping[str, Any] | None], lang: str = DEFAULT_LANG,
                     demo: bool = False, exported: str | None = None, scope: str | None = None) -> list[str]:
    """The provenance as plain lines (without the ``#``): a heading, the export date, then per dataset its
    title, publisher, licence, retrieval date, code vintage and URL; a DEMO line first when ``demo``; the view
    (``scope``: the filter and as-of year, e.g. "Nordland, per 2015") when given."""
    _check_lang(lang)
    metas = unique_provenance(provenance)
    demo = is_demo(metas, demo)
    lines = [t("export.prov.title", lang) + (" – DEMO" if demo else "")]
    if demo:
        lines.append(t("export.demo", lang))
    if scope:
        lines.append(f"{t('export.prov.scope', lang)}: {_clean_text(scope)}")
    lines.append(f"{t('export.prov.exported', lang)}: {exported or _today()}")
    if not metas:
        lines.append(t("export.prov.none", lang))
    for meta in metas:
        lines.append(f"{t('export.prov.source', lang)}: {_clean_text(meta.get('title'))}"
                     + (" (DEMO)" if meta.get("demo") else ""))
        lines.append(f"  {t('export.prov.publisher', lang)}: {_clean_text(meta.get('publisher'))}")
        lines.append(f"  {t('export.prov.licence', lang)}: {_clean_text(meta.get('licence'))}")
        lines.append(f"  {t('export.prov.retrieved', lang)}: {_retrieved_date(meta)}")
        lines.append(f"  {t('export.prov.vintage', lang)}: {_clean_text(meta.get('code_vintage'))}")
        lines.append(f"  {t('export.prov.url', lang)}: {_clean_text(meta.get('url'))}")
    return lines


def provenance_records(provenance: Iterable[Mapping[str, Any] | None]) -> list[dict[str, Any]]:
    """The provenance as JSON-ready dicts (the six standard keys, retrieval date as given, ``demo`` flag)."""
    out = []
    for meta in unique_provenance(provenance):
        rec = {k: _clean_text(meta.get(k)) for k in PROVENANCE_KEYS}
        rec["retrieved"] = _clean_text(meta.get("retrieved") or meta.get("written") or "")
        rec["demo"] = bool(meta.get("demo"))
        out.append(rec)
    return out


def source_line(provenance: Iterable[Mapping[str, Any] | None], lang: str = DEFAULT_LANG) -> str:
    """One short line for a picture's foot: "Kilde: SSB (NLOD, hentet 2026-11-25); Kartverket (CC BY 4.0, …)".

    A publisher is named once per licence: two datasets from the same publisher give one item with both
    retrieval dates ("hentet 2026-08-22, 2026-12-05"), never the publisher twice.
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for meta in unique_provenance(provenance):
        key = (_clean_text(meta.get("publisher")) or "?", _clean_text(meta.get("licence")) or "?")
        dates = groups.setdefault(key, [])
        day = _retrieved_date(meta) or "?"
        if day not in dates:
            dates.append(day)
    items = [t("export.source_item", lang, publisher=publisher, licence=licence, retrieved=", ".join(sorted(dates)))
             for (publisher, licence), dates in groups.items()]
    return t("export.source_line", lang, sources="; ".join(items) if items else t("export.prov.none", lang))


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")


def file_slug(text: Any, limit: int = 40) -> str:
    """A file-name part: lower-case ASCII letters, digits and hyphens (æ→ae, ø→o, å→aa, other accents dropped).

    >>> file_slug("Bærum: Kárášjohka/Ås")
    'baerum-karasjohka-aas'
    """
    s = str(text or "").lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "aa"), ("ß", "ss"), ("đ", "d"), ("ŋ", "n"), ("ŧ", "t")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:limit].rstrip("-") or "x"


def file_name(key: str, part: str | None, country: str, ext: str, demo: bool, day: str | None = None,
              scope: str | None = None) -> str:
    """``<key>-<part>[-<scope>]-<country>-<date>[-DEMO].<ext>``, every piece slugged: what an exported file is
    called. ``scope`` names a filtered view (county, size band, as-of year), so it never shares the name of the
    national view's file."""
    pieces = ([file_slug(key, 60)] + ([file_slug(part)] if part else []) + ([file_slug(scope, 60)] if scope else [])
              + [file_slug(country, 4), day or _today()])
    return "-".join(pieces) + ("-DEMO" if demo else "") + f".{ext}"


# ---------------------------------------------------------------------------------------------------- CSV
def csv_dialect(lang: str) -> tuple[str, str]:
    """``(field separator, decimal mark)`` for ``lang``: ``;`` and ``,`` for nb/da, ``,`` and ``.`` for en."""
    _check_lang(lang)
    return (",", ".") if lang == "en" else (";", ",")


def _csv_value(value: Any, decimal: str) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        text = repr(value) if not value.is_integer() or abs(value) >= 1e16 else str(value)
        return text.replace(".", decimal) if decimal != "." else text
    if isinstance(value, datetime | date | pd.Timestamp):
        return value.isoformat()
    return value


def _comment_line(line: str, sep: str) -> str:
    """A provenance line as a ``#`` comment that never needs quoting: no separator, no double quote, one line."""
    text = _clean_text(line).replace('"', "'")
    return "# " + (text.replace(sep, "," if sep == ";" else ";") if sep else text)


def _csv_field(value: Any, sep: str) -> str:
    """One CSV field: quoted (with doubled quotes) when it holds the separator, a quote, a line break or ``#``
    (so a reader told ``comment="#"`` never cuts a row short or skips it)."""
    text = "" if value is None else str(value)
    if any(ch in text for ch in (sep, '"', "\r", "\n", "#")):
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv_bytes(df: pd.DataFrame, provenance: Iterable[Mapping[str, Any] | None], lang: str = DEFAULT_LANG,
                 demo: bool = False, scope: str | None = None) -> bytes:
    """``df`` as CSV bytes: BOM, ``#`` provenance lines (a ``# DEMO: …`` line when demo, the view's ``scope``
    when filtered), header, rows.

    Read it back with ``pandas.read_csv(path, sep=";", decimal=",", comment="#", dtype={"Kommunenummer": str})``
    (``sep=","``, ``decimal="."`` for English files): the comment lines never contain the separator or a quote,
    and a field holding ``#`` is quoted. Text cells and headers are neutralised (:func:`neutralise_cell`); a
    header beginning with ``#`` gets the same leading ``'``. Numbers are written with the language's decimal
    mark (see :func:`csv_dialect`); missing values are empty fields.
    """
    sep, decimal = csv_dialect(lang)
    safe = neutralise_frame(df)
    lines = [_comment_line(line, sep) for line in [*provenance_lines(provenance, lang, demo, scope=scope),
                                                    t("export.prov.read", lang)]]
    header = ["'" + str(c) if str(c).startswith("#") else str(c) for c in safe.columns]
    lines.append(sep.join(_csv_field(c, sep) for c in header))
    for row in safe.itertuples(index=False, name=None):
        lines.append(sep.join(_csv_field(_csv_value(_plain(v), decimal), sep) for v in row))
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def _plain(value: Any) -> Any:
    """numpy scalars -> Python scalars; pandas missing markers -> None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


# ---------------------------------------------------------------------------------------------------- XLSX
def sanitise_sheet_name(name: Any, taken: Iterable[str] = (), demo: bool = False) -> str:
    """An Excel-legal, unique sheet name: no ``[]:*?/\\``, no leading/trailing apostrophe, 1–31 characters,
    not "History", different (ignoring case) from every name in ``taken``; ``"DEMO "`` in front when demo.

    >>> sanitise_sheet_name("Kommuner: status/år [2024]")
    'Kommuner status år 2024'
    """
    text = _SHEET_FORBIDDEN.sub(" ", _clean_text(name))
    text = re.sub(r"\s+", " ", text).strip().strip("'").strip()
    if not text or text.lower() == "history":
        text = f"{text} 1".strip() if text else "Tabell"
    prefix = "DEMO " if demo and not text.upper().startswith("DEMO") else ""
    base = (prefix + text)[:EXCEL_SHEET_MAX].rstrip().rstrip("'")
    lowered = {s.lower() for s in taken}
    candidate, n = base, 2
    while candidate.lower() in lowered:
        suffix = f" ({n})"
        candidate = base[: EXCEL_SHEET_MAX - len(suffix)].rstrip() + suffix
        n += 1
    return candidate


def _xlsx_value(value: Any) -> Any:
    value = _plain(value)
    if isinstance(value, str):
        return _XLSX_ILLEGAL.sub("", value)
    if isinstance(value, float) and math.isinf(value):
        return str(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime().replace(tzinfo=None)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    if isinstance(value, list | tuple | set | dict):
        return neutralise_cell(str(value))
    return value


_PERCENT = re.compile(r"^(-?[0-9][0-9\u202f\u00a0 ]*(?:[.,][0-9]+)?)\s?%$")
_CODE = re.compile(r"^[0-9]{2,}$")


def _percent_value(text: str) -> tuple[float, str] | None:
    """``"43,5 %"`` / ``"43.5%"`` -> ``(0.435, "0.0%")`` (the value and an Excel number format with as many
    decimals as shown); None for any other text."""
    m = _PERCENT.match(text.strip())
    if not m:
        return None
    digits = re.sub(r"[\u202f\u00a0 ]", "", m.group(1)).replace(",", ".")
    try:
        value = float(digits)
    except ValueError:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return value / 100, "0" + ("." + "0" * decimals if decimals else "") + "%"


def _is_code_column(series: pd.Series) -> bool:
    """Text that is all digits with at least two of them (municipality and county numbers such as ``0301``)."""
    values = [v for v in series if isinstance(v, str)]
    return bool(values) and len(values) == int(series.notna().sum()) and all(_CODE.match(v) for v in values)


def _set_text(cell: Any, text: str) -> None:
    """Write ``text`` as a string cell (never a formula), neutralised."""
    cell.value = _xlsx_value(neutralise_cell(text))
    cell.data_type = "s"


def to_xlsx_bytes(sheets: Mapping[str, pd.DataFrame], provenance: Iterable[Mapping[str, Any] | None],
                  lang: str = DEFAULT_LANG, demo: bool = False, scope: str | None = None) -> bytes:
    """A workbook with one sheet per table and a last sheet ("Kilder"/"Sources") with the provenance.

    When demo, every table sheet's name starts with "DEMO" and its first row states that the data are synthetic
    (the header then follows on row 2); the workbook title says DEMO too. Text cells are neutralised, numbers
    stay numbers, missing values are empty cells. Sheet names follow Excel's rules (:func:`sanitise_sheet_name`).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    _check_lang(lang)
    metas = unique_provenance(list(provenance or ()))
    demo = is_demo(metas, demo)
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    demo_font = Font(bold=True, color="FFFFFF", size=12)
    demo_fill = PatternFill("solid", fgColor="B00020")
    taken: list[str] = []
    for raw_name, df in sheets.items():
        name = sanitise_sheet_name(raw_name, taken, demo)
        taken.append(name)
        ws = wb.create_sheet(name)
        safe = neutralise_frame(df)
        row = 1
        if demo:
            _set_text(ws.cell(row=1, column=1), t("export.demo", lang))
            ws.cell(row=1, column=1).font = demo_font
            ws.cell(row=1, column=1).fill = demo_fill
            row = 2
        widths = []
        for j, col in enumerate(safe.columns, start=1):
            cell = ws.cell(row=row, column=j)
            _set_text(cell, str(col))
            cell.font = bold
            widths.append(len(str(col)))
        header_row = row
        ws.freeze_panes = ws.cell(row=row + 1, column=1)
        codes = {j for j in range(1, safe.shape[1] + 1) if _is_code_column(safe.iloc[:, j - 1])}
        for values in safe.itertuples(index=False, name=None):
            row += 1
            for j, v in enumerate(values, start=1):
                v = _xlsx_value(v)
                share = _percent_value(v) if isinstance(v, str) else None
                if share is not None:  # "43,5 %" as shown on the page -> 0.435 with a percent format
                    cell = ws.cell(row=row, column=j, value=share[0])
                    cell.number_format = share[1]
                    widths[j - 1] = max(widths[j - 1], len(v))
                    continue
                cell = ws.cell(row=row, column=j, value=v)
                if isinstance(v, str):
                    cell.data_type = "s"
                    if j in codes:
                        cell.number_format = "@"  # text: Excel keeps the leading zero of 0301
                    widths[j - 1] = max(widths[j - 1], min(len(v), 60))
                elif v is not None:
                    widths[j - 1] = max(widths[j - 1], len(str(v)))
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = min(max(w + 2, 8), 62)
        if safe.shape[1]:
            ws.auto_filter.ref = f"A{header_row}:{get_column_letter(safe.shape[1])}{max(row, header_row)}"

    src = wb.create_sheet(sanitise_sheet_name(t("export.prov.sheet", lang), taken))
    src_row = 0
    for line in provenance_lines(metas, lang, demo, scope=scope):
        src_row += 1
        cell = src.cell(row=src_row, column=1)
        _set_text(cell, line)
        if src_row == 1 or line.startswith("DEMO"):
            cell.font = demo_font if line.startswith("DEMO") else bold
            if line.startswith("DEMO"):
                cell.fill = demo_fill
    if metas:  # a machine-readable block: one row per dataset, with a link only when the URL is http(s)
        src_row += 2
        headers = [t(f"export.prov.{k}", lang) for k in ("source", "publisher", "licence", "retrieved", "vintage",
                                                           "url")] + (["DEMO"] if demo else [])
        for j, h in enumerate(headers, start=1):
            _set_text(src.cell(row=src_row, column=j), h)
            src.cell(row=src_row, column=j).font = bold
    for meta in metas:
        src_row += 1
        values = [_clean_text(meta.get("title")), _clean_text(meta.get("publisher")),
                  _clean_text(meta.get("licence")), _retrieved_date(meta), _clean_text(meta.get("code_vintage")),
                  _clean_text(meta.get("url"))]
        for j, v in enumerate(values, start=1):
            _set_text(src.cell(row=src_row, column=j), v)
        if demo:
            src.cell(row=src_row, column=7, value=bool(meta.get("demo")))
        url = values[-1]
        if url.lower().startswith(("http://", "https://")):
            src.cell(row=src_row, column=6).hyperlink = url
    src.column_dimensions["A"].width = 60
    for letter in "BCDEF":
        src.column_dimensions[letter].width = 22
    wb.properties.title = (t("export.prov.title", lang) + (f" – {_clean_text(scope)}" if scope else "")
                           + (" – DEMO" if demo else ""))
    wb.properties.creator = "Frivillighetsatlas"
    wb.properties.description = source_line(metas, lang) + (" " + t("export.demo", lang) if demo else "")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------- GeoJSON
def _json_value(value: Any) -> Any:
    value = _plain(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def to_geojson_bytes(geojson: bytes | str | Mapping[str, Any], values: pd.DataFrame | None,
                     provenance: Iterable[Mapping[str, Any] | None], demo: bool = False,
                     key: str = "kommunenummer", lang: str = DEFAULT_LANG, scope: str | None = None) -> bytes:
    """The map layer as a GeoJSON FeatureCollection with the shown values as feature properties.

    ``values`` is keyed by its ``key`` column (``kommunenummer``); every other column becomes a property of the
    matching feature (features without a row get ``null`` for each column, so every feature has the same
    properties). The feature's own ``kommunenummer``/``kommunenavn`` are kept. A top-level ``"metadata"``
    member (a foreign member, allowed by RFC 7946) carries the provenance, the export date and ``"demo"``.
    """
    _check_lang(lang)
    if isinstance(geojson, bytes | bytearray | str):
        try:
            doc = json.loads(geojson)
        except ValueError as exc:
            raise ValueError(f"the map layer is not valid JSON: {exc}") from exc
    else:
        doc = dict(geojson)
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(
            doc.get("features"), list):
        raise ValueError("the map layer must be a GeoJSON FeatureCollection with a 'features' list")
    columns: list[str] = []
    rows: dict[str, dict[str, Any]] = {}
    if values is not None and len(values.columns):
        if key not in values.columns:
            raise ValueError(f"the values table has no {key!r} column")
        columns = [str(c) for c in values.columns if c != key]
        for rec in values.to_dict("records"):
            code = str(_plain(rec.get(key)))
            rows[code] = {str(k): _json_value(v) for k, v in rec.items() if k != key}
    features = []
    for feature in doc["features"]:
        props = dict((feature or {}).get("properties") or {})
        code = str(props.get(key, "")).strip()
        extra = rows.get(code, {})
        for col in columns:
            if col in (key, "kommunenavn") and col in props:
                continue
            props[col] = extra.get(col)
        features.append({"type": "Feature", "properties": props, "geometry": feature.get("geometry")})
    metas = unique_provenance(list(provenance or ()))
    demo = is_demo(metas, demo)
    out = {
        "type": "FeatureCollection",
        "metadata": {
            "title": t("export.prov.title", lang) + (" – DEMO" if demo else ""),
            "exported": _today(),
            **({"scope": _clean_text(scope)} if scope else {}),
            "demo": demo,
            **({"demo_note": t("export.demo", lang)} if demo else {}),
            "sources": provenance_records(metas),
        },
        "features": features,
    }
    return json.dumps(out, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
