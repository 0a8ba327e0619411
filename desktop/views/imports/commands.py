"""Undo-stack commands for imports: an import just made, and undoing one from the history."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.models.store import Store


class ImportMade(QUndoCommand):
    """An import that already ran: undo removes its batch, redo puts the same rows back."""

    def __init__(self, store: Store, batch_id: int, text: str) -> None:
        super().__init__(text)
        self.store, self.batch_id = store, batch_id
        self.removed: dict[str, Any] | None = None

    def redo(self) -> None:
        if self.removed is not None:
            self.store.redo_import(self.removed)
            self.removed = None

    def undo(self) -> None:
        self.removed = self.store.undo_import(self.batch_id)


class UndoImport(QUndoCommand):
    """Undo an earlier import (from the history); undoing this puts the batch back."""

    def __init__(self, store: Store, batch_id: int, text: str) -> None:
        super().__init__(text)
        self.store, self.batch_id = store, batch_id
        self.removed: dict[str, Any] | None = None

    def redo(self) -> None:
        self.removed = self.store.undo_import(self.batch_id)

    def undo(self) -> None:
        if self.removed is not None:
            self.store.redo_import(self.removed)
            self.removed = None
