"""The レビュー page: a weekly review typed and saved (and undone), monthly effects, quarterly targets, the banner."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.kpi.periods import BusinessCalendar, PeriodKind, period_containing
from desktop.kpi.reviews import Schedule
from desktop.models.tables import KpiNodeIn, MemberIn, ReviewIn, TargetIn
from desktop.views.reviews.page import ReviewPage


def _seed(store):  # noqa: ANN001, ANN202
    """A rep with 40 calls and 6 connects every business day of the last 10 weeks, and a small tree."""
    member = store.add_member(MemberIn(name="山田 太郎"))
    today = date.today()
    rows = [{"day": d, "member_id": member.id, "metric": m, "count": n, "batch_id": None}
            for d in BusinessCalendar().business_days(today - timedelta(weeks=10), today)
            for m, n in (("calls", 40), ("connects", 6))]
    store.bulk_add(tallies=rows)
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間受注 120件", metric="wins"))
    calls = store.add_node(KpiNodeIn(parent_id=kgi.id, title="週間架電数", metric="calls", tier="action"))
    week = period_containing(PeriodKind.WEEK, today)
    store.set_targets([TargetIn(node_id=calls.id, metric="calls", period_kind="week", period_start=week.start,
                                value=200)])
    return member, calls


def test_weekly_review_is_prefilled_typed_saved_and_undone(qtbot, context) -> None:  # noqa: ANN001
    member, calls = _seed(context.store)
    page = ReviewPage(context)
    qtbot.addWidget(page)
    weekly = page.panels["weekly"]
    weekly.week.setCurrentIndex(0)  # this week (before the review day the page opens on last week)
    assert weekly.table.item(1, 0).text() == "週間架電数"
    assert weekly.table.item(1, 1).text() == "200"
    qtbot.keyClicks(weekly.finding, "connect rate is low")
    qtbot.mouseClick(weekly.findChild(QPushButton, "weekly_add_finding"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(weekly.action, "call before 10am")
    weekly.owner.setCurrentIndex(weekly.owner.findData(member.id))
    weekly.kpi.setCurrentIndex(weekly.kpi.findData(calls.id))
    qtbot.mouseClick(weekly.findChild(QPushButton, "weekly_add_action"), Qt.MouseButton.LeftButton)
    assert weekly.notes_list.count() == 2
    qtbot.mouseClick(weekly.save, Qt.MouseButton.LeftButton)
    [review] = context.store.reviews("weekly")
    snapshot = json.loads(review.snapshot)
    assert snapshot["kpis"][1]["title"] == "週間架電数" and snapshot["kpis"][1]["target"] == 200
    notes = context.store.review_actions(review.id)
    assert [(n.kind, n.text, n.owner_id, n.metric) for n in notes] == [
        ("finding", "connect rate is low", None, None), ("action", "call before 10am", member.id, "calls")]
    context.undo.undo()
    assert context.store.reviews() == [] and context.store.review_actions() == []
    context.undo.redo()
    assert [r.id for r in context.store.reviews()] == [review.id]


def test_a_reopened_week_shows_its_saved_findings_and_actions(qtbot, context) -> None:  # noqa: ANN001
    member, calls = _seed(context.store)
    page = ReviewPage(context)
    qtbot.addWidget(page)
    weekly = page.panels["weekly"]
    weekly.week.setCurrentIndex(0)
    qtbot.keyClicks(weekly.finding, "connect rate is low")
    qtbot.mouseClick(weekly.findChild(QPushButton, "weekly_add_finding"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(weekly.action, "call before 10am")
    weekly.owner.setCurrentIndex(weekly.owner.findData(member.id))
    qtbot.mouseClick(weekly.findChild(QPushButton, "weekly_add_action"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(weekly.save, Qt.MouseButton.LeftButton)

    again = ReviewPage(context)  # the page opened another day
    qtbot.addWidget(again)
    reopened = again.panels["weekly"]
    reopened.week.setCurrentIndex(1)
    assert reopened.notes_list.count() == 0  # last week has no review
    reopened.week.setCurrentIndex(0)
    today = date.today().isoformat()
    shown = [reopened.notes_list.item(i).text() for i in range(reopened.notes_list.count())]
    assert shown == [f"Finding: connect rate is low (saved {today})",
                     f"Action: call before 10am — 山田 太郎, due {(date.today() + timedelta(days=14)).isoformat()} "
                     f"(saved {today})"]
    context.undo.undo()  # the save undone: the notes go with it
    again._coalescer.flush()
    assert reopened.notes_list.count() == 0


def test_monthly_tab_measures_each_actions_effect(qtbot, context) -> None:  # noqa: ANN001
    _, calls = _seed(context.store)
    started = date.today() - timedelta(weeks=5)
    context.store.add_review(ReviewIn(kind="weekly", period_start=started, held_on=started),
                             [{"kind": "action", "text": "新スクリプト", "node_id": calls.id, "started_on": started,
                               "due": date.today()}])
    page = ReviewPage(context)
    qtbot.addWidget(page)
    monthly = page.panels["monthly"]
    assert monthly.table.rowCount() == 1 and monthly.table.item(0, 0).text() == "新スクリプト"
    assert monthly.table.item(0, 6).text() != "—"  # a measured number, not an opinion
    monthly.table.setCurrentCell(0, 0)
    qtbot.mouseClick(monthly.findChild(QPushButton, "monthly_done"), Qt.MouseButton.LeftButton)
    assert context.store.review_actions()[0].status == "done"
    context.undo.undo()
    assert context.store.review_actions()[0].status == "open"


def test_quarterly_targets_go_into_the_tree_in_one_undo_step(qtbot, context) -> None:  # noqa: ANN001
    _, calls = _seed(context.store)
    page = ReviewPage(context)
    qtbot.addWidget(page)
    quarterly = page.panels["quarterly"]
    row = next(n for n, r in enumerate(quarterly.rows) if r["node_id"] == calls.id)
    target_edit = quarterly.table.cellWidget(row, 6)
    target_edit.clear()
    qtbot.keyClicks(target_edit, "2,600")
    qtbot.keyClicks(quarterly.table.cellWidget(row, 7), "history says so")
    qtbot.mouseClick(quarterly.findChild(QPushButton, "quarterly_save"), Qt.MouseButton.LeftButton)
    next_q = quarterly.period().next()
    assert [t.value for t in context.store.targets(metric="calls", period_kind="quarter")] == [2600]
    decision = next(a for a in context.store.review_actions() if a.node_id == calls.id)
    assert (decision.kind, decision.decision, decision.text) == ("decision", "keep", "history says so")
    context.undo.undo()
    assert context.store.targets(metric="calls", period_kind="quarter", start=next_q.start) == []
    assert context.store.reviews() == []


def test_banner_names_the_reviews_due(qtbot, context) -> None:  # noqa: ANN001
    page = ReviewPage(context)
    qtbot.addWidget(page)
    assert "schedule" in page.banner.text()
    context.store.save_pdca_schedule(Schedule(weekly_weekday=date.today().weekday()))
    qtbot.waitUntil(lambda: "weekly review" in page.banner.text())
    today = date.today()
    context.store.add_review(ReviewIn(kind="weekly", period_start=today, held_on=today))
    qtbot.waitUntil(lambda: "weekly review" not in page.banner.text())
    assert set(page.due()) == {"monthly", "quarterly"}


def test_export_writes_the_tabs_report_and_explains_a_locked_file(qtbot, context, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    from desktop.reports import cells

    _seed(context.store)
    page = ReviewPage(context)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.panels["monthly"])
    assert page.export_to(str(tmp_path / "monthly.xlsx"))
    assert page.export_message.text() == f"Wrote {tmp_path / 'monthly.xlsx'}"  # says where it went
    label = page.panels["monthly"].period().label
    assert load_workbook(tmp_path / "monthly.xlsx")["KPI"]["A1"].value == f"Monthly report {label}"
    assert page.export_to(str(tmp_path / "monthly.pdf"))
    assert (tmp_path / "monthly.pdf").read_bytes()[:5] == b"%PDF-"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "locked", dst)

    monkeypatch.setattr(cells.os, "replace", locked)
    assert not page.export_to(str(tmp_path / "monthly.xlsx"))
    assert shown == [f"Cannot write {tmp_path / 'monthly.xlsx'}. If it is open in Excel, close it and try again."]
