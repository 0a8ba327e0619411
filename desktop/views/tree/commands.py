"""Undo commands for every edit on the KPI tree page; each calls reversible Store operations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.models.store import Store
from desktop.models.tables import KpiNodeIn, TargetIn
from desktop.models.tree import TargetWrite


class AddNodes(QUndoCommand):
    """Add a node (or a preset's small tree); undo removes it, redo restores the same ids."""

    def __init__(self, store: Store, rows: Sequence[tuple[KpiNodeIn, int | None]], text: str,
                 place: int | None = None) -> None:
        super().__init__(text)
        self.store, self.rows, self.place = store, list(rows), place
        self.ids: list[int] = []
        self._saved: dict[str, list[dict[str, Any]]] | None = None

    def redo(self) -> None:
        if self._saved is None:
            self.ids = self.store.add_nodes(self.rows)
            if self.place is not None:  # between siblings, keeping positions dense
                self.store.move_node(self.ids[0], self.rows[0][0].parent_id, self.place)
        else:
            self.store.restore_nodes(self._saved)

    def undo(self) -> None:
        self._saved = self.store.remove_nodes(self.ids)


class EditNode(QUndoCommand):
    """Change fields of one node (title, metric, derive …); undo puts the old values back."""

    def __init__(self, store: Store, node_id: int, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.node_id, self.new = store, node_id, dict(changes)
        node = next(n for n in store.nodes() if n.id == node_id)
        self.old = {key: getattr(node, key) for key in changes}

    def redo(self) -> None:
        self.store.update_node(self.node_id, **self.new)

    def undo(self) -> None:
        self.store.update_node(self.node_id, **self.old)


class MoveNode(QUndoCommand):
    """Move a node to another parent or position; undo moves it back."""

    def __init__(self, store: Store, node_id: int, parent_id: int | None, position: int, text: str) -> None:
        super().__init__(text)
        self.store, self.node_id, self.to = store, node_id, (parent_id, position)
        self.back: tuple[int | None, int] | None = None

    def redo(self) -> None:
        self.back = self.store.move_node(self.node_id, *self.to)

    def undo(self) -> None:
        if self.back is not None:
            self.store.move_node(self.node_id, *self.back)


class DeleteNodes(QUndoCommand):
    """Delete nodes with their subtrees and targets; undo restores them with the same ids."""

    def __init__(self, store: Store, node_ids: Sequence[int], text: str) -> None:
        super().__init__(text)
        self.store, self.node_ids = store, list(node_ids)
        self._saved: dict[str, list[dict[str, Any]]] | None = None

    def redo(self) -> None:
        self._saved = self.store.remove_nodes(self.node_ids)

    def undo(self) -> None:
        if self._saved is not None:
            self.store.restore_nodes(self._saved)


class WriteTargets(QUndoCommand):
    """Write many targets (a whole plan) in one step; undo restores what they replaced."""

    def __init__(self, store: Store, rows: Sequence[Any], text: str, planned: bool = True) -> None:
        super().__init__(text)
        self.store, self.rows, self.planned = store, list(rows), planned
        self.done: TargetWrite | None = None

    def redo(self) -> None:
        self.done = self.store.write_targets(self.rows, planned=self.planned)

    def undo(self) -> None:
        if self.done is not None:
            self.store.revert_targets(self.done)


def target_row(node_id: int, metric: str, kind: str, start: Any, value: float,
               member_id: int | None = None) -> TargetIn:
    """A target row for one node and period: the team's, or one member's own (member_id)."""
    return TargetIn(node_id=node_id, metric=metric, member_id=member_id, period_kind=kind, period_start=start,
                    value=value)
