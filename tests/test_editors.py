"""Visitors read, only editors change the registers, every change is signed.

The check sits where the write happens: a visitor's store (and, in the app's process, a store without a signature)
refuses every write before touching the disk, so the import/save/restore/fetch functions refuse when called as a
visitor. Pages (AppTest): a visitor sees the Data page read-only; the local editor, an ``st.login`` editor and a session
that typed the editor password can edit, and what they write is signed with who they are.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from base.i18n import t
from base.passwords import PasswordHashError, hash_password, parse_hash, verify_password
from registers import policies, quality
from registers.store import VISITOR, Actor, NotAnEditor, Store, cli_actor, refuse_unsigned_writes
from tests.conftest import ROOT, tree_digest
from tests.policy_helpers import META, csv_bytes, make_store
from ui.firstpaint import PAINTED_KEY

FILE_A = [["kommunenummer", "status", "vedtatt"], ["0301", "vedtatt", "2019"]]
FILE_B = [["kommunenummer", "status", "vedtatt"], ["0301", "vedtatt", "2019"], ["1804", "nei", ""]]
QUALITY = [["kommunenummer", "bud 1", "bud 2", "frivillighetsråd", "vedtatt"], ["0301", "ja", "ja", "ja", "2019-06"]]
FAST = {"n": 2**10, "r": 8, "p": 1}  # a cheap work factor so page tests stay quick; the format is the real one
PASSWORD = "en lang og hemmelig setning"


# ------------------------------------------------------------------------------------------------ passwords
def test_a_password_hash_is_salted_verifies_only_its_password_and_names_its_work_factor():
    a, b = hash_password(PASSWORD, **FAST), hash_password(PASSWORD, **FAST)
    assert a != b, "two hashes of one password differ (random salt)"
    assert verify_password(PASSWORD, a) and verify_password(PASSWORD, b)
    assert not verify_password(PASSWORD + " ", a) and not verify_password("", a)
    assert PASSWORD not in a
    assert parse_hash(a)[:3] == (FAST["n"], FAST["r"], FAST["p"])
    assert parse_hash(hash_password(PASSWORD))[:3] == (2**15, 8, 1)  # the default is the strong one


@pytest.mark.parametrize("bad", ["", "hemmelig", "scrypt$1024$8$1$not base64$!!", "pbkdf2$1$2$3$4$5",
                                 "scrypt$1000$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==",
                                 "scrypt$1073741824$8$1$AAAA$" + "A" * 44])
def test_a_hash_this_atlas_did_not_make_is_refused_not_matched(bad: str):
    with pytest.raises(PasswordHashError):
        verify_password("hemmelig", bad)


def _cli(args: list[str], stdin: str = "", data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    pre = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run([sys.executable, "-m", "analytics", *pre, *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_hash_password_reads_stdin_and_prints_a_hash_that_verifies():
    proc = _cli(["hash-password"], PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1 and PASSWORD not in proc.stdout + proc.stderr
    assert verify_password(PASSWORD, lines[0]) and not verify_password("en lang og hemmelig setninG", lines[0])


@pytest.mark.parametrize("stdin", ["", "\n", "kort\n"])
def test_hash_password_refuses_an_empty_or_short_password_plainly(stdin: str):
    proc = _cli(["hash-password"], stdin)
    assert proc.returncode == 2 and proc.stdout == "" and "Traceback" not in proc.stderr and proc.stderr.strip()


# ------------------------------------------------------------------------------------------------ the store
@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    s = make_store(root)
    features = [{"type": "Feature", "properties": {"kommunenummer": c, "kommunenavn": n},
                 "geometry": {"type": "Polygon", "coordinates": [[[10 + i, 59], [11 + i, 59], [11 + i, 60],
                                                                  [10 + i, 59]]]}}
                for i, (c, n) in enumerate([("0301", "Oslo"), ("1804", "Bodø")])]
    s.write_dataset("no", "kommuner_geo", json.dumps({"type": "FeatureCollection", "features": features}).encode(),
                    {**META, "origin": str(tmp_path / "kilder" / "Kommuner-S.geojson")}, "geojson")
    policies.import_policies(s, csv_bytes(FILE_A), "a.csv")
    policies.import_policies(s, csv_bytes(FILE_B), "b.csv")
    return root


def test_every_write_is_signed_with_who_and_when(root: Path):
    cli = cli_actor().name
    assert cli.startswith("cli:") and len(cli) > 4
    s = Store(root)
    assert s.read_meta("no", "municipalities")["signed_by"] == cli
    versions = s.list_versions("no", "policies")
    assert [v["signed_by"] for v in versions] == [cli, cli] and all(v["written"] for v in versions)
    anna = Store(root, actor=Actor("anna@example.org"))
    with anna.lock():
        anna.restore_version("no", "policies", "v0001")
    pointer = s.current_pointer("no", "policies")
    assert pointer["version"] == "v0001" and pointer["signed_by"] == "anna@example.org" and pointer["since"]
    meta = policies.import_policies(anna, csv_bytes(FILE_B), "c.csv").meta
    assert meta["signed_by"] == "anna@example.org"
    assert s.list_versions("no", "policies")[-1]["signed_by"] == "anna@example.org"


def test_a_provenance_cannot_forge_the_signature(root: Path):
    s = Store(root, actor=Actor("local"))
    import pandas as pd

    with s.lock():
        meta = s.save_version("no", "scratch", pd.DataFrame({"a": [1]}), {"signed_by": "someone-else"})
    assert meta["signed_by"] == "local"


def _visitor_calls(s: Store, root: Path) -> list:
    import pandas as pd

    from registers.fetch import fetch_country
    from registers.organisations import import_organisations
    from tests.org_fixtures import address, orgnr, small_index, unit, write_bulk

    current, _ = Store(root).read_current("no", "policies")
    bulk = write_bulk(root.parent / "orgs.json.gz", [unit(orgnr(1), "LAG", address("0301"))]).read_bytes()
    return [
        ("import policies", lambda: policies.import_policies(s, csv_bytes(FILE_A), "x.csv")),
        ("save table edits", lambda: policies.save_policy_edits(s, current, "no", based_on="v0002")),
        ("import quality", lambda: quality.import_quality(s, csv_bytes(QUALITY), "q.csv")),
        ("import organisations", lambda: import_organisations(s, bulk, "o.json.gz", "no", index=small_index())),
        ("restore", lambda: s.restore_version("no", "policies", "v0001")),
        ("lock", lambda: s.lock().__enter__()),
        ("save version", lambda: s.save_version("no", "policies", pd.DataFrame({"a": [1]}), {})),
        ("write dataset", lambda: s.write_dataset("no", "municipalities", pd.DataFrame({"a": [1]}), META)),
        ("first-run fetch", lambda: fetch_country(s, "no", str(root / "nowhere"))),
    ]


def test_every_write_path_refuses_a_visitor_and_the_store_stays_byte_for_byte(root: Path):
    visitor = Store(root, actor=VISITOR)
    for what, call in _visitor_calls(visitor, root):
        before = tree_digest(root)
        with pytest.raises(NotAnEditor):
            call()
        assert tree_digest(root) == before, f"{what} changed the store for a visitor"
    assert [v["version"] for v in Store(root).list_versions("no", "policies")] == ["v0001", "v0002"]


def test_in_the_apps_process_a_store_without_a_signature_refuses_too(root: Path):
    refuse_unsigned_writes()
    unsigned = Store(root)
    for what, call in _visitor_calls(unsigned, root):
        before = tree_digest(root)
        with pytest.raises(NotAnEditor):
            call()
        assert tree_digest(root) == before, what
    refuse_unsigned_writes(False)
    assert policies.import_policies(unsigned, csv_bytes(FILE_A), "x.csv").meta["signed_by"] == cli_actor().name


def test_an_editor_identity_cannot_be_made_outside_the_rights_check():
    from ui.rights import Editor, editor_store

    with pytest.raises(PermissionError):
        Editor("mallory@example.org", "login")
    with pytest.raises(PermissionError):
        editor_store("mallory@example.org")  # type: ignore[arg-type]


def test_versions_on_the_command_line_show_who_signed(root: Path):
    proc = _cli(["versions", "policies", "--json"], data_dir=root)
    assert proc.returncode == 0, proc.stderr
    assert [v["signed_by"] for v in json.loads(proc.stdout)] == [cli_actor().name] * 2
    proc = _cli(["versions", "policies"], data_dir=root)
    assert proc.returncode == 0 and proc.stdout.count(cli_actor().name) == 2


def test_a_restore_from_the_command_line_is_signed_by_its_user(root: Path):
    proc = _cli(["restore", "policies", "v0001"], data_dir=root)
    assert proc.returncode == 0, proc.stderr
    assert Store(root).current_pointer("no", "policies")["signed_by"] == cli_actor().name


# ------------------------------------------------------------------------------------------------ pages
@pytest.fixture
def site(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(root))
    monkeypatch.delenv("FRIVILLIG_EDITOR_PASSWORD_HASH", raising=False)
    return root


def data_page(secrets: dict | None = None, user: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app_pages" / "data.py"), default_timeout=60)
    at.session_state[PAINTED_KEY] = True
    for k, v in (secrets or {}).items():
        at.secrets[k] = v
    if user is not None:
        at.user = user
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def everything_shown(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "caption", "error", "warning", "info", "success", "title", "header",
                                  "subheader", "text", "code") for e in getattr(at, kind)]
    parts += [df.value.to_csv() for df in at.dataframe]
    return "\n".join(str(p) for p in parts)


def uploads(at: AppTest) -> list:
    return list(at.get("file_uploader"))


def editing_widgets(at: AppTest) -> list:
    keys = [b.key or "" for b in at.button]
    return [k for k in keys if k.startswith(("restore_btn_", "confirm_", "edit_check"))] + list(
        at.get("arrow_data_editor")) + list(at.get("data_editor")) + uploads(at)


AUTH = {"redirect_uri": "http://atlas.example.org/oauth2callback", "cookie_secret": "x" * 32,
        "client_id": "atlas", "client_secret": "not-a-real-secret-4711",
        "server_metadata_url": "https://id.example.org/.well-known/openid-configuration"}


def test_a_visitor_sees_the_data_page_read_only_without_server_paths_or_secrets(site: Path):
    before = tree_digest(site)
    stored = hash_password(PASSWORD, **FAST)
    at = data_page({"auth": AUTH, "atlas": {"editors": ["anna@example.org"], "editor_password_hash": stored}})
    assert editing_widgets(at) == []
    assert not at.get("selectbox") or not [s for s in at.selectbox if (s.key or "").startswith("restore_")]
    shown = everything_shown(at)
    assert str(site) not in shown and str(ROOT) not in shown and str(site.parent) not in shown
    assert "Kommuner-S.geojson" in shown, "a local source file is named without its server path"
    for secret in (AUTH["client_secret"], AUTH["cookie_secret"], stored, stored.split("$")[-1]):
        assert secret not in shown
    assert t("access.visitor", "nb") in shown
    assert [b for b in at.button if b.key == "atlas_login"], "with [auth] configured a visitor is offered st.login"
    assert at.text_input(key="atlas_editor_password"), "with a password hash configured, the password field"
    assert cli_actor().name in shown, "the version list shows who signed each version"
    assert tree_digest(site) == before


def test_a_visitor_is_told_plainly_and_sees_no_path_when_a_file_is_damaged(site: Path):
    damaged = site / "no" / "registers" / "policies" / "v0002.parquet"
    damaged.write_bytes(b"not parquet")
    at = data_page()
    shown = everything_shown(at)
    assert "v0002.parquet" in shown and str(site) not in shown
    assert editing_widgets(at) == []


def test_the_local_editor_edits_and_signs_local(site: Path, local_editor: None):
    at = data_page()
    shown = everything_shown(at)
    assert t("access.local", "nb") in shown and str(site) in shown and str(site.parent / "kilder") in shown
    assert uploads(at) and [b for b in at.button if b.key == "restore_btn_policies"]
    at.selectbox(key="restore_policies").set_value("v0001")
    at.button(key="restore_btn_policies").click().run()
    assert not at.exception
    pointer = Store(site).current_pointer("no", "policies")
    assert pointer["version"] == "v0001" and pointer["signed_by"] == "local"


def _upload_and_confirm(at: AppTest, name: str, data: bytes) -> AppTest:
    at.get("file_uploader")[0].set_value((name, data, "text/csv"))
    at.run()
    confirm = [b for b in at.button if (b.key or "").startswith("confirm_policies")]
    assert confirm, "no confirm button after a valid upload"
    confirm[0].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_signed_in_editor_imports_and_the_version_carries_their_e_mail(site: Path):
    secrets = {"auth": AUTH, "atlas": {"editors": ["Anna@Example.org"]}}
    at = data_page(secrets, {"is_logged_in": True, "email": "anna@example.org", "name": "Anna"})
    assert uploads(at) and t("access.editing_as", "nb", who="anna@example.org") in everything_shown(at)
    _upload_and_confirm(at, "c.csv", csv_bytes(FILE_A))
    meta = Store(site).list_versions("no", "policies")[-1]
    assert meta["file_name"] == "c.csv" and meta["signed_by"] == "anna@example.org"


@pytest.mark.parametrize("user", [{"is_logged_in": True, "email": "mallory@example.org"},
                                  {"is_logged_in": False, "email": "anna@example.org"},
                                  {"email": "anna@example.org"},
                                  {"is_logged_in": True, "email": "anna@example.org", "email_verified": False}])
def test_a_session_that_is_not_a_signed_in_listed_editor_is_a_visitor(site: Path, user: dict):
    before = tree_digest(site)
    at = data_page({"auth": AUTH, "atlas": {"editors": ["anna@example.org"]}}, user)
    assert editing_widgets(at) == []
    assert tree_digest(site) == before


def test_editors_listed_without_auth_configured_give_no_one_rights(site: Path):
    at = data_page({"atlas": {"editors": ["anna@example.org"]}}, {"is_logged_in": True, "email": "anna@example.org"})
    assert editing_widgets(at) == []
    assert not [b for b in at.button if b.key == "atlas_login"] and not at.get("text_input")


def _password_page(site: Path, stored: str) -> AppTest:
    at = data_page({"atlas": {"editor_password_hash": stored}})
    assert at.text_input(key="atlas_editor_password").proto.type == at.text_input(
        key="atlas_editor_password").proto.PASSWORD
    return at


def test_a_wrong_password_gives_nothing_and_the_right_one_gives_the_upload(site: Path):
    before = tree_digest(site)
    at = _password_page(site, hash_password(PASSWORD, **FAST))
    at.text_input(key="atlas_editor_password").input("feil passord").run()
    assert t("access.wrong", "nb") in everything_shown(at) and editing_widgets(at) == []
    assert at.text_input(key="atlas_editor_password").value == "", "the password is not kept"
    assert tree_digest(site) == before
    at.text_input(key="atlas_editor_password").input(PASSWORD).run()
    assert uploads(at) and t("access.editing_as", "nb", who="password") in everything_shown(at)
    assert PASSWORD not in repr(at.session_state.to_dict()), "the password is not kept in the session"
    _upload_and_confirm(at, "d.csv", csv_bytes(FILE_A))
    assert Store(site).list_versions("no", "policies")[-1]["signed_by"] == "password"
    at.button(key="atlas_password_logout").click().run()
    assert editing_widgets(at) == []


def test_the_password_from_the_environment_works_too(site: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FRIVILLIG_EDITOR_PASSWORD_HASH", hash_password(PASSWORD, **FAST))
    at = data_page()
    at.text_input(key="atlas_editor_password").input(PASSWORD).run()
    assert uploads(at)


def test_repeated_wrong_passwords_are_slowed_and_then_refused_even_the_right_one(site: Path,
                                                                               monkeypatch: pytest.MonkeyPatch):
    import ui.rights

    pauses: list[float] = []
    monkeypatch.setattr(ui.rights, "_slow_down", pauses.append)
    at = _password_page(site, hash_password(PASSWORD, **FAST))
    for i in range(ui.rights.MAX_TRIES):
        at.text_input(key="atlas_editor_password").input(f"gjett {i}").run()
        assert t("access.wrong", "nb") in everything_shown(at)
    assert len(pauses) == ui.rights.MAX_TRIES and pauses == sorted(pauses) and pauses[-1] > pauses[0]
    at.text_input(key="atlas_editor_password").input(PASSWORD).run()
    shown = everything_shown(at)
    refusal = t("access.too_many", "nb", n=ui.rights.MAX_TRIES, seconds=999).split("999")[0]
    assert refusal in shown and t("access.wrong", "nb") not in shown and editing_widgets(at) == []
    assert len(pauses) == ui.rights.MAX_TRIES, "a refused try is not even checked"


def test_a_damaged_password_setting_signs_no_one_in_and_shows_no_secret(site: Path):
    at = data_page({"atlas": {"editor_password_hash": "scrypt$garbage-4711"}})
    at.text_input(key="atlas_editor_password").input("scrypt$garbage-4711").run()
    shown = everything_shown(at)
    assert t("access.misconfigured", "nb") in shown and "garbage-4711" not in shown and editing_widgets(at) == []


def test_the_first_run_screen_offers_the_fetch_only_to_an_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 local_editor: None):
    from streamlit import config

    empty = tmp_path / "empty"
    monkeypatch.setenv("FRIVILLIG_DATA_DIR", str(empty))
    monkeypatch.setenv("FRIVILLIG_SOURCE_DIR", str(tmp_path / "kilder"))
    at = data_page()
    assert [b for b in at.button if b.label == t("firstrun.button", "nb")]
    config.set_option("server.address", "0.0.0.0")
    at = data_page()
    assert not [b for b in at.button if b.label == t("firstrun.button", "nb")]
    shown = everything_shown(at)
    assert t("access.firstrun_visitor", "nb") in shown and str(tmp_path) not in shown
    assert not empty.exists() or tree_digest(empty) == tree_digest(tmp_path / "nothing")


def test_a_server_on_loopback_behind_a_proxy_is_not_local(site: Path, local_editor: None,
                                                          monkeypatch: pytest.MonkeyPatch):
    import ui.rights

    monkeypatch.setattr(ui.rights, "_headers", lambda: {"host": "atlas.example.org", "x-forwarded-for": "203.0.113.9"})
    assert editing_widgets(data_page()) == []
    monkeypatch.setattr(ui.rights, "_headers", lambda: {"host": "127.0.0.1:8501"})
    assert uploads(data_page())
