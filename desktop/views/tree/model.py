"""A Qt item model adapting the Store's KpiNode rows and their evaluation for one period."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QObject, QPersistentModelIndex,
                            Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack

from desktop.kpi.metrics import Metric, is_rate
from desktop.kpi.pace import PaceStatus
from desktop.kpi.tree_eval import NodeResult, TreeEvaluation
from desktop.models.store import Store
from desktop.models.tables import KpiNode, TargetIn
from desktop.kpi.numbers import parse_amount, parse_rate
from desktop.views.shell.text import count, fmt, metric_name, percent, status_name, term, yen
from desktop.views.tree.commands import EditNode, MoveNode, WriteTargets

MIME = "application/x-kpidesk-node"
COLUMNS = ("title", "kind", "tier", "metric", "target", "actual", "attainment", "status", "forecast", "owner")
STATUS_COLOURS = {PaceStatus.ON_TRACK: "#1a7f37", PaceStatus.AT_RISK: "#b76e00",
                  PaceStatus.BEHIND: "#cf222e", PaceStatus.NO_TARGET: "#6e7781",
                  PaceStatus.NO_DATA: "#6e7781"}
STATUS_FILL = {PaceStatus.ON_TRACK: "#e6f4ea", PaceStatus.AT_RISK: "#fff4d6",
               PaceStatus.BEHIND: "#fde7e9", PaceStatus.NO_TARGET: "#f2f4f7",
               PaceStatus.NO_DATA: "#f2f4f7"}
Index = QModelIndex | QPersistentModelIndex


def format_value(metric: str | None, value: float | None) -> str:
    """A metric's value as the tree shows it: ¥ for revenue, % for rates, a count otherwise."""
    if value is None or metric is None:
        return "" if metric is None else "—"
    if is_rate(metric):
        return percent(value)
    return yen(value) if metric == Metric.REVENUE else count(value)


class KpiTreeModel(QAbstractItemModel):
    """KGI → KSF → KPI rows with target, actual, attainment, pace status and forecast."""

    refused = Signal(str)  # a typed target that is not a number: the sentence to show

    def __init__(self, store: Store, undo: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo = store, undo
        self.member_id: int | None = None  # whose targets a typed one is: the member shown, or the team
        self._nodes: dict[int, KpiNode] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._eval: TreeEvaluation | None = None
        self._owners: dict[int, str] = {}
        self._shape: tuple[Any, ...] = ()

    # ---- loading -------------------------------------------------------------

    def reload(self, evaluation: TreeEvaluation | None, nodes: list[KpiNode], owners: dict[int, str]) -> bool:
        """Show new rows; a pure number update keeps expansion, selection and editors (no reset).

        Returns True when the rows were reset (nodes added, removed or moved)."""
        shape = tuple((n.id, n.parent_id, n.position) for n in nodes)
        self._eval, self._owners = evaluation, owners
        if shape == self._shape:
            self._nodes = {n.id: n for n in nodes}
            self._announce_all()
            return False
        self.beginResetModel()
        self._shape = shape
        self._nodes = {n.id: n for n in nodes}
        self._children = {None: []}
        for n in sorted(nodes, key=lambda x: (x.position, x.id)):
            parent = n.parent_id if n.parent_id in self._nodes else None
            self._children.setdefault(parent, []).append(n.id)
        self.endResetModel()
        return True

    def _announce_all(self) -> None:
        for parent_id, kids in self._children.items():
            if kids:
                parent = self.index_of(parent_id) if parent_id is not None else QModelIndex()
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(kids) - 1, len(COLUMNS) - 1, parent))

    # ---- structure -----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        kids = self._children.get(parent.internalId() if parent.isValid() else None, [])
        if not (0 <= row < len(kids) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index | None = None) -> Any:  # noqa: ANN401 - QObject.parent() too
        if index is None:
            return QObject.parent(self)
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent_of(index.internalId())
        return QModelIndex() if parent_id is None else self.index_of(parent_id)

    def _parent_of(self, node_id: int) -> int | None:
        node = self._nodes.get(node_id)
        return node.parent_id if node is not None and node.parent_id in self._nodes else None

    def index_of(self, node_id: int, column: int = 0) -> QModelIndex:
        """The index of a node by id (invalid when it is not shown)."""
        if node_id not in self._nodes:
            return QModelIndex()
        siblings = self._children.get(self._parent_of(node_id), [])
        return self.createIndex(siblings.index(node_id), column, node_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def node_id(self, index: Index) -> int | None:
        """The KpiNode id behind an index."""
        return index.internalId() if index.isValid() else None

    def node(self, node_id: int) -> KpiNode | None:
        return self._nodes.get(node_id)

    def result(self, node_id: int) -> NodeResult | None:
        """The node's evaluation for the shown period."""
        return self._eval.by_id.get(node_id) if self._eval else None

    def siblings(self, parent_id: int | None) -> list[int]:
        return list(self._children.get(parent_id, []))

    # ---- data ----------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Title"), self.tr("Type"), self.tr("Tier"), self.tr("Metric"), self.tr("Target"),
                self.tr("Actual"), self.tr("Attainment"), self.tr("Pace"), self.tr("Forecast"),
                self.tr("Owner"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        node = self._nodes.get(index.internalId())
        if COLUMNS[index.column()] == "title" or (COLUMNS[index.column()] == "target" and node and node.metric):
            flags |= Qt.ItemFlag.ItemIsEditable  # the target is typed in place for the period shown
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._nodes.get(index.internalId()) if index.isValid() else None
        if node is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.EditRole and column == "target":
            result = self.result(node.id)
            return _edit_text(node.metric, result.target if result else None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return node.title if column == "title" else self._text(node, column)
        if role == Qt.ItemDataRole.UserRole:
            return node.id
        return self._style(node, column, role)

    def _text(self, node: KpiNode, column: str) -> str:
        result = self.result(node.id)
        plain = {"kind": term(node.kind), "tier": term(node.tier), "metric": metric_name(node.metric),
                 "owner": self._owners.get(node.owner_id or 0, "")}
        if column in plain:
            return plain[column]
        if result is None:
            return ""
        if column == "status":
            return status_name(result.status.value) if node.metric or result.status != PaceStatus.NO_TARGET else ""
        if column == "attainment":
            return percent(result.attainment, 0) if result.attainment is not None else ""
        metric = node.metric or Metric.CALLS.value
        value = {"target": result.target, "actual": result.actual, "forecast": result.forecast}[column]
        return format_value(metric, value) if node.metric or value is not None else ""

    def _style(self, node: KpiNode, column: str, role: int) -> Any:
        result = self.result(node.id)
        if role == Qt.ItemDataRole.FontRole and (node.kind == "kgi" or column == "status"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("target", "actual", "attainment", "forecast"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if result is None or column != "status" or not self._text(node, "status"):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._pace_tip(node, result)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[result.status]))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_FILL[result.status]))
        return None

    def _pace_tip(self, node: KpiNode, result: NodeResult) -> str:
        if result.rate:
            return fmt(self.tr("Rate so far %1 against the target %2"), format_value(node.metric, result.actual),
                       format_value(node.metric, result.target))
        if result.expected is None or self._eval is None:
            return ""
        return fmt(self.tr("Expected by today: %1 (%2 of %3 business days)"),
                   format_value(node.metric, result.expected), self._eval.elapsed_days, self._eval.total_days)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN401
        node = self._nodes.get(index.internalId()) if index.isValid() else None
        title = str(value or "").strip()
        if node is not None and role == Qt.ItemDataRole.EditRole and COLUMNS[index.column()] == "target":
            return self._set_target(node, title)
        if node is None or role != Qt.ItemDataRole.EditRole or COLUMNS[index.column()] != "title":
            return False
        if not title or len(title) > 200 or title == node.title:
            return False
        self.undo.push(EditNode(self.store, node.id, {"title": title}, self.tr("Rename %1").replace("%1", title)))
        return True

    def _set_target(self, node: KpiNode, text: str) -> bool:
        """A target typed in the cell: for the period and member shown, one undo step; not a number = refused."""
        if self._eval is None or not node.metric:
            return False
        value = parse_rate(text) if is_rate(node.metric) else parse_amount(text)
        if value is None or value < 0 or (is_rate(node.metric) and value > 1):
            self.refused.emit(fmt(self.tr("「%1」 is not a target for %2: type a number such as 120 or 15%."),
                                  text, node.title))
            return False
        period = self._eval.period
        row = TargetIn(node_id=node.id, metric=node.metric, period_kind=period.kind, period_start=period.start,
                       value=float(value), member_id=self.member_id)
        self.undo.push(WriteTargets(self.store, [row], fmt(self.tr("Set the target of %1"), node.title),
                                    planned=False))
        return True

    # ---- drag and drop ---------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = sorted({i.internalId() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        target = self._drop_target(data, row, parent)
        if target is None or action != Qt.DropAction.MoveAction:
            return False
        node_id, parent_id, position = target
        self.undo.push(MoveNode(self.store, node_id, parent_id, position, self.tr("Move node")))
        return False  # the Store change reloads the model; the view must not remove the source rows

    def _drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[int, int | None, int] | None:
        if not data.hasFormat(MIME):
            return None
        raw = bytes(data.data(MIME).data()).decode()
        if not raw or "," in raw:
            return None
        node_id, parent_id = int(raw), (parent.internalId() if parent.isValid() else None)
        ancestor = parent_id
        while ancestor is not None:
            if ancestor == node_id:
                return None
            ancestor = self._parent_of(ancestor)
        siblings = [s for s in self._children.get(parent_id, []) if s != node_id]
        position = len(siblings) if row < 0 else row
        current = self._children.get(parent_id, [])
        if node_id in current and 0 <= current.index(node_id) < row:
            position -= 1  # the node leaves its old place first
        return node_id, parent_id, max(0, min(position, len(siblings)))


def _edit_text(metric: str | None, value: float | None) -> str:
    """What the editor starts with: the bare number (rates in %), easy to overtype."""
    if value is None or metric is None:
        return ""
    return f"{value * 100:g}%" if is_rate(metric) else f"{value:g}"
