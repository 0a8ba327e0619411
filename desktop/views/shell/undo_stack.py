"""The window's undo stack, which says only what the database says.

A step whose write happens off the GUI thread (a quick-log entry: the database may be locked by an
import for seconds) is not undone by the stack itself: the stack asks the step to queue its write
(`move_later`) and moves only once the write was stored. Until then the step is shown pending, and
a step pushed meanwhile waits for those moves (it comes after them).

A write the database refuses (on a team's server a rep's change to another member's records, which
row-level security forbids; a read-only offline copy) does not move the stack: a command whose
first `redo` is refused is not pushed, an undo or redo that is refused leaves the index where it
was, and `refused` carries the one sentence that says why.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.models.errors import StoreError
from desktop.views.shell.store_errors import store_error_text


def _nothing() -> None:
    """Stands in for a command's undo/redo while Qt moves over a write already done."""


class UndoStack(QUndoStack):
    """QUndoStack whose queued steps move it only after the database did them."""

    stored = Signal(int, int)  # (generation, -1 an undo / +1 a redo) was stored; emitted by a writer thread
    not_stored = Signal(int, int, str)  # (generation, step, error code): the writer's write was refused
    refused = Signal(str)  # a write the database refused, in one sentence; the stack did not move

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ahead = 0  # moves asked for and not stored yet: -n undos or +n redos
        self._generation = 0  # clear() forgets the moves in flight
        self._later: list[QUndoCommand] = []
        self._emitting = threading.RLock()  # held while a writer says a move is stored, and by close()
        self._closed = False
        self.stored.connect(self._on_stored)
        self.not_stored.connect(self._on_not_stored)

    def close(self) -> None:
        """Hear of no more stored moves (the database was switched). Once this returns no writer
        thread is emitting on this stack, so it may be deleted."""
        with self._emitting:
            self._closed = True

    def undo(self) -> None:
        self._move(-1)

    def redo(self) -> None:
        self._move(1)

    def push(self, command: QUndoCommand) -> None:
        if self.ahead:
            self._later.append(command)  # after the undos/redos asked before it
        else:
            self._guarded(command, "redo", lambda: super(UndoStack, self).push(command))

    def clear(self) -> None:
        self.ahead, self._later = 0, []
        self._generation += 1
        super().clear()

    def _guarded(self, command: QUndoCommand, name: str, move: Callable[[], None]) -> bool:
        """Do the command's write first; only when the database took it does Qt `move` (with the
        write standing aside, not done twice). False when it was refused. Qt's own macro command
        (beginMacro) has no Python method to stand aside: Qt moves it as it is."""
        if type(command) is QUndoCommand:
            move()
            return True
        try:
            getattr(command, name)()
        except StoreError as exc:
            self.refused.emit(store_error_text(exc))
            return False
        setattr(command, name, _nothing)  # Qt calls the instance's attribute in place of the method
        try:
            move()
        finally:
            delattr(command, name)
        return True

    def _move(self, step: int) -> None:
        if self.ahead and (self.ahead > 0) != (step > 0):
            return  # the other way round waits until what was asked is stored
        command = self.command(self.index() + self.ahead - (1 if step < 0 else 0))
        move_later = getattr(command, "move_later", None)
        if command is None or (move_later is None and self.ahead):
            return  # nothing to move, or a step under a pending one: it waits for it
        if move_later is None:
            if step < 0:
                self._guarded(command, "undo", super().undo)
            else:
                self._guarded(command, "redo", super().redo)
            return
        self.ahead += step
        move_later(step, self._told(self._generation))

    def _told(self, generation: int) -> Callable[..., None]:
        """What a writer calls once a move is stored (or refused: `refused` is the error code). It holds
        the stack weakly (the last reference never goes in the writer's thread) and emits only while
        the stack is open."""
        stack, lock = weakref.ref(self), self._emitting

        def done(step: int, refused: str = "") -> None:
            with lock:
                alive = stack()
                if alive is not None and not alive._closed:
                    if refused:
                        alive.not_stored.emit(generation, step, refused)
                    else:
                        alive.stored.emit(generation, step)
                del alive  # dropped under the lock: close() waits for it

        return done

    def _on_stored(self, generation: int, step: int) -> None:
        if generation != self._generation:
            return  # cleared since it was asked (the database was switched)
        self.ahead -= step
        command = self.command(self.index() - 1 if step < 0 else self.index())
        if command is not None:
            command.already_stored = True  # the stack moves; the write is done
            super().undo() if step < 0 else super().redo()
            command.already_stored = False
        self._push_later()

    def _on_not_stored(self, generation: int, step: int, code: str) -> None:
        if generation != self._generation:
            return
        self.ahead -= step  # the database refused it: the stack stays where it is
        self.refused.emit(store_error_text(StoreError(code)))
        self._push_later()

    def _push_later(self) -> None:
        while not self.ahead and self._later:
            self.push(self._later.pop(0))
