"""The tally grid's model: members × count metrics for a day (editable) or a week (read-only)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.models.store import Store
from desktop.views.shell.text import metric_name

TALLY_METRICS = ("calls", "connects", "appointments", "opportunities", "wins", "emails", "follow_ups")
Index = QModelIndex | QPersistentModelIndex
Cell = tuple[date, int, str, int | None]


class TallyTableModel(QAbstractTableModel):
    """Cells show the day count and, beside it, what was logged one by one; `on_write(cells)` stores edits."""

    # Read as empty while the instance has none of its own: the garbage collector clears a wrapper's
    # attributes (tp_clear) before Qt deletes the C++ model, and a view that paints in between
    # called rowCount on a model without `members` (an AttributeError seen under load).
    members: tuple[tuple[int, str], ...] | list[tuple[int, str]] = ()
    cells: Mapping[tuple[int, str], tuple[int | None, int]] = MappingProxyType({})
    start = end = date.min

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.start = self.end = date.today()
        self.members: list[tuple[int, str]] = []
        self.cells: dict[tuple[int, str], tuple[int | None, int]] = {}
        self.on_write = lambda cells: None

    def load(self, start: date, end: date) -> None:
        self.beginResetModel()
        self.start, self.end = start, end
        self.members = [(m.id, m.name) for m in self.store.members(active_only=True)]
        self.cells = self.store.tally_cells(start, end)
        self.endResetModel()

    @property
    def editable(self) -> bool:
        return self.start == self.end

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(TALLY_METRICS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return metric_name(TALLY_METRICS[section]) if 0 <= section < len(TALLY_METRICS) else None
        return self.members[section][1] if 0 <= section < len(self.members) else None

    def cell(self, row: int, column: int) -> tuple[int | None, int]:
        return self.cells.get((self.members[row][0], TALLY_METRICS[column]), (None, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tally, logged = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(tally, logged)
        if role == Qt.ItemDataRole.EditRole:
            return "" if tally is None else str(tally)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and tally is None:
            return QColor("#5b6776")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        parsed = parse_count(value)
        if parsed is False:
            return False
        self.on_write([self.key(index.row(), index.column(), parsed)])
        return True

    def key(self, row: int, column: int, value: int | None) -> Cell:
        return (self.start, self.members[row][0], TALLY_METRICS[column], value)


def parse_count(value: Any) -> int | None | bool:
    """A typed or pasted cell: '' clears (None), '1,234' → 1234; False when it is not a count."""
    text = str(value if value is not None else "").strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        number = int(float(text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))))
    except ValueError:
        return False
    return number if number >= 0 else False


def _text(tally: int | None, logged: int) -> str:
    if tally is None:
        return f"({logged:,})" if logged else ""
    return f"{tally:,}  ({logged:,})" if logged else f"{tally:,}"


def paste_cells(model: TallyTableModel, row0: int, col0: int, text: str) -> tuple[list[Cell], int]:
    """Cells for a tab-separated block pasted at (row0, col0); and how many values were unreadable."""
    cells, bad = [], 0
    lines = text.rstrip("\r\n").replace("\r\n", "\n").split("\n")
    for r, line in enumerate(lines):
        for c, raw in enumerate(line.split("\t")):
            row, col = row0 + r, col0 + c
            if row >= model.rowCount() or col >= model.columnCount():
                continue
            value = parse_count(raw)
            if value is False:
                bad += 1
                continue
            cells.append(model.key(row, col, value))
    return cells, bad
