"""A 逆算 plan as target rows for the tree: one per node, metric and period.

Counts get the plan's flat splits (the article's 500 a year → 42 a month → 10 a
week): the year, each fiscal quarter, each month and each week that starts in
the year. Rates get the year's rate, which holds for every period inside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop.kpi.periods import Period, PeriodKind, fiscal_year, split
from desktop.kpi.planning import Plan, Rates

RATE_FIELDS = {"connect_rate": "connect_rate", "appointment_rate": "appointment_rate",
               "opportunity_rate": "opportunity_rate", "win_rate": "win_rate"}


@dataclass(frozen=True)
class PlannedTarget:
    """One target row a plan writes (planned=True in the store)."""

    node_id: int
    metric: str
    period_kind: str
    period_start: date
    value: float


def _weeks(year: Period, fsm: int) -> list[Period]:
    return [w for w in split(year, PeriodKind.WEEK, fsm) if w.start.weekday() == 0]


def _count_rows(node_id: int, metric: str, plan: Plan, fsm: int) -> list[PlannedTarget]:
    step = plan.step(metric)
    year = fiscal_year(plan.fiscal_year, fsm)
    rows = [PlannedTarget(node_id, metric, PeriodKind.YEAR, year.start, step.year)]
    for kind, value in ((PeriodKind.QUARTER, step.quarter), (PeriodKind.MONTH, step.month)):
        rows += [PlannedTarget(node_id, metric, kind, p.start, value) for p in split(year, kind, fsm)]
    rows += [PlannedTarget(node_id, metric, PeriodKind.WEEK, w.start, step.week) for w in _weeks(year, fsm)]
    return rows


def planned_targets(plan: Plan, rates: Rates, nodes: Mapping[str, int],
                    fiscal_start_month: int = 4) -> list[PlannedTarget]:
    """Rows for every node whose metric the plan (or its rates) covers; nodes maps metric → node id."""
    year = fiscal_year(plan.fiscal_year, fiscal_start_month)
    covered = {step.metric for step in plan.steps}
    rows: list[PlannedTarget] = []
    for metric, node_id in nodes.items():
        if metric in covered:
            rows += _count_rows(node_id, metric, plan, fiscal_start_month)
        elif metric in RATE_FIELDS and getattr(rates, RATE_FIELDS[metric]) is not None:
            value = getattr(rates, RATE_FIELDS[metric])
            rows.append(PlannedTarget(node_id, metric, PeriodKind.YEAR, year.start, value))
    return rows
