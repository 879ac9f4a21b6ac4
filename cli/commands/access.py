"""Editor access: ``hash-password`` reads an editor password on standard input and prints its salted hash.

The hash goes in ``.streamlit/secrets.toml`` as ``[atlas] editor_password_hash = "…"`` (or the environment variable
``FRIVILLIG_EDITOR_PASSWORD_HASH``). The password itself is never stored, printed or logged. One line is read (the
trailing newline is dropped, other whitespace is kept); from a terminal the password is not echoed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from base.errors import AtlasError
from base.i18n import Msg, t
from base.passwords import hash_password
from registers.store import Store

MIN_LENGTH = 10


def register(sub: Any) -> None:
    p = sub.add_parser("hash-password", help=t("cli.help.hash_password"))
    p.set_defaults(func=cmd_hash_password)


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass(t("cli.prompt.editor_password") + ": ")
    line = sys.stdin.readline()
    return line[:-1] if line.endswith("\n") else line


def cmd_hash_password(args: argparse.Namespace, store: Store) -> int:
    password = _read_password().removesuffix("\r")
    if not password:
        raise AtlasError(Msg("cli.err.no_password"))
    if len(password) < MIN_LENGTH:
        raise AtlasError(Msg("cli.err.short_password", n=MIN_LENGTH))
    sys.stdout.write(hash_password(password) + "\n")
    return 0
