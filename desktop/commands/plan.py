"""`kpidesk plan`: the 逆算 cascade from a revenue or wins goal, without a database."""

from __future__ import annotations

import argparse
import json
from datetime import date

from desktop.commands.common import CliError, text
from desktop.kpi.numbers import clean, figure, parse_amount
from desktop.kpi.periods import BusinessCalendar, fiscal_year_of
from desktop.kpi.planning import Plan, PlanGoal, Rates, plan

RATE_OPTIONS = ("win_rate", "opportunity_rate", "appointment_rate", "connect_rate")
LABELS_JA = {"revenue": "売上", "wins": "受注数", "opportunities": "商談数", "appointments": "アポ数",
             "connects": "接続数", "calls": "架電数"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="逆算: goal → opportunities → appointments → connects → calls")
    p.add_argument("--revenue", type=_amount, help="annual revenue goal (100000000, 1億)")
    p.add_argument("--wins", type=_amount, help="annual wins goal (instead of revenue)")
    p.add_argument("--deal-size", type=_amount, help="average deal size (1000000, 100万)")
    for name in RATE_OPTIONS:
        p.add_argument(f"--{name.replace('_', '-')}", type=_rate, dest=name, help="0.2 or 20%%")
    p.add_argument("--fiscal-year", type=_year, help="FY named by its start year (default: the current one)")
    p.add_argument("--fiscal-start-month", type=int, default=4, choices=range(1, 13), metavar="1-12")
    p.add_argument("--members", type=_members, default=1)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


MAX_AMOUNT = 10**15  # 1000兆: far above any team's goal, far below what would print as a number
MAX_MEMBERS = 10_000


def _amount(value: str) -> int:
    number = parse_amount(value[:40]) if len(value) <= 40 else None
    if number is None or not 0 < number <= MAX_AMOUNT:
        raise argparse.ArgumentTypeError(text("bad_amount", detail=value))
    return int(number)


def _rate(value: str) -> float:
    """0.2, 20% or 20 (a bare number above 1 is a percent); above 100 % is refused, not read as 2 %."""
    body = clean(value[:40]).replace("％", "%")
    number = parse_amount(body.rstrip("%")) if len(value) <= 40 else None
    if number is None:
        raise argparse.ArgumentTypeError(text("bad_rate", detail=value))
    rate = float(number) / 100 if body.endswith("%") or number > 1 else float(number)
    if not 0 < rate <= 1:
        raise argparse.ArgumentTypeError(text("bad_rate", detail=value))
    return rate


def _year(value: str) -> int:
    if not (value.strip().isdigit() and len(value.strip()) == 4 and 1900 <= int(value) <= 2200):
        raise argparse.ArgumentTypeError(text("bad_year", detail=value))
    return int(value)


def _members(value: str) -> int:
    if not (value.strip().isdigit() and len(value.strip()) <= 6 and 1 <= int(value) <= MAX_MEMBERS):
        raise argparse.ArgumentTypeError(text("bad_members"))
    return int(value)


def run(args: argparse.Namespace) -> int:
    if args.win_rate is None or (args.revenue is None) == (args.wins is None) or (
        args.revenue is not None and args.deal_size is None
    ):
        raise CliError("no_goal")
    goal = PlanGoal(revenue=args.revenue, wins=args.wins, deal_size=args.deal_size)
    rates = Rates(**{name: getattr(args, name) for name in RATE_OPTIONS})
    fy = args.fiscal_year or fiscal_year_of(date.today(), args.fiscal_start_month)
    try:
        result = plan(goal, rates, fiscal_year=fy, calendar=BusinessCalendar(), members=args.members,
                      fiscal_start_month=args.fiscal_start_month)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) if args.json else render(result))
    return 0


def render(result: Plan) -> str:
    head = f"FY{result.fiscal_year}  営業日 {result.business_days}  メンバー {result.members}"
    cols = ("年", "四半期", "月", "週", "営業日", "1人/月", "1人/日")
    lines = [head, f"{'':8}" + "".join(f"{c:>12}" for c in cols)]
    for s in result.steps:
        values = (s.year, s.quarter, s.month, s.week, s.business_day, s.per_member_month, s.per_member_day)
        lines.append(f"{LABELS_JA.get(s.metric, s.metric):8}" + "".join(f"{figure(v):>12}" for v in values))
    return "\n".join(lines)
