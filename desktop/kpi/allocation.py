"""The one allocation of targets: year → quarters → months → weeks → business days → members.

A count target for a period is shared among its parts by their business days
(public and company holidays included): the fiscal year among its quarters, a
quarter among its months, a month among its weeks (a week that crosses a month
end is cut in two, and each month gives its part), a week part among its
business days. Quarters and months are whole numbers, split by the
largest-remainder rule, so the parts of any whole add up to it exactly (the
twelve months of a 500-a-year target add up to 500, never 504). Weeks, business
days and members get exact fractions, which add up exactly too: a month's 43
over 21 business days is 2.05 a day on every day of the month (whole weeks
would make small targets jump, 0.2 one week and 0.4 the next), 10.24 for a
five-day week, and a rep's share of 42 among five is 8.4, not 9. Screens show
a fraction under 10 with a decimal (`numbers.figure`).

A member's target is their own when one is set; otherwise what the team's target
leaves after the members with their own, shared equally among the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from desktop.kpi.periods import BusinessCalendar, Period, PeriodKind, split

WHOLE_KINDS = frozenset({PeriodKind.QUARTER, PeriodKind.MONTH})
CHILD_KIND = {PeriodKind.YEAR: PeriodKind.QUARTER, PeriodKind.QUARTER: PeriodKind.MONTH,
              PeriodKind.MONTH: PeriodKind.WEEK, PeriodKind.WEEK: PeriodKind.DAY}


def largest_remainder(total: int, weights: Sequence[int | Fraction]) -> list[int]:
    """Whole parts of `total` in proportion to `weights` that add up to `total` exactly.

    Each part gets the floor of its exact share; what is left goes one by one to the
    largest remainders (the earlier part first on a tie).
    """
    whole = sum(weights)
    if not weights or whole <= 0:
        raise ValueError("bad_weights")
    exact = [Fraction(total) * Fraction(w) / whole for w in weights]
    parts = [q.numerator // q.denominator for q in exact]
    left = total - sum(parts)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def _weights(parts: Sequence[Period], calendar: BusinessCalendar) -> list[int]:
    days = [calendar.count(p.start, p.end) for p in parts]
    return days if sum(days) else [(p.end - p.start).days + 1 for p in parts]  # a closed span: by days


def children(period: Period) -> list[Period]:
    """The next finer parts of a period (a month's weeks are cut at the month's ends)."""
    kind = CHILD_KIND.get(PeriodKind(period.kind))
    return [] if kind is None else split(period, kind, period.fiscal_start_month)


def split_value(value: Fraction, parts: Sequence[Period], calendar: BusinessCalendar) -> list[Fraction]:
    """A whole's value over its parts: quarters and months whole by largest remainder, weeks and days
    (or any fraction) exactly."""
    weights = _weights(parts, calendar)
    if value.denominator == 1 and parts[0].kind in WHOLE_KINDS:
        return [Fraction(v) for v in largest_remainder(int(value), weights)]
    total = sum(weights)
    return [value * w / total for w in weights]


def allocate(value: float | Fraction, whole: Period, part: Period, calendar: BusinessCalendar) -> Fraction:
    """The share of `whole`'s count target that falls on `part` (any run of days inside it)."""
    if part.start < whole.start or part.end > whole.end:
        raise ValueError("part_outside_whole")
    return _allocate(Fraction(str(value)) if isinstance(value, float) else Fraction(value),
                     whole, part.start, part.end, calendar)


@lru_cache(maxsize=8192)
def _allocate(value: Fraction, whole: Period, start, end, calendar: BusinessCalendar) -> Fraction:  # noqa: ANN001
    if (start, end) == (whole.start, whole.end):
        return value
    kids = children(whole)
    if not kids:  # a single day asked for part of itself cannot happen; be exact anyway
        return value
    total = Fraction(0)
    for kid, share in zip(kids, split_value(value, kids, calendar)):
        lo, hi = max(kid.start, start), min(kid.end, end)
        if lo <= hi:
            total += _allocate(share, kid, lo, hi, calendar)
    return total


@dataclass(frozen=True)
class Share:
    """A member's target and where it came from: their own, or their share of the team's."""

    value: Fraction
    own: bool


def member_share(team: Fraction | None, own: Mapping[int, Fraction | None], member_id: int,
                 reps: Sequence[int]) -> Share | None:
    """A member's target: their own; else the team's less the others' own, shared by the rest."""
    mine = own.get(member_id)
    if mine is not None:
        return Share(mine, True)
    if team is None:
        return None
    fixed = {m: v for m, v in own.items() if v is not None and m != member_id and m in reps}
    rest = [m for m in reps if m not in fixed] or [member_id]
    if member_id not in rest:
        rest = [*rest, member_id]
    left = max(Fraction(0), team - sum(fixed.values(), Fraction(0)))
    return Share(left / len(rest), False)


def year_by_kind(value: int | Fraction, year: Period, kind: PeriodKind,
                 calendar: BusinessCalendar) -> list[tuple[Period, Fraction]]:
    """Each part of `kind` inside the fiscal year (cut at its ends) with its allocated value."""
    return [(p, allocate(value, year, p, calendar)) for p in split(year, kind, year.fiscal_start_month)]
