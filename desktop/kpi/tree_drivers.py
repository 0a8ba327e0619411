"""The funnel behind a revenue KGI: each rate against its target, and the driver forecast.

revenue = calls × connect rate × appointment rate × opportunity rate × win rate × deal size.
The forecast uses the calls forecast for the whole period and the rates so far
(the target rate where there is no data yet); the deal size is revenue / wins
so far, or the plan's until the first win.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from desktop.kpi.metrics import DEFAULT_RATES, Metric, RateDef, rate_value
from desktop.kpi.pace import pace_for_period
from desktop.kpi.periods import BusinessCalendar, Period
from desktop.kpi.phases import Band, benchmark_band


class _Evaluated(Protocol):
    metric: str | None
    target: float | None
    kind: str


@dataclass(frozen=True)
class RateLink:
    """One funnel rate: actual so far, target, relative gap (actual/target − 1), benchmark band."""

    code: str
    actual: float | None
    target: float | None
    gap: float | None
    band: Band | None
    below_band: bool


@dataclass(frozen=True)
class DriverModel:
    """The KGI's drivers for the period: calls forecast, rates, deal size and what they make."""

    calls: float
    rates: dict[str, float]
    deal_size: float | None
    wins: float | None
    revenue: float | None
    business_days: int
    targets: dict[str, float] = field(default_factory=dict)  # target rates, for levers when a rate is 0
    measured: dict[str, float | None] = field(default_factory=dict)  # the period's own rates; None: no data


def _target_of(nodes: Sequence[_Evaluated], metric: str) -> float | None:
    for node in nodes:
        if node.metric == metric and node.target is not None:
            return node.target
    return None


def _rate_target(nodes: Sequence[_Evaluated], rate: RateDef) -> float | None:
    direct = _target_of(nodes, rate.code)
    if direct is not None:
        return direct
    num, den = _target_of(nodes, rate.numerator.value), _target_of(nodes, rate.denominator.value)
    return num / den if num is not None and den else None


def _link(counts: Mapping[str, float], nodes: Sequence[_Evaluated], rate: RateDef) -> RateLink:
    actual = rate_value(counts, rate)
    target = _rate_target(nodes, rate)
    gap = actual / target - 1 if actual is not None and target else None
    band = benchmark_band(rate.code)
    below = band is not None and actual is not None and band.position(actual) == "below"
    return RateLink(rate.code, actual, target, gap, band, below)


def funnel_links(counts: Mapping[str, float], nodes: Sequence[_Evaluated]) -> list[RateLink]:
    """The four funnel rates (connect → appointment → opportunity → win), top down."""
    return [_link(counts, nodes, rate) for rate in DEFAULT_RATES]


def _deal_size(counts: Mapping[str, float], fallback: float | None) -> float | None:
    wins = counts.get(Metric.WINS, 0) or 0
    revenue = counts.get(Metric.REVENUE, 0) or 0
    return revenue / wins if wins > 0 and revenue > 0 else fallback


def driver_model(counts: Mapping[str, float], nodes: Sequence[_Evaluated], period: Period,
                 today: date, calendar: BusinessCalendar,
                 deal_size: float | None = None) -> DriverModel | None:
    """The driver forecast, or None when a rate has neither data nor a target."""
    calls = pace_for_period(float(counts.get(Metric.CALLS, 0) or 0), None, period, today, calendar)
    rates: dict[str, float] = {}
    targets = {r.code: t for r in DEFAULT_RATES if (t := _rate_target(nodes, r)) is not None}
    measured = {r.code: rate_value(counts, r) for r in DEFAULT_RATES}
    for rate in DEFAULT_RATES:
        value = measured[rate.code]
        value = _rate_target(nodes, rate) if value is None else value
        if value is None:
            return None
        rates[rate.code] = value
    wins = calls.forecast
    for value in rates.values():
        wins *= value
    size = _deal_size(counts, deal_size)
    revenue = wins * size if size is not None else None
    return DriverModel(calls.forecast, rates, size, wins, revenue, calls.total_days, targets, measured)
