"""The article's phase table: which KPIs, benchmark bands and KSFs suit each phase.

Benchmarks are industry guides, shown beside the team's own history; targets
should be set from that history, not from the bands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.kpi.metrics import (
    APPOINTMENT_RATE,
    CONNECT_RATE,
    OPPORTUNITY_RATE,
    RETENTION_RATE,
    WIN_RATE,
    Metric,
    Tier,
)

LTV = "ltv"
RETENTION = RETENTION_RATE.code  # 継続率
CALLS_PER_DAY = "calls_per_day"


class Phase(StrEnum):
    """立ち上げ期・成長期・安定期."""

    LAUNCH = "launch"
    GROWTH = "growth"
    STABLE = "stable"


@dataclass(frozen=True)
class Band:
    """An inclusive benchmark range."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if self.high < self.low:
            raise ValueError("bad_band")

    def contains(self, x: float) -> bool:
        """True when low <= x <= high."""
        return self.low <= x <= self.high

    def position(self, x: float) -> str:
        """Where x lies: "below", "inside" or "above" the band."""
        if x < self.low:
            return "below"
        if x > self.high:
            return "above"
        return "inside"


@dataclass(frozen=True)
class PhasePreset:
    """What the article recommends for one phase, as metric and focus codes."""

    phase: Phase
    kpis: tuple[tuple[str, Tier], ...]
    bands: dict[str, Band] = field(hash=False)
    kpi_count: tuple[int, int]
    focus: tuple[str, ...]
    ksf: tuple[str, ...]

    def metric_codes(self) -> tuple[str, ...]:
        """The preset's KPI metric codes, in order."""
        return tuple(code for code, _ in self.kpis)


PRESETS: dict[Phase, PhasePreset] = {
    Phase.LAUNCH: PhasePreset(
        phase=Phase.LAUNCH,
        kpis=(
            (Metric.CALLS.value, Tier.ACTION),
            (Metric.FOLLOW_UPS.value, Tier.ACTION),
            (Metric.EMAILS.value, Tier.ACTION),
            (Metric.APPOINTMENTS.value, Tier.RESULT),
        ),
        bands={CALLS_PER_DAY: Band(34, 34)},  # 2025 IS average: 34 calls a day
        kpi_count=(3, 5),
        focus=("activity_volume", "process_established"),
        ksf=("process_established", "lead_nurturing", "activity_volume"),
    ),
    Phase.GROWTH: PhasePreset(
        phase=Phase.GROWTH,
        kpis=(
            (CONNECT_RATE.code, Tier.RESULT),
            (APPOINTMENT_RATE.code, Tier.RESULT),
            (OPPORTUNITY_RATE.code, Tier.RESULT),
            (Metric.CALLS.value, Tier.ACTION),
            (Metric.APPOINTMENTS.value, Tier.RESULT),
        ),
        bands={
            CONNECT_RATE.code: Band(0.10, 0.20),
            APPOINTMENT_RATE.code: Band(0.05, 0.10),
            OPPORTUNITY_RATE.code: Band(0.20, 0.30),
        },
        kpi_count=(5, 7),
        focus=("quality_improvement", "script_optimised"),
        ksf=("opportunity_rate_up", "script_optimised", "lead_nurturing"),
    ),
    Phase.STABLE: PhasePreset(
        phase=Phase.STABLE,
        kpis=(
            (WIN_RATE.code, Tier.OUTCOME),
            (Metric.REVENUE.value, Tier.OUTCOME),
            (Metric.WINS.value, Tier.OUTCOME),
            (RETENTION, Tier.OUTCOME),  # 継続率, fed by contracts' renewals (kpi.contracts)
            # the article's LTV stays out of the tree: it is a level over each customer's whole lifetime,
            # not a count or rate a period's target can pace; the deal editor and dashboard show it
        ),
        bands={WIN_RATE.code: Band(0.10, 0.15)},
        kpi_count=(3, 5),
        focus=("outcome_maximised", "customer_growth"),
        ksf=("win_rate_up", "customer_growth"),
    ),
}


def benchmark_band(metric_code: str) -> Band | None:
    """The article's benchmark band for a metric, from whichever phase defines it."""
    for preset in PRESETS.values():
        if metric_code in preset.bands:
            return preset.bands[metric_code]
    return None


def daily_benchmark(metric: str, phase: str, reps: int) -> float | None:
    """The launch phase's 34 calls a day per rep as the day's 架電数 band for `reps` reps; None elsewhere."""
    if metric != Metric.CALLS.value or phase != Phase.LAUNCH.value:
        return None
    return PRESETS[Phase.LAUNCH].bands[CALLS_PER_DAY].low * max(1, reps)


def kpi_count_warning(phase: Phase, n: int) -> str | None:
    """A code ("too_few" / "too_many") when n KPIs is outside the phase's range, else None."""
    low, high = PRESETS[Phase(phase)].kpi_count
    if n < low:
        return "too_few"
    if n > high:
        return "too_many"
    return None
