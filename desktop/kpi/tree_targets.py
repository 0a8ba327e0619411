"""Which target applies to a (node or metric, period, member): the one rule every screen reads.

A row for exactly that period wins; else shorter rows that tile the period add
up; else the shortest row containing it is shared out by `allocation` (business
days, largest remainder). A rate target holds for any period inside the one it
was set for. A member's target is their own, else their share of the team's
(`allocation.member_share`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from fractions import Fraction

from desktop.kpi.allocation import allocate, member_share
from desktop.kpi.metrics import is_rate
from desktop.kpi.periods import BusinessCalendar, Period, PeriodKind, split

EXACT = "set"
DERIVED = "derived"
SHARE = "share"  # a member's share of the team target


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


def _shared(span: TargetSpan, period: Period, calendar: BusinessCalendar) -> Fraction:
    return allocate(_scaled(span), span.period, period, calendar)


_FINE_TO_COARSE = (PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)


def _tiled(spans: Sequence[TargetSpan], period: Period) -> Fraction | None:
    """The sum of one kind's rows that exactly cover the period (the coarsest kind that does)."""
    for kind in reversed(_FINE_TO_COARSE):
        inside = [s for s in spans if s.period.kind == kind
                  and period.start <= s.period.start and s.period.end <= period.end]
        covered = sum((s.period.end - s.period.start).days + 1 for s in inside)
        if inside and covered == (period.end - period.start).days + 1:
            return sum((_scaled(s) for s in inside), Fraction(0))
    return None


def resolve_exact(metric: str | None, spans: Sequence[TargetSpan], period: Period,
                  calendar: BusinessCalendar) -> tuple[Fraction, str, bool] | None:
    """(value, source, planned) for `period` from one scope's stored targets, exact; None when none applies."""
    if metric is None or not spans:
        return None
    exact = _exact(spans, period)
    if exact is not None:
        return (Fraction(str(exact.value)) if is_rate(metric) else _scaled(exact)), EXACT, exact.planned
    if not is_rate(metric):
        tiled = _tiled(spans, period)
        if tiled is not None:
            return tiled, DERIVED, False
        if _crosses_a_month(period):
            return _by_month_parts(metric, spans, period, calendar)
    outer = _containing(spans, period)
    if outer is None:
        return None
    if is_rate(metric):
        return Fraction(str(outer.value)), DERIVED, outer.planned
    return _shared(outer, period, calendar), DERIVED, outer.planned


def _crosses_a_month(period: Period) -> bool:
    """A run of days over a month end that is not whole months (a week from Mon 29th to Sun 4th)."""
    whole_months = period.start.day == 1 and (period.end + timedelta(days=1)).day == 1
    return (period.start.year, period.start.month) != (period.end.year, period.end.month) and not whole_months


def _by_month_parts(metric: str, spans: Sequence[TargetSpan], period: Period,
                    calendar: BusinessCalendar) -> tuple[Fraction, str, bool] | None:
    """Each month's part from that month's own target, added: a week over a month end is its two parts."""
    parts = [resolve_exact(metric, spans, part, calendar) for part in split(period, PeriodKind.MONTH)]
    if any(p is None for p in parts):
        return None
    return sum((p[0] for p in parts), Fraction(0)), DERIVED, all(p[2] for p in parts)


def resolve_target(metric: str | None, spans: Sequence[TargetSpan], period: Period,
                   calendar: BusinessCalendar) -> ResolvedTarget | None:
    """The target for `period` from a node's stored targets, or None when none applies."""
    found = resolve_exact(metric, spans, period, calendar)
    return None if found is None else ResolvedTarget(float(found[0]), found[1], found[2])


@dataclass(frozen=True)
class TargetScope:
    """A node's (or metric's) stored targets: the team's, each member's own, and who shares the team's."""

    team: tuple[TargetSpan, ...] = ()
    members: Mapping[int, tuple[TargetSpan, ...]] = field(default_factory=dict)
    reps: tuple[int, ...] = ()


def scoped_target(metric: str | None, scope: TargetScope, period: Period, calendar: BusinessCalendar,
                  member_id: int | None = None) -> ResolvedTarget | None:
    """The target of the team (member_id None) or of one member: their own, else their share."""
    team = resolve_exact(metric, scope.team, period, calendar)
    if member_id is None:
        return None if team is None else ResolvedTarget(float(team[0]), team[1], team[2])
    own = {m: resolve_exact(metric, spans, period, calendar) for m, spans in scope.members.items()}
    if own.get(member_id) is not None:
        value, source, planned = own[member_id]
        return ResolvedTarget(float(value), source, planned)
    if team is None:
        return None
    if is_rate(metric):
        return ResolvedTarget(float(team[0]), DERIVED, team[2])
    share = member_share(team[0], {m: v[0] for m, v in own.items() if v is not None}, member_id, scope.reps)
    return None if share is None else ResolvedTarget(float(share.value), SHARE, team[2])
