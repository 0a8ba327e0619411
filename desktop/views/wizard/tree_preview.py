"""The KGI → KSF → KPI tree the wizard has built, shown before 完了 (an empty KSF says so)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.models.store import Store
from desktop.views.shell.text import term
from desktop.views.tree.model import format_value


class TreePreview(QTreeWidget):
    """Read-only: title, kind and the fiscal year's target of every node."""

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803 - Qt's name
        super().__init__(parent, objectName=objectName)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Node"), self.tr("Kind"), self.tr("Target for the fiscal year")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setRootIsDecorated(True)
        self.setMinimumHeight(150)

    def show_tree(self, store: Store) -> None:
        self.clear()
        nodes = store.nodes()
        years = {t.node_id: t.value for t in store.targets(period_kind="year") if t.member_id is None}
        items = {n.id: QTreeWidgetItem([n.title, term(n.kind), format_value(n.metric, years.get(n.id))])
                 for n in nodes}
        for node in sorted(nodes, key=lambda n: (n.position, n.id)):
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            if parent is not None:
                parent.addChild(items[node.id])
            else:
                self.addTopLevelItem(items[node.id])
        for node in nodes:
            if node.kind == "ksf" and items[node.id].childCount() == 0:
                items[node.id].setText(2, self.tr("no KPI measures it yet"))
        self.expandAll()
        self.empty = [n.title for n in nodes if n.kind == "ksf" and items[n.id].childCount() == 0]

    def titles(self) -> list[str]:
        """Every row's title, depth-first, indented by level (for tests and the eye)."""
        out: list[str] = []

        def walk(item: QTreeWidgetItem, depth: int) -> None:
            out.append("  " * depth + item.text(0))
            for i in range(item.childCount()):
                walk(item.child(i), depth + 1)
        for i in range(self.topLevelItemCount()):
            walk(self.topLevelItem(i), 0)
        return out
