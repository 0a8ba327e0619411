"""The one date field of the app: a calendar popup, and a date typed whole (2027-01-04, 2027/1/4) taken whole.

QDateEdit edits one section at a time: typed over a selected date, 「2027-01-04」 became 2026-01-04
(the year section kept its value, the digits spilled into month and day). Here typing replaces the
text; Enter, Tab or leaving the field reads it as a whole date (year-month-day, month-day in the
shown year, or a day of the shown month); text that is no date puts the previous date back.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

FORMAT = "yyyy-MM-dd"
_TYPED = re.compile(r"[0-9０-９\-/.／－年月日 ]")
_PARTS = re.compile(r"\d+")
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def read_typed(text: str, shown: date) -> date | None:
    """A typed date: y-m-d (also / . 年月日, full-width digits), m-d in the shown year, d in its month."""
    parts = [int(p) for p in _PARTS.findall(unicodedata.normalize("NFKC", text))]
    if len(parts) == 1 and len(str(parts[0])) == 8:  # 20270104
        n = parts[0]
        parts = [n // 10000, n // 100 % 100, n % 100]
    y, m = shown.year, shown.month
    try:
        if len(parts) == 3:
            return date(parts[0] + (2000 if parts[0] < 100 else 0), parts[1], parts[2])
        if len(parts) == 2:
            return date(y, parts[0], parts[1])
        if len(parts) == 1:
            return date(y, m, parts[0])
    except ValueError:
        return None
    return None


class DateEdit(QDateEdit):
    """QDateEdit with yyyy-MM-dd, the calendar popup, and whole typed dates (see the module)."""

    def __init__(self, day: QDate | date | None = None, parent: QWidget | None = None, **kwargs: object) -> None:
        self._typed: str | None = None  # the text being typed, None while not typing
        kwargs.setdefault("calendarPopup", True)
        kwargs.setdefault("displayFormat", FORMAT)
        super().__init__(parent, **kwargs)
        if day is not None:
            self.setDate(QDate(day))

    def validate(self, text: str, pos: int) -> object:
        if self._typed is not None:
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if plain and text and _TYPED.fullmatch(text):
            self._show_typed((self._typed or "") + text)
            return
        if self._typed is not None:
            if event.key() == Qt.Key.Key_Backspace:
                self._show_typed(self._typed[:-1])
                return
            if event.key() == Qt.Key.Key_Escape:
                self._finish(keep=False)
                return
            if event.key() in _ENDS:
                self._finish()
        super().keyPressEvent(event)

    def _show_typed(self, text: str) -> None:
        """Our own copy of what was typed: QDateEdit may put its date back into the editor meanwhile."""
        self._typed = text
        self.lineEdit().setText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self._typed is not None:
            self._finish()
        super().focusOutEvent(event)

    def interpretText(self) -> None:  # noqa: N802 - Qt's name
        if self._typed is not None:
            self._finish()
        else:
            super().interpretText()

    def date(self) -> QDate:
        """The date, with what is being typed counted (a button's click may not take the focus first)."""
        if self._typed is not None:
            self._finish()
        return super().date()

    def _finish(self, keep: bool = True) -> None:
        typed, self._typed = self._typed or "", None
        before = super().date()
        day = read_typed(typed, before.toPython()) if keep else None
        chosen = QDate(day) if day else before
        if not self.minimumDate() <= chosen <= self.maximumDate():
            chosen = before
        self.setDate(chosen)
        special = chosen == self.minimumDate() and self.specialValueText()
        self.lineEdit().setText(special or self.textFromDateTime(self.dateTime()))  # also when the date stayed
        self.lineEdit().selectAll()
