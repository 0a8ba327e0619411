"""A typed year counts: 「2027-01-04」 typed into any date field of the app is 2027-01-04 (QDateEdit kept 2026)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QVBoxLayout, QWidget

from desktop.views.activities.close_deal_dialog import CloseDealDialog
from desktop.views.activities.deal_dialog import DealDialog, date_edit, day_of
from desktop.views.reviews.weekly import WeeklyReviewPanel
from desktop.views.shell.date_edit import DateEdit, read_typed
from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.pages import PAGE_NAMES
from desktop.views.wizard.measure import MeasureSetupPage

SHOWN = date(2026, 12, 2)


def _focus(qtbot, edit: QDateEdit) -> None:  # noqa: ANN001
    """Focus the field where it can be seen (a page not shown, or the dashboard's custom range, is not)."""
    edit.window().show()
    edit.window().activateWindow()
    if edit.isVisible():
        qtbot.waitUntil(lambda: (edit.window().activateWindow(), edit.setFocus(), edit.hasFocus())[-1])


def _type(qtbot, edit: QDateEdit, text: str, select_all: bool = True, end: Qt.Key = Qt.Key.Key_Return) -> None:  # noqa: ANN001
    _focus(qtbot, edit)
    if select_all:
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, end)


def _every_date_field(qtbot, context) -> tuple[list[QWidget], list[QDateEdit]]:  # noqa: ANN001
    """Each page's date fields, the wizard's, the weekly review's and the deal dialogs' (with their holders)."""
    context.extras["today"] = lambda: SHOWN
    context.extras["open_demo"] = lambda: None
    window = MainWindow(context)
    qtbot.addWidget(window)
    for name in PAGE_NAMES:
        window.show_page(name)
    holders: list[QWidget] = [window, MeasureSetupPage(context), WeeklyReviewPanel(context),
                              DealDialog(context.store, None, SHOWN), CloseDealDialog({"id": 1, "created_day": SHOWN}, True, SHOWN)]
    for widget in holders[1:]:
        qtbot.addWidget(widget)
    return holders, [e for w in holders for e in w.findChildren(QDateEdit)]


def test_every_date_field_takes_the_typed_year(qtbot, context) -> None:  # noqa: ANN001
    _holders, fields = _every_date_field(qtbot, context)
    assert len(fields) >= 10 and all(isinstance(e, DateEdit) for e in fields), [type(e) for e in fields]
    shown: QWidget | None = None
    for edit in fields:
        if shown is not None and shown is not edit.window():
            shown.hide()  # one window at a time takes the keys
        shown = edit.window()
        edit.setMaximumDate(QDate(2099, 12, 31))  # the dashboard's custom range stops at today otherwise
        edit.setDate(QDate(SHOWN))
        _type(qtbot, edit, "2027-01-04")
        assert edit.date().toPython() == date(2027, 1, 4), edit.objectName() or edit.parent().objectName()


def test_plain_qdateedit_loses_the_typed_year(qtbot) -> None:  # noqa: ANN001 - why DateEdit exists
    edit = QDateEdit(QDate(SHOWN), calendarPopup=True, displayFormat="yyyy-MM-dd")
    qtbot.addWidget(edit)
    _type(qtbot, edit, "2027-01-04")
    assert edit.date().toPython() != date(2027, 1, 4)


@pytest.mark.parametrize(("typed", "expected"), [
    ("2027-01-04", date(2027, 1, 4)), ("2027/1/4", date(2027, 1, 4)), ("２０２７年１月４日", date(2027, 1, 4)),
    ("20270104", date(2027, 1, 4)), ("1/4", date(2026, 1, 4)), ("15", date(2026, 12, 15)),
    ("2027-02-30", None), ("13/40", None), ("", None),
])
def test_typed_dates_are_read_whole(typed: str, expected: date | None) -> None:
    assert read_typed(typed, SHOWN) == expected


def _with_neighbour(qtbot) -> tuple[DateEdit, QLineEdit, QWidget]:  # noqa: ANN001
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    edit, other = DateEdit(QDate(SHOWN)), QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(other)
    return edit, other, holder


def test_tab_and_leaving_the_field_count_and_escape_or_nonsense_put_the_date_back(qtbot) -> None:  # noqa: ANN001
    edit, other, _holder = _with_neighbour(qtbot)
    changes: list[date] = []
    edit.dateChanged.connect(lambda d: changes.append(d.toPython()))
    _type(qtbot, edit, "2027-01-04", select_all=False, end=Qt.Key.Key_Tab)
    assert edit.date().toPython() == date(2027, 1, 4) and changes == [date(2027, 1, 4)]
    _type(qtbot, edit, "2028-3-1", end=Qt.Key.Key_Escape)
    assert edit.date().toPython() == date(2027, 1, 4) and edit.text() == "2027-01-04"
    _type(qtbot, edit, "2027-99-99")
    assert edit.date().toPython() == date(2027, 1, 4) and edit.text() == "2027-01-04"
    _focus(qtbot, edit)
    qtbot.keyClicks(edit, "2029-05-06")
    other.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())
    QApplication.processEvents()
    assert edit.date().toPython() == date(2029, 5, 6)
    assert changes[-1] == date(2029, 5, 6) and set(changes) == {date(2027, 1, 4), date(2029, 5, 6)}


def test_a_button_reads_what_is_being_typed(qtbot) -> None:  # noqa: ANN001
    edit, _other, _holder = _with_neighbour(qtbot)
    _focus(qtbot, edit)
    qtbot.keyClicks(edit, "2027-01-04")
    assert edit.date().toPython() == date(2027, 1, 4)  # read before Enter, as a clicked button reads it


def test_an_optional_deal_date_keeps_its_dash_and_takes_a_typed_day(qtbot) -> None:  # noqa: ANN001
    edit = date_edit(None, "expected_close", optional=True)
    qtbot.addWidget(edit)
    assert edit.text() == "—" and day_of(edit) is None
    _type(qtbot, edit, "2027-01-04")
    assert day_of(edit) == date(2027, 1, 4)
