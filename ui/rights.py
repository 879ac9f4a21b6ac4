"""Who may change the registers: the rights check, and the only place the app gets a store that can write.

A session is an editor when

- the server listens on loopback only (``server.address`` is ``127.0.0.1``, ``localhost`` or ``::1``) and the request
  did not come through a proxy: a person on their own laptop (signed ``local``);
- or it signed in with Streamlit's ``st.login()`` (``[auth]`` in ``.streamlit/secrets.toml``) as an e-mail listed in
  ``[atlas] editors`` (signed with that e-mail);
- or it typed the editor password whose hash is ``[atlas] editor_password_hash`` (or ``FRIVILLIG_EDITOR_PASSWORD_HASH``)
  on the Data page (signed ``password``). At most :data:`MAX_TRIES` tries per :data:`WINDOW_SECONDS` per session, each
  wrong one answered a little more slowly.

Everyone else is a visitor: the app's stores (``ui.data.store()``) refuse to write for them, and
:func:`editor_store` - the only way app code gets a store that writes - needs an :class:`Editor`, which only
:func:`current_editor` makes. Secrets and the password are never shown or kept in session state.
"""

from __future__ import annotations

import logging
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import streamlit as st

from base.errors import AtlasError, Problem
from base.i18n import t
from base.passwords import PasswordHashError, verify_password
from registers.store import Actor, Store, refuse_unsigned_writes, resolve_data_dir

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
PROXY_HEADERS = ("x-forwarded-for", "x-forwarded-host", "x-real-ip", "forwarded")
HASH_ENV = "FRIVILLIG_EDITOR_PASSWORD_HASH"
MAX_TRIES, WINDOW_SECONDS = 5, 60.0
PASSWORD_KEY = "atlas_editor_password"
_SIGNED_IN = "_atlas_password_editor"
_TRIES = "_atlas_password_tries"
_NOTICE = "_atlas_password_notice"
_TOKEN = object()
_log = logging.getLogger("frivillighetsatlas.rights")


@dataclass(frozen=True)
class Editor:
    """An editor's identity for one session: ``who`` signs every version they write (e-mail, ``local`` or
    ``password``); ``how`` is ``local``, ``login`` or ``password``. Made only by :func:`current_editor`."""

    who: str
    how: str
    _token: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._token is not _TOKEN or not self.who:
            raise PermissionError("an Editor comes only from ui.rights.current_editor()")


# ------------------------------------------------------------------------------------------------ settings
def _secrets_section(name: str) -> dict[str, Any]:
    try:
        section = st.secrets.get(name)
    except Exception:  # noqa: BLE001 - no secrets file, or one that does not parse: no such setting
        return {}
    return dict(section) if section else {}


def atlas_settings() -> dict[str, Any]:
    """``[atlas]`` from ``.streamlit/secrets.toml`` (empty when there is none)."""
    return _secrets_section("atlas")


def login_configured() -> bool:
    """Whether ``[auth]`` is set up for ``st.login()``."""
    return bool(_secrets_section("auth"))


def editor_emails() -> frozenset[str]:
    raw = atlas_settings().get("editors") or []
    if isinstance(raw, str):
        raw = [raw]
    return frozenset(str(e).strip().lower() for e in raw if str(e).strip())


def password_hash() -> str | None:
    value = atlas_settings().get("editor_password_hash") or os.environ.get(HASH_ENV) or ""
    return str(value).strip() or None


def _headers() -> dict[str, str]:
    try:
        return {str(k).lower(): str(v) for k, v in st.context.headers.items()}
    except Exception:  # noqa: BLE001 - no request (a test run): no headers
        return {}


def _host_is_loopback(host: str) -> bool:
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:8501
        return host.split("]")[0] + "]" in LOOPBACK
    return host.rsplit(":", 1)[0] in LOOPBACK if host.count(":") == 1 else host in LOOPBACK


def loopback_only() -> bool:
    """The server listens on loopback only and this request did not come through a proxy (a proxy on the same
    machine would otherwise make every visitor local): a person on their own laptop."""
    address = str(st.get_option("server.address") or "").strip().lower()
    if address not in LOOPBACK:
        return False
    headers = _headers()
    if any(h in headers for h in PROXY_HEADERS):
        return False
    host = headers.get("host")
    return host is None or _host_is_loopback(host)


def _user() -> dict[str, Any]:
    try:
        return dict(st.user.to_dict())
    except Exception:  # noqa: BLE001 - no user information in this run
        return {}


def _login_editor() -> str | None:
    if not login_configured():
        return None
    user = _user()
    email = str(user.get("email") or "").strip().lower()
    if user.get("is_logged_in") is not True or not email or user.get("email_verified") is False:
        return None
    return email if email in editor_emails() else None


# ------------------------------------------------------------------------------------------------ the check
def serving_the_app() -> None:
    """Called by the router on every run: this process serves the app, so a store without an editor's signature
    refuses to write (app code that forgot the rights check fails closed)."""
    refuse_unsigned_writes()


def current_editor() -> Editor | None:
    """This session's editor identity, or ``None`` for a visitor."""
    refuse_unsigned_writes()
    if loopback_only():
        return Editor("local", "local", _TOKEN)
    email = _login_editor()
    if email:
        return Editor(email, "login", _TOKEN)
    if st.session_state.get(_SIGNED_IN) and password_hash():
        return Editor("password", "password", _TOKEN)
    return None


def is_editor() -> bool:
    return current_editor() is not None


def editor_store(editor: Editor) -> Store:
    """A store whose writes are signed by ``editor`` - the only store in the app that can write."""
    if not isinstance(editor, Editor):
        raise PermissionError("editor_store needs an Editor from ui.rights.current_editor()")
    return Store(resolve_data_dir(os.environ.get("FRIVILLIG_DATA_DIR")), actor=Actor(editor.who))


# ------------------------------------------------------------------------------------------------ what visitors see
def _public_file(path: str | None, root: Path) -> str | None:
    if not path:
        return path
    p = Path(path)
    try:
        return str(p.resolve().relative_to(root.resolve()))
    except (ValueError, OSError):
        return p.name


def public_error(err: AtlasError) -> AtlasError:
    """``err`` with every file named relative to the data directory (or by its name only): no server paths."""
    root = resolve_data_dir(os.environ.get("FRIVILLIG_DATA_DIR"))
    problems = [Problem(p.message, _public_file(p.file, root), p.row, p.column, p.value, p.severity)
                for p in err.problems]
    return AtlasError(err.message, problems, _public_file(err.file, root), err.row, err.column, err.value)


def public_origin(origin: object) -> str:
    """Where a dataset was read from, for a visitor: ``online`` and the like as they are, a local file by its name."""
    text = str(origin or "")
    return Path(text).name if ("/" in text or "\\" in text) and "://" not in text else text


def public_problem(problem: Problem) -> Problem:
    root = resolve_data_dir(os.environ.get("FRIVILLIG_DATA_DIR"))
    return Problem(problem.message, _public_file(problem.file, root), problem.row, problem.column, problem.value,
                   problem.severity)


# ------------------------------------------------------------------------------------------------ password sign-in
def _recent_tries(now: float) -> list[float]:
    return [x for x in st.session_state.get(_TRIES, []) if now - x < WINDOW_SECONDS]


def try_password(password: str, lang: str) -> bool:
    """Check one password try for this session: at most :data:`MAX_TRIES` a minute, each wrong one answered more
    slowly; the notice to show is left in session state. The password is not kept."""
    stored = password_hash()
    now = time.monotonic()
    tries = _recent_tries(now)
    if stored is None:
        return False
    if len(tries) >= MAX_TRIES:
        wait = max(1, math.ceil(WINDOW_SECONDS - (now - tries[0])))
        st.session_state[_NOTICE] = ("error", t("access.too_many", lang, n=MAX_TRIES, seconds=wait))
        return False
    tries.append(now)
    st.session_state[_TRIES] = tries
    try:
        ok = bool(password) and verify_password(password, stored)
    except PasswordHashError:
        _log.error("The editor password hash in the settings is not one `hash-password` made; password sign-in is off.")
        st.session_state[_NOTICE] = ("error", t("access.misconfigured", lang))
        return False
    if ok:
        st.session_state[_SIGNED_IN] = True
        st.session_state[_TRIES] = []
        st.session_state[_NOTICE] = ("success", t("access.signed_in", lang))
        return True
    _slow_down(min(0.5 * len(tries), 2.5))  # each wrong guess in the window is answered more slowly
    st.session_state[_NOTICE] = ("error", t("access.wrong", lang))
    return False


def _slow_down(seconds: float) -> None:
    time.sleep(seconds)


def _on_password(lang: str) -> None:
    password = st.session_state.get(PASSWORD_KEY) or ""
    st.session_state[PASSWORD_KEY] = ""  # never kept between runs
    if password:
        try_password(password, lang)


def _notice() -> None:
    notice = st.session_state.pop(_NOTICE, None)
    if notice:
        kind, text = notice
        (st.success if kind == "success" else st.error)(text)


def sign_out() -> None:
    st.session_state.pop(_SIGNED_IN, None)


def access_panel(editor: Editor | None, lang: str) -> None:
    """The Data page's sign-in box: who is editing (and sign-out), or the ways to sign in for a visitor."""
    with st.container(border=True):
        if editor is not None:
            if editor.how == "local":
                st.caption(t("access.local", lang))
                return
            st.caption(t("access.editing_as", lang, who=editor.who))
            _notice()
            if editor.how == "login":
                if st.button(t("access.logout", lang), key="atlas_logout"):
                    st.logout()
            elif st.button(t("access.logout", lang), key="atlas_password_logout"):
                sign_out()
                st.rerun()
            return
        st.caption(t("access.visitor", lang))
        if login_configured():
            user = _user()
            if user.get("is_logged_in") is True:
                st.warning(t("access.not_an_editor", lang, who=str(user.get("email") or "")))
                if st.button(t("access.logout", lang), key="atlas_logout"):
                    st.logout()
            elif st.button(t("access.login", lang), key="atlas_login"):
                provider = str(atlas_settings().get("login_provider") or "").strip()
                st.login(provider or None)  # a named provider ([auth.NAME]) or the one in [auth] itself
        if password_hash():
            st.text_input(t("access.password", lang), type="password", key=PASSWORD_KEY,
                          on_change=_on_password, args=(lang,), help=t("access.password_help", lang))
            _notice()
