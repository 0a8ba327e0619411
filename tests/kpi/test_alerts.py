"""Alert conditions, cooldown and snooze, and the downstream risk along a hand-built tree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.kpi.alerts import Condition, History, Observation, Risk, Rule, check, downstream_risk, evaluate
from desktop.kpi.phases import Band

NINE = datetime(2025, 11, 20, 9, 30, tzinfo=UTC)
NOON = datetime(2025, 11, 20, 12, 0, tzinfo=UTC)
PACE = Rule(1, "calls", Condition.PACE_BELOW, 0.8, cooldown_minutes=240)


def test_pace_below_fires_under_the_threshold_only() -> None:
    behind = check(PACE, Observation(actual=71, expected=100, target=1000), NINE)
    assert behind is not None and behind.code == "pace_below"
    assert behind.params["ratio"] == pytest.approx(0.71)
    assert check(PACE, Observation(actual=80, expected=100), NINE) is None  # exactly 80 %: not below
    assert check(PACE, Observation(actual=0, expected=0), NINE) is None  # nothing due yet


def test_rate_below_band_compares_with_the_low_end() -> None:
    rule = Rule(2, "connect_rate", Condition.RATE_BELOW_BAND, 0)
    band = Band(0.10, 0.20)
    fired = check(rule, Observation(rate=0.09, band=band), NINE)
    assert fired is not None and fired.params == {"metric": "connect_rate", "member_id": None, "period": "month",
                                                  "rate": 0.09, "low": 0.10, "high": 0.20}
    assert check(rule, Observation(rate=0.10, band=band), NINE) is None
    assert check(rule, Observation(rate=None, band=band), NINE) is None  # no calls yet


def test_rate_below_own_baseline_uses_the_threshold_share() -> None:
    rule = Rule(3, "opportunity_rate", Condition.RATE_BELOW_BASELINE, 0.8)
    assert check(rule, Observation(rate=0.19, baseline=0.25), NINE) is not None  # 0.19 < 0.20
    assert check(rule, Observation(rate=0.20, baseline=0.25), NINE) is None
    assert check(rule, Observation(rate=0.1, baseline=None), NINE) is None


def test_no_activity_by_eleven_on_business_days_only() -> None:
    rule = Rule(4, "calls", Condition.NO_ACTIVITY_BY, 11, period_kind="day")
    assert check(rule, Observation(logged_today=0), NINE) is None  # too early to say
    fired = check(rule, Observation(logged_today=0), NOON)
    assert fired is not None and fired.params["hour"] == 11
    assert check(rule, Observation(logged_today=3), NOON) is None
    assert check(rule, Observation(logged_today=0, business_day=False), NOON) is None


def test_cooldown_keeps_a_rule_quiet_until_it_has_passed() -> None:
    obs = {1: Observation(actual=50, expected=100)}
    raised = {1: History(last_raised=NINE)}
    assert evaluate([PACE], obs, raised, NINE + timedelta(minutes=239)) == []
    assert [a.rule_id for a in evaluate([PACE], obs, raised, NINE + timedelta(minutes=240))] == [1]
    assert [a.rule_id for a in evaluate([PACE], obs, {}, NINE)] == [1]


def test_snooze_silences_until_its_time_and_disabled_rules_never_fire() -> None:
    obs = {1: Observation(actual=50, expected=100)}
    snoozed = {1: History(last_raised=NINE - timedelta(days=1), snoozed_until=NOON)}
    assert evaluate([PACE], obs, snoozed, NOON - timedelta(minutes=1)) == []
    assert len(evaluate([PACE], obs, snoozed, NOON)) == 1
    off = Rule(1, "calls", Condition.PACE_BELOW, 0.8, enabled=False)
    assert evaluate([off], obs, {}, NOON) == []


def test_downstream_risk_projects_the_nearest_tracked_kpi_below() -> None:
    # A tree tracking calls and appointments (not connects). Half-way through the month:
    # 355 calls, 40 connects, 14 appointments; calls forecast to end at 710.
    counts = {"calls": 355, "connects": 40, "appointments": 14}
    risk = downstream_risk("calls", 710, ["revenue", "calls", "appointments"], counts,
                           {"appointments": 50, "connects": None})
    assert risk == Risk("appointments", pytest.approx(28.0), 50)  # 710 × 14 / 355
    # connects has a target once the tree tracks it: it is nearer
    near = downstream_risk("calls", 710, ["calls", "connects", "appointments"], counts,
                           {"connects": 100, "appointments": 50})
    assert near == Risk("connects", pytest.approx(80.0), 100)
    assert downstream_risk("wins", 3, ["calls", "appointments"], counts, {"appointments": 50}) is None
    assert downstream_risk("calls", 0, ["appointments"], {"calls": 0}, {"appointments": 50}) is None


def test_pace_alert_carries_the_risk_numbers() -> None:
    obs = Observation(actual=71, expected=100, target=200, forecast=142, risk=Risk("appointments", 38, 50))
    fired = check(PACE, obs, NINE)
    assert fired is not None
    assert (fired.params["risk_metric"], fired.params["risk_projected"], fired.params["risk_target"]) == \
        ("appointments", 38, 50)
