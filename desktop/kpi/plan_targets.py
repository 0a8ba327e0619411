"""A 逆算 plan as target rows for the tree: one per node, metric and period.

Counts get the year and its allocation (`allocation`: by business days, largest
remainder) to each fiscal quarter and month, so the quarters and the months add
up to the year exactly; weeks and days are derived from the months by the same
rule wherever they are shown (a week over a month end is its two parts). Rates
get the year's rate, which holds for every period inside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction

from desktop.kpi.allocation import year_by_kind
from desktop.kpi.periods import BusinessCalendar, Period, PeriodKind, fiscal_year
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
    member_id: int | None = None  # None: the team's; else one rep's own goal


def _count_rows(node_id: int, metric: str, plan: Plan, fsm: int) -> list[PlannedTarget]:
    year = fiscal_year(plan.fiscal_year, fsm)
    rows = [PlannedTarget(node_id, metric, PeriodKind.YEAR, year.start, plan.step(metric).year)]
    for kind in (PeriodKind.QUARTER, PeriodKind.MONTH):
        rows += [PlannedTarget(node_id, metric, kind, p.start, float(v)) for p, v in plan.split(metric, kind)]
    return rows


def planned_targets(plan: Plan, rates: Rates, nodes: Mapping[str, int],
                    fiscal_start_month: int = 4, member_id: int | None = None) -> list[PlannedTarget]:
    """Rows for every node whose metric the plan (or its rates) covers; nodes maps metric → node id.
    With member_id the rows are that rep's own goals (the others share what the team's leave)."""
    year = fiscal_year(plan.fiscal_year, fiscal_start_month)
    covered = {step.metric for step in plan.steps}
    rows: list[PlannedTarget] = []
    for metric, node_id in nodes.items():
        if metric in covered:
            rows += _count_rows(node_id, metric, plan, fiscal_start_month)
        elif metric in RATE_FIELDS and getattr(rates, RATE_FIELDS[metric]) is not None:
            value = getattr(rates, RATE_FIELDS[metric])
            rows.append(PlannedTarget(node_id, metric, PeriodKind.YEAR, year.start, value))
    return rows if member_id is None else [replace(r, member_id=member_id) for r in rows]


def year_split(value: float, year: Period, kind: PeriodKind, calendar: BusinessCalendar) -> list[tuple[date, float]]:
    """(start, value) of each quarter or month of the fiscal year for a yearly count, by the one allocation."""
    if not float(value).is_integer():
        return [(p.start, float(v)) for p, v in year_by_kind(Fraction(str(value)), year, kind, calendar)]
    return [(p.start, float(v)) for p, v in year_by_kind(int(value), year, kind, calendar)]
