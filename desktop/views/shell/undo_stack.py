"""The window's undo stack, which says only what the database says.

A step whose write happens off the GUI thread (a quick-log entry: the database may be locked by an
import for seconds) is not undone by the stack itself: the stack asks the step to queue its write
(`move_later`) and moves only once the write was stored. Until then the step is shown pending, and
a step pushed meanwhile waits for those moves (it comes after them).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack


class UndoStack(QUndoStack):
    """QUndoStack whose queued steps move it only after the database did them."""

    stored = Signal(int, int)  # (generation, -1 an undo / +1 a redo) was stored; emitted by a writer thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ahead = 0  # moves asked for and not stored yet: -n undos or +n redos
        self._generation = 0  # clear() forgets the moves in flight
        self._later: list[QUndoCommand] = []
        self._emitting = threading.RLock()  # held while a writer says a move is stored, and by close()
        self._closed = False
        self.stored.connect(self._on_stored)

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
            super().push(command)

    def clear(self) -> None:
        self.ahead, self._later = 0, []
        self._generation += 1
        super().clear()

    def _move(self, step: int) -> None:
        if self.ahead and (self.ahead > 0) != (step > 0):
            return  # the other way round waits until what was asked is stored
        command = self.command(self.index() + self.ahead - (1 if step < 0 else 0))
        move_later = getattr(command, "move_later", None)
        if command is None or (move_later is None and self.ahead):
            return  # nothing to move, or a step under a pending one: it waits for it
        if move_later is None:
            super().undo() if step < 0 else super().redo()
            return
        self.ahead += step
        move_later(step, self._told(self._generation))

    def _told(self, generation: int) -> Callable[[int], None]:
        """What a writer calls once a move is stored. It holds the stack weakly (the last reference
        never goes in the writer's thread) and emits only while the stack is open."""
        stack, lock = weakref.ref(self), self._emitting

        def done(step: int) -> None:
            with lock:
                alive = stack()
                if alive is not None and not alive._closed:
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
        while not self.ahead and self._later:
            super().push(self._later.pop(0))
