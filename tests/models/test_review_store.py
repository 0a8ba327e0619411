"""The review Store: reviews and actions with undo, snapshots, action effects, quarter rows, checklist facts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.kpi.checklist import evaluate
from desktop.kpi.periods import BusinessCalendar, parse_period
from desktop.models.tables import AlertRuleIn, KpiNodeIn, MemberIn, ReviewActionIn, ReviewIn, TargetIn

CHANGE = date(2025, 8, 4)  # a Monday: the new talk script starts
TODAY = date(2025, 9, 30)


@pytest.fixture
def team(store):  # noqa: ANN001, ANN201
    """Two reps' day counts, June–September 2025: 40 calls each a day, 6 connects (8 from 4 Aug), 1 appointment."""
    ids = [store.add_member(MemberIn(name=n)).id for n in ("山田 太郎", "佐藤 花子")]
    rows = []
    for day in BusinessCalendar().business_days(date(2025, 6, 1), TODAY):
        for m in ids:
            connects = 8 if day >= CHANGE else 6
            rows += [{"day": day, "member_id": m, "metric": metric, "count": n, "batch_id": None}
                     for metric, n in (("calls", 40), ("connects", connects), ("appointments", 1))]
    store.bulk_add(tallies=rows)
    return store, ids


def _tree(store):  # noqa: ANN001, ANN202
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間受注 120件", metric="wins", tier="outcome"))
    ksf = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="ksf", title="商談化率向上"))
    calls = store.add_node(KpiNodeIn(parent_id=ksf.id, kind="kpi", title="月間架電数 1,800件", metric="calls",
                                     tier="action", description="2名の架電合計", on_dashboard=True))
    rate = store.add_node(KpiNodeIn(parent_id=ksf.id, kind="kpi", title="接続率 18%", metric="connect_rate",
                                    tier="result", description="接続数 ÷ 架電数"))
    return kgi, ksf, calls, rate


def test_a_review_and_its_notes_are_removed_and_restored_whole(store) -> None:  # noqa: ANN001
    review = store.add_review(ReviewIn(kind="weekly", period_start=date(2025, 9, 22), held_on=date(2025, 9, 26)),
                              [{"kind": "finding", "text": "接続率が低い"}, {"kind": "action", "text": "午前に架電"}])
    assert [a.text for a in store.review_actions(review.id)] == ["接続率が低い", "午前に架電"]
    saved = store.remove_review(review.id)
    assert store.reviews() == [] and store.review_actions() == []
    store.restore_review(saved)
    assert [r.id for r in store.reviews()] == [review.id]
    assert len(store.review_actions(review.id)) == 2


def test_an_invalid_note_writes_nothing(store) -> None:  # noqa: ANN001
    with pytest.raises(ValueError):
        store.add_review(ReviewIn(kind="weekly", period_start=date(2025, 9, 22), held_on=date(2025, 9, 26)),
                         [{"kind": "action", "text": ""}])
    assert store.reviews() == []


def test_action_updates_return_what_undo_needs(store) -> None:  # noqa: ANN001
    review = store.add_review(ReviewIn(kind="weekly", period_start=date(2025, 9, 22), held_on=date(2025, 9, 26)))
    action = store.add_action(ReviewActionIn(review_id=review.id, text="トーク改善", due=date(2025, 9, 30)))
    old = store.update_action(action.id, status="done")
    assert old == {"status": "open"} and store.actions_due(date(2025, 10, 31)) == []
    store.update_action(action.id, **old)
    assert [a.id for a in store.actions_due(date(2025, 10, 31))] == [action.id]
    assert store.actions_due(date(2025, 9, 29)) == []  # not due yet and not started
    store.update_action(action.id, started_on=date(2025, 9, 26))
    assert [a.id for a in store.actions_due(date(2025, 9, 29))] == [action.id]  # running: its effect is reviewed


def test_the_script_change_shows_as_a_measured_effect(team) -> None:  # noqa: ANN001
    store, ids = team
    _, _, _, rate = _tree(store)
    review = store.add_review(ReviewIn(kind="weekly", period_start=date(2025, 7, 28), held_on=date(2025, 8, 1)),
                              [{"kind": "action", "text": "新トークスクリプト", "node_id": rate.id, "started_on": CHANGE}])
    effects = store.action_effects(store.review_actions(review.id), TODAY)
    effect = next(iter(effects.values()))
    assert effect.before == pytest.approx(0.15) and effect.after == pytest.approx(0.20)
    assert effect.absolute == pytest.approx(0.05)


def test_weekly_snapshot_paces_counts_and_finds_the_bottleneck(team) -> None:  # noqa: ANN001
    store, _ = team
    _, _, calls, rate = _tree(store)
    week = parse_period("2025-W39")  # Mon 22 – Sun 28 Sep; 23 Sep is a public holiday
    store.set_targets([TargetIn(node_id=calls.id, metric="calls", period_kind="week", period_start=week.start,
                                value=400), TargetIn(node_id=rate.id, metric="connect_rate", period_kind="year",
                                                     period_start=date(2025, 4, 1), value=0.25)])
    snap = store.review_snapshot("weekly", week, date(2025, 9, 24))  # Wednesday: 2 of 4 business days
    by_metric = {k["metric"]: k for k in snap["kpis"]}
    assert by_metric["calls"]["actual"] == 160 and by_metric["calls"]["expected"] == 200
    assert by_metric["calls"]["status"] == "at_risk"  # exactly 80% of the expected pace
    assert by_metric["connect_rate"]["actual"] == pytest.approx(0.2)
    assert snap["bottleneck"] == "connect_rate" and snap["open_alerts"] == 0
    assert snap["funnel"]["calls"] == 160 and [m["calls"] for m in snap["members"]] == [80, 80]
    json.dumps(snap)  # frozen as JSON when saved


def test_quarter_rows_suggest_targets_from_the_last_three_months(team) -> None:  # noqa: ANN001
    store, _ = team
    _tree(store)
    rows = {r["metric"]: r for r in store.quarter_rows(parse_period("2025-Q2"), date(2025, 10, 2))}
    # Jul 22 + Aug 20 + Sep 20 business days × 80 calls; median month 1,600 → ×3 ×1.1 = 5,280
    assert rows["calls"]["suggested"] == 5280
    # connects: Jul 6×2×22=264, Aug 8×2×20=320, Sep 320 → 904 / 4,960 calls × 1.1
    assert rows["connect_rate"]["suggested"] == pytest.approx(round(904 / 4960 * 1.1, 3))
    assert rows["connect_rate"]["band"] == (0.10, 0.20) and rows["connect_rate"]["band_position"] == "inside"


def test_changed_targets_are_reverted_in_one_step(store) -> None:  # noqa: ANN001
    _, _, calls, _ = _tree(store)
    q3 = date(2025, 10, 1)
    store.set_targets([TargetIn(node_id=calls.id, metric="calls", period_kind="quarter", period_start=q3, value=5000)])
    saved = store.write_targets([TargetIn(node_id=calls.id, metric="calls", period_kind="quarter", period_start=q3,
                                          value=5280)], planned=False)
    assert [t.value for t in store.targets(metric="calls")] == [5280]
    store.revert_targets(saved)
    assert [t.value for t in store.targets(metric="calls")] == [5000]


def test_alert_rules_are_upserted_and_unticked_ones_disabled(store) -> None:  # noqa: ANN001
    store.save_alert_rules([AlertRuleIn(metric="calls", condition="pace_below", threshold=0.8),
                            AlertRuleIn(metric="connect_rate", condition="rate_below_baseline", threshold=0.9)])
    store.save_alert_rules([AlertRuleIn(metric="calls", condition="pace_below", threshold=0.7)])
    rules = {r.metric: (r.threshold, r.enabled) for r in store.alert_rules()}
    assert rules == {"calls": (0.7, True), "connect_rate": (0.9, False)}


def test_checklist_facts_on_an_empty_database(store) -> None:  # noqa: ANN001
    items = evaluate(store.checklist_facts(TODAY))
    assert not any(i.met for i in items)
    assert {i.code for i in items if i.met is None} == {"tool_selected", "tool_integration"}


def test_checklist_facts_follow_the_data(team) -> None:  # noqa: ANN001
    store, _ = team
    kgi, _, calls, rate = _tree(store)
    store.set_targets([TargetIn(node_id=kgi.id, metric="wins", period_kind="year", period_start=date(2025, 4, 1), value=120),
                       TargetIn(node_id=calls.id, metric="calls", period_kind="month", period_start=date(2025, 9, 1),
                                value=1800),
                       TargetIn(node_id=rate.id, metric="connect_rate", period_kind="year",
                                period_start=date(2025, 4, 1), value=0.18)])
    store.save_alert_rules([AlertRuleIn(metric="calls", condition="pace_below", threshold=0.8)])
    store.add_review(ReviewIn(kind="monthly", period_start=date(2025, 9, 1), held_on=date(2025, 9, 5)),
                     [{"kind": "action", "text": "午前の架電を増やす"}])
    store.set_checklist_manual("tool_selected", True)
    facts = store.checklist_facts(TODAY, quality_findings=0)
    assert facts.kgi_annual_target and not facts.kgi_quarterly_target
    assert facts.kpi_tiers == frozenset({"action", "result"}) and facts.smart_failing == ()
    met = {i.code for i in evaluate(facts) if i.met}
    assert met == {"kgi_goal", "ksf_listed", "kpi_tree", "action_kpi", "result_kpi", "smart", "auto_measurement",
                   "quality_check", "dashboard_design", "visualization", "live_updates", "alerts", "monthly_cycle"}
    assert facts.manual == {"tool_selected": True}
