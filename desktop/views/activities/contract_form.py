"""契約: the deal editor's contract section, and the 更新 / 解約 questions (kpi.contracts)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.kpi import contracts as terms
from desktop.kpi.numbers import parse_amount
from desktop.views.activities.deal_dialog import AskingDialog, date_edit, day_of, lay_out_form
from desktop.views.shell.text import fmt, formula, yen


def latest_term(contracts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The term nothing renews yet (a deal's current contract), or None."""
    renewed = {c["renewal_of"] for c in contracts}
    open_terms = [c for c in contracts if c["id"] not in renewed]
    return open_terms[-1] if open_terms else None


def formula_tip() -> str:
    """The tooltip that says how 継続率 and LTV are computed."""
    return formula("retention") + "\n" + formula("ltv")


def monthly_value(text: str) -> tuple[str | None, int]:
    """The monthly amount typed, or the message that says it is not one."""
    value = parse_amount(text.strip()) if text.strip() else 0
    if value is None or value < 0:
        return QCoreApplication.translate("Contracts",
                                          "The monthly amount is not an amount of yen (e.g. 5万 or 50,000)."), 0
    return None, int(value)


class ContractSection(QGroupBox):
    """契約 of a won deal: start, term in months (or an end day) and the monthly amount. Unticked: none."""

    def __init__(self, current: dict[str, Any] | None, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="contract_section", checkable=True)
        self.setTitle(self.tr("Contract"))
        self.setToolTip(formula_tip())
        self.current = current
        self.setChecked(current is not None)
        c = current or {}
        self.start = date_edit(c.get("start_day") or start, "contract_start")
        self.months = QSpinBox(objectName="contract_months", minimum=0, maximum=terms.MAX_TERM_MONTHS,
                               specialValueText="—", suffix=self.tr(" months"))
        self.months.setValue(c.get("term_months") or 0)
        self.end = date_edit(c.get("end_day"), "contract_end", optional=True)
        self.monthly = QLineEdit(objectName="contract_monthly", placeholderText=self.tr("e.g. 5万 or 50,000"))
        if c.get("monthly_amount"):
            self.monthly.setText(f"{c['monthly_amount']:,}")
        self.months.valueChanged.connect(self._follow_term)
        self.start.dateChanged.connect(self._follow_term)
        form = QFormLayout(self)
        for label, field in ((self.tr("Starts"), self.start), (self.tr("Term"), self.months),
                             (self.tr("Ends"), self.end), (self.tr("Monthly (¥)"), self.monthly)):
            form.addRow(label, field)
        if c.get("cancelled_day"):
            form.addRow(QLabel(fmt(self.tr("Cancelled on %1"), c["cancelled_day"].isoformat())))

    def _follow_term(self) -> None:
        if self.months.value():
            self.end.setDate(terms.term_end(self.start.date().toPython(), self.months.value()))

    def values(self) -> tuple[str | None, dict[str, Any] | None]:
        """(message, None) when wrong; (None, the contract's values) or (None, None) when unticked."""
        if not self.isChecked():
            return None, None
        error, monthly = monthly_value(self.monthly.text())
        start, end = self.start.date().toPython(), day_of(self.end)
        if error is None and end is not None and end < start:
            error = self.tr("The contract ends before it starts.")
        if error:
            return error, None
        return None, {"start_day": start, "end_day": end, "term_months": self.months.value() or None,
                      "monthly_amount": monthly}


class ContractActionDialog(AskingDialog):
    """更新 asks the next term's monthly amount (prefilled); 解約 asks the day."""

    def __init__(self, current: dict[str, Any], renew: bool, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current, self.renew = current, renew
        self.setWindowTitle(self.tr("Renew contract") if renew else self.tr("Cancel contract"))
        self.monthly = QLineEdit(f"{current['monthly_amount']:,}", objectName="renew_monthly")
        self.day = date_edit(max(today, current["start_day"]), "cancel_day")
        self.message = QLabel(objectName="contract_message", styleSheet="color: #b3261e")
        form = QFormLayout()
        if renew and current["end_day"] is not None:
            start, end = terms.next_term(_fact(current))
            form.addRow(self.tr("Next term"), QLabel(f"{start.isoformat()} – {end.isoformat()}"))
            form.addRow(self.tr("Monthly (¥)"), self.monthly)
        elif not renew:
            form.addRow(self.tr("Cancelled on"), self.day)
        lay_out_form(self, form, self.message)

    def values(self) -> dict[str, Any] | None:
        """{monthly_amount} or {day}; None (and a message) when it cannot be done."""
        if self.renew:
            if self.current["end_day"] is None:
                return self._refuse(self.tr("An open-ended contract has no term to renew."))
            error, monthly = monthly_value(self.monthly.text())
            return self._refuse(error) if error else {"monthly_amount": monthly}
        day = self.day.date().toPython()
        if day < self.current["start_day"]:
            return self._refuse(self.tr("A contract cannot be cancelled before it starts."))
        return {"day": day}



def _fact(row: dict[str, Any]) -> terms.ContractFact:
    return terms.ContractFact(row["id"], 0, row["start_day"], row["end_day"], row["monthly_amount"])


def summary(contracts: list[dict[str, Any]], ltv: float | None) -> str:
    """One line on a deal's contract: the current term, its monthly amount, renewals, 解約, the team's LTV."""
    current = latest_term(contracts)
    if current is None:
        return QCoreApplication.translate("Contracts", "No contract.")
    end = current["end_day"].isoformat() if current["end_day"] else "—"
    text = fmt(QCoreApplication.translate("Contracts", "Contract %1 – %2, %3 a month, renewed %4 times"),
               current["start_day"].isoformat(), end, yen(current["monthly_amount"]), len(contracts) - 1)
    if current["cancelled_day"]:
        text += fmt(QCoreApplication.translate("Contracts", ", cancelled on %1"),
                    current["cancelled_day"].isoformat())
    return text + fmt(QCoreApplication.translate("Contracts", " · LTV (team) %1"), yen(ltv))
