"""The dashboard's filters, an empty database, hover values and the midnight rollover."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop.models.tables import ActivityIn, MemberIn
from desktop.views.dashboard.page import DashboardPage
from tests.conftest import DEMO_TODAY


def test_choosing_the_fiscal_year_shows_every_day_of_it(qtbot, demo_context) -> None:  # noqa: ANN001
    demo_context.extras["today"] = lambda: DEMO_TODAY
    page = DashboardPage(demo_context)
    qtbot.addWidget(page)
    box = page.filters.period_box
    box.setCurrentIndex(box.findData("year"))
    assert page.data.period.start == date(2025, 4, 1) and len(page.charts["bars"].data.days) == 365
    assert page.period_label.text() == "FY2025 · 2025-04-01 to 2026-03-31 · as of 2025-11-20"


def test_an_empty_database_draws_zeros_and_then_the_first_call(qtbot, context) -> None:  # noqa: ANN001
    today = date(2025, 11, 20)
    context.extras["today"] = lambda: today
    member = context.store.add_member(MemberIn(name="山田 太郎"))
    page = DashboardPage(context)
    qtbot.addWidget(page)
    assert page.cards["calls"].value.text() == "0" and page.cards["calls"].target.text() == "No target set"
    context.store.add_activities([ActivityIn(day=today, member_id=member.id, kind="call", outcome="appointment")])
    qtbot.waitUntil(lambda: page.cards["calls"].card.actual == 1)
    assert [s.count for s in page.data.funnel] == [1, 1, 1, 0, 0]
    bars = page.charts["bars"]
    # a new file is in the launch phase: the article's 34 calls a day for the one rep stands beside the day
    assert bars.hover_text(bars.data.days.index(today)) == ("2025-11-20: 1 Calls\n"
                                                            "Launch benchmark 34 (34 calls a day per rep)")


def test_midnight_moves_today(qtbot, demo_context) -> None:  # noqa: ANN001
    clock = [DEMO_TODAY]
    demo_context.extras["today"] = lambda: clock[0]
    page = DashboardPage(demo_context)
    qtbot.addWidget(page)
    assert page.data.today == DEMO_TODAY
    clock[0] = DEMO_TODAY + timedelta(days=1)
    page._midnight.timeout.emit()  # the timer armed for the next midnight fires
    assert page.data.today == DEMO_TODAY + timedelta(days=1)
    assert page._midnight.isActive()  # and is armed again for the night after


def test_a_custom_range_starts_from_this_month_and_follows_the_dates(qtbot, demo_context) -> None:  # noqa: ANN001
    demo_context.extras["today"] = lambda: DEMO_TODAY
    page = DashboardPage(demo_context)
    qtbot.addWidget(page)
    box = page.filters.period_box
    box.setCurrentIndex(box.findData("custom"))
    assert (page.data.period.start, page.data.period.end) == (date(2025, 11, 1), date(2025, 11, 30))
    page.filters.start.setDate(page.filters.start.date().addDays(9))  # from 10 November
    assert page.data.period.start == date(2025, 11, 10)
    # the same length just before (20 Oct – 9 Nov), cut to the 9 business days the range has had by the 20th
    assert (page.data.previous.start, page.data.previous.end) == (date(2025, 10, 20), date(2025, 10, 30))


def test_the_period_picker_offers_the_last_periods_and_steps_with_the_arrows(qtbot, demo_context) -> None:  # noqa: ANN001
    from datetime import date as day

    from PySide6.QtWidgets import QToolButton

    from desktop.views.dashboard.page import DashboardPage
    from tests.conftest import DEMO_TODAY

    demo_context.extras["today"] = lambda: DEMO_TODAY  # 2025-11-20; April fiscal year
    page = DashboardPage(demo_context)
    qtbot.addWidget(page)
    filters = page.filters

    def shown() -> tuple[day, day]:
        p = filters.period(DEMO_TODAY, 4)
        return p.start, p.end

    filters.select("last_month")
    assert shown() == (day(2025, 10, 1), day(2025, 10, 31))
    filters.select("last_quarter")
    assert shown() == (day(2025, 7, 1), day(2025, 9, 30))
    assert page.period_label.text() == f"{filters.period(DEMO_TODAY, 4).label} · 2025-07-01 to 2025-09-30 · as of 2025-11-20"
    filters.select("last_week")
    assert shown() == (day(2025, 11, 10), day(2025, 11, 16))
    filters.select("month")
    back = filters.findChild(QToolButton, "period_back")
    forward = filters.findChild(QToolButton, "period_forward")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert shown() == (day(2025, 9, 1), day(2025, 9, 30))
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert shown() == (day(2025, 10, 1), day(2025, 10, 31))
    assert page.data is not None and page.data.period.start == day(2025, 10, 1)  # the page follows
    filters.select("quarter")  # choosing a period again starts from today's
    assert shown() == (day(2025, 10, 1), day(2025, 12, 31))
