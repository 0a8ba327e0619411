"""Choose which cards and charts the dashboard shows, and in which order (drag to reorder)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class LayoutDialog(QDialog):
    """Two checkable, reorderable lists: charts and KPI cards."""

    def __init__(self, charts: list[tuple[str, str, bool]], cards: list[tuple[str, str, bool]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dashboard layout"))
        self.charts = self._list(charts, "layout_charts")
        self.cards = self._list(cards, "layout_cards")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Charts (tick to show, drag to reorder)")))
        layout.addWidget(self.charts)
        layout.addWidget(QLabel(self.tr("KPI cards")))
        layout.addWidget(self.cards)
        layout.addWidget(buttons)

    def _list(self, rows: list[tuple[str, str, bool]], name: str) -> QListWidget:
        widget = QListWidget(objectName=name)
        widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for key, text, shown in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    @staticmethod
    def chosen(widget: QListWidget) -> tuple[list[str], list[str]]:
        """(all keys in order, hidden keys)."""
        items = [widget.item(i) for i in range(widget.count())]
        keys = [i.data(Qt.ItemDataRole.UserRole) for i in items]
        hidden = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() != Qt.CheckState.Checked]
        return keys, hidden
