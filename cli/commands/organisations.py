"""Organisation register commands: ``import organisations FILE [FILE ...]`` and ``organisations [--json]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from base.errors import AtlasError
from base.i18n import Msg, fmt_int, t
from registers.store import Store


def register_import(imp: Any) -> None:
    p = imp.add_parser("organisations", help=t("cli.help.import_organisations"))
    p.add_argument("files", nargs="+", metavar="FILE",
                   help=t("cli.help.org_files"))
    p.add_argument("--country", choices=("no", "dk"), default="no",
                   help=t("cli.help.org_country"))
    p.add_argument("--dry-run", action="store_true", help=t("cli.help.dry_run_files"))
    p.add_argument("--quiet", action="store_true", help=t("cli.help.quiet"))
    p.set_defaults(func=cmd_import_organisations)


def register(sub: Any) -> None:
    p = sub.add_parser("organisations", help=t("cli.help.organisations"))
    p.add_argument("--country", choices=("no",), default="no", help=t("cli.help.only_norway"))
    p.add_argument("--json", action="store_true", help=t("cli.help.json"))
    p.set_defaults(func=cmd_organisations)


def cmd_import_organisations(args: argparse.Namespace, store: Store) -> int:
    from cli.progress import stderr_progress
    from registers.organisations import import_cvr, import_organisations

    if args.country == "dk":
        if len(args.files) != 1:
            raise AtlasError(Msg("cli.one_cvr_file"))
        path = Path(args.files[0])
        try:
            data = path.read_bytes()
        except OSError:
            raise AtlasError(Msg("cli.cannot_read_file"), file=str(path)) from None
        reg, meta = import_cvr(store, data, path.name, dry_run=args.dry_run)
        sys.stdout.write(t("cli.out.cvr_read", n=len(reg), file=path.name) + "\n")
        if meta:
            sys.stdout.write(t("cli.out.imported_short", version=meta["version"], register="organisations",
                               country="dk") + "\n")
        return 0

    result = import_organisations(store, args.files, country=args.country, dry_run=args.dry_run,
                                  progress=None if args.quiet else stderr_progress)
    out = sys.stdout
    out.write(result.report.summary() + "\n")
    warnings = result.report.warnings
    if warnings:
        out.write(t("cli.out.warnings", n=len(warnings)) + "\n")
        for p in warnings[:100]:
            out.write(f"  - {p}\n")
        if len(warnings) > 100:
            out.write(t("cli.out.more", n=len(warnings) - 100) + "\n")
    if args.dry_run:
        out.write(t("cli.out.dry_run") + "\n")
    else:
        if result.meta:
            out.write(t("cli.out.imported", version=result.meta["version"], register="organisations",
                        country="no") + "\n")
        if result.categories_meta:
            out.write(t("cli.out.icnpo_saved", n=result.categories_meta["rows"]) + "\n")
    return 0


def cmd_organisations(args: argparse.Namespace, store: Store) -> int:
    from analytics.organisations import summary
    from registers.organisations import load_register

    current = load_register(store)
    if current is None:
        raise AtlasError(Msg("cli.no_organisations"))
    reg, meta = current
    doc = summary(reg)
    doc.update({"version": meta.get("version"), "scope": meta.get("scope"), "coverage": meta.get("coverage"),
                "retrieved": meta.get("retrieved"), "source": meta.get("file_name"),
                "code_vintage": meta.get("code_vintage")})
    if args.json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    out = sys.stdout
    out.write(t("cli.out.version_from_retrieved", version=meta.get("version"), file=meta.get("file_name"),
                retrieved=meta.get("retrieved")) + "\n")
    if meta.get("scope") == "kommune":
        out.write(t("cli.out.only_municipality", codes=", ".join(meta.get("coverage") or [])) + "\n")
    out.write(t("cli.out.org_totals", total=fmt_int(doc["total"]), outside=fmt_int(doc["outside"])) + "\n")
    for code, n in sorted(doc["counts"].items(), key=lambda kv: -kv[1])[:20]:
        note = t("cli.out.oslo_note") if code == "0301" else ""
        out.write(f"  {code}: {fmt_int(n)}{note}\n")
    return 0
