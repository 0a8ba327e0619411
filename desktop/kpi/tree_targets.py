"""Which target applies to a node in a period: a row for exactly that period, or one derived.

A count target for a longer period is shared out by business days (as
`planning.Plan.monthly` does: ceil(year × days / year days)); targets for shorter
periods that tile the period add up. A rate target holds for any period inside
the one it was set for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from desktop.kpi.metrics import is_rate
from desktop.kpi.periods import BusinessCalendar, Period

EXACT = "set"
DERIVED = "derived"


@dataclass(frozen=True)
class TargetSpan:
    """One stored target: its period and value (scale shares a team target among members)."""

    period: Period
    value: float
    scale: Fraction = Fraction(1)
    planned: bool = False


@dataclass(frozen=True)
class ResolvedTarget:
    """The target for the evaluated period and where it came from (set / derived)."""

    value: float
    source: str
    planned: bool = False


def _scaled(span: TargetSpan, share: Fraction = Fraction(1)) -> Fraction:
    return Fraction(str(span.value)) * span.scale * share


def _exact(spans: Sequence[TargetSpan], period: Period) -> TargetSpan | None:
    for span in spans:
        if span.period == period:
            return span
    return None


def _containing(spans: Sequence[TargetSpan], period: Period) -> TargetSpan | None:
    inside = [s for s in spans if s.period.start <= period.start and period.end <= s.period.end]
    return min(inside, key=lambda s: s.period.end - s.period.start, default=None)


def _shared(span: TargetSpan, period: Period, calendar: BusinessCalendar) -> float | None:
    total = calendar.count(span.period.start, span.period.end)
    if total == 0:
        return None
    days = calendar.count(period.start, period.end)
    return float(math.ceil(_scaled(span, Fraction(days, total))))


def _tiled(spans: Sequence[TargetSpan], period: Period) -> float | None:
    inside = [s for s in spans if period.start <= s.period.start and s.period.end <= period.end
              and s.period.kind == _finest(spans, period)]
    covered = sum((s.period.end - s.period.start).days + 1 for s in inside)
    if not inside or covered != (period.end - period.start).days + 1:
        return None
    return float(sum(_scaled(s) for s in inside))


def _finest(spans: Sequence[TargetSpan], period: Period) -> str | None:
    kinds = [s.period.kind for s in spans if period.start <= s.period.start and s.period.end <= period.end]
    return max(kinds, key=kinds.count, default=None)


def resolve_target(metric: str | None, spans: Sequence[TargetSpan], period: Period,
                   calendar: BusinessCalendar) -> ResolvedTarget | None:
    """The target for `period` from a node's stored targets, or None when none applies."""
    if metric is None or not spans:
        return None
    exact = _exact(spans, period)
    if exact is not None:
        value = exact.value if is_rate(metric) else float(_scaled(exact))
        return ResolvedTarget(value, EXACT, exact.planned)
    outer = _containing(spans, period)
    if outer is not None:
        if is_rate(metric):
            return ResolvedTarget(float(outer.value), DERIVED, outer.planned)
        value = _shared(outer, period, calendar)
        return None if value is None else ResolvedTarget(value, DERIVED, outer.planned)
    if is_rate(metric):
        return None
    tiled = _tiled(spans, period)
    return None if tiled is None else ResolvedTarget(tiled, DERIVED, False)
