"""Pace: how far along a count target should be by today, counted in business days.

Expected-to-date = target × elapsed business days / business days in the period;
the status compares actual with expected. Rates are not paced by days: their
status compares the rate itself with the target rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.kpi.periods import BusinessCalendar, Period


class PaceStatus(StrEnum):
    """Where a metric stands against its target so far."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    BEHIND = "behind"
    NO_TARGET = "no_target"
    NO_DATA = "no_data"  # a target, but nothing measured yet: never 順調


@dataclass(frozen=True)
class Thresholds:
    """Pace ratios at or above which a metric is on track / at risk (else behind)."""

    on_track: float = 0.95
    at_risk: float = 0.8

    def __post_init__(self) -> None:
        if not 0 <= self.at_risk <= self.on_track:
            raise ValueError("bad_thresholds")

    def status(self, ratio: float) -> PaceStatus:
        """The status for an actual/expected (or actual/target) ratio."""
        if ratio >= self.on_track:
            return PaceStatus.ON_TRACK
        if ratio >= self.at_risk:
            return PaceStatus.AT_RISK
        return PaceStatus.BEHIND


@dataclass(frozen=True)
class Pace:
    """A count metric's progress in a period, with its linear forecast."""

    target: float | None
    actual: float
    expected: float | None
    attainment: float | None
    pace_ratio: float | None
    forecast: float
    status: PaceStatus
    elapsed_days: int
    total_days: int


def _ratio(numerator: float, denominator: float | None) -> float | None:
    if denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def _status(actual: float, target: float | None, expected: float | None, ratio: float | None,
            elapsed_days: int, thresholds: Thresholds) -> PaceStatus:
    if target is None:
        return PaceStatus.NO_TARGET
    if elapsed_days == 0 or expected is None or expected <= 0 or ratio is None:
        return PaceStatus.ON_TRACK if actual > 0 or target == 0 else PaceStatus.NO_DATA  # nothing due yet
    return thresholds.status(ratio)


def _validate(target: float | None, elapsed_days: int, total_days: int) -> None:
    if not 0 <= elapsed_days <= total_days:
        raise ValueError("bad_days")
    if target is not None and target < 0:
        raise ValueError("bad_target")


def pace(
    actual: float,
    target: float | None,
    *,
    elapsed_days: int,
    total_days: int,
    thresholds: Thresholds = Thresholds(),
) -> Pace:
    """Expected-to-date, attainment, forecast and status from business-day counts."""
    _validate(target, elapsed_days, total_days)
    expected = None
    if target is not None:
        expected = target * elapsed_days / total_days if total_days else float(target)
    forecast = actual * total_days / elapsed_days if elapsed_days else float(actual)
    ratio = _ratio(actual, expected)
    return Pace(
        target=target,
        actual=actual,
        expected=expected,
        attainment=_ratio(actual, target),
        pace_ratio=ratio,
        forecast=forecast,
        status=_status(actual, target, expected, ratio, elapsed_days, thresholds),
        elapsed_days=elapsed_days,
        total_days=total_days,
    )


def pace_for_period(
    actual: float,
    target: float | None,
    period: Period,
    today: date,
    calendar: BusinessCalendar,
    thresholds: Thresholds = Thresholds(),
) -> Pace:
    """pace() with elapsed and total business days taken from the calendar."""
    return pace(
        actual,
        target,
        elapsed_days=calendar.elapsed(period, today),
        total_days=calendar.count(period.start, period.end),
        thresholds=thresholds,
    )


def rate_status(
    actual_rate: float | None,
    target_rate: float | None,
    thresholds: Thresholds = Thresholds(),
) -> PaceStatus:
    """A rate metric's status from actual/target; no_target without a positive target."""
    if target_rate is None or target_rate <= 0:
        return PaceStatus.NO_TARGET
    if actual_rate is None:
        return PaceStatus.NO_DATA  # no denominator yet: nothing measured, so not 順調 either
    return thresholds.status(actual_rate / target_rate)
