"""Hostile input: every importer (policies, quality checklist, Brreg organisations, CVR associations) fed arbitrary
bytes, CSV with any delimiter, quoting and encoding, damaged workbooks, arbitrary and deeply nested JSON, gzip of
garbage and cut gzip, and huge fields ends in a register or an :class:`AtlasError` with a plain message. Any other
exception fails; a call that never returns is stopped by the test's own pytest-timeout (speed is bench/'s job).

Property-based (hypothesis); the example counts keep the whole file to well under a minute on two cores.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from base.errors import AtlasError
from registers import organisations, policies, quality
from sources import cvr
from tests.conftest import ROOT
from tests.policy_helpers import make_store, no_index

IDX = no_index()
DK_CODES = {"0101", "0147", "0751"}
# No clocks: an importer that hangs is stopped by pytest-timeout (the test's own bound, not a speed claim).
FUZZ_TIMEOUT_S = 300  # one fuzz test: up to 40 generated inputs
HUGE_TIMEOUT_S = 180  # one file near the 10 MB upload limit (a gzip bomb, 700 000 rows, ...)

IMPORTERS: dict[str, Callable[[bytes, str], Any]] = {
    "policies": lambda data, name: policies.preview_policies(data, name, IDX, "no"),
    "quality": lambda data, name: quality.preview_quality(data, name, IDX, "no"),
    "organisations": lambda data, name: organisations.preview_organisations(data, name, IDX, "no"),
    "cvr": lambda data, name: cvr.read_cvr_associations(data, name, valid_codes=DK_CODES),
}
FUZZ = settings(max_examples=40, deadline=None, database=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


class Blob(bytes):
    """Bytes that print short in a failing example (the input itself can be megabytes)."""

    def __repr__(self) -> str:
        head = bytes(self[:120])
        return f"Blob({head!r}{' …' if len(self) > 120 else ''} [{len(self)} bytes])"


def ends_plainly(importer: str, data: bytes, name: str) -> Any:
    """Run one importer on ``data``; return its result, or the AtlasError it raised. Anything else (another
    exception, an empty message) fails the test; a run that never ends is stopped by the test's pytest-timeout."""
    try:
        return IMPORTERS[importer](bytes(data), name)
    except AtlasError as err:
        assert str(err).strip() and err.message.strip(), f"{importer}: an AtlasError without a message"
        assert "Traceback" not in str(err)
        return err
    except Exception as exc:  # noqa: BLE001 - judged here: a traceback for the user
        raise AssertionError(f"{importer} raised {type(exc).__name__} (a traceback for the user) on {name!r} "
                             f"({len(data)} bytes): {exc!r}") from exc


# ---------------------------------------------------------------------------------------------------- strategies
HEADERS = ["kommunenummer", "kommune", "kommunenavn", "fylke", "status", "frivillighetspolitikk", "vedtatt",
           "revidert", "lenke", "bud", "dialog", "tverrsektoriell", "bud 1", "bud 10", "frivilligråd",
           "frivilligsentral", "cvrNummer", "navn", "kommunekode", "virksomhedsformkode", "organisasjonsnummer",
           "forretningsadresse.kommunenummer", "registrertIFrivillighetsregisteret", "icnpoNummer", ""]
CELLS = ["0301", "301", "1804", "5001", "9999", "0101", "ja", "nei", "x", "vedtatt", "under arbeid", "2019",
         "2031", "1-4, 8", "alle", "=1+1", "@SUM(A1)", "-2", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
         "https://example.org/a", '"', '""', "12345678", "999999999", "110", "true", "\u202e", "\x00", "Ålesund"]
cell = st.one_of(st.sampled_from(CELLS), st.text(max_size=40))
DELIMITERS = [",", ";", "\t", "|", " ", ":", ""]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32"]
NAMES = st.sampled_from(["register.csv", "sjekkliste.xlsx", "enheter.json", "lastned.json.gz", "uten-endelse",
                         "../../etc/passwd", "<img src=x onerror=alert(1)>.csv", "a" * 300 + ".csv", ""])


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    sep = draw(st.sampled_from(DELIMITERS))
    rows = [draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7))]
    rows += draw(st.lists(st.lists(cell, max_size=9), max_size=8))
    quote = draw(st.sampled_from(["", '"', "'"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r", "\u2028"]))
    text = newline.join(sep.join(f"{quote}{c}{quote}" for c in r) for r in rows)
    if draw(st.booleans()):
        text = draw(st.sampled_from(["sep=;\n", "sep=\t\n", "Tittel på registeret\n\n", "\ufeff"])) + text
    return text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


def _xlsx(rows: list[list[Any]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


xlsx_cell = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
                      st.booleans(), st.text(max_size=30).map(lambda s: "".join(c for c in s if c >= " ")),
                      st.sampled_from(CELLS[:20]))


@st.composite
def xlsx_files(draw: st.DrawFn) -> bytes:
    rows = [draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6))]
    rows += draw(st.lists(st.lists(xlsx_cell, max_size=7), max_size=6))
    data = _xlsx(rows)
    damage = draw(st.sampled_from(["none", "cut", "flip", "prefix"]))
    where = draw(st.floats(0, 1))
    if damage == "cut":
        data = data[: int(where * len(data))]
    elif damage == "flip":
        i = int(where * (len(data) - 1))
        data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]
    elif damage == "prefix":
        data = b"PK\x03\x04" + data[int(where * len(data)):]
    return data


JSON_KEYS = ["hits", "_source", "Vrvirksomhed", "cvrNummer", "virksomhedMetadata", "nyesteNavn", "navn",
             "nyesteBeliggenhedsadresse", "kommune", "kommuneKode", "beliggenhedsadresse", "postadresse",
             "periode", "gyldigTil", "livsforloeb", "nyesteVirksomhedsform", "virksomhedsformkode", "_embedded",
             "enheter", "frivilligeOrganisasjoner", "icnpoKategorier", "icnpoNummer", "rekkefoelge",
             "organisasjonsnummer", "organisasjonsform", "forretningsadresse", "kommunenummer", "adresse",
             "registrertIFrivillighetsregisteret", "slettedato", "page", "totalElements", "_links"]
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False),
                      st.text(max_size=12), st.sampled_from(CELLS))
json_docs = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(JSON_KEYS) | st.text(max_size=6),
                                                                inner, max_size=6),
    max_leaves=40)


@st.composite
def json_files(draw: st.DrawFn) -> bytes:
    doc = draw(json_docs)
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    if draw(st.booleans()):  # NDJSON: one document per line
        text = "\n".join(json.dumps(d) for d in draw(st.lists(json_docs, min_size=1, max_size=4)))
    if draw(st.booleans()):
        text = text[: int(draw(st.floats(0, 1)) * len(text))]
    return text.encode("utf-8")


@st.composite
def deep_json(draw: st.DrawFn) -> bytes:
    depth = draw(st.sampled_from([50, 900, 1000, 5000, 100_000]))
    opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}"), ('{"hits":{"hits":[', "]}}"),
                                           ('[{"_source":', "}]"), ('{"_embedded":{"enheter":[', "]}}")]))
    closed = draw(st.booleans())
    return (opener * depth + ("1" + closer * depth if closed else "")).encode()


@st.composite
def gzip_files(draw: st.DrawFn) -> bytes:
    inner = draw(st.one_of(json_files(), csv_files(), st.binary(max_size=600), deep_json()))
    data = gzip.compress(inner, mtime=0)
    how = draw(st.sampled_from(["whole", "cut", "garbage-after", "double", "flip"]))
    if how == "cut":
        data = data[: int(draw(st.floats(0, 1)) * len(data))]
    elif how == "garbage-after":
        data += draw(st.binary(min_size=1, max_size=40))
    elif how == "double":
        data = gzip.compress(data, mtime=0)
    elif how == "flip" and len(data) > 12:
        i = 10 + int(draw(st.floats(0, 1)) * (len(data) - 11))
        data = data[:i] + bytes([data[i] ^ 0x55]) + data[i + 1:]
    return data


ALL = list(IMPORTERS)


# ---------------------------------------------------------------------------------------------------- properties
@pytest.mark.timeout(FUZZ_TIMEOUT_S)
@pytest.mark.parametrize("importer", ALL)
@FUZZ
@given(data=(st.binary(max_size=3000)).map(Blob), name=NAMES)
def test_arbitrary_bytes_end_in_a_register_or_a_plain_error(importer: str, data: bytes, name: str):
    ends_plainly(importer, data, name)


@pytest.mark.timeout(FUZZ_TIMEOUT_S)
@pytest.mark.parametrize("importer", ALL)
@FUZZ
@given(data=(csv_files()).map(Blob), name=NAMES)
def test_csv_with_any_delimiter_quoting_and_encoding_ends_plainly(importer: str, data: bytes, name: str):
    ends_plainly(importer, data, name)


@pytest.mark.timeout(FUZZ_TIMEOUT_S)
@pytest.mark.parametrize("importer", ALL)
@settings(FUZZ, max_examples=15)
@given(data=(xlsx_files()).map(Blob), name=NAMES)
def test_workbooks_whole_cut_or_damaged_end_plainly(importer: str, data: bytes, name: str):
    ends_plainly(importer, data, name)


@pytest.mark.timeout(FUZZ_TIMEOUT_S)
@pytest.mark.parametrize("importer", ALL)
@FUZZ
@given(data=(st.one_of(json_files(), deep_json())).map(Blob), name=NAMES)
def test_arbitrary_and_deeply_nested_json_ends_plainly(importer: str, data: bytes, name: str):
    ends_plainly(importer, data, name)


@pytest.mark.timeout(FUZZ_TIMEOUT_S)
@pytest.mark.parametrize("importer", ALL)
@settings(FUZZ, max_examples=30)
@given(data=(gzip_files()).map(Blob), name=NAMES)
def test_gzip_of_garbage_and_cut_gzip_end_plainly(importer: str, data: bytes, name: str):
    ends_plainly(importer, data, name)


# ---------------------------------------------------------------------------------------------------- huge input
MB = 1024 * 1024
HUGE = {  # built when used: some are large
    "one 9 MB cell": lambda: b"kommunenummer;status;lenke\n0301;vedtatt;" + b"a" * (9 * MB),
    "an unclosed quote over 9 MB": lambda: b'kommunenummer;status\n0301;"' + b"a\n" * (4 * MB),
    "9 MB of separators in one row": lambda: b"kommunenummer;status\n0301;" + b";" * (9 * MB),
    "200 000 columns": lambda: b",".join([b"kommunenummer"] + [b"k%d" % i for i in range(200_000)]) + b"\n0301",
    "700 000 rows": lambda: b"kommunenummer;status\n" + b"0301;vedtatt\n" * 700_000,
    "a name of 9 MB in JSON": lambda: json.dumps([{"Vrvirksomhed": {"cvrNummer": 12345678,
                                                                    "navn": "a" * (9 * MB)}}]).encode(),
    "a list nested 2 million deep": lambda: b"[" * (2 * MB),
    "gzip expanding to 200 MB of zeros": lambda: gzip.compress(b"0" * (200 * MB), compresslevel=1, mtime=0),
    "an 11 MB file": lambda: b"kommunenummer;status\n" + b"0301;vedtatt\n" * (11 * MB // 13),
}


@pytest.mark.slow
@pytest.mark.timeout(HUGE_TIMEOUT_S)
@pytest.mark.parametrize("importer", ALL)
@pytest.mark.parametrize("what", list(HUGE))
def test_huge_fields_and_files_end_plainly(importer: str, what: str):
    ends_plainly(importer, HUGE[what](), "stor.csv")


# ---------------------------------------------------------------------------------------------------- file names
HOSTILE_NAMES = ["../../../../tmp/atlas-escape.csv", "/etc/atlas-escape.csv", "..", "a/../../b.csv",
                 "x" * 400 + ".csv", "<img src=x onerror=alert(1)>.csv", "nul\x00byte.csv", "C:\\Windows\\x.csv"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_an_uploaded_files_name_is_never_used_as_a_path(tmp_path: Path, name: str):
    """The name is recorded as given and shown escaped; nothing is created or read at any path it spells."""
    store = make_store(tmp_path / "store")
    csv = b"kommunenummer;status;vedtatt\n0301;vedtatt;2019\n"
    before = {p for p in tmp_path.rglob("*")}
    result = policies.import_policies(store, csv, file_name=name, index=IDX)
    assert result.meta["file_name"] == name
    quality_csv = b"kommunenummer;bud 1\n0301;ja\n"
    got = quality.import_quality(store, quality_csv, file_name=name, index=IDX)
    assert got.meta["file_name"] == name
    org = json.dumps({"_embedded": {"enheter": [{"organisasjonsnummer": "971035854", "navn": "Lag",
                                                 "registrertIFrivillighetsregisteret": True,
                                                 "forretningsadresse": {"kommunenummer": "0301"}}]}}).encode()
    try:  # an OSError (e.g. "file name too long") here would reach the user as a traceback
        organisations.import_organisations(store, org, file_name=name, index=IDX)
    except AtlasError as err:
        assert "Traceback" not in str(err)
    after = {p for p in tmp_path.rglob("*")}
    created = {p for p in after - before if "store" not in p.relative_to(tmp_path).parts}
    assert created == set()
    assert not Path("/tmp/atlas-escape.csv").exists() and not Path("/etc/atlas-escape.csv").exists()


def test_the_command_line_refuses_hostile_files_without_a_traceback(tmp_path: Path):
    store = tmp_path / "store"
    make_store(store)
    cases = {
        "garbage.csv": bytes(range(256)) * 8,
        "deep.json": b"[" * 200_000,
        "cut.json.gz": gzip.compress(b'[{"organisasjonsnummer": "971035854", "navn": "x"}]' * 50, mtime=0)[:60],
        "bomb.xlsx": b"PK\x03\x04" + b"\x00" * 2000,
    }
    for file_name, data in cases.items():
        path = tmp_path / file_name
        path.write_bytes(data)
        for what in ("policies", "quality", "organisations"):
            got = subprocess.run([sys.executable, "-m", "analytics", "--data-dir", str(store), "import", what,
                                  str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
            assert got.returncode == 2, (what, file_name, got.stdout, got.stderr)
            assert "Traceback" not in got.stderr and got.stderr.strip(), (what, file_name, got.stderr)
