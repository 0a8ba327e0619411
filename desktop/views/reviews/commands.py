"""Undo commands for reviews: save a review (with its notes and any changed targets), change an action."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.models.store import Store
from desktop.models.tables import ReviewIn, TargetIn
from desktop.models.tree import TargetWrite


class SaveReview(QUndoCommand):
    """Save a review, its findings/actions/decisions and (quarterly) the new targets, as one step."""

    def __init__(self, store: Store, review: ReviewIn, notes: list[dict[str, Any]], text: str,
                 targets: list[TargetIn] | None = None) -> None:
        super().__init__(text)
        self.store, self.data, self.notes, self.targets = store, review, notes, targets or []
        self.saved: dict[str, Any] | None = None
        self.saved_targets: TargetWrite | None = None
        self.review_id: int | None = None

    def redo(self) -> None:
        if self.saved is None:
            self.review_id = self.store.add_review(self.data, self.notes).id
        else:
            self.store.restore_review(self.saved)
        if self.targets:
            self.saved_targets = self.store.write_targets(self.targets, planned=False)

    def undo(self) -> None:
        if self.saved_targets is not None:
            self.store.revert_targets(self.saved_targets)
        self.saved = self.store.remove_review(self.review_id)


class UpdateAction(QUndoCommand):
    """Change a review action (status, start day …); undo puts the old values back."""

    def __init__(self, store: Store, action_id: int, text: str, **changes: Any) -> None:
        super().__init__(text)
        self.store, self.action_id, self.changes = store, action_id, changes
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.store.update_action(self.action_id, **self.changes)

    def undo(self) -> None:
        self.store.update_action(self.action_id, **self.old)
