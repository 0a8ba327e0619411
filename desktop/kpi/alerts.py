"""Alert rules (KPI未達時の自動通知): conditions, cooldown, snooze, and the downstream risk along the tree.

Pure: the Store gathers an `Observation` per rule, `evaluate` decides which rules
fire now, and the view turns codes and numbers into sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.kpi.metrics import FUNNEL
from desktop.kpi.phases import Band, Phase


class Condition(StrEnum):
    PACE_BELOW = "pace_below"  # actual / expected-to-date below threshold (0.8 = 80 %)
    RATE_BELOW_BAND = "rate_below_band"  # a rate under the phase benchmark band's low end
    RATE_BELOW_BASELINE = "rate_below_baseline"  # a rate under threshold × the team's own baseline
    NO_ACTIVITY_BY = "no_activity_by"  # nothing logged by threshold o'clock on a business day


@dataclass(frozen=True)
class Rule:
    """What to watch; threshold means a ratio, or an hour for no_activity_by."""

    id: int
    metric: str
    condition: str
    threshold: float
    member_id: int | None = None
    period_kind: str = "month"
    cooldown_minutes: int = 240
    enabled: bool = True


@dataclass(frozen=True)
class Observation:
    """The numbers a rule is checked against, gathered by the Store."""

    actual: float | None = None
    expected: float | None = None
    target: float | None = None
    forecast: float | None = None
    rate: float | None = None
    band: Band | None = None
    baseline: float | None = None
    logged_today: float = 0
    business_day: bool = True
    risk: Risk | None = None


@dataclass(frozen=True)
class History:
    """When a rule last fired, and until when its open alert is snoozed."""

    last_raised: datetime | None = None
    snoozed_until: datetime | None = None


@dataclass(frozen=True)
class Alert:
    """A new alert: the rule, the condition code and the numbers behind it."""

    rule_id: int
    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Risk:
    """Where a downstream KPI will end if today's conversion holds."""

    metric: str
    projected: float
    target: float


def check(rule: Rule, obs: Observation, now: datetime) -> Alert | None:
    """The alert this rule raises on these numbers, or None (ignores cooldown and snooze)."""
    cond, t = Condition(rule.condition), rule.threshold
    params: dict[str, object] = {"metric": rule.metric, "member_id": rule.member_id, "period": rule.period_kind}
    if cond == Condition.PACE_BELOW:
        if obs.expected and obs.actual is not None and obs.actual / obs.expected < t:
            params.update(actual=obs.actual, expected=obs.expected, ratio=obs.actual / obs.expected,
                          target=obs.target, forecast=obs.forecast)
            if obs.risk is not None:
                params.update(risk_metric=obs.risk.metric, risk_projected=obs.risk.projected,
                              risk_target=obs.risk.target)
            return Alert(rule.id, cond.value, params)
    elif cond == Condition.RATE_BELOW_BAND:
        if obs.rate is not None and obs.band is not None and obs.rate < obs.band.low:
            return Alert(rule.id, cond.value, {**params, "rate": obs.rate, "low": obs.band.low, "high": obs.band.high})
    elif cond == Condition.RATE_BELOW_BASELINE:
        if obs.rate is not None and obs.baseline and obs.rate < obs.baseline * t:
            return Alert(rule.id, cond.value, {**params, "rate": obs.rate, "baseline": obs.baseline})
    elif obs.business_day and now.hour >= t and obs.logged_today <= 0:
        return Alert(rule.id, cond.value, {**params, "hour": int(t)})
    return None


def quiet(rule: Rule, history: History | None, now: datetime) -> bool:
    """True while the rule is cooling down after its last alert, or snoozed."""
    if history is None:
        return False
    if history.snoozed_until is not None and now < history.snoozed_until:
        return True
    return history.last_raised is not None and now - history.last_raised < timedelta(minutes=rule.cooldown_minutes)


def evaluate(rules: Sequence[Rule], observations: Mapping[int, Observation],
             history: Mapping[int, History], now: datetime) -> list[Alert]:
    """The alerts to raise now: enabled rules whose condition holds and that are neither cooling down nor snoozed."""
    out = []
    for rule in rules:
        if not rule.enabled or rule.id not in observations or quiet(rule, history.get(rule.id), now):
            continue
        alert = check(rule, observations[rule.id], now)
        if alert is not None:
            out.append(alert)
    return out


def downstream_risk(metric: str, forecast: float, tree_metrics: Sequence[str], counts: Mapping[str, float],
                    targets: Mapping[str, float | None]) -> Risk | None:
    """The nearest KPI below `metric` in the funnel that the tree tracks with a target, projected at today's rates.

    Today's rates multiply down the funnel (calls × connect rate × appointment rate …),
    which is the downstream count per upstream count so far.
    """
    order = [m.value for m in FUNNEL]
    if metric not in order or not counts.get(metric):
        return None
    for below in order[order.index(metric) + 1:]:
        target = targets.get(below)
        if below in tree_metrics and target:
            return Risk(below, forecast * (counts.get(below, 0) or 0) / counts[metric], target)
    return None


# Default rules per phase: (metric, condition, threshold, period).
DEFAULT_RULES: dict[Phase, tuple[tuple[str, str, float, str], ...]] = {
    Phase.LAUNCH: (("calls", Condition.PACE_BELOW, 0.8, "month"), ("calls", Condition.NO_ACTIVITY_BY, 11, "day"),
                   ("appointments", Condition.PACE_BELOW, 0.8, "month")),
    Phase.GROWTH: (("calls", Condition.PACE_BELOW, 0.8, "month"), ("calls", Condition.NO_ACTIVITY_BY, 11, "day"),
                   ("connect_rate", Condition.RATE_BELOW_BAND, 0, "month"),
                   ("appointment_rate", Condition.RATE_BELOW_BAND, 0, "month"),
                   ("opportunity_rate", Condition.RATE_BELOW_BASELINE, 0.8, "month")),
    Phase.STABLE: (("wins", Condition.PACE_BELOW, 0.8, "month"), ("revenue", Condition.PACE_BELOW, 0.8, "month"),
                   ("win_rate", Condition.RATE_BELOW_BAND, 0, "month")),
}
