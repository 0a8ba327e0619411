"""Dated lead-status changes in the Store: MQL数 / SQL数 and the cohort rates with known totals,
on SQLite and PostgreSQL; a rate over one cohort stays within 100 % where SQLs ÷ MQLs of a week
would read 300 %; undo puts the rows and the counts back; the rollup rebuilt equals the one kept."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.kpi.metrics import metric_value
from desktop.models.tables import LeadIn, MemberIn

D = date


def _pipeline(store) -> dict[str, int]:  # noqa: ANN001
    a = store.add_member(MemberIn(name="山田 太郎")).id
    b = store.add_member(MemberIn(name="佐藤 花子")).id
    leads = {name: store.add_lead(LeadIn(company=name, owner_id=owner)).id
             for name, owner in (("L1", a), ("L2", a), ("L3", a), ("L4", b), ("L5", b))}
    for lead, status, day in (("L1", "mql", D(2026, 12, 1)), ("L1", "sql", D(2026, 12, 5)),
                              ("L1", "opportunity", D(2026, 12, 10)), ("L2", "mql", D(2026, 11, 28)),
                              ("L2", "sql", D(2026, 12, 3)), ("L3", "mql", D(2026, 12, 2)),
                              ("L4", "sql", D(2026, 12, 4)),  # no MQL day: MQL on the same day
                              ("L5", "mql", D(2026, 12, 6))):
        store.set_lead_status(leads[lead], status, day)
    return {"a": a, "b": b, **leads}


def test_december_counts_and_cohort_rates(store) -> None:  # noqa: ANN001
    ids = _pipeline(store)
    dec = store.totals(D(2026, 12, 1), D(2026, 12, 31))
    assert (dec["mqls"], dec["sqls"]) == (4, 3)  # MQL: L1 L3 L4 L5; SQL: L1 L2 L4
    assert metric_value(dec, "mql_sql_rate") == pytest.approx(2 / 4)  # of Dec's MQLs L1, L4 are SQL
    assert metric_value(dec, "sql_opportunity_rate") == pytest.approx(1 / 3)  # of Dec's SQLs, L1 is 商談
    by_member = store.member_counts(D(2026, 12, 1), D(2026, 12, 31))
    assert (by_member[ids["a"]]["mqls"], by_member[ids["b"]]["mqls"]) == (2, 2)
    assert store.totals(D(2026, 11, 1), D(2026, 11, 30))["mqls"] == 1
    assert store.lead_stages([ids["L4"]]) == {ids["L4"]: {"mql": D(2026, 12, 4), "sql": D(2026, 12, 4)}}


def test_a_week_whose_sqls_are_three_times_its_mqls_still_reads_at_most_100_percent(store) -> None:  # noqa: ANN001
    _pipeline(store)
    week = store.counts_by("week", D(2026, 12, 3), D(2026, 12, 5))
    [bucket] = week.values()
    assert (bucket["mqls"], bucket["sqls"]) == (1, 3)  # SQLs ÷ MQLs would be 300 %
    assert bucket["mql_sql_rate"] == 1.0  # the week's one MQL (L4) is an SQL
    assert bucket["sql_opportunity_rate"] == pytest.approx(1 / 3)


def test_a_later_sql_counts_for_its_mql_days_cohort_and_undo_takes_it_back(store) -> None:  # noqa: ANN001
    ids = _pipeline(store)
    before = store.totals(D(2026, 12, 1), D(2026, 12, 31))
    token = store.set_lead_status(ids["L3"], "sql", D(2027, 1, 8))  # L3 became MQL on Dec 2
    dec = store.totals(D(2026, 12, 1), D(2026, 12, 31))
    assert (dec["mqls"], dec["sqls"], dec["mqls_to_sql"]) == (4, 3, 3)
    assert store.totals(D(2027, 1, 1), D(2027, 1, 31))["sqls"] == 1
    store.restore_lead_status(token)
    assert store.totals(D(2026, 12, 1), D(2026, 12, 31)) == before
    assert store.totals(D(2027, 1, 1), D(2027, 1, 31))["sqls"] == 0
    assert store.lead_stages([ids["L3"]]) == {ids["L3"]: {"mql": D(2026, 12, 2)}}


def test_recording_a_stage_again_moves_its_day_and_the_rebuilt_rollup_agrees(store) -> None:  # noqa: ANN001
    ids = _pipeline(store)
    store.set_lead_status(ids["L5"], "mql", D(2026, 11, 20))
    assert store.totals(D(2026, 12, 1), D(2026, 12, 31))["mqls"] == 3
    assert store.totals(D(2026, 11, 1), D(2026, 11, 30))["mqls"] == 2
    kept = store.counts_by("day", D(2026, 11, 1), D(2026, 12, 31))
    store.rebuild_rollups()
    assert store.counts_by("day", D(2026, 11, 1), D(2026, 12, 31)) == kept


def test_a_lead_nobody_owns_needs_a_member_and_unknown_stages_are_refused(store) -> None:  # noqa: ANN001
    m = store.add_member(MemberIn(name="山田 太郎")).id
    lead = store.add_lead(LeadIn(company="オーナーなし")).id
    with pytest.raises(ValueError, match="no_owner"):
        store.set_lead_status(lead, "mql", D(2026, 12, 1))
    with pytest.raises(ValueError):
        store.set_lead_status(lead, "won", D(2026, 12, 1), m)
    assert store.lead_stages() == {}
    store.set_lead_status(lead, "mql", D(2026, 12, 1), m)
    assert store.member_counts(D(2026, 12, 1), D(2026, 12, 1))[m]["mqls"] == 1


def test_merging_two_leads_keeps_each_stage_once_on_its_first_day_and_unmerging_restores(store) -> None:  # noqa: ANN001
    ids = _pipeline(store)
    before = store.totals(D(2026, 11, 1), D(2026, 12, 31))
    moved = store.merge_leads(ids["L1"], [ids["L2"]])  # L2: MQL 11/28, SQL 12/3; L1: MQL 12/1, SQL 12/5, 商談 12/10
    assert store.lead_stages([ids["L1"]]) == {ids["L1"]: {"mql": D(2026, 11, 28), "sql": D(2026, 12, 3),
                                                           "opportunity": D(2026, 12, 10)}}
    dec = store.totals(D(2026, 12, 1), D(2026, 12, 31))
    assert (dec["mqls"], dec["sqls"], dec["sqls_to_opportunity"]) == (3, 2, 1)
    store.unmerge_leads(moved)
    assert store.totals(D(2026, 11, 1), D(2026, 12, 31)) == before
    assert store.lead_stages([ids["L2"]]) == {ids["L2"]: {"mql": D(2026, 11, 28), "sql": D(2026, 12, 3)}}


def test_the_demo_leads_have_dated_stages_that_agree_with_their_status(demo_store) -> None:  # noqa: ANN001
    stages = demo_store.lead_stages()
    leads = demo_store.leads()
    assert 80 <= len(stages) <= 160, "about half of the 240 leads became MQL during the year"
    for lead in leads:
        reached = stages.get(lead.id, {})
        assert (lead.status in ("mql", "sql")) == bool(reached), lead
        assert all(a <= b for a, b in zip((reached.get(s) for s in ("mql", "sql", "opportunity")),
                                          (reached.get(s) for s in ("sql", "opportunity"))) if a and b)
    year = demo_store.totals(date(2024, 11, 21), date(2025, 11, 20))
    assert year["mqls"] == len(stages) and year["mqls"] > year["sqls"] > year["sqls_to_opportunity"] > 0
    assert 0.25 <= metric_value(year, "mql_sql_rate") <= 0.55


def test_a_lead_list_import_gives_its_stages_and_undo_takes_them_back(store, tmp_path) -> None:  # noqa: ANN001
    from desktop.importers.session import import_path
    from tests.importers import lead_lists

    path, want = lead_lists.stage_day_columns(tmp_path / "leads.csv")
    report = import_path(store, path)
    october = store.totals(D(2025, 10, 1), D(2025, 10, 31))
    assert (october["mqls"], october["sqls"] + store.totals(D(2025, 11, 1), D(2025, 11, 30))["sqls"]) == (30, 12)
    assert october["mqls_to_sql"] == 12 and october["sqls_to_opportunity"] == 5
    assert import_path(store, path).added == 0
    store.undo_import(report.batch_ids[0])
    assert store.lead_stages() == {} and store.totals(D(2025, 10, 1), D(2025, 11, 30))["mqls"] == 0


def test_mql_sql_and_their_rate_are_kpi_tree_nodes_with_targets_and_actuals(store) -> None:  # noqa: ANN001
    from desktop.kpi.periods import parse_period
    from desktop.models.tables import KpiNodeIn, TargetIn

    _pipeline(store)
    mqls = store.add_node(KpiNodeIn(kind="kpi", title="MQL数", metric="mqls"))
    rate = store.add_node(KpiNodeIn(kind="kpi", title="MQL→SQL率", metric="mql_sql_rate", position=1))
    store.set_targets([TargetIn(node_id=mqls.id, metric="mqls", period_kind="month", period_start=D(2026, 12, 1), value=8),
                       TargetIn(node_id=rate.id, metric="mql_sql_rate", period_kind="month",
                                period_start=D(2026, 12, 1), value=0.4)])
    tree = store.evaluate_tree(parse_period("2026-12"), today=D(2026, 12, 31))
    assert (tree.node(mqls.id).actual, tree.node(mqls.id).target) == (4, 8)
    assert tree.node(rate.id).actual == pytest.approx(0.5) and tree.node(rate.id).target == pytest.approx(0.4)
    assert store.metric_actual("sql_opportunity_rate", parse_period("2026-12")) == pytest.approx(1 / 3)
