"""The import history: every batch with file, sheet, time and counts, and "Undo this import"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.store import Store
from desktop.views.shell.text import count


class ImportHistory(QWidget):
    """A table of ImportBatch rows; emits `undo_requested(batch_id)` for the selected one."""

    undo_requested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = QTableWidget(0, 7, objectName="import_history")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Sheets"), self.tr("Imported at"),
                                              self.tr("Added"), self.tr("Replaced"), self.tr("Skipped"),
                                              self.tr("Undone")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo_action = QAction(self.tr("Undo this import"), self.table)
        self.undo_action.triggered.connect(self._on_undo)
        self.table.addAction(self.undo_action)
        self.undo_button = QPushButton(self.tr("Undo this import"), objectName="undo_import")
        self.undo_button.clicked.connect(self._on_undo)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        title = QLabel(self.tr("Import history"))
        title.setStyleSheet("font-size: 15px; font-weight: 600;")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        batches = self.store.import_batches()
        self.table.setRowCount(len(batches))
        for r, b in enumerate(batches):
            local = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            undone = b.undone_at.astimezone().strftime("%Y-%m-%d %H:%M") if b.undone_at else ""
            cells = (b.file_name, b.sheet, local, count(b.rows_added), count(b.rows_replaced),
                     count(b.rows_skipped), undone)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (b.id, b.undone_at is None))
                if 3 <= c <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> tuple[int, bool] | None:
        """(batch id, still active) of the selected row."""
        items = self.table.selectedItems()
        return None if not items else items[0].data(Qt.ItemDataRole.UserRole)

    def select_batch(self, batch_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)[0] == batch_id:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        enabled = bool(chosen and chosen[1])
        self.undo_button.setEnabled(enabled)
        self.undo_action.setEnabled(enabled)

    def _on_undo(self) -> None:
        chosen = self.selected()
        if chosen and chosen[1]:
            self.undo_requested.emit(chosen[0])
