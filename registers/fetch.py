"""The one path that writes fetched data: base registers of Norway and Denmark and the organisation register.

Read every source (``sources``), build and validate the registers (``registers.municipalities_no`` / ``_dk``,
``registers.organisations``), then write them under the store's lock (:func:`write_datasets`). Nothing is
written until every source has been read and validated. Shared by the command line and the first-run screen.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from base.errors import AtlasError
from base.i18n import CATALOGUE, Msg, fmt_int, fmt_num, t
from base.provenance import now_iso, sha256_file
from registers import organisations as org
from registers.municipalities_dk import build_dk
from registers.municipalities_no import build_no
from registers.store import Store
from sources.brreg import (
    BULK_URL,
    ReadResult,
    download_bulk,
    fetch_icnpo_categories,
    find_source_files,
    national_count_observations,
    read_bulk,
    read_organisation_file,
    walk_frr_api,
)
from sources.dk import DkSources
from sources.no import NoSources

COUNTRIES = ("no", "dk")
Progress = Callable[[str, int, int | None], None]


def write_datasets(store: Store, country: str, datasets: Iterable[Any], log: Callable[[str], None] | None = None
                   ) -> None:
    """Write built datasets (``name``, ``payload``, ``meta``, ``ext``) under the store's lock, one by one."""
    with store.lock(what="hentingen"):
        for d in datasets:
            if log:
                log(t("cli.out.writing", name=d.name))
            store.write_dataset(country, d.name, d.payload, d.meta, d.ext)


def country_source_dir(source_dir: str | None, country: str) -> str | None:
    """Accept a folder holding the country's files, or one holding ``no/`` and ``dk/`` (like shared/mirror), or the
    sibling country's folder (``FRIVILLIG_SOURCE_DIR=.../mirror/no`` also serves ``--country dk``)."""
    if not source_dir:
        return None
    p = Path(source_dir)
    if (p / country).is_dir():
        return str(p / country)
    if p.name in COUNTRIES and p.name != country and (p.parent / country).is_dir():
        return str(p.parent / country)
    return str(p)


PROGRESS_FILE = ".progress-{what}.json"


def _progress_path(store: Store, country: str, what: str) -> Path:
    return store.root / country / PROGRESS_FILE.format(what=what)


def progress_writer(store: Store, country: str, what: str, inner: Any = None) -> Any:
    """A progress callback that also records progress in the data directory, so the pages can show a fetch
    running in another process (the first start fetches the large organisation file in the background)."""
    path = _progress_path(store, country, what)

    def write(label: str, done: int, total: int | None) -> None:
        if inner is not None:
            inner(label, done, total)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"label": label, "label_key": getattr(label, "key", None), "done": done,
                                       "total": total, "pid": os.getpid()}))
            os.replace(tmp, path)
        except OSError:
            pass

    return write


def read_progress(store: Store, country: str, what: str) -> tuple[float, str] | None:
    """(fraction, text) of a fetch running now, or None (no file, or its process has ended)."""
    path = _progress_path(store, country, what)
    try:
        rec = json.loads(path.read_text())
        os.kill(int(rec["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    total, done = rec.get("total"), rec.get("done") or 0
    frac = min(1.0, done / total) if total else 0.0
    key = rec.get("label_key")
    label = t(key) if key in CATALOGUE else str(rec.get("label", ""))
    return frac, (t("cli.progress.of", what=label, done=fmt_num(done / 1e6, 0), total=fmt_num(total / 1e6, 0))
                  if total else t("cli.progress", what=label, done=fmt_num(done / 1e6, 0)))


def fetch_country(store: Store, country: str, source_dir: str | None, progress: Any = None,
                  log: Any = None, part: str = "all") -> list[str]:
    """Fetch and store every base register of a country; returns messages for the user. Shared by the command
    line and the first-run screen. Nothing is written until every source has been read and validated; a store that
    may not write (a visitor's) is refused before any source is read."""
    store.signer()
    log = log or (lambda msg: None)
    source_dir = country_source_dir(source_dir, country)
    messages: list[str] = []
    if country == "no":
        if part in ("all", "base"):
            log(t("cli.out.reading_sources"))
            datasets, notes = build_no(NoSources(source_dir, progress))
            write_datasets(store, "no", datasets, log)
            messages += [str(n) for n in notes]
        if part == "base":
            return messages
        if not store.has("no", "municipalities"):
            raise AtlasError(Msg("cli.fetch_base_first"))
        try:
            writer = progress_writer(store, "no", "organisations", progress)
            messages += fetch_organisations(store, source_dir=source_dir, progress=writer)
        except AtlasError as err:
            messages.append(Msg("cli.out.org_not_fetched", error=err.message))
        finally:
            with contextlib.suppress(OSError):
                _progress_path(store, "no", "organisations").unlink()
    else:
        messages += fetch_dk(store, source_dir=source_dir, progress=progress)
    return messages


def fetch_dk(store: Any, source_dir: str | os.PathLike[str] | None = None,
             progress: Callable[[str, int, int | None], None] | None = None,
             download: Callable[..., bytes] | None = None) -> list[str]:
    """Read the Danish sources (online, or from ``source_dir``), build every register and write them to
    ``store`` under its lock. Nothing is written unless every source was read and every check passed.
    Returns notes for the user (what was excluded, how population sums were checked, files not used)."""
    store.signer()  # a visitor's store: refused before anything is downloaded
    datasets, notes = build_dk(DkSources(source_dir, progress, download=download))
    write_datasets(store, "dk", datasets)
    return list(notes)


# ---------------------------------------------------------------- organisations


def _mtime_iso(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0).isoformat()


def fetch_organisations(store: Any, source_dir: str | os.PathLike[str] | None = None,
                        progress: Progress | None = None, index: Any = None) -> list[str]:
    """Fetch the organisation register (and the ICNPO code list) and store it; return messages for the user.

    Online: the national bulk file is downloaded (about 210 MB, with progress) to a temporary file beside the
    store, streamed, then deleted; ICNPO categories come from a ``searchAfter`` walk of Frivillighetsregisteret.
    With ``source_dir``: the files in ``<source_dir>/brreg/`` (see :func:`find_source_files`). When only a partial
    extract is there, it is imported as what it is - one municipality - and the message says the national file is
    missing; a national register already in use is never replaced by a partial one.
    """
    store.signer()  # a visitor's store: refused before a temporary download file is made beside the store
    index = index if index is not None else org.load_index(store)
    if source_dir:
        return _fetch_local(store, Path(source_dir), progress, index)
    return _fetch_online(store, progress, index)


def _same_as_current(store: Any, reads: list[ReadResult]) -> bool:
    cur = store.current_version_id("no", org.REGISTER)
    if cur is None:
        return False
    meta = next((v for v in store.list_versions("no", org.REGISTER) if v.get("version") == cur), {})
    wanted = sorted(r.sha256 for r in reads if r.kind != "icnpo_list")
    have = sorted(f.get("sha256", "") for f in meta.get("files") or [] if f.get("kind") != "icnpo_list")
    return bool(wanted) and wanted == have and bool(meta.get("ok"))


def _fetch_local(store: Any, source_dir: Path, progress: Progress | None, index: Any) -> list[str]:
    files = find_source_files(source_dir)
    messages: list[str] = []
    cat_reads = [read_organisation_file(p) for p in files.icnpo[:1]]
    for r in cat_reads:
        r.retrieved = r.retrieved or _mtime_iso(source_dir)
    unit_paths = files.bulk[:1] or files.frr_csv
    reads: list[ReadResult] = []
    if unit_paths:
        for p in unit_paths:
            r = read_organisation_file(p, progress)
            r.retrieved = r.retrieved or _mtime_iso(p)
            reads.append(r)
        reads += [read_organisation_file(p) for p in files.frr_json]
    elif files.extracts:
        current = store.read_current("no", org.REGISTER)
        if current is not None and current[1].get("scope") == "nasjonal":
            messages.append(Msg("brreg.note.kept_national"))
            reads = []
        else:
            reads = [read_organisation_file(p) for p in files.extracts]
            covered = ", ".join(c for r in reads for c in (r.coverage or []))
            national = ""
            for p in files.counts[:1]:
                obs = national_count_observations(p)
                if len(obs) and obs["count"].notna().any():
                    national = Msg("brreg.note.national_count", n=fmt_int(int(obs["count"].max())), file=p.name)
            messages.append(Msg("brreg.note.extract_only", codes=covered) + national)
    else:
        messages.append(Msg("brreg.note.no_files"))
    if reads and _same_as_current(store, reads):
        messages.append(Msg("brreg.note.unchanged"))
        reads = []
    if not reads and not cat_reads:
        return messages
    result = org.save(store, cat_reads + reads, index, origin="kildemappe")
    if reads:
        messages.append(Msg("brreg.note.register", summary=result.report.summary()))
    return messages


def _fetch_online(store: Any, progress: Progress | None, index: Any) -> list[str]:
    retrieved = now_iso()
    messages: list[str] = []
    reads: list[ReadResult] = []
    try:
        cats = fetch_icnpo_categories()
        cats.retrieved = retrieved
        reads.append(cats)
    except AtlasError as err:
        messages.append(Msg("brreg.note.no_icnpo_list", error=err.message))
    path = download_bulk(Path(store.root) / ".downloads", progress)
    try:
        bulk = read_bulk(path, progress)
        bulk.sha256, bulk.retrieved = sha256_file(path), retrieved
        reads.append(bulk)
        try:
            reads.append(walk_frr_api(progress))
        except AtlasError as err:
            messages.append(Msg("brreg.note.no_categories", error=err.message))
        result = org.save(store, reads, index, origin="nett", retrieved=retrieved, url=BULK_URL)
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
    messages.append(Msg("brreg.note.register", summary=result.report.summary()))
    return messages
