"""Command line: ``python -m analytics [--data-dir DIR] [--lang nb|en|da] <command> ...``.

Subcommands live in ``analytics/commands/``: each module defines ``register(subparsers)`` and/or
``register_import(import_subparsers)`` and sets ``func(args, store) -> int`` on its parser. Any
:class:`~base.errors.AtlasError` becomes a plain message on stderr and exit code 2; so does any other
failure a user can cause (the message says what to do), never a traceback.

``--lang`` (default ``FRIVILLIG_LANG``, else ``nb``) sets the language of help, messages and reports; exit codes and
JSON output do not depend on it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from base.errors import AtlasError
from base.i18n import LANGS, normalise_lang, t, use_lang
from cli import commands
from registers.store import Store, cli_actor


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on bad usage already; keep its message plain and in one line of advice."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(t("cli.usage_error", message=message) + "\n")
        raise SystemExit(2)


def _lang_from_argv(argv: Sequence[str]) -> str:
    """The language asked for by ``--lang X``/``--lang=X`` (read before the parser is built, so that its help is in
    that language too), else ``FRIVILLIG_LANG``, else bokmål."""
    lang = os.environ.get("FRIVILLIG_LANG")
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return normalise_lang(lang)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analytics", description=t("cli.description"))
    parser.add_argument("--data-dir", help=t("cli.help.data_dir"))
    parser.add_argument("--lang", choices=LANGS, default=normalise_lang(os.environ.get("FRIVILLIG_LANG")),
                        help=t("cli.help.lang"))
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    imp = sub.add_parser("import", help=t("cli.help.import"))
    imp_sub = imp.add_subparsers(dest="what", required=True, parser_class=_Parser)
    for mod_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"{commands.__name__}.{mod_info.name}")
        if hasattr(mod, "register"):
            mod.register(sub)
        if hasattr(mod, "register_import"):
            mod.register_import(imp_sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    with use_lang(_lang_from_argv(argv)):  # the caller's language comes back afterwards (tests call main in-process)
        parser = build_parser()
        args = parser.parse_args(argv)
        with use_lang(args.lang):
            return _run(args)


def _run(args: argparse.Namespace) -> int:
    store = Store(args.data_dir, actor=cli_actor())  # whoever holds the server's files; signs cli:<OS user>
    try:
        return int(args.func(args, store) or 0)
    except AtlasError as err:
        sys.stderr.write(f"{err}\n")
        return 2
    except BrokenPipeError:  # output piped into `head`: not an error the user caused
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        sys.stderr.write(t("cli.interrupted") + "\n")
        return 130
