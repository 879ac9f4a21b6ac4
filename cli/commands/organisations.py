"""Organisation register commands: ``import organisations FILE [FILE ...]`` and ``organisations [--json]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from base.errors import AtlasError
from registers.store import Store


def register_import(imp: Any) -> None:
    p = imp.add_parser("organisations", help="importer frivillige organisasjoner fra Brønnøysundregistrene")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="søkeside (JSON), totalbestand (enheter/lastned, .json eller .json.gz), CSV fra "
                        "Frivillighetsregisteret, poster med ICNPO-kategorier eller ICNPO-kodelista")
    p.add_argument("--country", choices=("no", "dk"), default="no",
                   help="no: filer fra Brønnøysundregistrene; dk: et CVR-uttrekk av foreninger")
    p.add_argument("--dry-run", action="store_true", help="bare kontroller filene; skriv ingenting")
    p.add_argument("--quiet", action="store_true", help="ingen fremdriftslinje")
    p.set_defaults(func=cmd_import_organisations)


def register(sub: Any) -> None:
    p = sub.add_parser("organisations", help="organisasjonsregisteret: antall per kommune og per ICNPO-kategori")
    p.add_argument("--country", choices=("no",), default="no", help="bare Norge (no)")
    p.add_argument("--json", action="store_true", help="skriv JSON")
    p.set_defaults(func=cmd_organisations)


def cmd_import_organisations(args: argparse.Namespace, store: Store) -> int:
    from cli.progress import stderr_progress
    from registers.organisations import import_cvr, import_organisations

    if args.country == "dk":
        if len(args.files) != 1:
            raise AtlasError("Oppgi én CVR-fil om gangen for Danmark.")
        path = Path(args.files[0])
        try:
            data = path.read_bytes()
        except OSError:
            raise AtlasError("Fant ikke filen eller kunne ikke lese den.", file=str(path)) from None
        reg, meta = import_cvr(store, data, path.name, dry_run=args.dry_run)
        sys.stdout.write(f"{len(reg)} foreninger lest fra «{path.name}».\n")
        if meta:
            sys.stdout.write(f"Importert som versjon {meta['version']} av registeret «organisations» (dk).\n")
        return 0

    result = import_organisations(store, args.files, country=args.country, dry_run=args.dry_run,
                                  progress=None if args.quiet else stderr_progress)
    out = sys.stdout
    out.write(result.report.summary() + "\n")
    warnings = result.report.warnings
    if warnings:
        out.write(f"Advarsler ({len(warnings)}):\n")
        for p in warnings[:100]:
            out.write(f"  - {p}\n")
        if len(warnings) > 100:
            out.write(f"  ... og {len(warnings) - 100} til\n")
    if args.dry_run:
        out.write("Bare kontroll (--dry-run): ingenting er skrevet.\n")
    else:
        if result.meta:
            out.write(f"Importert som versjon {result.meta['version']} av registeret «organisations» (no); "
                      "tidligere versjoner er beholdt.\n")
        if result.categories_meta:
            out.write(f"ICNPO-kodelista er lagret ({result.categories_meta['rows']} koder).\n")
    return 0


def cmd_organisations(args: argparse.Namespace, store: Store) -> int:
    from analytics.organisations import summary
    from registers.organisations import load_register

    current = load_register(store)
    if current is None:
        raise AtlasError("Organisasjonsregisteret er ikke hentet eller importert ennå. Kjør «python -m analytics "
                         "fetch --country no» eller «python -m analytics import organisations FIL».")
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
    out.write(f"Versjon {meta.get('version')} fra «{meta.get('file_name')}» (hentet {meta.get('retrieved')}).\n")
    if meta.get("scope") == "kommune":
        out.write(f"NB: dekker bare kommune {', '.join(meta.get('coverage') or [])}, ikke hele landet.\n")
    out.write(f"{doc['total']} organisasjoner i kommunene, {doc['outside']} utenfor kommunene.\n")
    for code, n in sorted(doc["counts"].items(), key=lambda kv: -kv[1])[:20]:
        note = "  (inkluderer landsomfattende organisasjoner registrert i Oslo)" if code == "0301" else ""
        out.write(f"  {code}: {n}{note}\n")
    return 0
