"""The data store: registers on disk, written atomically, each with its provenance beside it.

Layout under the data directory (``--data-dir``, ``FRIVILLIG_DATA_DIR`` or ``data/store``)::

    <country>/<name>.meta.json            metadata; names the payload file and its sha256 (the commit point)
    <country>/<name>.<sha12>.<ext>        payload (parquet for tables, raw bytes for GeoJSON)
    <country>/registers/<reg>/vNNNN.*     versioned registers (policies, quality): every import is kept
    <country>/registers/<reg>/current.json  which version is in use
    .lock                                 advisory lock (flock) held while writing

Why this shape: a payload is written to a temporary file, re-read and checked, then renamed into place; only
then is the metadata file replaced (also by rename). A process killed at any moment therefore leaves either
the old metadata (pointing at the old, intact payload) or the new one - never a half-written register, and a
temporary file is never named by metadata, so it is never read. The lock uses ``flock``: the kernel releases
it when the holder dies, so a killed import cannot leave a stale lock behind. Temporary files carry their writer's
process id (``.tmp-<pid>-…``); whoever takes the lock next removes those of dead writers.

Who writes: every write is signed. A :class:`Store` carries an :class:`Actor` (an editor's e-mail, ``local`` for a
session on a laptop, ``cli:<OS user>`` for the command line); each dataset's metadata, each register version and the
current-version pointer record it as ``signed_by`` beside the time (``written`` / ``since``). A store opened without an
actor signs as the command line's user - except in a process that serves the app (:func:`refuse_unsigned_writes`),
where it refuses, and a store opened for a visitor (:data:`VISITOR`) refuses everywhere. The app hands out a store
that can write only after its rights check (``ui/rights.py``); the check therefore sits where the write happens.

Test hook: ``FRIVILLIG_FAULT_SLEEP_AT`` (see :func:`_fault_point`) pauses a writer at a named stage so the fault
tests (``tests/test_faults.py``) can kill it there with SIGKILL. It does nothing unless that variable is set.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import io
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from base.errors import AtlasError, Problem
from base.i18n import Msg
from base.provenance import Provenance, now_iso, sha256_bytes, sha256_file

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT / "data" / "store"
_NAME_RE = re.compile(r"^[a-z0-9_\-]+$")
REQUIRED_META = ("publisher", "title", "url", "licence", "retrieved", "code_vintage")


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: the command-line value, else ``FRIVILLIG_DATA_DIR``, else ``data/store``."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("FRIVILLIG_DATA_DIR")
    return Path(env).expanduser() if env else DEFAULT_DATA_DIR


@dataclass(frozen=True)
class Actor:
    """Who a write is signed by: an editor's e-mail, ``local`` or ``cli:<OS user>``. ``can_write`` is false only for
    :data:`VISITOR`."""

    name: str
    can_write: bool = True


VISITOR = Actor("visitor", can_write=False)
_UNSIGNED_REFUSED = {"on": False}


class NotAnEditor(AtlasError):
    """A write without editor rights: nothing is written."""


def cli_actor() -> Actor:
    """The command line's signature: ``cli:<OS user>``."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (e.g. a container): the uid still says who
        user = str(os.getuid())
    return Actor(f"cli:{user}")


def refuse_unsigned_writes(on: bool = True) -> None:
    """Called by the app: in this process a store opened without an actor refuses to write instead of signing as the
    command line (so app code that forgets the rights check fails closed)."""
    _UNSIGNED_REFUSED["on"] = on


def unsigned_writes_refused() -> bool:
    return _UNSIGNED_REFUSED["on"]


def _refusal() -> NotAnEditor:
    return NotAnEditor(Msg("store.err.not_an_editor"))


def frame_to_parquet_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def _check_name(kind: str, name: str) -> None:
    if not _NAME_RE.match(name):
        raise ValueError(f"invalid {kind} name {name!r}")


def _write_error(path: Path, exc: OSError) -> AtlasError:
    if exc.errno == 28:  # ENOSPC
        why = Msg("store.why.disk_full")
    elif exc.errno in (13, 30):  # EACCES, EROFS
        why = Msg("store.why.read_only")
    else:
        why = exc.strerror or str(exc)
    return AtlasError(
        Msg("store.err.write_failed", why=why),
        file=str(path),
    )


_FAULT_COUNTS: dict[str, int] = {}


def _fault_point(stage: str) -> None:
    """Test hook, inert unless ``FRIVILLIG_FAULT_SLEEP_AT`` is set. When it names ``stage`` (``stage`` or
    ``stage:N`` for the N-th time this process gets there), write ``FAULT-POINT <stage>`` to stderr and sleep
    ``FRIVILLIG_FAULT_SLEEP_SECONDS`` (default 60) so a test can SIGKILL the process exactly at that point.

    Stages: ``locked`` (lock taken), ``tmp-written`` (a temporary file is written and fsynced, not yet renamed),
    ``payload-committed`` (payload renamed into place, metadata not yet written), ``meta-committed`` (metadata
    renamed; for a versioned register the current pointer is not yet moved)."""
    want = os.environ.get("FRIVILLIG_FAULT_SLEEP_AT")
    if not want:
        return
    count = _FAULT_COUNTS[stage] = _FAULT_COUNTS.get(stage, 0) + 1
    name, _, nth = want.partition(":")
    if name == stage and (not nth or int(nth) == count):
        sys.stderr.write(f"FAULT-POINT {stage}\n")
        sys.stderr.flush()
        time.sleep(float(os.environ.get("FRIVILLIG_FAULT_SLEEP_SECONDS", "60")))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but is not ours
        return True
    return True


def _remove_dead_temporaries(root: Path) -> None:
    """Remove ``.tmp-<pid>-*`` files left by writers that were killed (called with the lock held)."""
    with contextlib.suppress(OSError):
        for p in root.rglob(".tmp-*"):
            m = re.match(r"\.tmp-(\d+)-", p.name)
            if m and int(m.group(1)) != os.getpid() and not _pid_alive(int(m.group(1))):
                with contextlib.suppress(OSError):
                    p.unlink()


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{os.getpid()}-", dir=path.parent)
    try:
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _fault_point("tmp-written")
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class Store:
    """Registers under one data directory. All writes are atomic; all reads check the recorded sha256."""

    def __init__(self, root: str | os.PathLike[str] | None = None, actor: Actor | None = None) -> None:
        self.root = resolve_data_dir(root)
        self.actor = actor

    def signer(self) -> Actor:
        """The actor this store's writes are signed by; :class:`NotAnEditor` when it may not write (a visitor, or no
        actor in the app's process). Every write method asks before touching the disk."""
        if self.actor is None:
            if unsigned_writes_refused():
                raise _refusal()
            return cli_actor()
        if not self.actor.can_write or not self.actor.name:
            raise _refusal()
        return self.actor

    # ------------------------------------------------------------------ locking
    @contextlib.contextmanager
    def lock(self, timeout: float = 10.0, what: str = "skriving") -> Iterator[None]:
        """Hold the data directory's write lock; wait up to ``timeout`` seconds, then refuse plainly. Only a store that
        may write takes it (every write path starts here, so a visitor is refused before anything is touched)."""
        self.signer()
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fh = open(self.root / ".lock", "a+")
        except OSError as exc:
            raise _write_error(self.root, exc) from None
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        fh.seek(0)
                        holder = fh.read().strip() or "ukjent"
                        raise AtlasError(
                            Msg("store.err.locked", holder=holder)
                        ) from None
                    time.sleep(0.05)
            with contextlib.suppress(OSError):
                fh.seek(0)
                fh.truncate()
                fh.write(f"prosess {os.getpid()}, startet {now_iso()}")
                fh.flush()
            _remove_dead_temporaries(self.root)
            _fault_point("locked")
            yield
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()

    # ------------------------------------------------------------------ plain datasets
    def _dir(self, country: str) -> Path:
        _check_name("country", country)
        return self.root / country

    def meta_path(self, country: str, name: str) -> Path:
        _check_name("dataset", name)
        return self._dir(country) / f"{name}.meta.json"

    def write_dataset(
        self, country: str, name: str, payload: pd.DataFrame | bytes, meta: dict[str, Any], ext: str | None = None
    ) -> dict[str, Any]:
        """Validate and write one dataset atomically with its metadata; return the metadata written.

        ``meta`` must carry the provenance fields in :data:`REQUIRED_META`; ``rows``, ``sha256``, ``file`` and
        ``written`` are added here. The previous version of the dataset stays in use until the final rename.
        """
        signer = self.signer()
        prov = Provenance.from_meta(meta, stored=False)
        missing = prov.missing(REQUIRED_META)
        if missing:
            raise ValueError(f"metadata for {country}/{name} lacks {missing}")
        if isinstance(payload, pd.DataFrame):
            data, ext = frame_to_parquet_bytes(payload), "parquet"
            rows = len(payload)
            # Validate the bytes we are about to commit: they must read back to the same shape.
            back = pd.read_parquet(io.BytesIO(data))
            if back.shape != payload.shape:
                raise AtlasError(Msg("store.err.dataset_damaged_on_write", name=name))
        else:
            data, ext = payload, ext or "bin"
            rows = meta.get("rows", 0)
        digest = sha256_bytes(data)
        folder = self._dir(country)
        file_name = f"{name}.{digest[:12]}.{ext}"
        full = prov.to_meta()
        full.update({"dataset": name, "country": country, "rows": int(rows), "sha256": digest,
                     "file": file_name, "bytes": len(data), "written": now_iso(), "signed_by": signer.name})
        try:
            old = self.read_meta(country, name)
        except AtlasError:  # damaged metadata is exactly what a new fetch repairs
            old = None
        try:
            _atomic_write(folder / file_name, data)
            _fault_point("payload-committed")
            _atomic_write(self.meta_path(country, name), json.dumps(full, ensure_ascii=False, indent=1).encode())
        except OSError as exc:
            raise _write_error(folder, exc) from None
        _fault_point("meta-committed")
        if old and old.get("file") != file_name:
            with contextlib.suppress(OSError):
                (folder / old["file"]).unlink()
        return full

    def read_meta(self, country: str, name: str) -> dict[str, Any] | None:
        path = self.meta_path(country, name)
        try:
            meta = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(meta, dict) or not isinstance(meta.get("file"), str):
                raise ValueError("not a dataset's metadata")
            return Provenance.from_meta(meta).to_meta()
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            raise AtlasError(
                Msg("store.err.meta_damaged"), file=str(path)
            ) from None

    def has(self, country: str, name: str) -> bool:
        return self.meta_path(country, name).exists()

    def _payload(self, folder: Path, meta: dict[str, Any], label: str) -> bytes:
        path = folder / meta["file"]
        try:
            data = path.read_bytes()
        except OSError:
            raise AtlasError(Msg("store.err.file_missing", label=label),
                             file=str(path)) from None
        if sha256_bytes(data) != meta.get("sha256"):
            raise AtlasError(
                Msg("store.err.checksum", label=label),
                file=str(path),
            )
        return data

    def read_bytes(self, country: str, name: str) -> bytes:
        meta = self.read_meta(country, name)
        if meta is None:
            raise AtlasError(Msg("store.err.not_fetched", name=name, country=country))
        try:
            return self._payload(self._dir(country), meta, name)
        except AtlasError:
            # A writer may have committed a new version (and removed the old payload) between our reading the
            # metadata and the payload: read once more under the new metadata before calling the file damaged.
            again = self.read_meta(country, name)
            if again is None or again.get("file") == meta.get("file"):
                raise
            return self._payload(self._dir(country), again, name)

    def read_frame(self, country: str, name: str) -> pd.DataFrame:
        return pd.read_parquet(io.BytesIO(self.read_bytes(country, name)))

    def datasets(self, country: str) -> list[dict[str, Any]]:
        """Metadata of every plain dataset stored for a country (for provenance panels). A metadata file that
        cannot be read is left out here; :meth:`check` reports it."""
        folder = self._dir(country)
        if not folder.exists():
            return []
        out = []
        for p in sorted(folder.glob("*.meta.json")):
            try:
                meta = self.read_meta(country, p.name[: -len(".meta.json")])
            except (AtlasError, ValueError):
                continue
            if meta:
                out.append(meta)
        return out

    # ------------------------------------------------------------------ versioned registers
    def _reg_dir(self, country: str, register: str) -> Path:
        _check_name("register", register)
        return self._dir(country) / "registers" / register

    def list_versions(self, country: str, register: str) -> list[dict[str, Any]]:
        """Every stored version, oldest first, each with its provenance and an ``ok`` integrity flag."""
        folder = self._reg_dir(country, register)
        if not folder.exists():
            return []
        try:
            current = self.current_version_id(country, register)
        except AtlasError:  # a damaged pointer: the versions are still listed so one can be restored
            current = None
        out = []
        for p in sorted(folder.glob("v[0-9][0-9][0-9][0-9].meta.json")):
            try:
                meta = json.loads(p.read_text(encoding="utf-8"))
                if not isinstance(meta, dict) or not isinstance(meta.get("file"), str):
                    raise ValueError("not a version's metadata")
                meta = Provenance.from_meta(meta).to_meta()
            except (OSError, ValueError):
                meta = {"version": p.name.split(".")[0], "file": p.name.replace(".meta.json", ".parquet")}
                meta["ok"] = False
            else:
                try:
                    meta["ok"] = sha256_file(folder / meta["file"]) == meta.get("sha256")
                except OSError:
                    meta["ok"] = False
            meta["current"] = meta.get("version") == current
            out.append(meta)
        return out

    def current_version_id(self, country: str, register: str) -> str | None:
        path = self._reg_dir(country, register) / "current.json"
        try:
            version = json.loads(path.read_text(encoding="utf-8"))["version"]
            if not isinstance(version, str) or not re.fullmatch(r"v\d{4}", version):
                raise ValueError(version)
            return version
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            raise AtlasError(Msg("store.err.pointer_damaged"),
                             file=str(path)) from None

    def save_version(self, country: str, register: str, df: pd.DataFrame, provenance: dict[str, Any]) -> dict[str, Any]:
        """Write ``df`` as a new version of ``register`` and make it current. Earlier versions are kept. The version
        is signed by this store's actor (``signed_by``) beside the time it was written."""
        signer = self.signer()
        folder = self._reg_dir(country, register)
        existing = [int(p.name[1:5]) for p in folder.glob("v[0-9][0-9][0-9][0-9].meta.json")] if folder.exists() else []
        version = f"v{(max(existing) + 1) if existing else 1:04d}"
        data = frame_to_parquet_bytes(df)
        back = pd.read_parquet(io.BytesIO(data))
        if back.shape != df.shape:
            raise AtlasError(Msg("store.err.register_damaged_on_write"))
        meta = Provenance.from_meta(provenance, stored=False).to_meta()
        meta.update({"version": version, "register": register, "country": country, "rows": len(df),
                     "sha256": sha256_bytes(data), "file": f"{version}.parquet", "written": now_iso(),
                     "signed_by": signer.name})
        try:
            _atomic_write(folder / meta["file"], data)
            _fault_point("payload-committed")
            _atomic_write(folder / f"{version}.meta.json", json.dumps(meta, ensure_ascii=False, indent=1).encode())
            _fault_point("meta-committed")
            self._set_current(folder, version, signer)
        except OSError as exc:
            raise _write_error(folder, exc) from None
        return meta

    def _set_current(self, folder: Path, version: str, signer: Actor) -> None:
        _atomic_write(folder / "current.json", json.dumps({"version": version, "since": now_iso(),
                                                           "signed_by": signer.name}).encode())

    def current_pointer(self, country: str, register: str) -> dict[str, Any] | None:
        """The current-version pointer as stored: ``version``, ``since`` and who set it (``signed_by``)."""
        self.current_version_id(country, register)  # refuses a damaged pointer plainly
        path = self._reg_dir(country, register) / "current.json"
        try:
            return dict(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None

    def read_version(self, country: str, register: str, version: str) -> tuple[pd.DataFrame, dict[str, Any]]:
        folder = self._reg_dir(country, register)
        meta_path = folder / f"{version}.meta.json"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise AtlasError(Msg("store.err.no_such_version", version=version, register=register)) from None
        except (OSError, ValueError):
            raise AtlasError(Msg("store.err.version_meta_damaged", version=version), file=str(meta_path)) from None
        data = self._payload(folder, meta, f"{register} {version}")
        return pd.read_parquet(io.BytesIO(data)), meta

    def read_current(self, country: str, register: str) -> tuple[pd.DataFrame, dict[str, Any]] | None:
        """The register in use, or ``None`` if nothing was imported. A damaged file raises an AtlasError that
        names the last good version, so the user can restore it."""
        version = self.current_version_id(country, register)
        if version is None:
            return None
        try:
            return self.read_version(country, register, version)
        except AtlasError as err:
            versions = self.list_versions(country, register)
            good = [v["version"] for v in versions if v.get("ok") and v["version"] != version]
            if good:
                err.message += Msg("store.advice.last_good", version=good[-1], register=register)
            raise

    def restore_version(self, country: str, register: str, version: str) -> dict[str, Any]:
        """Make an earlier, intact version current again (the versions themselves are never changed); the pointer
        records who restored it."""
        signer = self.signer()
        _, meta = self.read_version(country, register, version)  # checks the sha256 first
        try:
            self._set_current(self._reg_dir(country, register), version, signer)
        except OSError as exc:
            raise _write_error(self._reg_dir(country, register), exc) from None
        return meta

    # ------------------------------------------------------------------ integrity
    def check(self, country: str) -> list[Problem]:
        """Check every dataset and register version of a country against its recorded sha256, and every
        metadata file and current-version pointer for readability. Each problem names the file; a damaged
        register version also names the last good version to restore."""
        problems: list[Problem] = []
        folder = self._dir(country)
        for p in sorted(folder.glob("*.meta.json")) if folder.exists() else []:
            try:
                meta = self.read_meta(country, p.name[: -len(".meta.json")])
                if meta is not None:
                    self._payload(folder, meta, str(meta.get("dataset") or p.name))
            except AtlasError as err:
                problems.append(Problem(err.message, file=err.file))
        regs = folder / "registers"
        if regs.exists():
            for reg in sorted(p.name for p in regs.iterdir() if p.is_dir() and _NAME_RE.match(p.name)):
                versions = self.list_versions(country, reg)
                good = [v["version"] for v in versions if v.get("ok")]
                advice = (Msg("store.advice.last_good_country", version=good[-1], register=reg, country=country)
                          if good else Msg("store.advice.none_intact"))
                try:
                    current = self.current_version_id(country, reg)
                except AtlasError as err:
                    problems.append(Problem(err.message + advice, file=err.file))
                    current = None
                else:
                    if current is not None and current not in {v["version"] for v in versions}:
                        problems.append(Problem(Msg("store.err.pointer_dangling", register=reg, version=current,
                                                    advice=advice), file=str(regs / reg / "current.json")))
                for v in versions:
                    if not v.get("ok"):
                        in_use = Msg("store.advice.in_use") if v.get("version") == current else ""
                        if "sha256" in v:
                            what, path = Msg("store.why.checksum"), regs / reg / v["file"]
                        else:
                            what, path = Msg("store.why.meta_unreadable"), regs / reg / f"{v['version']}.meta.json"
                        problems.append(Problem(Msg("store.err.version_damaged", version=v.get("version"), register=reg,
                                                    what=what, in_use=in_use, advice=advice), file=str(path)))
        return problems
