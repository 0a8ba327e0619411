"""The activity table's Qt model: fetches pages from the Store, never the whole table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.models.activity_queries import ActivityFilter, ActivityRow
from desktop.models.store import Store
from desktop.views.shell.text import term

PAGE = 200
CACHED_PAGES = 20
COLUMNS = ("day", "time", "member", "company", "kind", "outcome", "note", "batch")
EDIT_COLUMNS = {4: "kind", 5: "outcome", 6: "note"}
Index = QModelIndex | QPersistentModelIndex


class ActivityTableModel(QAbstractTableModel):
    """Rows come from `store.activity_page` in pages of 200 (a small window is kept); edits go to `on_edit`."""

    HEADERS = (QT_TRANSLATE_NOOP("ActivityTableModel", "Day"), QT_TRANSLATE_NOOP("ActivityTableModel", "Time"),
               QT_TRANSLATE_NOOP("ActivityTableModel", "Rep"), QT_TRANSLATE_NOOP("ActivityTableModel", "Company"),
               QT_TRANSLATE_NOOP("ActivityTableModel", "Kind"), QT_TRANSLATE_NOOP("ActivityTableModel", "Outcome"),
               QT_TRANSLATE_NOOP("ActivityTableModel", "Note"), QT_TRANSLATE_NOOP("ActivityTableModel", "Import"))

    _count = 0  # no rows while the instance has no count of its own (see TallyTableModel.members)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = ActivityFilter()
        self.sort_column, self.descending = 0, True
        self._count = 0
        self._pages: dict[int, list[ActivityRow]] = {}
        self.batches: dict[int, str] = {}
        self.on_edit = lambda row, field, value: None  # set by the view (an undo command)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.store.activity_count(self.filter)
        self.batches = dict(self.store.batch_choices())  # id → file name: 「日報_11月.xlsx」, not 「#2」
        self.endResetModel()

    def set_filter(self, f: ActivityFilter) -> None:
        self.filter = f
        self.reload()

    def row_at(self, row: int) -> ActivityRow:
        page = row // PAGE
        if page not in self._pages:
            if len(self._pages) >= CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            self._pages[page] = self.store.activity_page(self.filter, self.sort_column, self.descending,
                                                         page * PAGE, PAGE, total=self._count)
        rows = self._pages[page]
        return rows[min(row % PAGE, len(rows) - 1)]

    # ---- Qt overrides -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ActivityTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        r = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(r, index.column(), self.batches)
        if role == Qt.ItemDataRole.EditRole:
            return {4: r.kind, 5: r.outcome or "", 6: r.note}.get(index.column(), _display(r, index.column(), self.batches))
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDIT_COLUMNS else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDIT_COLUMNS:
            return False
        field = EDIT_COLUMNS[index.column()]
        value = (value or None) if field == "outcome" else str(value)
        self.on_edit(self.row_at(index.row()), field, value)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.descending = column, order == Qt.SortOrder.DescendingOrder
        self.reload()


def _display(r: ActivityRow, column: int, batches: dict[int, str]) -> str:
    batch = "" if r.batch_id is None else batches.get(r.batch_id, f"#{r.batch_id}")
    return (r.day.isoformat(), r.at.strftime("%H:%M") if r.at else "", r.member, r.company, term(r.kind),
            term(r.outcome), r.note, batch)[column]
