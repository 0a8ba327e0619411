"""The setup wizard's arithmetic: KGI numbers, the fiscal year, and proposed KPIs with targets and SMART.

Targets come from the 逆算 plan where the funnel reaches the metric, else from
the team's own last month (+20%, SMART's suggestion); rates take the rate typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.kpi.metrics import DEFAULT_TIER, RATES_BY_CODE, is_rate
from desktop.kpi.periods import PeriodKind, fiscal_year, fiscal_year_of, split
from desktop.kpi.planning import Plan, Rates
from desktop.kpi.smart import SmartCheck, SmartInput, lint, suggest_target

KSF_CODES: tuple[str, ...] = ("activity_volume", "process_established", "lead_nurturing",
                              "opportunity_rate_up", "script_optimised", "win_rate_up", "customer_growth")


@dataclass(frozen=True)
class KpiProposal:
    """One KPI the wizard offers: its tier, targets (year and per month) and SMART checks."""

    metric: str
    tier: str
    year: float | None
    month: float | None
    smart: tuple[SmartCheck, ...]

    @property
    def period_kind(self) -> str:
        return PeriodKind.YEAR.value if is_rate(self.metric) else PeriodKind.MONTH.value


def current_fiscal_year(today: date, fiscal_start_month: int) -> int:
    return fiscal_year_of(today, fiscal_start_month)


def quarter_starts(fy: int, fiscal_start_month: int) -> list[date]:
    """The first day of each of the fiscal year's four quarters."""
    return [q.start for q in split(fiscal_year(fy, fiscal_start_month), PeriodKind.QUARTER, fiscal_start_month)]


def rate_of(rates: Rates, metric: str) -> float | None:
    return getattr(rates, metric, None) if metric in RATES_BY_CODE else None


def _targets(metric: str, plan: Plan | None, rates: Rates,
             last_month: Mapping[str, float]) -> tuple[float | None, float | None]:
    if is_rate(metric):
        return rate_of(rates, metric), None
    if plan is not None:
        try:
            step = plan.step(metric)
            return step.year, step.month
        except KeyError:
            pass
    previous = last_month.get(metric) or 0
    if previous <= 0:
        return None, None
    month = suggest_target(metric, previous)
    return month * 12, month


def propose(metrics: Sequence[str], titles: Mapping[str, str], descriptions: Mapping[str, str],
            plan: Plan | None, rates: Rates, last_month: Mapping[str, float],
            baseline: Mapping[str, float | None]) -> list[KpiProposal]:
    """A proposal per chosen metric, with SMART checked against the team's own history."""
    out = []
    for metric in metrics:
        year, month = _targets(metric, plan, rates, last_month)
        target = year if is_rate(metric) else month
        base = baseline.get(RATES_BY_CODE[metric].denominator.value if is_rate(metric) else metric)
        checks = lint(SmartInput(title=titles.get(metric, ""), description=descriptions.get(metric, ""),
                                 metric=metric, has_data=bool(base), target=target,
                                 history_baseline=baseline.get(metric), has_kgi_path=True,
                                 period_kind=PeriodKind.YEAR.value if is_rate(metric) else PeriodKind.MONTH.value))
        out.append(KpiProposal(metric, DEFAULT_TIER.get(metric, "action"), year, month, checks))
    return out


def smart_badge(checks: Sequence[SmartCheck]) -> str:
    """"S✓ M× A✓ R✓ T✓" — the five letters as one short line."""
    return " ".join(f"{c.letter}{'✓' if c.ok else '×'}" for c in checks)


# Which KPIs each suggested KSF is measured by (the article's KSF → KPI examples).
KSF_SERVES: dict[str, tuple[str, ...]] = {
    "activity_volume": ("calls", "emails", "meetings", "connects", "calls_per_day"),
    "process_established": ("appointments", "appointment_rate", "connect_rate", "connects", "opportunities",
                            "wins", "win_rate"),
    "lead_nurturing": ("follow_ups", "emails", "opportunities", "opportunity_rate"),
    "opportunity_rate_up": ("opportunity_rate", "opportunities"),
    "script_optimised": ("connect_rate", "appointment_rate", "appointments", "connects"),
    "win_rate_up": ("win_rate", "wins", "revenue"),
    "customer_growth": ("revenue", "wins", "ltv", "retention"),
}


@dataclass(frozen=True)
class KsfSlot:
    """A KSF a KPI can hang under: its node key, its suggestion code (None = the team's own) and title."""

    key: int
    code: str | None
    title: str


def place_kpis(metrics: Sequence[str], ksfs: Sequence[KsfSlot], names: Mapping[str, str]) -> dict[str, int]:
    """The KSF each KPI serves: a suggested KSF that lists it, else the team's own KSF whose title
    names it, else the first KSF (the wizard lets the user move it)."""
    placed: dict[str, int] = {}
    for metric in metrics:
        served = [k for k in ksfs if k.code is not None and metric in KSF_SERVES.get(k.code, ())]
        named = [k for k in ksfs if k.code is None and _mentions(k.title, names.get(metric))]
        choice = (named or served or list(ksfs[:1]))
        if choice:
            placed[metric] = choice[0].key
    return placed


def empty_ksfs(ksfs: Sequence[KsfSlot], placed: Mapping[str, int]) -> list[KsfSlot]:
    """KSFs no KPI measures (the tree shows them, so the user can add one or untick the KSF)."""
    used = set(placed.values())
    return [k for k in ksfs if k.key not in used]


def _mentions(title: str, name: str | None) -> bool:
    fold = lambda t: unicodedata.normalize("NFKC", t).casefold()  # noqa: E731
    return bool(name) and fold(name) in fold(title)
