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
from base.i18n import Msg, t
from cli.commands.core import add_country as _country
from cli.commands.core import parse_today as _today
from cli.commands.core import write_import_report
from registers.store import Store


def register_import(imp: Any) -> None:
    p = imp.add_parser("policies", help=t("cli.help.import_policies"))
    p.add_argument("file", help=t("cli.help.table_file"))
    _country(p)
    p.add_argument("--dry-run", action="store_true", help=t("cli.help.dry_run"))
    p.add_argument("--today", help=argparse.SUPPRESS)  # for tests: the date years are checked against
    p.set_defaults(func=cmd_import_policies)


def register(sub: Any) -> None:
    p = sub.add_parser("policies", help=t("cli.help.policies"))
    _country(p)
    p.add_argument("--json", action="store_true", help=t("cli.help.json"))
    p.add_argument("--version", help=t("cli.help.version"))
    p.add_argument("--demo", action="store_true", help=t("cli.help.demo_show"))
    p.set_defaults(func=cmd_policies)

    p = sub.add_parser("coverage", help=t("cli.help.coverage"))
    _country(p)
    p.add_argument("--json", action="store_true", help=t("cli.help.json"))
    p.add_argument("--version", help=t("cli.help.version"))
    p.add_argument("--year", type=int, help=t("cli.help.year"))
    p.add_argument("--demo", action="store_true", help=t("cli.help.demo_use"))
    p.add_argument("--today", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_coverage)

    p = sub.add_parser("versions", help=t("cli.help.versions"))
    p.add_argument("register", help="registeret, f.eks. policies")
    _country(p)
    p.add_argument("--json", action="store_true", help=t("cli.help.json"))
    p.set_defaults(func=cmd_versions)

    p = sub.add_parser("restore", help=t("cli.help.restore"))
    p.add_argument("register", help="registeret, f.eks. policies")
    p.add_argument("version", help=t("cli.help.version_name"))
    _country(p)
    p.set_defaults(func=cmd_restore)


def _register_name(name: str) -> str:
    if not re.fullmatch(r"[a-z0-9_\-]+", name):
        raise AtlasError(Msg("cli.bad_register_name", name=name))
    return name


def _version_name(version: str) -> str:
    v = version.strip()
    if re.fullmatch(r"\d{1,4}", v):
        v = f"v{int(v):04d}"
    if not re.fullmatch(r"v\d{4}", v):
        raise AtlasError(Msg("cli.bad_version_name", version=version))
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
    raise AtlasError(Msg("cli.no_policies", country=country))


def cmd_policies(args: argparse.Namespace, store: Store) -> int:
    from registers.policies import NO_DATA, register_records

    df, meta = _load(store, args.country, args.version, args.demo)
    records = register_records(df)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if meta.get("demo"):
        sys.stdout.write(t("cli.out.demo") + "\n")
    else:
        sys.stdout.write(t("cli.out.version_from", version=meta.get("version"), file=meta.get("file_name"),
                           written=meta.get("written")) + "\n")
    for r in records:
        ca = {k: t("cli.out.approx") if r.get(f"{k}_approx") else "" for k in ("adopted_year", "revised_year",
                                                                              "status_year")}
        years = ", ".join(x for x in (
            t("cli.out.adopted_year", year=f"{ca['adopted_year']}{r['adopted_year']}") if r["adopted_year"] else "",
            t("cli.out.revised_year", year=f"{ca['revised_year']}{r['revised_year']}") if r["revised_year"] else "",
            t("cli.out.status_year", year=f"{ca['status_year']}{r['status_year']}") if r.get("status_year") else "")
            if x)
        status = t("policy.status.no_data" if r["status"] == NO_DATA else f"policy.status.{r['status']}").lower()
        sys.stdout.write(f"{r['kommunenummer']} {r['kommunenavn']}: {status}"
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
        sys.stdout.write(t("cli.out.demo") + "\n")
    sys.stdout.write(t("cli.out.coverage", adopted=s["adopted"], municipalities=s["municipalities"],
                       share=fmt_pct(s["share_municipalities"]), in_progress=s["in_progress"], none=s["none"],
                       no_data=s["no_data"], covered=fmt_int(s["population_covered"]),
                       population=fmt_int(s["population"]), share_population=fmt_pct(s["share_population"])) + "\n")
    groups = s.get("by_region") or s["by_county"]
    for code, g in groups.items():
        sys.stdout.write(f"  {code} {g.get('name', '')}: {g['adopted']}/{g['municipalities']} "
                         f"({fmt_pct(g['share_municipalities'])})\n")
    rev = s["revision"]
    sys.stdout.write(t("cli.out.revision", due=rev["due"], current=rev["current"],
                       took_office=rev["council_took_office"], uncertain=rev["uncertain"],
                       unknown=rev["unknown"]) + "\n")
    return 0


def cmd_versions(args: argparse.Namespace, store: Store) -> int:
    register = _register_name(args.register)
    versions = store.list_versions(args.country, register)
    if args.json:
        json.dump(versions, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    if not versions:
        sys.stdout.write(t("cli.out.no_versions", register=register, country=args.country) + "\n")
        return 0
    for v in versions:
        flag = t("cli.out.in_use") if v.get("current") else ""
        damaged = "" if v.get("ok") else t("cli.out.damaged")
        source = v.get("file_name") or v.get("kind") or ""
        sha = (v.get("sha256") or "")[:12]
        signed = v.get("signed_by") or t("data.unsigned")
        sys.stdout.write(t("cli.out.version_line", version=v.get("version"), flag=flag, damaged=damaged,
                           written=v.get("written", ""), signed=signed, source=source, rows=v.get("rows", "?"),
                           sha=sha) + "\n")
    return 0


def cmd_restore(args: argparse.Namespace, store: Store) -> int:
    register = _register_name(args.register)
    version = _version_name(args.version)
    with store.lock(what="gjenopprettingen"):
        meta = store.restore_version(args.country, register, version)
    sys.stdout.write(t("cli.out.restored", version=version, register=register, country=args.country,
                       source=meta.get("file_name") or meta.get("kind")) + "\n")
    return 0
