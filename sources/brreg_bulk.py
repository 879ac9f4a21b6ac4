"""The national Enhetsregisteret bulk file (``/enhetsregisteret/api/enheter/lastned``) read with DuckDB.

The file is one JSON array of about 1.17 million units (about 210 MB gzip, 2 GB of text). Its whitespace layout is
not promised by the publisher (Jackson's ``}, {`` today; any indentation, one line or CRLF line ends are the same
JSON), so the reader must not depend on it. DuckDB's ``read_json(format='array')`` parses any layout at about the
speed of decompression, and reads only the columns named here.

How it runs (see :func:`read_bulk_duckdb`):

* DuckDB reads the file itself (gzip or plain) in a worker thread; it numbers the elements in file order
  (``row_number() over ()``, a streaming window), keeps the units registered in Frivillighetsregisteret or carrying a
  ``slettedato``, and groups identical kept records into one row with a count (a file with a million copies of one
  organisation costs one row). The Python side gets about 73 000 rows and the number of elements read;
* beside it, for a gzip file, a second thread decompresses the file once more with :mod:`zlib`, keeping nothing,
  to know what DuckDB cannot say: a cut or damaged gzip stream (exactly), a gzip bomb (refused at
  :data:`MAX_TEXT_BYTES` of text, or when the text grows past :data:`MAX_RATIO` times the compressed bytes), and
  the closing ``]`` (DuckDB accepts an array cut off right after a comma). For a plain file the last bytes are read
  directly. A named pipe between the two was tried and dropped: DuckDB keeps every buffer of a pipe in memory;
* the connection has a memory limit (:data:`DUCKDB_MEMORY`), two threads, a private spill folder, no extension
  downloads, and is closed in its own thread before the function returns; both threads are joined, also on errors
  and Ctrl-C, so nothing native outlives the read. The calling thread reports progress (DuckDB's own
  ``query_progress``) and takes Ctrl-C.

The rows are turned into the same slim units as every other reader makes (:func:`sources.brreg.slim_unit`, held in
slots: :class:`SlimUnit`), so the register rules see no difference between layouts or readers.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from base.errors import AtlasError
from base.i18n import Msg

Progress = Callable[[str, int, int | None], None]
LABEL = "Enhetsregisteret (totalbestand)"

#: Decompressed text allowed at most (the national file is about 2 GB; room for growth, none for a bomb).
MAX_TEXT_BYTES = 12 << 30
#: Text allowed per compressed byte once past :data:`_RATIO_GRACE` (Brreg's JSON compresses about 10:1).
MAX_RATIO = 60
_RATIO_GRACE = 64 << 20
#: Distinct records flagged as Frivillighetsregisteret or deleted (about 73 000 + deleted ones in 2026).
MAX_KEPT = 600_000
#: One unit is 1-3 kB of JSON. Passed to DuckDB as maximum_object_size; in format='array' DuckDB 2.0 was seen to
#: read larger elements anyway, bounded by the memory limit (a test holds a 60 MB element to that).
MAX_OBJECT_BYTES = 8 << 20
#: Measured: at 64-80 MB DuckDB ran out now and then (buffers + grouping); 128 MB read every layout.
DUCKDB_MEMORY = "128MB"
DUCKDB_THREADS = 2
_CHUNK = 1 << 20

# The top-level fields the register needs (see slim_unit). Nested ones come as JSON text and are parsed in Python
# for the kept rows only, so that an address that is a string or a list is handled as by every other reader.
_COLUMNS = ("organisasjonsnummer", "navn", "organisasjonsform", "naeringskode1", "forretningsadresse",
            "postadresse", "registrertIFrivillighetsregisteret", "registreringsdatoFrivillighetsregisteret",
            "stiftelsesdato", "registreringsdatoEnhetsregisteret", "slettedato")
_FALSY_JSON = ("null", '""', "false", "0", "[]", "{}")


def _query(source: str, compression: str) -> str:
    cols = ", ".join(f"'{c}': 'JSON'" for c in _COLUMNS)
    # a unit: has an organisation number and a name, a form or a deletion date (as sources.brreg._is_unit)
    unit = ("organisasjonsnummer IS NOT NULL AND organisasjonsnummer::VARCHAR <> 'null' AND "
            "(navn IS NOT NULL OR organisasjonsform IS NOT NULL OR slettedato IS NOT NULL)")
    keep = ("(registrertIFrivillighetsregisteret::VARCHAR = 'true' OR (slettedato IS NOT NULL AND "
            f"slettedato::VARCHAR NOT IN ({', '.join(repr(v) for v in _FALSY_JSON)})))")
    # only what slim_unit reads: the code of a form or an industry object (not its description and links), an
    # address's municipality and country codes and whether it holds anything at all ("x"; placement never depends
    # on more than that: an address without a code counts only through a foreign country code)
    slim = {c: f"CASE WHEN json_type({c}) = 'OBJECT' THEN json_object('kode', {c}->'kode') ELSE {c} END"
            for c in ("organisasjonsform", "naeringskode1")}
    slim.update({c: f"CASE WHEN json_type({c}) = 'OBJECT' THEN json_object('kommunenummer', {c}->'kommunenummer', "
                    f"'landkode', {c}->'landkode', 'x', CASE WHEN len(json_keys({c})) > 0 THEN 1 END) END"
                 for c in ("forretningsadresse", "postadresse")})
    key = ", ".join(f"CASE WHEN keep THEN ({slim.get(c, c)})::VARCHAR END AS {c}" for c in _COLUMNS)
    return f"""
        WITH numbered AS (
            SELECT row_number() OVER () AS n, * FROM read_json({source}, format = 'array', columns = {{{cols}}},
                compression = '{compression}', maximum_object_size = {MAX_OBJECT_BYTES}, auto_detect = false)
        ), flagged AS (
            SELECT n, {keep} AS keep, NOT ({unit}) AS not_unit, * EXCLUDE (n) FROM numbered
        )
        SELECT min(n) AS first_n, count(*) AS times, min(CASE WHEN not_unit THEN n END) AS bad_n, {key}
        FROM flagged GROUP BY ALL"""  # no ORDER BY: a sort would hold a second copy; Python sorts 73 000 rows


def bomb_refusal(text_bytes: int, compressed_bytes: int, file: str) -> AtlasError | None:
    """The refusal for a gzip bomb, or None: more than :data:`MAX_TEXT_BYTES` of text, or (past the first
    64 MB) more than :data:`MAX_RATIO` bytes of text per compressed byte read."""
    if text_bytes > MAX_TEXT_BYTES or (text_bytes > _RATIO_GRACE and text_bytes > MAX_RATIO * max(compressed_bytes, 1)):
        return AtlasError(Msg("bulk.err.bomb", text=text_bytes >> 20, comp=compressed_bytes >> 20), file=file)
    return None


# ---------------------------------------------------------------------- the gzip check (beside DuckDB)
class _GzipCheck(threading.Thread):
    """Decompress ``path`` once more beside DuckDB, only to know what DuckDB cannot say: a cut or damaged gzip
    stream (exactly), a gzip bomb (text beyond the limits), and the last bytes of the text (the closing ``]``).

    It keeps no text, so it costs zlib time on the second core and no memory; DuckDB is interrupted when it finds
    something wrong.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(name="brreg-bulk-gzip-check", daemon=True)
        self.path = path
        self.read_bytes = 0  # compressed bytes consumed
        self.text_bytes = 0
        self.tail = b""
        self.finished = False
        self.error: AtlasError | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            with open(self.path, "rb") as raw:
                self._pump(raw, self.path.name)
        except AtlasError as err:
            self.error = err
        except OSError as exc:
            self.error = AtlasError(Msg("brreg.err.cannot_read", reason=exc.strerror or str(exc)), file=self.path.name)

    def _pump(self, raw: Any, file: str) -> None:
        dec = zlib.decompressobj(31)
        in_member = False
        while not self.stop.is_set():
            chunk = raw.read(_CHUNK)
            if not chunk:
                break
            self.read_bytes += len(chunk)
            while chunk and not self.stop.is_set():
                if not in_member and chunk[:1] != b"\x1f":  # after a whole member: another member or nothing
                    raise AtlasError(Msg("bulk.err.gzip_trailing"), file=file)
                in_member = True
                try:
                    text = dec.decompress(chunk, _CHUNK)
                except zlib.error as exc:
                    raise AtlasError(Msg("brreg.err.gzip_damaged", reason=str(exc)), file=file) from None
                self._count(text, file)
                if dec.eof:  # a gzip file may hold several members one after the other (DuckDB reads them too)
                    in_member = False
                    chunk = dec.unused_data
                    dec = zlib.decompressobj(31)
                else:
                    chunk = dec.unconsumed_tail
        if self.stop.is_set():
            return
        if in_member:
            raise AtlasError(Msg("brreg.err.gzip_truncated"), file=file)
        self.finished = True

    def _count(self, text: bytes, file: str) -> None:
        if not text:
            return
        self.text_bytes += len(text)
        refusal = bomb_refusal(self.text_bytes, self.read_bytes, file)
        if refusal is not None:
            raise refusal
        self.tail = (self.tail + text[-64:])[-64:]


def _plain_tail(path: Path) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 64))
        return fh.read()


# ---------------------------------------------------------------------- the query
class _Query(threading.Thread):
    """Run the DuckDB query in its own thread, so the calling thread can report progress and take Ctrl-C."""

    def __init__(self, path: Path, gz: bool, tmpdir: str, make_unit: Callable[..., dict[str, Any]]) -> None:
        super().__init__(name="brreg-bulk-duckdb", daemon=True)
        self.make_unit = make_unit
        self.path, self.gz, self.tmpdir = path, gz, tmpdir
        self.units: list[SlimUnit] = []
        self.strings: dict[str, str] = {}
        self.scanned = 0
        self.bad: int | None = None
        self.error: BaseException | None = None
        self.too_many = False
        self.con: Any = None
        self.closed = False
        self.lock = threading.Lock()
        self.ready = threading.Event()

    def _take(self, batch: list[tuple[Any, ...]]) -> None:
        """Turn a batch of result rows into slim units at once (the rows' JSON text is not kept)."""
        for first_n, times, bad_n, *values in batch:
            self.scanned += int(times)
            if bad_n is not None:
                self.bad = min(self.bad or int(bad_n), int(bad_n))
            if values[0] is None:  # the group of units that are neither in Frivillighetsregisteret nor deleted
                continue
            rec = {c: _json(v) for c, v in zip(_COLUMNS, values, strict=True) if v is not None}
            unit = self.make_unit(rec, 0)
            unit["forekomster"] = int(times)
            unit["element"] = int(first_n)
            for k, v in unit.items():  # the same code, date or country string once, not 73 000 times
                if isinstance(v, str) and len(v) <= 12:
                    unit[k] = self.strings.setdefault(v, v)
            self.units.append(SlimUnit(unit))

    def cancel(self) -> None:
        """Ask DuckDB to stop the running query (harmless once it has finished)."""
        with self.lock:
            if self.con is not None and not self.closed:
                with contextlib.suppress(Exception):
                    self.con.interrupt()

    def progress(self) -> float:
        with self.lock:
            if self.con is None or self.closed:
                return -1.0
            try:
                return float(self.con.query_progress())
            except Exception:  # noqa: BLE001 - progress is only a nicety
                return -1.0

    def run(self) -> None:
        import duckdb

        try:
            con = duckdb.connect(":memory:", config={
                "threads": DUCKDB_THREADS, "memory_limit": DUCKDB_MEMORY, "temp_directory": self.tmpdir,
                "max_temp_directory_size": "4GB", "autoinstall_known_extensions": False,
                "autoload_known_extensions": False, "preserve_insertion_order": True})
            # progress is asked for (query_progress), never printed
            con.execute("SET enable_progress_bar = true")
            con.execute("SET enable_progress_bar_print = false")
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread
            self.error = exc
            self.ready.set()
            return
        with self.lock:
            self.con = con
        self.ready.set()
        try:
            cur = con.execute(_query("$src", "gzip" if self.gz else "none"), {"src": str(self.path)})
            while True:
                batch = cur.fetchmany(5_000)
                if not batch:
                    break
                self._take(batch)
                if len(self.units) > MAX_KEPT:
                    self.too_many = True
                    break
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread
            self.error = exc
        finally:
            with self.lock:
                self.closed = True
                con.close()


def _about_the_stream(exc: BaseException) -> bool:
    """Whether a DuckDB error may come from a cut or damaged gzip stream (then the gzip check says it exactly)."""
    low = str(exc).lower()
    return any(w in low for w in ("gzip", "zlib", "compress", "inflate", "end of data", "interrupt"))


_DUCK_POS = re.compile(r"at byte (\d+) in record/value (\d+)")
_DUCK_REC = re.compile(r"in record/value (\d+)")


def _duckdb_refusal(exc: BaseException, file: str) -> AtlasError:
    """A DuckDB error as a plain message; the position where DuckDB gives one (the pipe's name never shows)."""
    msg = str(exc).split("\n")[0]
    msg = re.sub(r' in file "[^"]*"', "", msg)
    msg = re.sub(r"^[A-Za-z ]*Error: ", "", msg)
    pos = _DUCK_POS.search(msg)
    rec = _DUCK_REC.search(msg)
    where: Any = ""
    if pos:
        where = Msg("bulk.where_byte", n=pos.group(2), byte=pos.group(1))
    elif rec:
        where = Msg("bulk.where", n=rec.group(1))
    where = str(where)
    low = msg.lower()
    if "unexpected end of data" in low:
        return AtlasError(Msg("bulk.err.truncated", where=where), file=file)
    if "invalid utf-8" in low:
        return AtlasError(Msg("bulk.err.not_utf8", where=where), file=file)
    if "maximum_object_size" in low or "maximum object size" in low:
        return AtlasError(Msg("bulk.err.element_too_big", mb=MAX_OBJECT_BYTES >> 20, where=where), file=file)
    if "expected object" in low:
        got = msg.split("but got", 1)[-1].strip().split(":")[0] if "but got" in msg else "?"
        return AtlasError(Msg("bulk.err.not_object", where=str(Msg("bulk.where", n=rec.group(1))) if rec else "",
                              got=got), file=file)
    if "not a gzip stream" in low:
        return AtlasError(Msg("bulk.err.gzip_trailing"), file=file)
    if "expected top-level json array" in low:
        return AtlasError(Msg("bulk.err.not_array"), file=file)
    if "out of memory" in low or "memory limit" in low or "temp directory" in low or "could not allocate" in low \
            or "failed to allocate" in low:
        return AtlasError(Msg("bulk.err.memory"), file=file)
    if "malformed json" in low:
        why = msg.rsplit(":", 1)[-1].strip().rstrip(".")
        return AtlasError(Msg("bulk.err.syntax", where=where, why=why), file=file)
    return AtlasError(Msg("bulk.err.other", msg=msg), file=file)


# ---------------------------------------------------------------------- the reader
def read_bulk_duckdb(path: str | os.PathLike[str], make_unit: Callable[[dict[str, Any], int], dict[str, Any]],
                     progress: Progress | None = None) -> tuple[list[SlimUnit], int]:
    """Read the bulk file (gzip or plain): (kept units in file order, number of elements read).

    ``make_unit`` is :func:`sources.brreg.slim_unit` (handed in, so that this module does not import its caller).

    Refuses with a plain :class:`AtlasError` (file named, position where known): a cut or damaged gzip stream, a
    text that is cut off (also right after a comma), a syntax error, an element that is not a unit, a record over
    :data:`MAX_OBJECT_BYTES`, a gzip bomb, more than :data:`MAX_KEPT` distinct kept records.
    """
    path = Path(path)
    file = path.name
    total = path.stat().st_size
    with open(path, "rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    with tempfile.TemporaryDirectory(prefix="atlas-brreg-") as tmp:
        check = _GzipCheck(path) if gz else None
        query = _Query(path, gz, os.path.join(tmp, "spill"), make_unit)
        if check is not None:
            check.start()
        query.start()
        try:
            last = 0.0
            while query.is_alive():
                query.join(0.25)
                if progress and time.monotonic() - last > 0.25:
                    pct = query.progress()
                    done = int(total * pct / 100) if pct >= 0 else (check.read_bytes if check else 0)
                    progress(LABEL, min(done, total), total)
                    last = time.monotonic()
                if check is not None and check.error is not None:
                    query.cancel()  # a cut or damaged gzip stream, or a bomb: no need to parse further
        except BaseException:
            query.ready.wait(5)
            query.cancel()
            if check is not None:
                check.stop.set()
            raise
        finally:
            query.join()
            if check is not None:
                if query.too_many or (query.error is not None and not _about_the_stream(query.error)):
                    check.stop.set()  # the check would only say the gzip stream is whole: not worth the wait
                check.join()
    feeder = check
    tail = check.tail if check is not None else _plain_tail(path)
    if feeder is not None and feeder.error is not None:
        raise feeder.error
    if query.too_many:
        raise AtlasError(Msg("bulk.err.too_many_kept", n=MAX_KEPT), file=file)
    if query.error is not None:
        if isinstance(query.error, (KeyboardInterrupt, SystemExit)):
            raise query.error
        raise _duckdb_refusal(query.error, file) from None
    if feeder is not None and not feeder.finished:
        raise AtlasError(Msg("bulk.err.not_finished"), file=file)
    if not tail.rstrip().endswith(b"]"):
        raise AtlasError(Msg("bulk.err.no_closing_bracket", n=query.scanned), file=file)
    if query.bad is not None:
        raise AtlasError(Msg("bulk.err.not_unit", n=query.bad), file=file, row=query.bad)
    query.units.sort(key=lambda u: u["element"])  # file order: the first occurrence of a number is kept
    units, scanned = query.units, query.scanned
    if progress:
        progress(LABEL, total, total)
    return units, scanned


_UNIT_KEYS = ("organisasjonsnummer", "navn", "organisasjonsform", "naeringskode1", "f_kommunenummer", "f_landkode",
              "f_finnes", "p_kommunenummer", "p_landkode", "p_finnes", "frr", "frr_kjent", "registreringsdato_frr",
              "stiftelsesdato", "registreringsdato_er", "slettedato", "soek_kommunenummer", "posisjon", "forekomster",
              "element")


class SlimUnit:
    """A slim unit as :func:`sources.brreg.slim_unit` makes it, in slots instead of a dict: the same keys, read with
    ``unit["key"]`` or ``unit.get("key")``, at a fifth of a dict's memory (73 000 of them are held at once)."""

    __slots__ = _UNIT_KEYS

    def __init__(self, values: dict[str, Any]) -> None:
        for k in _UNIT_KEYS:
            object.__setattr__(self, k, values.get(k))

    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except (AttributeError, TypeError):
            raise KeyError(key) from None

    def __setitem__(self, key: str, value: Any) -> None:
        setattr(self, key, value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in _UNIT_KEYS and getattr(self, key) is not None

    def get(self, key: str, default: Any = None) -> Any:
        value = getattr(self, key, None) if key in _UNIT_KEYS else None
        return default if value is None else value

    def keys(self) -> tuple[str, ...]:
        return _UNIT_KEYS

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SlimUnit) and all(self[k] == other[k] for k in _UNIT_KEYS)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SlimUnit({', '.join(f'{k}={getattr(self, k)!r}' for k in _UNIT_KEYS)})"


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
