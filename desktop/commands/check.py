"""`kpidesk check`: the data-quality rules (データ品質チェック), headless, as text or JSON."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date

from desktop.commands.common import default_db, open_store, parse_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="data-quality findings (no activity, impossible funnels, duplicates …)")
    p.add_argument("--db", default=None, help="database file (default: the app's)")
    p.add_argument("--today", type=parse_day, default=None, help="check up to the day before (default: today)")
    p.add_argument("--from", dest="start", type=parse_day, default=None, help="first day (default: 90 days back)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db or default_db())
    try:
        findings = store.quality_findings(args.today or date.today(), args.start)
        names = {m.id: m.name for m in store.members()}
    finally:
        store.close()
    if args.json:
        rows = [{**f.as_dict(), "member": names.get(f.member_id)} for f in findings]
        print(json.dumps({"count": len(rows), "by_code": Counter(f.code for f in findings), "findings": rows},
                         ensure_ascii=False, indent=2))
    else:
        print(render(findings, names))
    return 0


def render(findings: list, names: dict[int, str]) -> str:  # noqa: ANN001 - Finding list
    if not findings:
        return "no findings"
    lines = [f"{f.severity:8} {f.code:36} {names.get(f.member_id, ''):12} "
             f"{f.day.isoformat() if f.day else '':10} "
             + " ".join(f"{k}={v:g}" for k, v in f.numbers.items()) + (f" refs={list(f.refs)}" if f.refs else "")
             for f in findings]
    counts = Counter(f.code for f in findings)
    lines.append("total " + ", ".join(f"{code} {n}" for code, n in sorted(counts.items())))
    return "\n".join(lines)
