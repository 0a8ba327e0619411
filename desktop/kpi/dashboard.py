"""What the dashboard shows, computed from counts: period choice, KPI cards, funnel, members, drill filters."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.kpi.metrics import FUNNEL, LEAD_FUNNEL, RATES_BY_CODE, Metric, is_rate, metric_value, rate_value
from desktop.kpi.pace import PaceStatus, Thresholds, pace_for_period, rate_status
from desktop.kpi.periods import BusinessCalendar, Period, PeriodKind, period_containing
from desktop.kpi.phases import Band, benchmark_band
from desktop.kpi.series import NAN, cumulative

PERIOD_CHOICES = ("today", "week", "month", "quarter", "year", "custom")
_CHOICE_KIND = {"today": PeriodKind.DAY, "week": PeriodKind.WEEK, "month": PeriodKind.MONTH,
                "quarter": PeriodKind.QUARTER, "year": PeriodKind.YEAR}
DEFAULT_CARD_METRICS = ("calls", "connects", "appointments", "opportunities", "wins", "connect_rate")
# The funnel's rate between each stage and the one above it.
STAGE_RATE = {Metric.CONNECTS: "connect_rate", Metric.APPOINTMENTS: "appointment_rate",
              Metric.OPPORTUNITIES: "opportunity_rate", Metric.WINS: "win_rate",
              Metric.SQLS: "mql_sql_rate", Metric.SQLS_TO_OPPORTUNITY: "sql_opportunity_rate"}
# The lead funnel's bars: the period's MQLs, its SQLs, and of those SQLs the ones that reached 商談, so
# the last bar over the one above it is SQL→商談率; MQL→SQL率 is its own cohort's (of the period's MQLs).
LEAD_STAGES: tuple[Metric, ...] = (*LEAD_FUNNEL, Metric.SQLS_TO_OPPORTUNITY)
# Which activity rows stand behind a count: (kind, outcome) for the activity table's filter.
_DRILL = {"calls": ("call", None), "connects": ("call", None), "appointments": ("call", "appointment"),
          "emails": ("email", None), "follow_ups": ("follow_up", None), "meetings": ("meeting", None)}


def resolve_period(choice: str, today: date, fiscal_start_month: int = 4,
                   custom: tuple[date, date] | None = None) -> Period:
    """The period a selector choice means on `today` (custom: the given range)."""
    if choice == "custom" and custom is not None:
        start, end = sorted(custom)
        return Period(PeriodKind.DAY, start, end, fiscal_start_month)
    kind = _CHOICE_KIND.get(choice, PeriodKind.MONTH)
    return period_containing(kind, today, fiscal_start_month)


def previous_period(period: Period) -> Period:
    """The same kind of period just before (a custom range: the same length before it)."""
    if period.start == period.end or period.kind != PeriodKind.DAY:
        return period.previous()
    length = period.end - period.start
    end = period.start - timedelta(days=1)
    return Period(PeriodKind.DAY, end - length, end, period.fiscal_start_month)


def comparable_previous(period: Period, today: date, calendar: BusinessCalendar) -> Period:
    """The previous period cut to as many business days as this one has had by today, so a month
    on its 11th business day is compared with the first 11 of the month before, never the whole."""
    previous = previous_period(period)
    if today >= period.end:
        return previous
    elapsed = calendar.elapsed(period, today)
    days = calendar.business_days(previous.start, previous.end)
    if elapsed == 0 or not days:  # no business day yet: the same number of calendar days
        end = min(previous.end, previous.start + (max(today, period.start) - period.start))
    else:
        end = days[min(elapsed, len(days)) - 1]
    return Period(PeriodKind.DAY, previous.start, end, period.fiscal_start_month)


DEAL_METRICS = frozenset({Metric.OPPORTUNITIES.value, Metric.WINS.value, Metric.REVENUE.value})
LEAD_METRICS = frozenset(m.value for m in LEAD_STAGES)


def drill_filter(metric: str, start: date, end: date, member_id: int | None) -> dict[str, object]:
    """The filter for exactly the rows behind a count: deals for opportunities, wins and revenue
    (the 商談 tab), leads for the lead funnel's stages (the リード tab), activities for the rest."""
    if metric in DEAL_METRICS:
        return {"tab": "deals", "start": start, "end": end, "member_id": member_id, "metric": metric}
    if metric in LEAD_METRICS:
        return {"tab": "leads", "start": start, "end": end, "member_id": member_id, "metric": metric}
    kind, outcome = _DRILL.get(metric, (None, None))
    return {"start": start, "end": end, "member_id": member_id, "kind": kind, "outcome": outcome,
            "metric": metric}


@dataclass(frozen=True)
class Card:
    """One KPI card: actual against target, attainment, pace status and a sparkline."""

    metric: str
    title: str
    actual: float | None
    target: float | None
    attainment: float | None
    expected: float | None
    status: str
    spark: list[float]


def card(metric: str, title: str, totals: Mapping[str, float], daily: Sequence[Mapping[str, float]],
         target: float | None, period: Period, today: date, calendar: BusinessCalendar,
         thresholds: Thresholds) -> Card:
    """A card for a count (paced by business days) or a rate (compared with its target rate)."""
    actual = metric_value(totals, metric)
    if is_rate(metric):
        status = rate_status(actual, target, thresholds)
        attainment = actual / target if actual is not None and target else None
        return Card(metric, title, actual, target, attainment, None, status.value, _rate_spark(daily, metric))
    p = pace_for_period(actual or 0.0, target, period, today, calendar, thresholds)
    spark = cumulative(float(row.get(metric, 0) or 0) for row in daily)
    return Card(metric, title, actual, target, p.attainment, p.expected, p.status.value, spark)


def _rate_spark(daily: Sequence[Mapping[str, float]], metric: str) -> list[float]:
    rate, num, den, out = RATES_BY_CODE[metric], 0.0, 0.0, []
    for row in daily:
        num += row.get(rate.numerator, 0) or 0
        den += row.get(rate.denominator, 0) or 0
        out.append(num / den if den else NAN)
    return out


@dataclass(frozen=True)
class Stage:
    """One funnel bar: this period's and the previous period's count, and the rate from the bar above."""

    metric: str
    count: float
    previous: float
    rate_code: str | None
    rate: float | None
    previous_rate: float | None
    band: Band | None


def funnel(totals: Mapping[str, float], previous: Mapping[str, float],
           metrics: Sequence[Metric] = FUNNEL) -> list[Stage]:
    """calls → connects → appointments → opportunities → wins (or the LEAD_STAGES), with stage rates and
    benchmark bands."""
    stages = []
    for metric in metrics:
        code = STAGE_RATE.get(metric)
        rate = RATES_BY_CODE.get(code) if code else None
        stages.append(Stage(metric.value, float(totals.get(metric, 0) or 0), float(previous.get(metric, 0) or 0),
                            code, rate_value(totals, rate) if rate else None,
                            rate_value(previous, rate) if rate else None, benchmark_band(code) if code else None))
    return stages


@dataclass(frozen=True)
class MemberBar:
    """One member's value for the chosen metric."""

    member_id: int
    name: str
    value: float | None


def member_bars(names: Mapping[int, str], counts: Mapping[int, Mapping[str, float]],
                metric: str) -> tuple[list[MemberBar], float | None]:
    """Each member's value and the team average (a rate: the team's ratio of sums)."""
    bars = [MemberBar(mid, name, metric_value(counts.get(mid, {}), metric)) for mid, name in names.items()]
    if is_rate(metric):
        team: dict[str, float] = {}
        for row in counts.values():
            for k, v in row.items():
                team[k] = team.get(k, 0) + v
        return bars, metric_value(team, metric)
    values = [b.value for b in bars if b.value is not None]
    return bars, (sum(values) / len(values) if values else None)


def rate_series(weeks: Sequence[Mapping[str, float]], code: str) -> tuple[list[float], float | None]:
    """A rate per week (NaN without a denominator) and the team's own baseline over all the weeks."""
    rate = RATES_BY_CODE[code]
    values = [rate_value(w, rate) for w in weeks]
    total = {rate.numerator: sum(w.get(rate.numerator, 0) for w in weeks),
             rate.denominator: sum(w.get(rate.denominator, 0) for w in weeks)}
    return [NAN if v is None else v for v in values], rate_value(total, rate)


def status_of(card_: Card) -> PaceStatus:
    return PaceStatus(card_.status)


def finite(values: Sequence[float]) -> list[float]:
    return [v for v in values if not math.isnan(v)]
