"""継続率 as a KPI node reads the same on every screen: tree, dashboard card, review snapshot and report,
for contracts with known renewals (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from desktop.kpi.periods import parse_period
from desktop.models.tables import DealIn, KpiNodeIn, LeadIn, MemberIn, TargetIn
from desktop.reports.excel_report import write_report
from desktop.reports.report_data import build_report

MARCH = parse_period("2026-03")
TODAY = date(2026, 3, 31)


def test_retention_is_two_renewed_of_three_due_on_every_screen(store, tmp_path) -> None:  # noqa: ANN001
    m = store.add_member(MemberIn(name="山田 太郎")).id
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="売上", metric="revenue"))
    node = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="kpi", title="継続率", metric="retention", tier="outcome",
                                    on_dashboard=True)).id
    store.set_targets([TargetIn(node_id=node, metric="retention", period_kind="year", period_start=date(2025, 4, 1),
                                value=0.8)])
    for company in ("A社", "B社", "C社"):
        lead = store.add_lead(LeadIn(company=company)).id
        [deal] = store.add_deals([DealIn(title=company, lead_id=lead, member_id=m, created_day=date(2025, 3, 1),
                                         stage="won", closed_day=date(2025, 3, 20), amount=100_000)])
        contract = store.add_contract(deal_id=deal, start_day=date(2025, 4, 1), term_months=12, monthly_amount=10_000)
        if company != "C社":
            store.renew_contract(contract)
    tree = store.evaluate_tree(MARCH, today=TODAY).node(node)
    card = next(c for c in store.dashboard(MARCH, TODAY).cards if c.metric == "retention")
    review = next(k for k in store.review_snapshot("monthly", MARCH, TODAY)["kpis"] if k["node_id"] == node)
    sheet = load_workbook(write_report(build_report(store, MARCH, TODAY), tmp_path / "march.xlsx"))["KPI"]
    report = next(sheet.cell(r, 4).value for r in range(8, sheet.max_row + 1) if sheet.cell(r, 1).value == "継続率")
    figures = {"tree": tree.actual, "card": card.actual, "review": review["actual"], "report": report}
    assert {k: round(v, 4) for k, v in figures.items()} == dict.fromkeys(figures, 0.6667), figures  # as shown
    assert tree.actual == card.actual == 2 / 3
    assert tree.target == card.target == review["target"] == 0.8
    assert tree.status.value == card.status == "at_risk"  # 67 % against 80 %: 83 % of the target
