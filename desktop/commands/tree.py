"""`kpidesk tree`: the KPI tree evaluated for a period: actual, target, pace, forecast, bottleneck."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.commands.common import CliError, default_db, language, find_member, open_store
from desktop.kpi.metrics import Metric, is_rate
from desktop.kpi.periods import PeriodKind, parse_period, period_containing
from desktop.kpi.sensitivity import sensitivity
from desktop.kpi.tree_eval import NodeResult, TreeEvaluation


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tree", help="the KPI tree evaluated for a period")
    p.add_argument("--db", default=None, help="database file (default: the app's)")
    p.add_argument("--period", help="2025-04, 2025-W15, 2025-Q1 or FY2025 (default: this month)")
    p.add_argument("--member", help="one member's numbers (name as written anywhere)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx", help="also write the tree as an Excel sheet to this file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(default_db() if args.db is None else args.db, check=False, existing=True)
    try:
        fsm = store.domain_settings().fiscal_start_month
        period = _period(args.period, fsm, store.reference_day())
        member_id = find_member(store, args.member) if args.member else None
        result = store.evaluate_tree(period, member_id)
    finally:
        store.close()
    if args.xlsx:
        _write_xlsx(Path(args.xlsx), result)
    print(json.dumps(as_json(result), ensure_ascii=False, indent=2) if args.json else render(result))
    return 0


def _write_xlsx(path: Path, result: TreeEvaluation) -> None:
    from openpyxl import Workbook

    from desktop.reports.cells import save_workbook
    from desktop.reports.report_data import ReportError
    from desktop.reports.tree_sheet import write_tree_sheet

    workbook = Workbook()
    workbook.remove(workbook.active)
    write_tree_sheet(workbook, result, language())
    try:
        save_workbook(workbook, path)
    except ReportError as exc:
        raise CliError(exc.code, detail=exc.detail, path=exc.path) from exc


def _period(text: str | None, fsm: int, today: Any) -> Any:  # noqa: ANN401 - a Period
    if not text:
        return period_containing(PeriodKind.MONTH, today, fsm)
    try:
        return parse_period(text, fsm)
    except ValueError as exc:
        raise CliError("bad_period", detail=text) from exc



def _round(value: float | None, rate: bool) -> float | int | None:
    if value is None:
        return None
    return round(value, 4) if rate else round(value)


def _node(n: NodeResult) -> dict[str, Any]:
    data = asdict(n)
    for key in ("actual", "target", "expected", "forecast"):
        data[key] = _round(data[key], n.rate)
    data["attainment"] = _round(n.attainment, True)
    data["status"] = n.status.value
    return data


def as_json(result: TreeEvaluation) -> dict[str, Any]:
    """The evaluation as plain JSON: nodes depth-first, funnel links and levers."""
    levers = sensitivity(result.drivers) if result.drivers else []
    return {
        "period": result.period.label, "elapsed_business_days": result.elapsed_days,
        "business_days": result.total_days, "bottleneck": result.bottleneck,
        "nodes": [_node(n) for n in result.nodes],
        "links": [{"rate": lk.code, "actual": _round(lk.actual, True), "target": _round(lk.target, True),
                   "below_band": lk.below_band} for lk in result.links],
        "levers": [{"rate": lv.rate, "revenue_per_point": _round(lv.revenue, False),
                    "calls_per_day_equivalent": round(lv.calls_per_day, 1)} for lv in levers],
    }


def _fmt(metric: str | None, value: float | None) -> str:
    if value is None:
        return "—"
    if metric and is_rate(metric):
        return f"{value:.1%}"
    return f"¥{value:,.0f}" if metric == Metric.REVENUE else f"{value:,.0f}"


def render(result: TreeEvaluation) -> str:
    """An indented tree: actual / target (attainment) status → forecast."""
    lines = [f"{result.period.label}  ({result.elapsed_days}/{result.total_days} business days)"]
    for n in result.nodes:
        name = f"{'  ' * n.depth}{n.kind.upper()} {n.title}"
        numbers = f"{_fmt(n.metric, n.actual)} / {_fmt(n.metric, n.target)}"
        attainment = f"{n.attainment:.0%}" if n.attainment is not None else "—"
        mark = "  ← bottleneck" if n.bottleneck else ""
        lines.append(f"{name:40} {numbers:>26} {attainment:>6} {n.status.value:>10} "
                     f"→ {_fmt(n.metric, n.forecast)}{mark}")
    if result.bottleneck:
        lines.append(f"bottleneck: {result.bottleneck}")
    return "\n".join(lines)
