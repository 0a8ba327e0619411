"""Which lever pays most: +1 point on each funnel rate, in revenue and in calls a day.

Revenue is calls × connect × appointment × opportunity × win × deal size, so it
is linear in each rate: +1 pt on rate r adds revenue × 0.01 / r. The same
revenue from calls alone needs calls × 0.01 / r more calls, spread over the
period's business days.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.kpi.tree_drivers import DriverModel

STEP = 0.01  # one percentage point


@dataclass(frozen=True)
class Lever:
    """+1 pt on one rate: the revenue (and wins) it adds, and the calls a day it is worth."""

    rate: str
    current: float
    revenue: float | None
    wins: float
    calls_per_day: float


def _lever(drivers: DriverModel, code: str, step: float) -> Lever:
    current = drivers.rates[code]
    factor = step / current  # the relative change in every downstream count
    wins = (drivers.wins or 0.0) * factor
    revenue = drivers.revenue * factor if drivers.revenue is not None else None
    days = drivers.business_days or 1
    return Lever(code, current, revenue, wins, drivers.calls * factor / days)


def sensitivity(drivers: DriverModel, step: float = STEP) -> list[Lever]:
    """One lever per rate above zero, ranked by what it adds (most first)."""
    levers = [_lever(drivers, code, step) for code, value in drivers.rates.items() if value > 0]
    return sorted(levers, key=lambda lv: (lv.revenue if lv.revenue is not None else lv.wins), reverse=True)
