"""Every checklist rule, met and not met, from plain facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.kpi.checklist import GROUPS, ITEMS, MANUAL_CODES, ChecklistFacts, business_days_back, evaluate, is_done
from desktop.kpi.periods import BusinessCalendar

TODAY = date(2025, 11, 20)  # a Thursday
DONE = ChecklistFacts(
    today=TODAY, phase="growth", kgi_metric="revenue", kgi_annual_target=True, kgi_quarterly_target=True,
    ksf_count=2, kgi_ksf_kpi_path=True, kpi_tiers=frozenset({"action", "result", "outcome"}), kpi_count=6,
    smart_failing=(), last_data_day=TODAY, recent_start=date(2025, 11, 11), live_start=date(2025, 11, 19),
    quality_findings=0, dashboard_nodes=4, dashboard_with_data=4, alert_rules=2,
    last_weekly=date(2025, 11, 14), last_monthly_with_actions=date(2025, 11, 5),
    last_quarterly=date(2025, 10, 10), manual={"tool_selected": True, "tool_integration": True})


def _state(facts: ChecklistFacts, code: str):  # noqa: ANN202
    return next(i for i in evaluate(facts) if i.code == code)


def test_the_articles_twenty_items_in_six_groups() -> None:
    items = evaluate(DONE)
    assert len(items) == 20
    counts = {g: sum(1 for i in items if i.group == g) for g in GROUPS}
    assert counts == {"kgi": 2, "ksf": 2, "kpi": 5, "measurement": 4, "dashboard": 4, "pdca": 3}
    assert MANUAL_CODES == ("tool_selected", "tool_integration")


def test_a_fully_set_up_team_meets_every_item() -> None:
    items = evaluate(DONE)
    assert all(is_done(i, DONE.manual) for i in items)
    assert all(i.reason is None for i in items)


@pytest.mark.parametrize(("code", "change", "reason", "detail"), [
    ("kgi_goal", {"kgi_metric": None}, "no_kgi", ""),
    ("kgi_goal", {"kgi_metric": "calls"}, "kgi_not_final", ""),
    ("kgi_targets", {"kgi_annual_target": False}, "no_annual_target", ""),
    ("kgi_targets", {"kgi_quarterly_target": False}, "no_quarterly_target", ""),
    ("ksf_listed", {"ksf_count": 0}, "no_ksf", ""),
    ("kpi_tree", {"kgi_ksf_kpi_path": False}, "no_tree_path", ""),
    ("action_kpi", {"kpi_tiers": frozenset({"result", "outcome"})}, "no_action_kpi", ""),
    ("result_kpi", {"kpi_tiers": frozenset({"action", "outcome"})}, "no_result_kpi", ""),
    ("outcome_kpi", {"kpi_tiers": frozenset({"action", "result"})}, "no_outcome_kpi", ""),
    ("smart", {"kpi_count": 0}, "no_kpis", ""),
    ("smart", {"smart_failing": ("月間架電数", "接続率")}, "smart_failing", "月間架電数、接続率"),
    ("kpi_count", {"kpi_count": 4}, "too_few_kpis", "4/5-7"),
    ("kpi_count", {"kpi_count": 8}, "too_many_kpis", "8/5-7"),
    ("auto_measurement", {"last_data_day": None}, "no_data", ""),
    ("auto_measurement", {"last_data_day": date(2025, 11, 10)}, "stale_data", "2025-11-10"),
    ("quality_check", {"quality_findings": None}, "quality_not_run", ""),
    ("quality_check", {"quality_findings": 3}, "quality_findings", "3"),
    ("dashboard_design", {"dashboard_nodes": 0}, "no_dashboard", ""),
    ("visualization", {"dashboard_with_data": 0}, "dashboard_no_data", ""),
    ("live_updates", {"last_data_day": date(2025, 11, 18)}, "not_live", "2025-11-18"),
    ("alerts", {"alert_rules": 0}, "no_alert_rule", ""),
    ("weekly_review", {"last_weekly": date(2025, 11, 11)}, "no_weekly_review", ""),
    ("weekly_review", {"last_weekly": None}, "no_weekly_review", ""),
    ("monthly_cycle", {"last_monthly_with_actions": date(2025, 10, 15)}, "no_monthly_review", ""),
    ("quarterly_review", {"last_quarterly": date(2025, 8, 11)}, "no_quarterly_review", ""),
])
def test_each_rule_fails_for_its_reason(code: str, change: dict, reason: str, detail: str) -> None:
    assert _state(DONE, code).met is True
    item = _state(replace(DONE, **change), code)
    assert (item.met, item.reason, item.detail) == (False, reason, detail)


def test_window_edges_are_inclusive() -> None:
    assert _state(replace(DONE, last_weekly=date(2025, 11, 12)), "weekly_review").met  # 8 days ago
    assert _state(replace(DONE, last_data_day=date(2025, 11, 11)), "auto_measurement").met
    assert _state(replace(DONE, kpi_count=5), "kpi_count").met and _state(replace(DONE, kpi_count=7), "kpi_count").met


def test_manual_items_are_ticked_by_hand_only() -> None:
    untouched = replace(DONE, manual={})
    tool = _state(untouched, "tool_selected")
    assert (tool.met, tool.reason) == (None, "manual")
    assert not is_done(tool, untouched.manual)
    ticked = _state(DONE, "tool_selected")
    assert ticked.met is None and is_done(ticked, DONE.manual)


def test_fix_targets_point_at_real_pages_or_wizard_pages() -> None:
    pages = {"tree", "import", "activities", "dashboard", "review", "settings"}
    for _, _, _, fix in ITEMS:
        assert fix in pages or (fix.startswith("wizard:") and 0 <= int(fix[7:]) <= 5)


def test_seven_business_days_back_skips_weekends_and_holidays() -> None:
    cal = BusinessCalendar()
    # 2025-11-20 (Thu) back 7 business days: 11-12 (Wed); 11-03 Culture Day is not in the window
    assert business_days_back(cal, date(2025, 11, 20), 7) == date(2025, 11, 12)
    # across Culture Day (Mon 11-03): 11-07, 06, 05, 04, 10-31, 30, 29
    assert business_days_back(cal, date(2025, 11, 7), 7) == date(2025, 10, 29)


def test_a_clean_quality_check_needs_data_to_have_checked() -> None:
    item = _state(replace(DONE, quality_findings=0, last_data_day=None), "quality_check")
    assert item.met is False and item.reason == "quality_no_data"
