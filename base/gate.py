"""The one input gate every importer and the Data page pass a file through before anything reads it.

What the gate refuses, each with a plain message that names the limit (an :class:`~base.errors.AtlasError`):

* anything that is not a regular file - a FIFO (which would block the reader for ever), a device such as
  ``/dev/zero`` (endless), a socket, a directory - also behind a symlink: the target is judged, then opened with
  ``O_NONBLOCK`` and judged again on the open descriptor (a file swapped in between is still caught);
* a file over the size limit, judged from ``stat`` *before* reading and again while reading (a file that grows);
  the limit is the Data page's upload cap (:data:`UPLOAD_MAX_MB`) for uploads and, on the command line,
  :data:`CLI_DEFAULT_MAX_MB` or ``--max-input-mb`` / ``FRIVILLIG_MAX_INPUT_MB`` (large enough for the national
  Brønnøysund bulk file, ~210 MB gzip);
* a packed member (an XLSX part; a gzip stream through :class:`BoundedReader`) that unpacks to more than
  :attr:`Limits.max_unpacked_bytes` or to more than :attr:`Limits.max_ratio` times its packed size - counted on the
  bytes actually produced, never on the sizes the archive claims;
* more columns than :attr:`Limits.max_columns`, a cell longer than :attr:`Limits.max_cell_chars`;
* reading that outlasts the time budget (:func:`tick`, called by the readers' loops).

The limits in force are a context (:func:`using`): the command line and the Data page set theirs, and readers
ask :func:`current`. Names are shown through :func:`~base.errors.excerpt` (control characters escaped).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from base.errors import AtlasError, excerpt
from base.i18n import Msg

MB = 1024 * 1024
UPLOAD_MAX_MB = 20  # the Data page's upload cap (also .streamlit/config.toml server.maxUploadSize)
CLI_DEFAULT_MAX_MB = 1024  # the national bulk files: enheter/lastned ~210 MB gzip JSON, lastned/csv ~155 MB gzip
ENV_MAX_MB = "FRIVILLIG_MAX_INPUT_MB"
ENV_SECONDS = "FRIVILLIG_MAX_SECONDS"


@dataclass(frozen=True)
class Limits:
    """What one import may cost. ``max_bytes`` is the file as stored (packed); the rest bound what reading it
    produces. ``seconds`` is the budget for reading one file (:func:`tick`)."""

    max_bytes: int = UPLOAD_MAX_MB * MB
    max_unpacked_bytes: int = 200 * MB  # one XLSX part or one gzip stream read by the table reader
    max_ratio: float = 200.0  # unpacked/packed; judged once a part has produced ratio_floor_bytes
    ratio_floor_bytes: int = 8 * MB
    max_columns: int = 2000  # a register has a few dozen; Excel's own maximum is 16 384
    max_cell_chars: int = 32_767  # Excel's own limit for one cell
    seconds: float = 50.0  # answered well inside a minute
    cli: bool = False  # messages suggest --max-input-mb

    @property
    def max_mb(self) -> float:
        return self.max_bytes / MB


UPLOAD_LIMITS = Limits()
_current: contextvars.ContextVar[Limits | None] = contextvars.ContextVar("atlas_input_limits", default=None)
_deadline: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar("atlas_deadline",
                                                                                          default=None)


def _parse_mb(value: str | float) -> float:
    try:
        mb = float(value)
    except (TypeError, ValueError):
        raise AtlasError(Msg("gate.bad_limit", value=excerpt(value, 40))) from None
    if not mb > 0 or mb != mb or mb == float("inf"):
        raise AtlasError(Msg("gate.bad_limit", value=excerpt(value, 40)))
    return mb


def cli_limits(max_input_mb: str | float | None = None, seconds: str | float | None = None) -> Limits:
    """The command line's limits: ``--max-input-mb`` if given, else ``FRIVILLIG_MAX_INPUT_MB``, else
    :data:`CLI_DEFAULT_MAX_MB`; the time budget from ``FRIVILLIG_MAX_SECONDS`` (else one minute plus a second per
    MB of the limit, so the bulk file has the time it needs and a small file is still answered within a minute)."""
    raw = max_input_mb if max_input_mb is not None else os.environ.get(ENV_MAX_MB)
    mb = _parse_mb(raw) if raw not in (None, "") else float(CLI_DEFAULT_MAX_MB)
    raw_s = seconds if seconds is not None else os.environ.get(ENV_SECONDS)
    secs = _parse_mb(raw_s) if raw_s not in (None, "") else Limits.seconds
    return Limits(max_bytes=int(mb * MB), seconds=secs, cli=True)


def current() -> Limits:
    """The limits in force (the upload limits when no caller set any)."""
    return _current.get() or UPLOAD_LIMITS


@contextlib.contextmanager
def using(limits: Limits) -> Iterator[Limits]:
    """Make ``limits`` the ones in force for the readers called inside (this thread/context only)."""
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)


@contextlib.contextmanager
def budget(seconds: float | None = None) -> Iterator[None]:
    """Start the time budget for reading one file, unless one is already running (an outer budget wins)."""
    if _deadline.get() is not None:
        yield
        return
    secs = current().seconds if seconds is None else seconds
    token = _deadline.set((time.monotonic() + secs, secs))
    try:
        yield
    finally:
        _deadline.reset(token)


def tick() -> None:
    """Called by readers in their loops: refuse once the running budget is spent (no-op without a budget)."""
    d = _deadline.get()
    if d is not None and time.monotonic() > d[0]:
        raise AtlasError(Msg("gate.too_slow", seconds=f"{d[1]:g}"))


# ---------------------------------------------------------------------------------------------- files
def shown(path: str | os.PathLike[str]) -> str:
    """A path as a message shows it: control characters escaped, long names shortened."""
    return excerpt(os.fspath(path), 160)


def _kind(mode: int) -> str | None:
    """None for a regular file, else the catalogue key of what it is."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISFIFO(mode):
        return "gate.kind.fifo"
    if stat.S_ISCHR(mode):
        return "gate.kind.chardev"
    if stat.S_ISBLK(mode):
        return "gate.kind.blockdev"
    if stat.S_ISSOCK(mode):
        return "gate.kind.socket"
    return "gate.kind.other"


def _judge(st: os.stat_result, path: str, limits: Limits) -> None:
    kind = _kind(st.st_mode)
    if kind == "dir":
        raise AtlasError(Msg("gate.directory"), file=shown(path))
    if kind is not None:
        raise AtlasError(Msg("gate.not_regular", what=Msg(kind)), file=shown(path))
    if st.st_size > limits.max_bytes:
        raise too_big(st.st_size, path, limits)


def too_big(size: int, name: str, limits: Limits) -> AtlasError:
    hint = Msg("gate.too_big.cli") if limits.cli else ""
    return AtlasError(Msg("gate.too_big", size=f"{size / MB:.1f}".replace(".", ","),
                        limit=f"{limits.max_mb:g}", hint=hint), file=shown(name))


def _os_error(exc: OSError, path: str) -> AtlasError:
    if isinstance(exc, FileNotFoundError):
        return AtlasError(Msg("gate.not_found"), file=shown(path))
    if isinstance(exc, PermissionError):
        return AtlasError(Msg("gate.no_access"), file=shown(path))
    if isinstance(exc, IsADirectoryError):
        return AtlasError(Msg("gate.directory"), file=shown(path))
    return AtlasError(Msg("gate.os_error", reason=exc.strerror or type(exc).__name__), file=shown(path))


def check_path(path: str | os.PathLike[str], limits: Limits | None = None) -> Path:
    """Judge a file named on the command line without reading it: it exists, can be opened, is a regular file
    (symlinks followed) and is within the size limit. Returns the resolved path to open. For readers that open
    the file themselves (the organisation readers stream it); :func:`read_path` also reads it."""
    limits = limits or current()
    p = os.fspath(path)
    with open_regular(p, limits):
        pass
    return Path(os.path.realpath(p))


@contextlib.contextmanager
def open_regular(path: str | os.PathLike[str], limits: Limits | None = None) -> Iterator[IO[bytes]]:
    """Open a file for reading only if it is a regular file within the size limit; judged before opening
    (``stat`` through symlinks) and again on the open descriptor, opened non-blocking so a FIFO swapped in
    between cannot hang the process."""
    limits = limits or current()
    p = os.fspath(path)
    try:
        _judge(os.stat(p), p, limits)
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                     | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _os_error(exc, p) from None
    try:
        _judge(os.fstat(fd), p, limits)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield fh


def read_path(path: str | os.PathLike[str], limits: Limits | None = None) -> bytes:
    """The bytes of a file named on the command line, through the gate: never more than the size limit is read,
    whatever ``stat`` said (a file that grows while read is refused)."""
    limits = limits or current()
    p = os.fspath(path)
    with open_regular(p, limits) as fh:
        try:
            data = fh.read(limits.max_bytes + 1)
        except OSError as exc:
            raise _os_error(exc, p) from None
    if len(data) > limits.max_bytes:
        raise AtlasError(Msg("gate.grew", limit=f"{limits.max_mb:g}"), file=shown(p))
    return data


def check_bytes(data: bytes, name: str, limits: Limits | None = None) -> None:
    """An uploaded file (bytes) within the size limit."""
    limits = limits or current()
    if len(data) > limits.max_bytes:
        raise too_big(len(data), name, limits)


# ---------------------------------------------------------------------------------------------- packed members
class BoundedReader:
    """A read-only stream over a decompressing stream that counts what it produces and refuses, with a plain
    message, once that passes ``max_unpacked_bytes`` or ``max_ratio`` times the packed size (``packed`` is a
    number, or a callable giving the packed bytes consumed so far, for a gzip stream read from a file)."""

    def __init__(self, inner: IO[bytes], member: str, packed: int | object, limits: Limits | None = None,
                 file: str | None = None) -> None:
        self.inner = inner
        self.member = member
        self.packed = packed
        self.limits = limits or current()
        self.file = file
        self.count = 0

    def _packed(self) -> int:
        p = self.packed() if callable(self.packed) else self.packed
        return max(int(p), 1)  # type: ignore[call-overload]

    def read(self, n: int = -1) -> bytes:
        lim = self.limits
        remaining = lim.max_unpacked_bytes + 1 - self.count
        chunk = self.inner.read(remaining if n is None or n < 0 else min(n, remaining))
        self.count += len(chunk)
        if self.count > lim.max_unpacked_bytes:
            raise AtlasError(Msg("gate.unpacked", member=excerpt(self.member, 80),
                               limit=f"{lim.max_unpacked_bytes // MB}"), file=self.file)
        if self.count > lim.ratio_floor_bytes and self.count / self._packed() > lim.max_ratio:
            raise AtlasError(Msg("gate.ratio", member=excerpt(self.member, 80), ratio=int(self.count / self._packed()),
                               limit=f"{lim.max_ratio:g}"), file=self.file)
        tick()
        return chunk


def with_limits(limits: Limits, **changes: object) -> Limits:
    """``limits`` with some fields changed (e.g. a smaller time budget in a test)."""
    return replace(limits, **changes)  # type: ignore[arg-type]
