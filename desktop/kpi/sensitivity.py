"""Which lever pays most: +1 point on each funnel rate, in revenue and in calls a day.

Revenue is calls × connect × appointment × opportunity × win × deal size, so it
is linear in each rate: +1 pt on rate r adds calls × (the other rates) × 0.01 ×
deal size. The same revenue from calls alone needs calls × 0.01 / r more calls,
spread over the period's business days. A rate still at 0 this period (no win
yet) would make every other lever worth nothing, so it counts at its target
rate and the lever says so (`assumed`).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.kpi.tree_drivers import DriverModel

STEP = 0.01  # one percentage point


@dataclass(frozen=True)
class Lever:
    """+1 pt on one rate: the revenue (and wins) it adds, and the calls a day it is worth."""

    rate: str
    current: float | None  # the period's own rate; None when there is no data (the target stands in)
    revenue: float | None
    wins: float
    calls_per_day: float
    assumed: tuple[str, ...] = ()


def _working_rates(drivers: DriverModel) -> tuple[dict[str, float], tuple[str, ...]]:
    rates, assumed = dict(drivers.rates), []
    for code, value in drivers.rates.items():
        if value <= 0 and drivers.targets.get(code, 0) > 0:
            rates[code] = drivers.targets[code]
            assumed.append(code)
    return rates, tuple(assumed)


def _lever(drivers: DriverModel, rates: dict[str, float], code: str, step: float,
           assumed: tuple[str, ...]) -> Lever:
    others = drivers.calls
    for other, value in rates.items():
        if other != code:
            others *= value
    wins = others * step
    revenue = wins * drivers.deal_size if drivers.deal_size is not None else None
    days = drivers.business_days or 1
    current = drivers.measured.get(code, drivers.rates[code]) if drivers.measured else drivers.rates[code]
    return Lever(code, current, revenue, wins, drivers.calls * step / rates[code] / days, assumed)


def sensitivity(drivers: DriverModel, step: float = STEP) -> list[Lever]:
    """One lever per usable rate, ranked by what it adds (most first)."""
    rates, assumed = _working_rates(drivers)
    levers = [_lever(drivers, rates, code, step, assumed) for code, value in rates.items() if value > 0]
    return sorted(levers, key=lambda lv: (lv.revenue if lv.revenue is not None else lv.wins), reverse=True)
