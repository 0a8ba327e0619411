"""`kpidesk summary`: every count metric and rate per day, week or month, from the rollup."""

from __future__ import annotations

import argparse
import json

from desktop.commands.common import CliError, default_db, find_member, open_store, parse_day
from desktop.kpi.metrics import ALL_METRIC_CODES, is_rate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help="counts and rates per period")
    p.add_argument("--db", default=None, help="database file (default: the app's)")
    p.add_argument("--by", choices=("day", "week", "month"), default="month")
    p.add_argument("--from", dest="start", type=parse_day)
    p.add_argument("--to", dest="end", type=parse_day)
    p.add_argument("--member", help="one member's numbers (name as written anywhere)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(default_db() if args.db is None else args.db, check=False, existing=True)
    try:
        member_id = find_member(store, args.member) if args.member else None
        span = store.data_range()
        start = args.start or (span[0] if span else None)
        end = args.end or (span[1] if span else None)
        if start and end and start > end:
            raise CliError("from_after_to")
        rows = store.counts_by(args.by, start, end, member_id) if start and end else {}
    finally:
        store.close()
    print(json.dumps(_jsonable(rows), ensure_ascii=False, indent=2) if args.json else render(rows))
    return 0



def _jsonable(rows: dict[str, dict[str, float | None]]) -> dict[str, dict[str, float | int | None]]:
    return {period: {k: _number(k, v) for k, v in counts.items()} for period, counts in rows.items()}


def _number(code: str, value: float | None) -> float | int | None:
    if value is None:
        return None
    return round(value, 4) if is_rate(code) else int(value)


def render(rows: dict[str, dict[str, float | None]]) -> str:
    lines = [f"{'period':10}" + "".join(f"{c[:12]:>14}" for c in ALL_METRIC_CODES)]
    for period, counts in rows.items():
        cells = []
        for code in ALL_METRIC_CODES:
            value = counts.get(code)
            cells.append("—" if value is None else f"{value:.1%}" if is_rate(code) else f"{int(value):,}")
        lines.append(f"{period:10}" + "".join(f"{c:>14}" for c in cells))
    return "\n".join(lines)
