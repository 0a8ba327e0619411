"""受注にする asks the amount (prefilled) and the day; 失注 asks the reason and the day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.kpi.numbers import parse_amount
from desktop.views.activities.deal_dialog import AskingDialog, date_edit, lay_out_form

LOST_REASONS = (QT_TRANSLATE_NOOP("CloseDealDialog", "Budget"), QT_TRANSLATE_NOOP("CloseDealDialog", "Timing"),
                QT_TRANSLATE_NOOP("CloseDealDialog", "Chose a competitor"),
                QT_TRANSLATE_NOOP("CloseDealDialog", "Missing features"),
                QT_TRANSLATE_NOOP("CloseDealDialog", "No reply"))


class CloseDealDialog(AskingDialog):
    """Won: amount and day. Lost: reason and day. `values()` is what close_deal takes."""

    def __init__(self, deal: dict[str, Any], won: bool, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deal, self.won = deal, won
        name = deal.get("title") or deal.get("company") or ""
        self.setWindowTitle(self.tr("Mark deal won") if won else self.tr("Mark deal lost"))
        self.day = date_edit(max(today, deal["created_day"]), "close_day")
        self.amount = QLineEdit(objectName="close_amount")
        if deal.get("amount") is not None:
            self.amount.setText(f"{deal['amount']:,}")
        self.reason = QComboBox(objectName="close_reason", editable=True)
        self.reason.addItem("")
        for reason in LOST_REASONS:
            self.reason.addItem(QCoreApplication.translate("CloseDealDialog", reason))
        self.message = QLabel(objectName="close_message", styleSheet="color: #b3261e")
        form = QFormLayout()
        form.addRow(QLabel(name))
        if won:
            form.addRow(self.tr("Amount (¥)"), self.amount)
        else:
            form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Won on") if won else self.tr("Lost on"), self.day)
        lay_out_form(self, form, self.message)

    def values(self) -> dict[str, Any] | None:
        """{day, amount} or {day, reason}; None (and a message) when the input is wrong."""
        day = self.day.date().toPython()
        if day < self.deal["created_day"]:
            return self._refuse(self.tr("The deal cannot close before the day it was opened."))
        if not self.won:
            reason = self.reason.currentText().strip()
            return {"day": day, "reason": reason} if reason else self._refuse(self.tr("Say why the deal was lost."))
        amount = parse_amount(self.amount.text().strip()) if self.amount.text().strip() else None
        if amount is None or amount < 0:
            return self._refuse(self.tr("Enter the amount won (e.g. 120万 or 1,200,000)."))
        return {"day": day, "amount": int(amount)}

