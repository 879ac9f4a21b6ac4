"""A shared atlas as a visitor meets it: the server listens on 0.0.0.0 (reached through 127.0.0.1) with an editor
password configured. No page offers a visitor a file input, shows a server path or a traceback, and the store is
byte-for-byte unchanged after the visit; a wrong password gives nothing, the right one gives the upload, and what the
editor then imports is signed ``password``. On a loopback-only server (``./run.sh``) the laptop's user edits without
signing in, but a request that came through a proxy (``X-Forwarded-For``) is a visitor's."""

from __future__ import annotations

import shutil
from pathlib import Path

from base.i18n import t
from base.passwords import hash_password
from registers.store import Store
from tests.conftest import MIRROR_NO, ROOT, tree_digest
from tests.e2e.conftest import Visit, running_app
from tests.e2e.test_pages import existing_pages

PASSWORD = "konferansen i Bodø har sterke passord"


def file_inputs(v: Visit) -> int:
    return sum(fr.locator("input[type=file]").count() for fr in v.page.frames)


def test_a_visitor_cannot_change_anything_and_only_the_right_password_gives_the_upload(
        e2e_store: Path, browser, tmp_path: Path):
    data = tmp_path / "store"
    shutil.copytree(e2e_store, data)
    before = tree_digest(data)
    env = {"FRIVILLIG_EDITOR_PASSWORD_HASH": hash_password(PASSWORD)}
    with running_app(data, tmp_path / "streamlit.log", args=["--server.address", "0.0.0.0"], env=env) as base:
        assert base.startswith("http://127.0.0.1:")
        for page in existing_pages():
            for query in ("", "?land=dk&lang=en"):
                v = Visit(browser, f"{base}{page}{query}")
                try:
                    assert file_inputs(v) == 0, f"{page}{query} offers a visitor a file input"
                    assert v.exceptions == [], v.exceptions
                    shown = v.text
                    assert str(data) not in shown and str(tmp_path) not in shown and "Traceback" not in shown
                    assert str(MIRROR_NO.parent) not in shown and str(ROOT) not in shown
                    assert env["FRIVILLIG_EDITOR_PASSWORD_HASH"] not in v.page.content()
                finally:
                    v.close()
        assert tree_digest(data) == before, "a visitor's visit changed the store"

        v = Visit(browser, f"{base}data")
        try:
            assert t("access.visitor", "nb") in v.text and file_inputs(v) == 0
            field = v.page.locator("input[type=password]")
            assert field.count() == 1
            field.fill("feil passord")
            field.press("Enter")
            v.page.get_by_text(t("access.wrong", "nb")).wait_for(timeout=30_000)
            assert file_inputs(v) == 0
            assert tree_digest(data) == before

            field = v.page.locator("input[type=password]")
            field.fill(PASSWORD)
            field.press("Enter")
            v.page.locator("input[type=file]").first.wait_for(state="attached", timeout=30_000)
            assert tree_digest(data) == before, "signing in writes nothing"

            csv = tmp_path / "oppdatert.csv"
            csv.write_text("kommunenummer;status;vedtatt\n0301;vedtatt;2019\n1804;under arbeid;\n", encoding="utf-8")
            v.page.locator("input[type=file]").first.set_input_files(str(csv))
            confirm = v.page.get_by_role("button", name=t("import.confirm", "nb"))
            confirm.wait_for(timeout=60_000)
            confirm.click()
            v.page.get_by_text(t("import.done", "nb", version="v0002")[:20]).wait_for(timeout=60_000)
        finally:
            v.close()
    latest = Store(data).list_versions("no", "policies")[-1]
    assert latest["file_name"] == "oppdatert.csv" and latest["signed_by"] == "password"


def test_a_loopback_server_makes_the_laptop_user_the_editor_but_not_a_request_through_a_proxy(
        e2e_store: Path, browser, tmp_path: Path):
    data = tmp_path / "store"
    shutil.copytree(e2e_store, data)
    before = tree_digest(data)
    with running_app(data, tmp_path / "streamlit.log", args=["--server.address", "127.0.0.1"]) as base:
        v = Visit(browser, f"{base}data")
        try:
            v.page.locator("input[type=file]").first.wait_for(state="attached", timeout=30_000)
            assert t("access.local", "nb") in v.page.locator("[data-testid=stApp]").inner_text()
        finally:
            v.close()
        ctx = browser.new_context(extra_http_headers={"X-Forwarded-For": "203.0.113.9"})
        try:
            page = ctx.new_page()
            page.goto(f"{base}data")
            page.get_by_text(t("access.visitor", "nb")).wait_for(timeout=60_000)
            page.get_by_text(t("data.versions", "nb")).first.wait_for(timeout=60_000)
            assert page.locator("input[type=file]").count() == 0
        finally:
            ctx.close()
    assert tree_digest(data) == before
