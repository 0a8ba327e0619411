"""Undo commands for the 活動 page: each calls Store operations that can be reversed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.models.store import Store
from desktop.models.tables import ActivityIn, DealIn, TallyIn


class LogActivities(QUndoCommand):
    """Add activities; undo removes them, redo puts the same rows (same ids) back.

    Given `stored` ids the rows are in the database already (the quick log stores them off the
    GUI thread first): the stack then holds only what was really stored. Given the quick log's
    `queue`, undo and redo are written by that queue too (`move_later`), and the stack
    (views/shell/undo_stack.py) moves only once they are stored.
    """

    def __init__(self, store: Store, rows: Sequence[ActivityIn], text: str, stored: Sequence[int] = (),
                 queue: Any = None) -> None:
        super().__init__(text)
        self.store, self.rows, self.queue = store, list(rows), queue
        self.ids: list[int] = list(stored)
        self.saved: list[dict[str, Any]] = []
        self.already_stored = False  # set by the stack while it moves over a write the queue did
        if queue is None:
            self.move_later = None  # written on the GUI thread, as every other command

    def move_later(self, step: int, done: Any) -> None:
        """Queue the undo (step -1) or redo (+1); `done(step)` is called from the writer once stored."""
        self.queue.put_step(self, step, done)

    def redo(self) -> None:
        if self.already_stored or (self.ids and not self.saved):
            return  # pushed after it was stored, or redone by the queue
        if self.saved:
            self.store.restore_activities(self.saved)
        else:
            self.ids = self.store.add_activities(self.rows)

    def undo(self) -> None:
        if not self.already_stored:
            self.saved = self.store.remove_activities(self.ids)

    def write(self, step: int) -> None:
        """The database side of an undo (-1) or redo (+1), run by the queue's writer thread."""
        if step < 0:
            self.saved = self.store.remove_activities(self.ids)
        else:
            self.store.restore_activities(self.saved)


class DeleteActivities(QUndoCommand):
    """Delete activities; undo restores them with their ids."""

    def __init__(self, store: Store, ids: Sequence[int], text: str) -> None:
        super().__init__(text)
        self.store, self.ids, self.saved = store, list(ids), []

    def redo(self) -> None:
        self.saved = self.store.remove_activities(self.ids)

    def undo(self) -> None:
        self.store.restore_activities(self.saved)


class EditActivity(QUndoCommand):
    """Change an activity's kind, outcome, note or lead."""

    def __init__(self, store: Store, activity_id: int, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.store, self.activity_id, self.new, self.old = store, activity_id, changes, {}  # not self.id: QUndoCommand.id()

    def redo(self) -> None:
        self.old = self.store.update_activity(self.activity_id, **self.new)

    def undo(self) -> None:
        self.store.update_activity(self.activity_id, **self.old)


class SetTallies(QUndoCommand):
    """Write day counts (None clears one) in one step; undo puts the previous counts back."""

    def __init__(self, store: Store, cells: Sequence[tuple[date, int, str, int | None]], text: str) -> None:
        super().__init__(text)
        self.store, self.cells, self.before = store, list(cells), []

    def redo(self) -> None:
        sets = [TallyIn(day=d, member_id=m, metric=k, count=n) for d, m, k, n in self.cells if n is not None]
        clears = [(d, m, k) for d, m, k, n in self.cells if n is None]
        self.before = self.store.set_tallies(sets) if sets else []
        if clears:
            self.before += self.store.clear_tallies(clears)

    def undo(self) -> None:
        self.store.restore_tallies(self.before)


class CallStore(QUndoCommand):
    """A Store edit that returns what its undo needs: do(*args) → saved; undo(saved)."""

    def __init__(self, text: str, do: Any, undo: Any, *args: Any) -> None:
        super().__init__(text)
        self.do, self.reverse, self.args, self.saved = do, undo, args, None

    def redo(self) -> None:
        self.saved = self.do(*self.args)

    def undo(self) -> None:
        self.reverse(self.saved)


class UpdateRow(QUndoCommand):
    """update_<thing>(id, **changes) returning the old values, for leads, members and deals."""

    def __init__(self, update: Any, row_id: int, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.update, self.row_id, self.new, self.old = update, row_id, changes, {}

    def redo(self) -> None:
        old = self.update(self.row_id, **self.new)
        self.old = old if isinstance(old, dict) else {}

    def undo(self) -> None:
        self.update(self.row_id, **self.old)


class AddDeal(QUndoCommand):
    """Open a deal from an appointment (dated on its day) or from the editor's values; undo deletes it."""

    def __init__(self, store: Store, activity_id: int | None, day: date | None, text: str,
                 values: dict[str, Any] | None = None) -> None:
        super().__init__(text)
        self.store, self.activity_id, self.day, self.values = store, activity_id, day, values
        self.row: dict[str, Any] | None = None
        self.deal_id: int | None = None

    def redo(self) -> None:
        if self.row is not None:
            self.store.restore_deal(self.row)
        elif self.activity_id is not None:
            self.deal_id = self.store.deal_from_activity(self.activity_id, self.day)
        else:
            self.deal_id = self.store.add_deals([DealIn.model_validate(self.values)])[0]

    def undo(self) -> None:
        self.row = self.store.remove_deal(self.deal_id)


class AddContract(QUndoCommand):
    """Add a contract term (a new one, or 更新's next term); undo deletes it, redo puts it back (same id)."""

    def __init__(self, store: Store, text: str, add: Any) -> None:
        super().__init__(text)
        self.store, self.add = store, add
        self.row: dict[str, Any] | None = None
        self.contract_id: int | None = None

    def redo(self) -> None:
        if self.row is not None:
            self.store.restore_contract(self.row)
        else:
            self.contract_id = self.add()

    def undo(self) -> None:
        self.row = self.store.remove_contract(self.contract_id)


class Steps(QUndoCommand):
    """Several commands as one undo step (a deal's fields and its contract, saved together)."""

    def __init__(self, text: str, steps: Sequence[QUndoCommand]) -> None:
        super().__init__(text)
        self.steps = list(steps)

    def redo(self) -> None:
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()
