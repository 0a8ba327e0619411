"""Rep names the file gives that no member has, listed before anything is stored: each is confirmed
as a new member or put on an existing one (「山田」 → 「山田 太郎」). The answer is saved team-wide
(importers.members), so the next import maps the name by itself; choosing 新しい担当者 again takes
it back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.importers.members import remember

SHOWN = 20


class NewMembers(QTableWidget):
    """Name in the file | who it is; emits `name_mapped(name, member name)`, '' for a new member."""

    name_mapped = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent, objectName="new_members")
        self.setHorizontalHeaderLabels([self.tr("Rep name in the file"), self.tr("Who it is")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.resizeColumnsToContents()
        self.hide()  # until a file gives names no member has

    def show_names(self, fresh: list[str], mapped: dict[str, str], members: list[str]) -> None:
        """`fresh`: names no member has; `mapped`: names already put on a member (name → member)."""
        listed = [(n, "") for n in fresh[:SHOWN]] + sorted(mapped.items())[:SHOWN]
        self.setRowCount(len(listed))
        for r, (name, target) in enumerate(listed):
            self.setItem(r, 0, QTableWidgetItem(name))
            combo = QComboBox(objectName=f"member_{r}")
            combo.addItem(self.tr("New member"), "")
            for m in members:
                combo.addItem(m, m)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self.name_mapped.emit(n, c.currentData()))
            self.setCellWidget(r, 1, combo)
        self.resizeColumnsToContents()
        rows = sum(self.rowHeight(r) for r in range(min(len(listed), 3)))
        self.setMaximumHeight(self.horizontalHeader().height() + rows + 4)  # the preview keeps its room
        self.setVisible(bool(listed))


def save_name(store: Any, name: str, member: str) -> None:
    """The team's answer for a rep name: an existing member's name, or '' for a new member."""
    remember(store, {name: member})
