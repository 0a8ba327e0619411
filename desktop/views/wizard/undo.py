"""Undo for the setup wizard: a step per page inside the wizard, one step for the whole wizard outside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.models.store import Store
from desktop.views.shell.context import AppContext


class WizardStep(QUndoCommand):
    """Runs a page's save once; undo and redo swap the whole setup state (tree, targets, rules, members, settings)."""

    def __init__(self, context: AppContext, text: str, save: Callable[[], None]) -> None:
        super().__init__(text)
        self.store, self.save = context.store, save
        self.before: dict[str, Any] | None = None
        self.after: dict[str, Any] | None = None

    def redo(self) -> None:
        if self.after is None:
            self.before = self.store.setup_state()
            self.save()
            self.after = self.store.setup_state()
        else:
            self.store.restore_setup_state(self.after, since=self.before)

    def undo(self) -> None:
        self.store.restore_setup_state(self.before, since=self.after)


class FinishedSetup(QUndoCommand):
    """The whole wizard as one step on the main stack: already applied, so the first redo does nothing."""

    def __init__(self, store: Store, before: dict[str, Any], after: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.before, self.after = store, before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.store.restore_setup_state(self.after, since=self.before)

    def undo(self) -> None:
        self.store.restore_setup_state(self.before, since=self.after)


def push_step(context: AppContext, text: str, save: Callable[[], None]) -> None:
    context.undo.push(WizardStep(context, text, save))


def discard_steps(stack: QUndoStack) -> None:
    """Undo every page's step: the database is as it was when the wizard opened."""
    stack.setIndex(0)
