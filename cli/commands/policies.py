"""Policy register commands: ``import policies FILE``, ``policies``, ``coverage``, ``versions`` and ``restore``.

``versions`` and ``restore`` work for any versioned register (``policies``, ``quality`` …).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from typing import Any

from base.errors import AtlasError
from cli.commands.core import add_country as _country
from cli.commands.core import parse_today as _today
from cli.commands.core import write_import_report
from registers.store import Store


def register_import(imp: Any) -> None:
    p = imp.add_parser("policies", help="importer et register over frivillighetspolitikk (CSV eller XLSX)")
    p.add_argument("file", help="filen (CSV med , ; eller tabulator, eller .xlsx)")
    _country(p)
    p.add_argument("--dry-run", action="store_true", help="bare kontroller filen; skriv ingenting")
    p.add_argument("--today", help=argparse.SUPPRESS)  # for tests: the date years are checked against
    p.set_defaults(func=cmd_import_policies)


def register(sub: Any) -> None:
    p = sub.add_parser("policies", help="registeret over frivillighetspolitikk")
    _country(p)
    p.add_argument("--json", action="store_true", help="skriv JSON")
    p.add_argument("--version", help="en bestemt versjon (ellers den som er i bruk)")
    p.add_argument("--demo", action="store_true", help="vis demoregisteret når ingenting er importert")
    p.set_defaults(func=cmd_policies)

    p = sub.add_parser("coverage", help="dekning: andel kommuner og innbyggere med vedtatt politikk")
    _country(p)
    p.add_argument("--json", action="store_true", help="skriv JSON")
    p.add_argument("--version", help="en bestemt versjon av registeret (ellers den som er i bruk)")
    p.add_argument("--year", type=int, help="registeret slik det sto ved utgangen av dette året")
    p.add_argument("--demo", action="store_true", help="bruk demoregisteret når ingenting er importert")
    p.add_argument("--today", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_coverage)

    p = sub.add_parser("versions", help="versjonene av et register (policies, quality …)")
    p.add_argument("register", help="registeret, f.eks. policies")
    _country(p)
    p.add_argument("--json", action="store_true", help="skriv JSON")
    p.set_defaults(func=cmd_versions)

    p = sub.add_parser("restore", help="ta i bruk en tidligere versjon av et register")
    p.add_argument("register", help="registeret, f.eks. policies")
    p.add_argument("version", help="versjonen, f.eks. v0002")
    _country(p)
    p.set_defaults(func=cmd_restore)


def _register_name(name: str) -> str:
    if not re.fullmatch(r"[a-z0-9_\-]+", name):
        raise AtlasError(f"«{name}» er ikke et registernavn (for eksempel «policies»).")
    return name


def _version_name(version: str) -> str:
    v = version.strip()
    if re.fullmatch(r"\d{1,4}", v):
        v = f"v{int(v):04d}"
    if not re.fullmatch(r"v\d{4}", v):
        raise AtlasError(f"«{version}» er ikke et versjonsnavn; bruk for eksempel «v0002» (se «versions»).")
    return v


def cmd_import_policies(args: argparse.Namespace, store: Store) -> int:
    from registers.policies import import_policies

    result = import_policies(store, args.file, country=args.country, today=_today(args.today),
                             dry_run=args.dry_run)
    return write_import_report(result, "policies", args.country, args.dry_run)


def _load(store: Store, country: str, version: str | None, demo: bool) -> tuple[Any, dict[str, Any]]:
    from registers.policies import demo_policies, demo_provenance, load_policy_register

    current = load_policy_register(store, country, _version_name(version) if version else None)
    if current is not None:
        df, meta = current
        return df, dict(meta, demo=bool(meta.get("demo", False)))
    if demo:
        return demo_policies(store.read_frame(country, "municipalities")), demo_provenance(country, 2024)
    raise AtlasError(f"Ingen register over frivillighetspolitikk er importert for {country}. Importer et med "
                     f"«python -m analytics import policies FIL --country {country}», eller se demoregisteret med "
                     "--demo.")


def cmd_policies(args: argparse.Namespace, store: Store) -> int:
    from registers.policies import STATUS_LABELS_NB, register_records

    df, meta = _load(store, args.country, args.version, args.demo)
    records = register_records(df)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if meta.get("demo"):
        sys.stdout.write("DEMO - oppdiktede data, ikke ekte kommuner.\n")
    else:
        sys.stdout.write(f"Versjon {meta.get('version')} fra «{meta.get('file_name')}» ({meta.get('written')}).\n")
    for r in records:
        ca = {k: "ca. " if r.get(f"{k}_approx") else "" for k in ("adopted_year", "revised_year", "status_year")}
        years = ", ".join(x for x in (
            f"vedtatt {ca['adopted_year']}{r['adopted_year']}" if r["adopted_year"] else "",
            f"revidert {ca['revised_year']}{r['revised_year']}" if r["revised_year"] else "",
            f"år for arbeidet {ca['status_year']}{r['status_year']}" if r.get("status_year") else "") if x)
        sys.stdout.write(f"{r['kommunenummer']} {r['kommunenavn']}: {STATUS_LABELS_NB[r['status']]}"
                         f"{' (' + years + ')' if years else ''}\n")
    return 0


def cmd_coverage(args: argparse.Namespace, store: Store) -> int:
    from analytics.coverage import coverage_summary, published_records, register_as_of
    from registers.published import load_published_reference

    df, meta = _load(store, args.country, args.version, args.demo)
    municipalities = store.read_frame(args.country, "municipalities")
    today = _today(args.today)
    if args.year is not None:
        df = register_as_of(df, args.year)
        today = today or dt.date(args.year, 12, 31)
    summary = coverage_summary(df, municipalities, args.country, today)
    summary["demo"] = bool(meta.get("demo"))
    summary["version"] = meta.get("version")
    summary["source_file"] = meta.get("file_name")
    if args.year is not None:
        summary["as_of_year"] = args.year
    summary["published"] = published_records(load_published_reference(store, args.country))
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    from base.i18n import fmt_int, fmt_pct

    s = summary
    if s["demo"]:
        sys.stdout.write("DEMO - oppdiktede data, ikke ekte kommuner.\n")
    sys.stdout.write(
        f"{s['adopted']} av {s['municipalities']} kommuner har vedtatt frivillighetspolitikk "
        f"({fmt_pct(s['share_municipalities'])}); {s['in_progress']} under arbeid, {s['none']} uten, "
        f"{s['no_data']} uten data.\n"
        f"{fmt_int(s['population_covered'])} av {fmt_int(s['population'])} innbyggere "
        f"({fmt_pct(s['share_population'])}) bor i en kommune med vedtatt politikk.\n")
    groups = s.get("by_region") or s["by_county"]
    for code, g in groups.items():
        sys.stdout.write(f"  {code} {g.get('name', '')}: {g['adopted']}/{g['municipalities']} "
                         f"({fmt_pct(g['share_municipalities'])})\n")
    rev = s["revision"]
    sys.stdout.write(f"Revisjon: {rev['due']} bør revideres, {rev['current']} revidert av sittende kommunestyre "
                     f"(tiltrådte {rev['council_took_office']}), {rev['uncertain']} usikre, {rev['unknown']} uten "
                     "årstall.\n")
    return 0


def cmd_versions(args: argparse.Namespace, store: Store) -> int:
    register = _register_name(args.register)
    versions = store.list_versions(args.country, register)
    if args.json:
        json.dump(versions, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    if not versions:
        sys.stdout.write(f"Registeret «{register}» ({args.country}) har ingen versjoner ennå.\n")
        return 0
    for v in versions:
        flag = " (i bruk)" if v.get("current") else ""
        damaged = "" if v.get("ok") else " SKADET"
        source = v.get("file_name") or v.get("kind") or ""
        sha = (v.get("sha256") or "")[:12]
        sys.stdout.write(f"{v.get('version')}{flag}{damaged}  {v.get('written', '')}  «{source}»  "
                         f"{v.get('rows', '?')} rader  sha256 {sha}\n")
    return 0


def cmd_restore(args: argparse.Namespace, store: Store) -> int:
    register = _register_name(args.register)
    version = _version_name(args.version)
    with store.lock(what="gjenopprettingen"):
        meta = store.restore_version(args.country, register, version)
    sys.stdout.write(f"Versjon {version} av «{register}» ({args.country}) er tatt i bruk igjen "
                     f"(fra «{meta.get('file_name') or meta.get('kind')}»).\n")
    return 0
