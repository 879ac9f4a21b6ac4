"""Faults: a register survives a killed import or fetch, two imports at once, a read-only or full data directory and
a file damaged on disk - tested with real ``python -m analytics`` processes where a process is what fails.

The kills use the store's test hook (``FRIVILLIG_FAULT_SLEEP_AT``, see ``analytics/store.py``): the writer stops at
a named stage and announces it on stderr, and the test sends SIGKILL exactly there. Random-time kills cover what
the named stages do not.
"""

from __future__ import annotations

import errno
import json
import os
import random
import selectors
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from base.errors import AtlasError
from registers import policies
from registers.store import Store
from tests.conftest import ROOT
from tests.policy_helpers import csv_bytes, make_store

FILE_A = [["kommunenummer", "status", "vedtatt"], ["0301", "vedtatt", "2019"], ["1804", "nei", ""]]
FILE_B = [["kommunenummer", "status", "vedtatt"], ["0301", "under arbeid", ""], ["1804", "vedtatt", "2015"],
          ["3301", "vedtatt", "2020"], ["5001", "nei", ""]]
IMPORT_STAGES = ["locked", "tmp-written:1", "payload-committed", "tmp-written:2", "meta-committed",
                 "tmp-written:3"]


# ---------------------------------------------------------------------------------------------------- helpers
def cli(root: Path, *args: str, env: dict[str, str] | None = None, wrap: list[str] | None = None,
        **kw) -> subprocess.Popen:
    cmd = [*(wrap or []), sys.executable, "-m", "analytics", "--data-dir", str(root), *args]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FRIVILLIG_FAULT")}
    full_env.update(env or {})
    return subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def run_cli(root: Path, *args: str, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    proc = cli(root, *args, **kw)
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out.decode(), err.decode())


def wait_for_marker(proc: subprocess.Popen, marker: str) -> str:
    """Read the process's stderr until ``marker`` appears; fail if it exits first (a process that hangs is stopped
    by the test's own pytest-timeout: no clock here)."""
    sel = selectors.DefaultSelector()
    sel.register(proc.stderr, selectors.EVENT_READ)
    seen = b""
    while marker.encode() not in seen:
        if sel.select(timeout=0.5):
            chunk = os.read(proc.stderr.fileno(), 65536)
            if not chunk:
                proc.wait()
                raise AssertionError(f"the process exited ({proc.returncode}) before {marker!r}: "
                                     f"{seen.decode(errors='replace')[-2000:]}")
            seen += chunk
    sel.close()
    return seen.decode(errors="replace")


def kill_at(root: Path, stage: str, *args: str) -> None:
    """Start ``python -m analytics ARGS``, let it reach ``stage`` and SIGKILL it there."""
    proc = cli(root, *args, env={"FRIVILLIG_FAULT_SLEEP_AT": stage})
    try:
        wait_for_marker(proc, f"FAULT-POINT {stage.split(':')[0]}")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def metadata_names(root: Path) -> list[str]:
    """Every file or version name that any metadata or pointer file names."""
    names = []
    for p in root.rglob("*.json"):
        try:
            doc = json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(doc, dict):
            names += [str(doc[k]) for k in ("file", "version") if k in doc]
    return names


def assert_no_temporary_is_named(root: Path) -> None:
    named = metadata_names(root)
    assert named, "no metadata found at all"
    assert not [n for n in named if n.startswith(".tmp")], named


def digest_without_lock(root: Path) -> str:
    """Every file's path and bytes, except the lock file (its text names the last holder)."""
    import hashlib

    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.name != ".lock":
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def records(df: pd.DataFrame) -> list[dict]:
    return policies.register_records(df)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, rows in (("a", FILE_A), ("b", FILE_B)):
        p = tmp_path / f"register_{name}.csv"
        p.write_bytes(csv_bytes(rows))
        out[name] = p
    return out


@pytest.fixture
def expected(tmp_path: Path, files: dict[str, Path]) -> dict[str, list[dict]]:
    """The registers files A and B give, imported into a scratch store of their own."""
    out = {}
    for name, path in files.items():
        scratch = make_store(tmp_path / f"scratch_{name}")
        out[name] = records(policies.import_policies(scratch, path).register)
    assert out["a"] != out["b"]
    return out


@pytest.fixture
def store_with_a(tmp_path: Path, files: dict[str, Path]) -> Path:
    """A data directory whose policy register (v0001) is file A."""
    root = tmp_path / "store"
    policies.import_policies(make_store(root), files["a"])
    return root


def assert_register_is(root: Path, want: list[dict], version: str) -> None:
    got = Store(root).read_current("no", "policies")
    assert got is not None
    df, meta = got
    assert meta["version"] == version
    assert records(df) == want


# ---------------------------------------------------------------------------------------------------- kills
@pytest.mark.slow
@pytest.mark.parametrize("stage", IMPORT_STAGES)
def test_an_import_killed_at_any_stage_leaves_the_previous_register_in_use(
        store_with_a: Path, files: dict[str, Path], expected: dict[str, list[dict]], stage: str):
    root = store_with_a
    kill_at(root, stage, "import", "policies", str(files["b"]), "--country", "no")

    assert_register_is(root, expected["a"], "v0001")
    assert Store(root).check("no") == []
    assert_no_temporary_is_named(root)
    # the lock the killed import held is free again, and the next import finishes and tidies up after it
    done = run_cli(root, "import", "policies", str(files["b"]), "--country", "no")
    assert done.returncode == 0, done.stderr
    assert Store(root).read_current("no", "policies")[1]["version"] in ("v0002", "v0003")
    assert records(Store(root).read_current("no", "policies")[0]) == expected["b"]
    assert not list(root.rglob(".tmp-*")), "a killed writer's temporary file was left behind"
    assert Store(root).check("no") == []


@pytest.mark.slow
def test_imports_killed_at_random_moments_never_leave_a_broken_register(
        store_with_a: Path, files: dict[str, Path], expected: dict[str, list[dict]]):
    root = store_with_a
    t0 = time.monotonic()
    ok = run_cli(root, "import", "policies", str(files["b"]), "--country", "no")
    full = time.monotonic() - t0
    assert ok.returncode == 0, ok.stderr
    rng = random.Random(8)
    for attempt in range(8):
        source = files["a"] if attempt % 2 else files["b"]
        proc = cli(root, "import", "policies", str(source), "--country", "no")
        time.sleep(rng.uniform(0.5, 1.0) * full)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        df, meta = Store(root).read_current("no", "policies")
        assert records(df) in (expected["a"], expected["b"]), f"attempt {attempt}: a register mixing files"
        assert Store(root).check("no") == [], f"attempt {attempt}"
        assert_no_temporary_is_named(root)


@pytest.fixture
def fetched_store(tmp_path: Path, no_store_dir: Path) -> Path:
    """A copy of a store fetched from the offline mirror, whose population dataset then differs from what a
    new fetch writes (so a killed fetch is caught mixing old and new bytes)."""
    root = tmp_path / "fetched"
    shutil.copytree(no_store_dir, root)
    s = Store(root)
    pop = s.read_frame("no", "population")
    meta = {k: v for k, v in s.read_meta("no", "population").items()
            if k not in ("sha256", "file", "rows", "bytes", "written", "dataset", "country")}
    s.write_dataset("no", "population", pop.iloc[: len(pop) // 2], meta)
    return root


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["locked", "tmp-written:1", "payload-committed:2", "meta-committed:3",
                                   "tmp-written:7", "meta-committed:5"])
def test_a_fetch_killed_midway_leaves_every_register_loadable(fetched_store: Path, no_store_dir: Path,
                                                              mirror_no: Path, stage: str):
    root = fetched_store
    before = {m["dataset"]: m["sha256"] for m in Store(root).datasets("no")}
    fresh = {m["dataset"]: m["sha256"] for m in Store(no_store_dir).datasets("no")}
    kill_at(root, stage, "fetch", "--country", "no", "--source-dir", str(mirror_no), "--quiet")

    s = Store(root)
    after = {m["dataset"]: m["sha256"] for m in s.datasets("no")}
    assert set(after) == set(before)
    for name, sha in after.items():
        assert sha in (before[name], fresh[name]), f"{name} is neither the old nor the new version"
        s.read_bytes("no", name)  # loads, sha256 checked
    assert len(s.read_frame("no", "municipalities")) == 357
    assert s.check("no") == []
    assert_no_temporary_is_named(root)
    checked = run_cli(root, "check", "--country", "no")
    assert checked.returncode == 0, checked.stderr


# ---------------------------------------------------------------------------------------------------- two at once
@pytest.mark.slow
def test_two_imports_at_once_give_one_whole_version_each(tmp_path: Path, files: dict[str, Path],
                                                         expected: dict[str, list[dict]]):
    root = tmp_path / "store"
    make_store(root)
    # Both pause 1.5 s after writing their first temporary file: without the lock both would pick the same
    # version number and overwrite each other's files.
    slow = {"FRIVILLIG_FAULT_SLEEP_AT": "tmp-written:1", "FRIVILLIG_FAULT_SLEEP_SECONDS": "1.5"}
    procs = [cli(root, "import", "policies", str(files[n]), "--country", "no", env=slow) for n in ("a", "b")]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err.decode()
    s = Store(root)
    versions = s.list_versions("no", "policies")
    assert [v["version"] for v in versions] == ["v0001", "v0002"]
    seen = []
    for v in versions:
        df, meta = s.read_version("no", "policies", v["version"])
        got = records(df)
        assert got in (expected["a"], expected["b"]), "a version mixing the two files"
        assert got == expected[meta["file_name"][len("register_"):-len(".csv")]], "metadata of the other file"
        seen.append(meta["file_name"])
    assert sorted(seen) == ["register_a.csv", "register_b.csv"]
    assert s.check("no") == []


@pytest.mark.slow
def test_an_import_is_refused_plainly_while_another_holds_the_lock_and_the_killed_holder_frees_it(
        tmp_path: Path, files: dict[str, Path], expected: dict[str, list[dict]]):
    root = tmp_path / "store"
    make_store(root)
    holder = cli(root, "import", "policies", str(files["a"]), "--country", "no",
                 env={"FRIVILLIG_FAULT_SLEEP_AT": "locked"})
    try:
        wait_for_marker(holder, "FAULT-POINT locked")
        refused = run_cli(root, "import", "policies", str(files["b"]), "--country", "no", timeout=60)
        assert refused.returncode == 2
        assert "En annen import" in refused.stderr and f"prosess {holder.pid}" in refused.stderr
        assert "Traceback" not in refused.stderr
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    assert Store(root).read_current("no", "policies") is None  # neither wrote anything
    # The killed holder's lock is gone (a kernel flock dies with its process): the import gets it and writes. Had
    # the lock survived, the import would wait out its lock timeout and be refused (exit 2) - no clock needed.
    done = run_cli(root, "import", "policies", str(files["b"]), "--country", "no")
    assert done.returncode == 0, "the lock of the killed process was not released: " + done.stderr
    assert_register_is(root, expected["b"], "v0001")


# ---------------------------------------------------------------------------------------------------- read-only, full
@pytest.mark.parametrize("code, words", [(errno.EROFS, "skrivebeskyttet"), (errno.EACCES, "skrivebeskyttet"),
                                         (errno.ENOSPC, "disken er full")])
@pytest.mark.parametrize("failing_write", [1, 2, 3])
def test_a_write_failure_at_any_step_is_a_plain_message_and_the_register_stays(
        store_with_a: Path, files: dict[str, Path], expected: dict[str, list[dict]],
        monkeypatch: pytest.MonkeyPatch, code: int, words: str, failing_write: int):
    """The n-th rename of an import fails as on a read-only or full disk (1: payload, 2: metadata, 3: pointer)."""
    import registers.store as store_mod

    root = store_with_a
    before = digest_without_lock(root)
    real = os.replace
    calls = {"n": 0}

    def replace(src, dst):
        calls["n"] += 1
        if calls["n"] == failing_write:
            raise OSError(code, os.strerror(code))
        return real(src, dst)

    monkeypatch.setattr(store_mod.os, "replace", replace)
    with pytest.raises(AtlasError) as caught:
        policies.import_policies(Store(root), files["b"])
    monkeypatch.undo()
    assert words in str(caught.value) and "Ingenting er endret" in str(caught.value)
    assert not list(root.rglob(".tmp-*"))
    assert_register_is(root, expected["a"], "v0001")
    assert Store(root).check("no") == []
    if failing_write == 1:
        assert digest_without_lock(root) == before


def _namespace_available() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    try:
        return subprocess.run(["unshare", "-m", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def read_only_wrapper(root: Path) -> list[str]:
    """A command prefix under which ``root`` is read-only: a read-only bind mount in a private mount namespace
    (as root, where file modes do not stop writes), else file modes."""
    if os.geteuid() == 0:
        if not _namespace_available():
            pytest.skip("running as root without mount namespaces: a real read-only directory cannot be made")
        script = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'
        return ["unshare", "-m", "sh", "-c", script, str(root)]
    for p in [root, *root.rglob("*")]:
        p.chmod(p.stat().st_mode & ~0o222)
    return []


@pytest.mark.slow
def test_an_import_into_a_read_only_data_directory_is_refused_plainly(
        store_with_a: Path, files: dict[str, Path], expected: dict[str, list[dict]]):
    root = store_with_a
    before = digest_without_lock(root)
    wrap = read_only_wrapper(root)
    try:
        got = run_cli(root, "import", "policies", str(files["b"]), "--country", "no", wrap=wrap)
        shown = run_cli(root, "policies", "--country", "no", "--json", wrap=wrap)
    finally:
        for p in [root, *root.rglob("*")]:
            p.chmod(p.stat().st_mode | 0o200)
    assert got.returncode == 2, got.stdout + got.stderr
    assert "skrivebeskyttet" in got.stderr and "Traceback" not in got.stderr
    assert shown.returncode == 0 and json.loads(shown.stdout) == expected["a"]
    assert digest_without_lock(root) == before


@pytest.mark.slow
def test_an_import_into_a_full_disk_is_refused_plainly(store_with_a: Path, files: dict[str, Path],
                                                       expected: dict[str, list[dict]], tmp_path: Path):
    if not _namespace_available():
        pytest.skip("a full file system needs a private mount namespace (root and unshare)")
    mnt, out = tmp_path / "full", tmp_path / "out"
    mnt.mkdir()
    out.mkdir()
    py = f'"{sys.executable}" -m analytics --data-dir "$M"'
    script = f"""
M="$0"; SRC="$1"; OUT="$2"; FILE="$3"
mount -t tmpfs -o size=2m tmpfs "$M" || exit 90
cp -a "$SRC/." "$M/" || exit 91
cat /dev/zero > "$M/filler" 2>/dev/null
{py} import policies "$FILE" --country no >"$OUT/import.out" 2>"$OUT/import.err"; echo $? >"$OUT/import.rc"
rm -f "$M/filler"
{py} check --country no >"$OUT/check.out" 2>&1; echo $? >"$OUT/check.rc"
{py} policies --country no --json >"$OUT/policies.json" 2>"$OUT/policies.err"
find "$M" -name '.tmp-*' >"$OUT/tmp.txt"
"""
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script, str(mnt), str(store_with_a), str(out),
                           str(files["b"])], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    err = (out / "import.err").read_text()
    assert (out / "import.rc").read_text().strip() == "2", err
    assert "disken er full" in err and "Traceback" not in err
    assert (out / "check.rc").read_text().strip() == "0", (out / "check.out").read_text()
    assert json.loads((out / "policies.json").read_text()) == expected["a"]
    assert (out / "tmp.txt").read_text().strip() == ""


# ---------------------------------------------------------------------------------------------------- damage
def _damage(root: Path, how: str) -> Path:
    folder = root / "no" / "registers" / "policies"
    if how == "truncated":
        path = folder / "v0002.parquet"
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif how == "edited":
        path = folder / "v0002.parquet"
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x20
        path.write_bytes(bytes(data))
    elif how == "meta-edited":
        path = folder / "v0002.meta.json"
        meta = json.loads(path.read_text(encoding="utf-8"))
        meta["sha256"] = "0" * 64
        path.write_text(json.dumps(meta), encoding="utf-8")
        path = folder / "v0002.parquet"  # the file whose recorded sha256 no longer matches
    elif how == "meta-garbled":
        path = folder / "v0002.meta.json"
        path.write_text('{"version": "v0002", "file": ', encoding="utf-8")
    elif how == "pointer-garbled":
        path = folder / "current.json"
        path.write_text("{not json", encoding="utf-8")
    else:  # pragma: no cover
        raise ValueError(how)
    return path


DAMAGE = ["truncated", "edited", "meta-edited", "meta-garbled", "pointer-garbled"]


@pytest.fixture
def two_versions(store_with_a: Path, files: dict[str, Path]) -> Path:
    policies.import_policies(Store(store_with_a), files["b"])
    return store_with_a


@pytest.mark.parametrize("how", DAMAGE)
def test_check_command_names_the_damaged_file_and_the_last_good_version(two_versions: Path, how: str):
    path = _damage(two_versions, how)
    got = run_cli(two_versions, "check", "--country", "no")
    assert got.returncode == 2
    assert str(path) in got.stderr
    good = "v0002" if how == "pointer-garbled" else "v0001"  # a damaged pointer leaves both versions whole
    assert f"Siste gode versjon er {good}" in got.stderr and f"restore policies {good}" in got.stderr
    assert "Traceback" not in got.stderr


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_register_is_never_read_as_good_and_the_last_good_version_can_be_restored(
        two_versions: Path, expected: dict[str, list[dict]], how: str):
    _damage(two_versions, how)
    s = Store(two_versions)
    with pytest.raises(AtlasError) as caught:
        s.read_current("no", "policies")
    if how != "pointer-garbled":
        assert "v0001" in str(caught.value)
    listed = {v["version"]: v for v in s.list_versions("no", "policies")}
    assert listed["v0001"]["ok"]
    assert listed["v0002"]["ok"] is (how == "pointer-garbled")
    restored = run_cli(two_versions, "restore", "policies", "v0001", "--country", "no")
    assert restored.returncode == 0, restored.stderr
    assert_register_is(two_versions, expected["a"], "v0001")


def test_a_damaged_base_dataset_is_reported_and_a_new_fetch_repairs_it(tmp_path: Path):
    root = tmp_path / "store"
    s = make_store(root)
    meta_path = root / "no" / "municipalities.meta.json"
    meta_path.write_text("[1, 2", encoding="utf-8")
    problems = s.check("no")
    assert [p.file for p in problems] == [str(meta_path)]
    assert [m["dataset"] for m in s.datasets("no")] == ["code_changes"]
    make_store(root)  # what a new fetch does: write the dataset again
    assert s.check("no") == []


def test_a_reader_racing_a_writer_reads_the_new_version_not_a_missing_file(tmp_path: Path):
    """Between a reader's metadata and payload reads a writer may replace the dataset (and delete the old
    payload): the reader must get the new data, not an error calling the store damaged."""
    s = make_store(tmp_path / "store")
    stale = s.read_meta("no", "municipalities")
    from tests.policy_helpers import META, no_municipalities

    new = no_municipalities().assign(befolkning=1)
    s.write_dataset("no", "municipalities", new, META)
    assert not (tmp_path / "store" / "no" / stale["file"]).exists()

    class Racing(Store):
        calls = 0

        def read_meta(self, country, name):
            Racing.calls += 1
            return stale if Racing.calls == 1 else super().read_meta(country, name)

    got = Racing(tmp_path / "store").read_frame("no", "municipalities")
    assert (got["befolkning"] == 1).all()
