"""One set of numbers: the same (metric, period, member) target on every screen that shows it.

The plan is the issue's setup (年間売上 6,000万円, 単価 80万円, 受注率 20%, then 30% / 10% / 20%
down to calls) for FY2025 and three reps; 山田 has his own December call target, so the other two
share what the team's December target leaves.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from desktop.kpi.numbers import figure
from desktop.kpi.periods import BusinessCalendar, PeriodKind, fiscal_year, parse_period, split
from desktop.kpi.plan_targets import planned_targets
from desktop.kpi.planning import PlanGoal, Rates, plan
from desktop.models.tables import AlertRuleIn, DealIn, KpiNodeIn, MemberIn, TargetIn
from desktop.reports.excel_report import write_report
from desktop.reports.report_data import build_report

TODAY = date(2025, 12, 11)  # a Thursday: eight business days of December are done
DECEMBER = parse_period("2025-12")  # 23 business days
RATES = Rates(win_rate=0.2, opportunity_rate=0.3, appointment_rate=0.1, connect_rate=0.2)
TEAM_DECEMBER_CALLS = 5844  # 62,500 a year → Q3 by business days → December's 23 of Q3's 63
YAMADA_DECEMBER_CALLS = 2400


@pytest.fixture
def planned(store):  # noqa: ANN001, ANN201
    """The tree, the written plan, 60 calls a business day per rep from 1 to 10 December."""
    reps = [store.add_member(MemberIn(name=n)).id for n in ("山田 太郎", "佐藤 花子", "鈴木 一郎")]
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間売上 6,000万円", metric="revenue", on_dashboard=True))
    calls = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="kpi", title="架電数", metric="calls",
                                     tier="action", on_dashboard=True))
    for pos, metric in enumerate(("connects", "appointments", "opportunities", "wins"), start=1):
        store.add_node(KpiNodeIn(parent_id=kgi.id, kind="kpi", title=metric, metric=metric, position=pos))
    result = plan(PlanGoal(revenue=60_000_000, deal_size=800_000), RATES, fiscal_year=2025,
                  calendar=BusinessCalendar(), members=3)
    store.write_targets(planned_targets(result, RATES, store.metric_nodes()))
    store.write_targets([TargetIn(node_id=calls.id, metric="calls", member_id=reps[0], period_kind="month",
                                  period_start=DECEMBER.start, value=YAMADA_DECEMBER_CALLS)], planned=False)
    days = BusinessCalendar().business_days(DECEMBER.start, date(2025, 12, 10))
    store.bulk_add(tallies=[{"day": d, "member_id": m, "metric": "calls", "count": 60, "batch_id": None}
                            for d in days for m in reps])
    return store, result, reps, calls.id


def _card_target(store, period, member_id=None):  # noqa: ANN001, ANN202
    data = store.dashboard(period, TODAY, member_id)
    return next(c.target for c in data.cards if c.metric == "calls")


def _alert_target(store, kind: str, member_id=None):  # noqa: ANN001, ANN202
    store.add_alert_rule(AlertRuleIn(metric="calls", member_id=member_id, period_kind=kind,
                                     condition="pace_below", threshold=0.95, cooldown_minutes=0))
    events = store.evaluate_alerts(datetime(2025, 12, 11, 15, tzinfo=UTC), TODAY)
    return [json.loads(e.params)["target"] for e in events if json.loads(e.params)["member_id"] == member_id][-1]


def _report_target(store, period, tmp_path):  # noqa: ANN001, ANN202
    wb = load_workbook(write_report(build_report(store, period, TODAY), tmp_path / f"{period.label}.xlsx"))
    sheet = wb["KPI"]
    return next(sheet.cell(r, 3).value for r in range(8, sheet.max_row + 1) if sheet.cell(r, 1).value == "架電数")


def test_the_plans_months_add_up_to_the_year_and_december_is_its_share(planned) -> None:  # noqa: ANN001
    _, result, _, _ = planned
    months = dict((p.label, v) for p, v in result.monthly("calls"))
    assert sum(months.values()) == 62_500
    assert months["2025-12"] == TEAM_DECEMBER_CALLS


@pytest.mark.parametrize("label", ["2025-12", "2025-W50", "2025-Q3"])
def test_every_screen_shows_the_teams_call_target_alike(planned, label: str, tmp_path) -> None:  # noqa: ANN001
    store, result, _, calls = planned
    period = parse_period(label)
    tree = store.evaluate_tree(period, today=TODAY).node(calls).target
    review = next(k["target"] for k in store.review_snapshot("monthly", period, TODAY)["kpis"] if k["node_id"] == calls)
    planner = float(sum(v for p, v in result.split("calls", PeriodKind.DAY) if period.contains(p.start)))
    figures = {"tree": tree, "card": _card_target(store, period), "alert": _alert_target(store, period.kind.value),
               "review": review, "report": _report_target(store, period, tmp_path), "planner": planner}
    assert len({figure(v) for v in figures.values()}) == 1, figures  # as each screen shows it
    assert len({v for k, v in figures.items() if k != "report"}) == 1, figures  # and exactly alike
    if label == "2025-12":
        assert tree == TEAM_DECEMBER_CALLS


def test_a_reps_share_is_what_the_team_target_leaves_after_the_rep_with_their_own(planned) -> None:  # noqa: ANN001
    store, _, reps, calls = planned
    share = (TEAM_DECEMBER_CALLS - YAMADA_DECEMBER_CALLS) / 2  # 1,722 each for 佐藤 and 鈴木
    sato = reps[1]
    figures = {"tree": store.evaluate_tree(DECEMBER, sato, today=TODAY).node(calls).target,
               "card": _card_target(store, DECEMBER, sato),
               "alert": _alert_target(store, "month", sato),
               "quick log": store.month_target("calls", sato, TODAY)[0]}
    assert figures == dict.fromkeys(figures, share)
    assert store.month_target("calls", sato, TODAY)[1] == "team_share"
    assert store.month_target("calls", reps[0], TODAY) == (YAMADA_DECEMBER_CALLS, "member")
    members = [store.evaluate_tree(DECEMBER, m, today=TODAY).node(calls).target for m in reps]
    assert sum(members) == TEAM_DECEMBER_CALLS


def test_the_kgi_chart_and_the_tree_agree_on_the_years_revenue_and_each_month(planned) -> None:  # noqa: ANN001
    store, result, _, _ = planned
    kgi = store.dashboard(DECEMBER, TODAY).kgi
    kgi_node = next(n for n in store.nodes() if n.kind == "kgi").id
    assert kgi.target == store.evaluate_tree(fiscal_year(2025), today=TODAY).node(kgi_node).target == 60_000_000
    steps = [b - a for a, b in zip([0.0, *kgi.target_path], kgi.target_path)]
    tree = [store.evaluate_tree(m, today=TODAY).node(kgi_node).target for m in split(fiscal_year(2025), PeriodKind.MONTH)]
    assert steps == pytest.approx(tree)
    assert sum(tree) == 60_000_000


def test_the_kgi_card_shows_the_fiscal_year_under_its_annual_title(planned) -> None:  # noqa: ANN001
    store, _, reps, _ = planned
    store.add_deals([DealIn(title="サクラテック 導入", member_id=reps[0], created_day=date(2025, 9, 1), stage="won",
                            closed_day=date(2025, 10, 15), amount=500_000),
                     DealIn(title="ミドリ物産 追加", member_id=reps[1], created_day=date(2025, 11, 20), stage="won",
                            closed_day=date(2025, 12, 3), amount=300_000)])
    card = next(c for c in store.dashboard(DECEMBER, TODAY).cards if c.metric == "revenue")
    assert (card.title, card.actual, card.target) == ("年間売上 6,000万円", 800_000, 60_000_000)


def test_the_daily_calls_chart_carries_the_launch_benchmark_beside_the_teams_own_days(planned) -> None:  # noqa: ANN001
    from dataclasses import replace

    store, _, reps, _ = planned
    assert store.domain_settings().phase == "launch"
    team = store.dashboard(DECEMBER, TODAY)
    assert (team.daily_benchmark, max(team.daily)) == (3 * 34, 3 * 60)  # three reps; their own 180 a day
    assert store.dashboard(DECEMBER, TODAY, reps[1]).daily_benchmark == 34
    store.save_domain_settings(replace(store.domain_settings(), phase="growth"))
    assert store.dashboard(DECEMBER, TODAY).daily_benchmark is None
