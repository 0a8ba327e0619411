"""The PDCA cadence: did an action work, what should next quarter's target be, is a review due.

All pure: weekly or monthly counts come in as {metric: count} dictionaries, rates
are ratios of sums over the weeks compared, never averages of weekly rates.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from desktop.kpi.metrics import RATES_BY_CODE, add_counts, is_rate, metric_value
from desktop.kpi.periods import PeriodKind, period_containing

Counts = Mapping[str, float]
DEFAULT_EFFECT_WEEKS = 4
DEFAULT_GROWTH = 0.1


@dataclass(frozen=True)
class Effect:
    """An action's KPI before and after it started; None values when a side has no data yet."""

    metric: str
    before: float | None
    after: float | None
    absolute: float | None
    relative: float | None
    weeks_before: int
    weeks_after: int


def _value(metric: str, weeks: Sequence[Counts]) -> float | None:
    if not weeks:
        return None
    total = add_counts(list(weeks))
    if is_rate(metric):
        return metric_value(total, metric)
    return total.get(metric, 0) / len(weeks)  # a weekly average, comparable across spans


def action_effect(metric: str, weekly: Mapping[date, Counts], started: date, today: date,
                  weeks: int = DEFAULT_EFFECT_WEEKS) -> Effect:
    """KPI in the N whole weeks from the action's week vs the N weeks before it.

    `weekly` maps each week's Monday to its counts (missing weeks count as zero);
    only weeks that have ended by `today` are used on the after side.
    """
    monday = started - timedelta(days=started.weekday())
    before_days = [monday - timedelta(weeks=n) for n in range(weeks, 0, -1)]
    after_days = [monday + timedelta(weeks=n) for n in range(weeks)]
    after_days = [d for d in after_days if d + timedelta(days=6) <= today]
    before = _value(metric, [weekly.get(d, {}) for d in before_days])
    after = _value(metric, [weekly.get(d, {}) for d in after_days])
    absolute = relative = None
    if before is not None and after is not None:
        absolute = after - before
        relative = absolute / before if before else None
    return Effect(metric, before, after, absolute, relative, len(before_days), len(after_days))


def _nice_ceil(value: float, metric: str) -> int:
    """Round a count target up to a step people write down (1, 5, 10 … or 10,000円)."""
    if metric == "revenue":
        step = 10_000
    elif value < 100:
        step = 1
    elif value < 1000:
        step = 5
    else:
        step = 10
    return math.ceil(Fraction(str(round(value, 6))) / step) * step


def suggest_quarter_target(metric: str, monthly: Sequence[Counts],
                           growth: float = DEFAULT_GROWTH) -> float | None:
    """Next quarter's target from the team's own last three months, None without history.

    Counts: median month × 3 × (1 + growth), rounded up to a sensible step.
    Rates: the ratio of sums over the three months × (1 + growth), at most 100%,
    to a tenth of a percentage point.
    """
    recent = list(monthly)[-3:]
    if not recent:
        return None
    if is_rate(metric):
        rate = metric_value(add_counts(recent), metric)
        if rate is None:
            return None
        return round(min(1.0, rate * (1 + growth)), 3)
    median = statistics.median(m.get(metric, 0) or 0 for m in recent)
    if median <= 0:
        return None
    return _nice_ceil(median * 3 * (1 + growth), metric)


def rate_shortfall(actual: float | None, target: float | None) -> float | None:
    """How far a rate is below its target, as a share of the target (0.25 = 25% short)."""
    if actual is None or not target:
        return None
    return (target - actual) / target


# ---- when a review is due ------------------------------------------------------

@dataclass(frozen=True)
class Schedule:
    """The team's PDCA cadence (stored as the "pdca_schedule" setting)."""

    weekly_weekday: int = 4  # Friday
    weekly_time: str = "16:00"
    monthly_day: int = 5  # the 5th of each month reviews the month before
    quarterly_day: int = 10  # the 10th of each fiscal quarter's first month
    attendees: tuple[str, ...] = ()
    since: str = ""  # ISO day the cadence was set up: no review is due for a day before it

    @classmethod
    def from_json(cls, data: Mapping[str, object] | None) -> Schedule:
        data = dict(data or {})
        data["attendees"] = tuple(data.get("attendees", ()) or ())  # type: ignore[arg-type]
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, object]:
        return {"weekly_weekday": self.weekly_weekday, "weekly_time": self.weekly_time,
                "monthly_day": self.monthly_day, "quarterly_day": self.quarterly_day,
                "attendees": list(self.attendees), **({"since": self.since} if self.since else {})}


GRACE_DAYS = {"weekly": 7, "monthly": 10, "quarterly": 21}


def scheduled_on(kind: str, schedule: Schedule, today: date, fiscal_start_month: int = 4) -> date:
    """The latest scheduled review day of this kind on or before today."""
    if kind == "weekly":
        return today - timedelta(days=(today.weekday() - schedule.weekly_weekday) % 7)
    if kind == "monthly":
        day = date(today.year, today.month, min(schedule.monthly_day, 28))
        return day if day <= today else _month_before(day)
    quarter = period_containing(PeriodKind.QUARTER, today, fiscal_start_month)
    day = quarter.start.replace(day=min(schedule.quarterly_day, 28))
    if day <= today:
        return day
    prev = quarter.previous().start
    return prev.replace(day=min(schedule.quarterly_day, 28))


def _month_before(day: date) -> date:
    first = day.replace(day=1) - timedelta(days=1)
    return first.replace(day=day.day)


def review_due(kind: str, schedule: Schedule, last_held: date | None, today: date,
               fiscal_start_month: int = 4) -> date | None:
    """The scheduled day of a review that is due and not held, else None.

    A review held up to GRACE_DAYS before the scheduled day counts for it (held early).
    """
    due = scheduled_on(kind, schedule, today, fiscal_start_month)
    if schedule.since and due < date.fromisoformat(schedule.since):
        return None  # a new team is not nagged about reviews due before it set the cadence up
    if last_held is not None and last_held > due - timedelta(days=GRACE_DAYS[kind]):
        return None
    return due
