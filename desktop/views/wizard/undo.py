"""One undo step per wizard page: the setup state before and after the page wrote its data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.views.shell.context import AppContext


class WizardStep(QUndoCommand):
    """Runs a page's save once; undo and redo swap the whole setup state (tree, targets, rules, settings)."""

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
            self.store.restore_setup_state(self.after)

    def undo(self) -> None:
        self.store.restore_setup_state(self.before)


def push_step(context: AppContext, text: str, save: Callable[[], None]) -> None:
    context.undo.push(WizardStep(context, text, save))
