"""Create or edit a deal: company, owner, amount, stage, created day and expected close."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.numbers import parse_amount
from desktop.models.store import Store
from desktop.views.shell.text import term
from desktop.views.shell.date_edit import DateEdit

OPEN_STAGES = ("first_meeting", "proposal", "quote")  # won / lost: 受注にする and 失注 ask their own questions
NO_DAY = QDate(2000, 1, 1)  # the expected close's "not set" (shown as —)


class _OpenOnToday(QObject):
    """An empty optional day's calendar opens on this month, not on the "no day" January 2000."""

    def __init__(self, edit: DateEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and self.edit.date() == NO_DAY:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return False


def date_edit(day: date | None, name: str, optional: bool = False) -> DateEdit:
    """A calendar-popup date field; an optional one shows — for no day (and its calendar opens on today)."""
    edit = DateEdit(objectName=name, calendarPopup=True, displayFormat="yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NO_DAY)
        edit.setSpecialValueText("—")
        edit.calendarWidget().installEventFilter(_OpenOnToday(edit))
    edit.setDate(QDate(day) if day else (NO_DAY if optional else QDate.currentDate()))
    return edit


def day_of(edit: DateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DAY and edit.specialValueText() else value.toPython()


class AskingDialog(QDialog):
    """A dialog that stays open on bad input: `values()` says None and `message` says why."""

    message: QLabel

    def values(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        return None

    def accept(self) -> None:  # noqa: D102 - Qt override: stay open on bad input
        if self.values() is not None:
            super().accept()


class DealDialog(AskingDialog):
    """The deal's fields; `values()` is what the Store writes. Bad input says so and stays open."""

    def __init__(self, store: Store, deal: dict[str, Any] | None, today: date, parent: QWidget | None = None,
                 contract: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.deal = store, deal or {}
        self.contract = contract  # a won deal's 契約 section (contract_form.ContractSection)
        self.setWindowTitle(self.tr("Edit deal") if deal else self.tr("New deal"))
        self.title = QLineEdit(self.deal.get("title", ""), objectName="deal_title", maxLength=200)
        self.company = self._companies()
        self.owner = QComboBox(objectName="deal_owner")
        for m in store.members(active_only=True):
            self.owner.addItem(m.name, m.id)
        self._select(self.owner, self.deal.get("member_id"))
        self.amount = QLineEdit(objectName="deal_amount", placeholderText=self.tr("e.g. 120万 or 1,200,000"))
        if self.deal.get("amount") is not None:
            self.amount.setText(f"{self.deal['amount']:,}")
        self.stage = QComboBox(objectName="deal_stage")
        closed = self.deal.get("stage") if self.deal.get("stage") not in OPEN_STAGES else None
        for code in OPEN_STAGES + ((closed,) if closed else ()):
            self.stage.addItem(term(code), code)
        self._select(self.stage, self.deal.get("stage", "first_meeting"))
        self.created = date_edit(self.deal.get("created_day") or today, "deal_created")
        self.expected = date_edit(self.deal.get("expected_close"), "deal_expected", optional=True)
        self.message = QLabel(objectName="deal_message", styleSheet="color: #b3261e")
        self._layout()

    def _companies(self) -> QComboBox:
        box = QComboBox(objectName="deal_company", editable=True)
        box.addItem("", None)
        for lead_id, company in self.store.lead_companies():
            box.addItem(company, lead_id)
        self._select(box, self.deal.get("lead_id"))
        return box

    def _layout(self) -> None:
        form = QFormLayout()
        for label, field in ((self.tr("Company"), self.company), (self.tr("Deal"), self.title),
                             (self.tr("Owner"), self.owner), (self.tr("Amount (¥)"), self.amount),
                             (self.tr("Stage"), self.stage), (self.tr("Opened"), self.created),
                             (self.tr("Expected close"), self.expected)):
            form.addRow(label, field)
        if self.contract is not None:
            form.addRow(self.contract)
        lay_out_form(self, form, self.message)

    @staticmethod
    def _select(box: QComboBox, value: Any) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def values(self) -> dict[str, Any] | None:
        """The deal's fields as DealIn takes them; None (and a message) when something is wrong."""
        error, amount = self._amount()
        if error is None and self.owner.currentData() is None:
            error = self.tr("Add a member first: every deal has an owner.")
        expected = day_of(self.expected)
        created = self.created.date().toPython()
        if error is None and expected is not None and expected < created:
            error = self.tr("The expected close is before the day the deal was opened.")
        if error is None and self.contract is not None:
            error = self.contract.values()[0]
        if error is not None:
            self.message.setText(error)
            return None
        company = self.company.currentText().strip()
        lead_id = self.company.currentData() if company == self.company.itemText(self.company.currentIndex()) else None
        lead_id = lead_id if lead_id is not None else (self.store.find_lead(company) if company else None)
        title = self.title.text().strip() or company
        return {"title": title, "lead_id": lead_id, "member_id": self.owner.currentData(), "amount": amount,
                "stage": self.stage.currentData(), "created_day": created, "expected_close": expected}

    def _amount(self) -> tuple[str | None, int | None]:
        text = self.amount.text().strip()
        if not text:
            return None, None
        value = parse_amount(text)
        if value is None or value < 0:
            return self.tr("The amount is not an amount of yen (e.g. 120万 or 1,200,000)."), None
        return None, int(value)


def lay_out_form(dialog: QDialog, form: QFormLayout, message: QLabel) -> None:
    """The deal dialogs' shape: the form, a line for what is wrong, OK / Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
