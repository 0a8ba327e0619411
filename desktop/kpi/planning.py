"""逆算: work a revenue (or wins) goal backwards down the funnel to calls.

Every division is exact (fractions.Fraction of the decimal text). The year's needs
are whole (rounded up), and so are the plan's headline quarter / month / week
(ceilings of the year: 1億円 ÷ 100万円 ÷ 20% is exactly 500 opportunities a year,
42 a month and 10 a week, as in the article). Per business day and per member
the plan is exact (2.03 a day, not 3). The targets a plan writes for each real
month or week come from `allocation` and add up to the year exactly.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from fractions import Fraction

from desktop.kpi.allocation import year_by_kind
from desktop.kpi.metrics import Metric
from desktop.kpi.periods import BusinessCalendar, Period, PeriodKind, split
from desktop.kpi.periods import fiscal_year as fiscal_year_period


@dataclass(frozen=True)
class Rates:
    """Conversion rates down the funnel; a missing rate stops the chain there."""

    win_rate: float
    opportunity_rate: float | None = None
    appointment_rate: float | None = None
    connect_rate: float | None = None


@dataclass(frozen=True)
class PlanGoal:
    """The KGI to plan from: revenue with deal_size, or wins alone."""

    revenue: int | None = None
    wins: int | None = None
    deal_size: int | None = None


@dataclass(frozen=True)
class PlanStep:
    """One metric's yearly value, its headline splits (rounded up) and its exact per-day / per-member rates."""

    metric: str
    year: int
    quarter: int
    month: int
    week: int
    business_day: float  # exact: year / business days
    per_member_year: float  # exact: year / members
    per_member_month: float  # exact: year / 12 / members
    per_member_day: float  # exact: year / business days / members


@dataclass(frozen=True)
class Plan:
    """The planned funnel for one fiscal year, top (revenue) to bottom (calls)."""

    fiscal_year: int
    business_days: int
    members: int
    steps: tuple[PlanStep, ...]
    months: tuple[tuple[Period, int], ...]  # each fiscal month and its business days
    calendar: BusinessCalendar = field(default_factory=BusinessCalendar, compare=False, repr=False)

    def step(self, metric: str) -> PlanStep:
        """The step for a metric; KeyError when the plan does not reach it."""
        for step in self.steps:
            if step.metric == metric:
                return step
        raise KeyError(metric)

    def monthly(self, metric: str) -> list[tuple[Period, int]]:
        """The year value over the fiscal months, by business days, adding up to the year exactly."""
        return [(p, int(v)) for p, v in self.split(metric, PeriodKind.MONTH)]

    def split(self, metric: str, kind: PeriodKind) -> list[tuple[Period, Fraction]]:
        """The year value over the year's quarters, months, weeks (cut at the year's ends) or days."""
        year = fiscal_year_period(self.fiscal_year, self.months[0][0].fiscal_start_month)
        return year_by_kind(self.step(metric).year, year, kind, self.calendar)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary of the plan."""
        return {
            "fiscal_year": self.fiscal_year,
            "business_days": self.business_days,
            "members": self.members,
            "steps": [asdict(step) for step in self.steps],
            "monthly": {
                step.metric: {p.label: v for p, v in self.monthly(step.metric)}
                for step in self.steps
            },
        }


def _ceil_div(numerator: int | Fraction, denominator: int | Fraction) -> int:
    return math.ceil(Fraction(numerator) / Fraction(denominator))


def _exact(value: float) -> Fraction:
    return Fraction(str(value))


def _check_rate(rate: float | None) -> None:
    if rate is not None and (isinstance(rate, bool) or not 0 < rate <= 1):
        raise ValueError("bad_rate")


def _check_positive(value: int | None, code: str) -> None:
    if value is not None and (isinstance(value, bool) or not value > 0):
        raise ValueError(code)


def _wins_needed(goal: PlanGoal) -> int:
    _check_positive(goal.revenue, "bad_money")
    _check_positive(goal.deal_size, "bad_money")
    _check_positive(goal.wins, "bad_wins")
    if goal.revenue is None:
        if goal.wins is None:
            raise ValueError("no_goal")
        return math.ceil(_exact(goal.wins))
    if goal.deal_size is None:
        raise ValueError("no_deal_size")
    wins = _ceil_div(_exact(goal.revenue), _exact(goal.deal_size))
    if goal.wins is not None and goal.wins != wins:
        raise ValueError("conflicting_goal")
    return wins


def funnel_values(goal: PlanGoal, rates: Rates) -> list[tuple[str, int]]:
    """The yearly value of each metric, top down, as far as the rates reach."""
    all_rates = (rates.win_rate, rates.opportunity_rate, rates.appointment_rate, rates.connect_rate)
    for rate in all_rates:
        _check_rate(rate)
    if rates.win_rate is None:
        raise ValueError("bad_rate")
    wins = _wins_needed(goal)
    values: list[tuple[str, int]] = []
    if goal.revenue is not None:
        values.append((Metric.REVENUE.value, math.ceil(_exact(goal.revenue))))
    values.append((Metric.WINS.value, wins))
    chain = (
        (Metric.OPPORTUNITIES, rates.win_rate),
        (Metric.APPOINTMENTS, rates.opportunity_rate),
        (Metric.CONNECTS, rates.appointment_rate),
        (Metric.CALLS, rates.connect_rate),
    )
    value = wins
    for metric, rate in chain:
        if rate is None:
            break
        value = _ceil_div(value, _exact(rate))
        values.append((metric.value, value))
    return values


def _step(metric: str, year: int, business_days: int, members: int) -> PlanStep:
    day = Fraction(year, business_days)
    return PlanStep(
        metric=metric,
        year=year,
        quarter=_ceil_div(year, 4),
        month=_ceil_div(year, 12),
        week=_ceil_div(year, 52),
        business_day=float(day),
        per_member_year=float(Fraction(year, members)),
        per_member_month=float(Fraction(year, 12 * members)),
        per_member_day=float(day / members),
    )


def plan(
    goal: PlanGoal,
    rates: Rates,
    *,
    fiscal_year: int,
    calendar: BusinessCalendar,
    members: int = 1,
    fiscal_start_month: int = 4,
) -> Plan:
    """Plan a fiscal year backwards from the goal; raise ValueError with a code on bad input."""
    if isinstance(members, bool) or members < 1:
        raise ValueError("bad_members")
    year_period = fiscal_year_period(fiscal_year, fiscal_start_month)
    months = tuple(
        (month, calendar.count(month.start, month.end))
        for month in split(year_period, PeriodKind.MONTH, fiscal_start_month)
    )
    business_days = sum(days for _, days in months)
    if business_days == 0:
        raise ValueError("no_business_days")
    steps = tuple(
        _step(metric, value, business_days, members) for metric, value in funnel_values(goal, rates)
    )
    return Plan(fiscal_year, business_days, members, steps, months, calendar)


def replan(target: float, actual: float, remaining_business_days: int) -> float:
    """Per-day value needed for the rest of the period (exact: 0.26 stays 0.26); the whole shortfall
    when no days remain."""
    if remaining_business_days < 0:
        raise ValueError("bad_days")
    shortfall = max(Fraction(0), _exact(target) - _exact(actual))
    if remaining_business_days == 0:
        return float(shortfall)
    return float(shortfall / remaining_business_days)
