"""メンバー: add, rename, deactivate (history stays) and merge two spellings of one person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.tables import MemberIn
from desktop.views.shell.context import AppContext
from desktop.views.activities.commands import CallStore, UpdateRow
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import fmt


class MemberList(QWidget):
    """Members with their activity counts; every change is one undo step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.tree = QTreeWidget(objectName="member_tree", rootIsDecorated=False)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Active"), self.tr("Activities")])
        self.tree.setColumnWidth(0, 240)
        self.message = QLabel()
        bar = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Rename…"), self.rename),
                           (self.tr("Activate / deactivate"), self.toggle_active),
                           (self.tr("Merge into…"), self.merge)):
            bar.addWidget(QPushButton(text, clicked=slot))
        bar.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self._refresher = Coalescer(self.reload, parent=self).watch(context.signals, ("member", "activity"))
        self.reload()

    def reload(self) -> None:
        usage = self.store.member_usage()
        self.tree.clear()
        for m in self.store.members():
            item = QTreeWidgetItem(self.tree, [m.name, self.tr("Manager") if m.role == "manager" else self.tr("Rep"),
                                               self.tr("Yes") if m.active else self.tr("No"),
                                               f"{usage.get(m.id, 0):,}"])
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)

    def current(self) -> tuple[int, str] | None:
        item = self.tree.currentItem()
        return (item.data(0, Qt.ItemDataRole.UserRole), item.text(0)) if item else None

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add member"), self.tr("Name"))
        if ok and name.strip():
            self.store.add_member(MemberIn(name=name.strip()))

    def rename(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Name"), text=chosen[1])
        if ok and name.strip():
            self.context.undo.push(UpdateRow(self.store.update_member, chosen[0], {"name": name.strip()},
                                             self.tr("Rename member")))

    def toggle_active(self) -> None:
        chosen = self.current()
        if chosen is not None:
            active = next(m.active for m in self.store.members() if m.id == chosen[0])
            self.context.undo.push(UpdateRow(self.store.update_member, chosen[0], {"active": not active},
                                             self.tr("Activate / deactivate member")))

    def merge(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        others = {m.name: m.id for m in self.store.members() if m.id != chosen[0]}
        name, ok = QInputDialog.getItem(self, self.tr("Merge"), fmt(self.tr("Move everything of %1 to"), chosen[1]),
                                        list(others), 0, False)
        if ok:
            self.merge_into(chosen[0], others[name])

    def merge_into(self, other: int, keep: int) -> None:
        """Move every activity, count, deal, target and lead of `other` to `keep` (one undo step)."""
        self.context.undo.push(CallStore(self.tr("Merge members"), self.store.merge_members,
                                         self.store.unmerge_members, keep, other))
        self.message.setText(self.tr("Merged. Ctrl+Z undoes it."))
