"""Policy-quality commands: ``import quality FILE``, ``quality`` (the checklist per municipality) and
``quality-summary`` (how often each bud is met, nationally and by county/region).

JSON contracts::

    quality --json          -> [{"kommunenummer", "kommunenavn", "bud": {"1": true|false|null, …, "10": …},
                                 "bud_sources": {…}, "frivillighetsraad": true|false|null, "structures": {…},
                                 "steps": {key: {"done": true|false|null, "date": str|null}}, "source",
                                 "comment", "demo"}]
    quality-summary --json  -> {"bud": {"1": {"met", "not_met", "unknown"}, …}, "by_county": {code: {"name",
                                 "municipalities", "assessed", "bud": {…}}}, "assessed", "municipalities",
                                 "weakest", "meets_all", "process", "demo", "version", "source_file"}
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from base.errors import AtlasError
from base.i18n import Msg, t
from cli.commands.core import add_country as _country
from cli.commands.core import parse_today as _today
from cli.commands.core import write_import_report
from registers.store import Store


def register_import(imp: Any) -> None:
    p = imp.add_parser("quality", help=t("cli.help.import_quality"))
    p.add_argument("file", help=t("cli.help.table_file"))
    _country(p)
    p.add_argument("--dry-run", action="store_true", help=t("cli.help.dry_run"))
    p.add_argument("--today", help=argparse.SUPPRESS)  # for tests: the date step dates are checked against
    p.set_defaults(func=cmd_import_quality)


def register(sub: Any) -> None:
    p = sub.add_parser("quality", help=t("cli.help.quality"))
    _country(p)
    p.add_argument("--json", action="store_true", help=t("cli.help.json"))
    p.add_argument("--demo", action="store_true", help=t("cli.help.demo_checklist_show"))
    p.set_defaults(func=cmd_quality)

    p = sub.add_parser("quality-summary", help=t("cli.help.quality_summary"))
    _country(p)
    p.add_argument("--json", action="store_true", help=t("cli.help.json"))
    p.add_argument("--demo", action="store_true", help=t("cli.help.demo_checklist_use"))
    p.set_defaults(func=cmd_quality_summary)


def cmd_import_quality(args: argparse.Namespace, store: Store) -> int:
    from registers.quality import import_quality

    result = import_quality(store, args.file, country=args.country, today=_today(args.today), dry_run=args.dry_run)
    return write_import_report(result, "quality", args.country, args.dry_run)


def _load(store: Store, country: str, demo: bool) -> Any:
    from registers.quality import load_quality

    data = load_quality(store, country)
    if data.meta is not None and (demo or not data.demo):
        return data
    if data.meta is None:
        raise AtlasError(Msg("cli.no_quality", country=country))
    raise AtlasError(Msg("cli.no_quality_demo", country=country))


def _dump(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def cmd_quality(args: argparse.Namespace, store: Store) -> int:
    from registers.quality import quality_records

    data = _load(store, args.country, args.demo)
    records = quality_records(data.register, args.country)
    if args.json:
        _dump(records)
        return 0
    out = sys.stdout
    if data.demo:
        out.write(t("cli.out.demo") + "\n")
    else:
        out.write(t("cli.out.version_from", version=data.meta.get("version"), file=data.meta.get("file_name"),
                    written=data.meta.get("written")) + "\n")
    mark = {True: t("cli.out.yes"), False: t("cli.out.no"), None: "?"}
    for r in records:
        bud = " ".join(f"{n}:{mark[v]}" for n, v in r["bud"].items())
        steps = sum(s["done"] is True for s in r["steps"].values())
        out.write(t("cli.out.quality_line", code=r["kommunenummer"], name=r["kommunenavn"], bud=bud,
                    council=mark[r["frivillighetsraad"]], steps=steps, total=len(r["steps"])) + "\n")
    return 0


def cmd_quality_summary(args: argparse.Namespace, store: Store) -> int:
    from registers.quality import bud_summary, meets_all, process_completeness, weakest_bud

    data = _load(store, args.country, args.demo)
    municipalities = store.read_frame(args.country, "municipalities")
    summary = bud_summary(data.register, municipalities)
    summary["weakest"] = weakest_bud(summary)
    summary["meets_all"] = meets_all(data.register)["kommunenummer"].tolist()
    process = process_completeness(data.register, args.country, data.policies, municipalities)
    summary["process"] = [{k: (None if v != v else v) for k, v in rec.items()}  # NaN -> null
                          for rec in process.to_dict("records")]
    summary["demo"] = data.demo
    summary["version"] = (data.meta or {}).get("version")
    summary["source_file"] = (data.meta or {}).get("file_name")
    if args.json:
        _dump(summary)
        return 0
    from base.i18n import fmt_pct

    out = sys.stdout
    if data.demo:
        out.write(t("cli.out.demo") + "\n")
    out.write(t("cli.out.assessed", assessed=summary["assessed"], municipalities=summary["municipalities"]) + "\n")
    for n, c in summary["bud"].items():
        answered = c["met"] + c["not_met"]
        share = fmt_pct(c["met"] / answered) if answered else "–"
        out.write(t("cli.out.bud_line", n=n, met=c["met"], not_met=c["not_met"], unknown=c["unknown"],
                    share=share) + "\n")
    out.write(t("cli.out.weakest", weakest=", ".join(map(str, summary["weakest"])),
                n=len(summary["meets_all"])) + "\n")
    return 0
