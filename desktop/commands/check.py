"""`kpidesk check`: the data-quality rules (データ品質チェック), headless, as text or JSON."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date

from desktop.commands.common import default_db, language, open_store, parse_day

# What each finding means, for the text output (JSON keeps the codes); Japanese, English.
LABELS: dict[str, tuple[str, str]] = {
    "no_activity": ("記録なしの営業日", "business day with nothing logged"),
    "funnel_connects_over_calls": ("接続数が架電数を超えている", "more connects than calls"),
    "funnel_appointments_over_connects": ("アポ数が接続数を超えている", "more appointments than connects"),
    "funnel_wins_over_opportunities": ("受注数が商談数を超えている", "more wins than opportunities"),
    "outlier_calls": ("普段より極端に多い架電数", "calls far above the member's usual day"),
    "duplicate_activities": ("重複した活動", "duplicate activities"),
    "duplicate_leads": ("重複したリード (会社名)", "duplicate leads (same company)"),
    "call_without_outcome": ("結果のない架電", "calls with no outcome"),
    "deal_without_amount": ("金額のない商談", "deals with no amount"),
    "lead_without_owner": ("担当者のいないリード", "leads with no owner"),
    "error": ("エラー", "error"), "warning": ("注意", "warning"), "info": ("参考", "info"),
    "none": ("指摘はありません", "no findings"), "total": ("合計", "total"),
}


def label(code: str) -> str:
    ja, en = LABELS.get(code, (code, code))
    return ja if language() == "ja" else en


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="data-quality findings (no activity, impossible funnels, duplicates …)")
    p.add_argument("--db", default=None, help="database file (default: the app's)")
    p.add_argument("--today", type=parse_day, default=None, help="check up to the day before (default: today)")
    p.add_argument("--from", dest="start", type=parse_day, default=None, help="first day (default: the first day with data: all the history)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(default_db() if args.db is None else args.db, existing=True)
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
        return label("none")
    lines = [f"{label(f.severity):8} {label(f.code):36} {names.get(f.member_id, ''):12} "
             f"{f.day.isoformat() if f.day else '':10} "
             + " ".join(f"{k}={v:g}" for k, v in f.numbers.items()) + (f" refs={list(f.refs)}" if f.refs else "")
             for f in findings]
    counts = Counter(f.code for f in findings)
    lines.append(label("total") + " " + ", ".join(f"{label(code)} {n}" for code, n in sorted(counts.items())))
    return "\n".join(lines)
