"""Contracts of won deals: terms, renewals, 継続率 and LTV. Pure: dates and integers in, numbers out.

A won deal can carry a contract: a start day, a term (months, or an end day) and a recurring
monthly amount. Renewing a contract starts the next term on the day after it ends; cancelling
(解約) records the day. One contract chain is one customer.

継続率 (retention) for a period = customers renewed ÷ customers due for renewal, where a
contract is *due* when its term ends in the period and *renewed* when a renewal follows it
(a cancelled or lapsed contract is due and not renewed). Both counts are booked on the due day,
so the rate is a ratio of sums like every other rate (`metrics.RETENTION_RATE`).

LTV as of a day = the average revenue per customer over the lifetime observed so far:
(Σ each customer's won-deal amounts + monthly amount × months billed up to that day) ÷ customers.
A month is billed on the start day and on the same day of each later month, while the
contract runs (before its end or cancellation, and not after the day asked about).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

MAX_TERM_MONTHS = 120


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def term_end(start: date, term_months: int) -> date:
    """The last day of a term of `term_months` months from `start` (12 from 1 Apr: 31 Mar)."""
    if not 1 <= term_months <= MAX_TERM_MONTHS:
        raise ValueError("bad_term")
    return add_months(start, term_months) - timedelta(days=1)


def months_billed(start: date, end: date | None, cancelled: date | None, as_of: date) -> int:
    """How many monthly charges fell on start, start+1 month, … up to as_of, before end/cancel."""
    stop = min(d for d in (end, cancelled - timedelta(days=1) if cancelled else None, as_of) if d)
    n = 0
    while add_months(start, n) <= stop:
        n += 1
    return n


@dataclass(frozen=True)
class ContractFact:
    """One contract term as plain data."""

    id: int
    customer: int | str  # the deal's lead (else the deal): one chain, one customer
    start: date
    end: date | None
    monthly: int
    renewal_of: int | None = None
    cancelled: date | None = None
    deal_amount: int = 0  # the won deal's amount (counted once per deal)
    deal_id: int | None = None


def next_term(c: ContractFact) -> tuple[date, date | None]:
    """The renewal's start and end: the day after this term, for as many months as it ran."""
    if c.end is None:
        raise ValueError("open_ended")
    start = c.end + timedelta(days=1)
    months = 0
    while add_months(c.start, months + 1) <= c.end + timedelta(days=1):
        months += 1
    return start, term_end(start, max(1, months))


def retention(contracts: Iterable[ContractFact], start: date, end: date) -> tuple[int, int]:
    """(customers renewed, customers due) for contracts whose term ends within [start, end]."""
    items = list(contracts)
    renewed_ids = {c.renewal_of for c in items if c.renewal_of is not None}
    due: set = set()
    renewed: set = set()
    for c in items:
        if c.end is not None and start <= c.end <= end:
            due.add((c.customer, c.end))
            if c.id in renewed_ids:
                renewed.add((c.customer, c.end))
    return len(renewed), len(due)


def ltv(contracts: Iterable[ContractFact], as_of: date) -> float | None:
    """Average revenue per customer observed up to `as_of`; None without a started contract."""
    revenue: dict = {}
    deals_seen: set = set()
    for c in contracts:
        if c.start > as_of:
            continue
        total = revenue.setdefault(c.customer, 0)
        if c.deal_id not in deals_seen:
            deals_seen.add(c.deal_id)
            total += c.deal_amount
        revenue[c.customer] = total + c.monthly * months_billed(c.start, c.end, c.cancelled, as_of)
    if not revenue:
        return None
    return sum(revenue.values()) / len(revenue)
