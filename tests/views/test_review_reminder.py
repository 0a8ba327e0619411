"""The tray reminder says each due review once."""

from __future__ import annotations

from datetime import date

from desktop.kpi.reviews import Schedule
from desktop.models.tables import ReviewIn
from desktop.views.reviews.reminder import ReviewReminder


def test_each_due_review_is_told_once(qtbot, context) -> None:  # noqa: ANN001
    reminder = ReviewReminder(context)
    today = date(2025, 11, 20)  # Thursday
    assert reminder.check(today) == []  # no schedule yet: nothing to remind
    context.store.save_pdca_schedule(Schedule(weekly_weekday=3, monthly_day=5, quarterly_day=10))
    context.store.add_review(ReviewIn(kind="quarterly", period_start=date(2025, 7, 1), held_on=date(2025, 10, 9)))
    with qtbot.waitSignals([reminder.due, reminder.due]):
        assert reminder.check(today) == ["weekly", "monthly"]
    assert reminder.check(today) == []
    context.store.add_review(ReviewIn(kind="weekly", period_start=date(2025, 11, 17), held_on=today))
    assert context.store.reviews_due(today) == {"monthly": date(2025, 11, 5)}
