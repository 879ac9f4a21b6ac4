"""Hostile input files, built in code (small where possible): the kinds of issue 22, shared by the test suite
(``tests/test_hostile.py``) and the benchmark (``bench/hostile_files.py``).

Each :class:`Kind` writes its file (or FIFO, symlink, folder) into a directory and names the importers it is
aimed at. Nothing here is a copy of any expected output; the judges live in the test.
"""

from __future__ import annotations

import hashlib
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
TABLES = ("policies", "quality")
ALL = ("policies", "quality", "organisations")


@dataclass(frozen=True)
class Kind:
    name: str
    importers: tuple[str, ...]
    build: Callable[[Path], Path]  # writes the input under the given folder and returns the path to import
    note: str = ""
    expect: str = "refused"  # "refused": exit 2, a plain message, the store unchanged; "accepted": exit 0
    rows: int | None = None  # for an accepted file: the rows the new register must hold


# ---------------------------------------------------------------------------------------------- XLSX by hand
_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{parts}</Types>')
_SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_SST_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
              'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
              'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
              'Target="xl/workbook.xml"/></Relationships>')
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(sheets: list[str], shared: list[str] | None = None, shared_xml: bytes | None = None) -> bytes:
    """A workbook whose worksheets are the given ``<sheetData>`` contents (raw XML, so any corruption can be
    written), with optional shared strings (texts, or the raw part)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        parts = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="{_SHEET_CT}"/>'
                        for i in range(len(sheets)))
        if shared is not None or shared_xml is not None:
            parts += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_CT}"/>'
        zf.writestr("[Content_Types].xml", _CT.format(parts=parts))
        zf.writestr("_rels/.rels", _ROOT_RELS)
        entries = "".join(f'<sheet name="Ark{i + 1}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i in range(len(sheets)))
        zf.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
                                       f"<sheets>{entries}</sheets></workbook>")
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{_REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                       for i in range(len(sheets)))
        n = len(sheets)
        if shared is not None or shared_xml is not None:
            rels += f'<Relationship Id="rId{n + 1}" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        zf.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                    f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        for i, body in enumerate(sheets):
            zf.writestr(f"xl/worksheets/sheet{i + 1}.xml", f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}">'
                        f"{body}</worksheet>")
        if shared_xml is not None:
            zf.writestr("xl/sharedStrings.xml", shared_xml)
        elif shared is not None:
            items = "".join(f"<si><t>{s}</t></si>" for s in shared)
            zf.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{_MAIN}" count="{len(shared)}">'
                        f"{items}</sst>")
    return buf.getvalue()


HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>kommunenummer</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>status</t></is></c><c r="C1" t="inlineStr"><is><t>bud 1</t></is></c>'
              "</row>")


def sheet(*rows: str, dimension: str | None = None) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{dim}<sheetData>{HEADER_ROW}{''.join(rows)}</sheetData>"


def good_row(r: int = 2, code: str = "0301") -> str:
    return (f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{code}</t></is></c>'
            f'<c r="B{r}" t="inlineStr"><is><t>vedtatt</t></is></c><c r="C{r}" t="inlineStr"><is><t>ja</t></is></c>'
            "</row>")


def _bytes(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        p = folder / name
        p.write_bytes(data() if callable(data) else data)
        return p
    return build


# ---------------------------------------------------------------------------------------------- special files
def _fifo(folder: Path) -> Path:
    p = folder / "ror.csv"
    os.mkfifo(p)
    return p


def _symlink(target: str, name: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        p = folder / name
        p.symlink_to(target)
        return p
    return build


def _locked_folder(folder: Path) -> Path:
    d = folder / "stengt"
    d.mkdir()
    p = d / "enheter.json"
    p.write_text('{"_embedded": {"enheter": []}}')
    d.chmod(0)
    return p


def _escape_name(folder: Path) -> Path:
    p = folder / "register\x1b[2J\x1b]0;pwned\x07\nrad.csv"
    p.write_bytes(b"kommunenummer;status\n9999;vedtatt\n")
    return p


# ---------------------------------------------------------------------------------------------- the kinds
def _sst_one_big(size: int, uses: int) -> bytes:
    big = "a" * size
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>0301</t></is></c>'
                   f'<c r="B{r}" t="s"><v>0</v></c></row>' for r in range(2, uses + 2))
    return xlsx([sheet(rows)], shared_xml=(f'<?xml version="1.0"?><sst xmlns="{_MAIN}"><si><t>{big}</t></si></sst>'
                                           ).encode())


_FAR_EMPTY_CELL = '<row r="100019"><c r="XFD100019" t="inlineStr"><is><t></t></is></c></row>'


def _csv_million_columns() -> bytes:
    head = b",".join([b"kommunenummer", b"status"] + [b"k%d" % i for i in range(1_000_000)])
    return head + b"\n0301,vedtatt\n"


KINDS: list[Kind] = [
    # tracebacks from XLSX cells that do not parse
    Kind("xlsx_number_cell_text", TABLES, _bytes("tall.xlsx", xlsx([sheet(
        '<row r="2"><c r="A2" t="inlineStr"><is><t>0301</t></is></c><c r="B2"><v>notanumber</v></c></row>')]))),
    Kind("xlsx_shared_index_out_of_range", TABLES, _bytes("sst.xlsx", xlsx([sheet(
        '<row r="2"><c r="A2" t="s"><v>99</v></c></row>')], shared=["0301"]))),
    Kind("xlsx_date_cell_invalid", TABLES, _bytes("dato.xlsx", xlsx([sheet(
        '<row r="2"><c r="A2" t="inlineStr"><is><t>0301</t></is></c><c r="B2" t="d"><v>2019-13-45</v></c></row>')]))),
    Kind("xlsx_cell_ref_ZZZZ0", TABLES, _bytes("ref.xlsx", xlsx([sheet(
        '<row r="2"><c r="ZZZZ0" t="inlineStr"><is><t>0301</t></is></c></row>')]))),
    Kind("xlsx_row_r_abc", TABLES, _bytes("rad.xlsx", xlsx([sheet(
        '<row r="abc"><c t="inlineStr"><is><t>0301</t></is></c></row>')]))),
    # special files
    Kind("symlink_dev_zero", ALL, _symlink("/dev/zero", "null.csv")),
    Kind("symlink_dev_urandom", ALL, _symlink("/dev/urandom", "tilfeldig.xlsx")),
    Kind("fifo", ALL, _fifo, "nothing ever writes to it"),
    Kind("unreadable_folder", ALL, _locked_folder, "as root: run via folder_modes_prefix"),
    # no answer / far too much memory
    Kind("xlsx_dimension_XFD100019", TABLES, _bytes("dimensjon.xlsx", xlsx(
        [sheet(good_row(), _FAR_EMPTY_CELL, dimension="A1:XFD100019") for _ in range(3)])),
         "a valid sheet that claims to be 16 384 x 100 019 cells (one empty cell in the far corner)",
         expect="accepted", rows=1),
    Kind("xlsx_shared_string_20MB_x300", TABLES, _bytes("sst20.xlsx", lambda: _sst_one_big(20 * MB, 300))),
    Kind("xlsx_shared_string_95MB", TABLES, _bytes("sst95.xlsx", lambda: _sst_one_big(95 * MB, 1))),
    Kind("csv_one_line_of_commas", TABLES, _bytes("komma.csv", lambda: b"kommunenummer,status" + b"," * (
        int(9.9 * MB) - 20))),
    Kind("csv_million_columns", TABLES, _bytes("kolonner.csv", _csv_million_columns)),
    # quietly wrong
    Kind("year_minus_2019", TABLES, _bytes("aar.csv", b"kommunenummer;status;vedtatt;bud 1\n0301;vedtatt;-2019;ja\n")),
    Kind("sep_line_cr_only", TABLES, _bytes("sep.csv", b"sep=;\rkommunenummer;status;bud 1\r0301;vedtatt;ja\r"
                                                       b"1804;vedtatt;nei\r"), expect="accepted", rows=2),
    Kind("nul_after_64kB", TABLES, _bytes("nul.csv", lambda: b"kommunenummer;status;kommentar;bud 1\n"
                                           + b"0301;vedtatt;" + b"x" * (70 * 1024) + b"\x00;ja\n")),
    Kind("symlink_etc_passwd", ALL, _symlink("/etc/passwd", "passord.csv")),
    Kind("terminal_escapes_in_name", ALL, _escape_name),
]
BY_NAME = {k.name: k for k in KINDS}


# ---------------------------------------------------------------------------------------------- running one case
def folder_modes_prefix() -> list[str] | None:
    """A command prefix under which file modes bind the process: none needed for a normal user; as root, the
    capabilities that let root read any folder (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) dropped with util-linux's
    setpriv before exec; None when running as root without setpriv (no unreadable folder can then be made)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"] if setpriv else None


def run_limited(args: list[str], cwd: Path, wall: float, memory_mb: int, env: dict[str, str] | None = None,
                prefix: list[str] | None = None) -> tuple[int | None, str, str, float, float]:
    """Run ``python args`` in ``cwd`` under RLIMIT_AS of ``memory_mb`` (behind ``prefix``, a command that execs it,
    e.g. :func:`folder_modes_prefix`), killed after ``wall`` seconds. Returns (exit code, or None when killed at the
    bound; stdout; stderr; peak RSS in MB of that process alone; seconds)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * MB, memory_mb * MB))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        proc = subprocess.Popen([*(prefix or []), sys.executable, *args], cwd=cwd, stdout=out, stderr=err,
                                preexec_fn=limit, env={**os.environ, **(env or {})})
        killed = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > wall:
                proc.kill()
                killed = True
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        took = time.monotonic() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        return (None if killed else proc.returncode, out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"), usage.ru_maxrss / 1024, took)


def store_digest(root: Path) -> str:
    """One hash over every file of a data directory (names and bytes)."""
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()
