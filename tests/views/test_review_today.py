"""The review page takes `gui --today` as today: its weeks, month, quarter, what it saves, the report it writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from desktop.kpi.metrics import Metric
from desktop.models.tables import KpiNodeIn
from desktop.views.reviews.page import ReviewPage

TODAY = date(2025, 11, 20)  # a Thursday, not the calendar's today


def test_weeks_month_quarter_saves_and_report_follow_the_given_day(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    context.extras["today"] = lambda: TODAY
    context.store.add_node(KpiNodeIn(kind="kgi", title="年間架電数", metric=Metric.CALLS.value))
    page = ReviewPage(context)
    qtbot.addWidget(page)
    weekly, monthly, quarterly = (page.panels[k] for k in ("weekly", "monthly", "quarterly"))
    weeks = [weekly.week.itemData(i) for i in range(weekly.week.count())]
    assert weeks[0] == date(2025, 11, 17) and weeks[1] == date(2025, 11, 10)
    assert monthly.month.itemData(0) == date(2025, 11, 1)
    assert quarterly.quarter.itemData(1) == date(2025, 10, 1)  # the current (fiscal April) quarter: Q3
    assert weekly.snapshot["today"] == TODAY.isoformat()
    weekly.week.setCurrentIndex(0)
    weekly._on_save()
    [review] = context.store.reviews("weekly")
    assert (review.period_start, review.held_on) == (date(2025, 11, 17), TODAY)
    assert page.export_to(str(tmp_path / "w.xlsx"))
    sheet = load_workbook(tmp_path / "w.xlsx").worksheets[0]
    assert sheet["B3"].value == TODAY.isoformat()  # 作成日: the given day
