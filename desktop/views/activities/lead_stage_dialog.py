"""Record that a lead reached MQL, SQL or 商談 on a day, counted for a member (the owner by default)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from desktop.kpi.lead_funnel import STAGES
from desktop.views.activities.deal_dialog import date_edit, lay_out_form
from desktop.views.shell.text import term


class LeadStageDialog(QDialog):
    """Stage, day and member; `values()` is what Store.set_lead_status takes."""

    def __init__(self, lead: Any, stage: str, today: date, members: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record lead stage"))
        self.stage = QComboBox(objectName="stage_status")
        for code in STAGES:
            self.stage.addItem(term(code), code)
        self.stage.setCurrentIndex(STAGES.index(stage))
        self.day = date_edit(today, "stage_day")
        self.member = QComboBox(objectName="stage_member")
        for member_id, name in members:
            self.member.addItem(name, member_id)
        if lead.owner_id is not None and (i := self.member.findData(lead.owner_id)) >= 0:
            self.member.setCurrentIndex(i)
        self.message = QLabel(objectName="stage_message", styleSheet="color: #b3261e")
        form = QFormLayout()
        form.addRow(QLabel(lead.company))
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Reached on"), self.day)
        form.addRow(self.tr("Counted for"), self.member)
        hint = QLabel(self.tr("An earlier stage the lead lacks is recorded on the same day."), wordWrap=True,
                      styleSheet="color: #5b6776;")
        form.addRow(hint)
        lay_out_form(self, form, self.message)

    def values(self) -> dict[str, Any] | None:
        """{status, day, member_id}; None (and a message) when no member can be counted."""
        if self.member.currentData() is None:
            self.message.setText(self.tr("Add a member first: a stage is counted for someone."))
            return None
        return {"status": self.stage.currentData(), "day": self.day.date().toPython(),
                "member_id": self.member.currentData()}

    def accept(self) -> None:  # noqa: D102 - Qt override: stay open on bad input
        if self.values() is not None:
            super().accept()
