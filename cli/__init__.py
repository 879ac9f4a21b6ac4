"""Command line: ``python -m analytics [--data-dir DIR] <command> ...``.

Subcommands live in ``analytics/commands/``: each module defines ``register(subparsers)`` and/or
``register_import(import_subparsers)`` and sets ``func(args, store) -> int`` on its parser. Any
:class:`~base.errors.AtlasError` becomes a plain message on stderr and exit code 2; so does any other
failure a user can cause (the message says what to do), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from base import gate
from base.errors import AtlasError
from cli import commands
from registers.store import Store


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on bad usage already; keep its message plain and in one line of advice."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"Feil i kommandoen: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analytics", description="Frivillighetsatlas: registre og analyser.")
    parser.add_argument("--data-dir", help="datakatalog (ellers FRIVILLIG_DATA_DIR eller data/store)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    imp = sub.add_parser("import", help="importer en fil til et register")
    imp_sub = imp.add_subparsers(dest="what", required=True, parser_class=_Parser)
    for mod_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"{commands.__name__}.{mod_info.name}")
        if hasattr(mod, "register"):
            mod.register(sub)
        if hasattr(mod, "register_import"):
            mod.register_import(imp_sub)
    for p in imp_sub.choices.values():  # every importer passes its files through the input gate (base/gate.py)
        p.add_argument("--max-input-mb", metavar="MB",
                       help=f"største fil som leses, i MB (ellers {gate.ENV_MAX_MB}, ellers "
                            f"{gate.CLI_DEFAULT_MAX_MB}); tabeller har i tillegg sin egen grense på 10 MB")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    store = Store(args.data_dir)
    try:
        with gate.using(gate.cli_limits(getattr(args, "max_input_mb", None))):
            return int(args.func(args, store) or 0)
    except AtlasError as err:
        sys.stderr.write(f"{err}\n")
        return 2
    except BrokenPipeError:  # output piped into `head`: not an error the user caused
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("Avbrutt. Registrene som var i bruk, er uendret.\n")
        return 130
