"""The quick log's writes, off the GUI thread: queued in order, retried until stored, never lost.

A key press never waits for the database. While another process holds the write lock (an import
of 400k rows holds it for ~9 s) the entry stays queued and visibly pending, and is tried again
until it is stored; only then does it reach the undo stack.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop.models import errors
from desktop.models.store import Store
from desktop.models.tables import ActivityIn

RETRY_S = (0.2, 0.5, 1.0, 2.0, 5.0)  # waits between attempts; the last repeats
_LIVE: set[LogQueue] = set()  # a queue outlives its panel (database switched) until it stored everything


@dataclass(eq=False)
class Entry:
    """One key press: its rows, its words, and (once stored) the ids they got."""

    rows: list[ActivityIn]
    label: str
    who: str = ""
    ids: list[int] = field(default_factory=list)
    problem: str = ""  # the code of the last failed attempt, "" while none failed
    cancelled: bool = False


class LogQueue(QObject):
    """One writer thread storing entries in the order they were made."""

    stored = Signal(object)  # Entry, delivered on the GUI thread
    waiting = Signal(object)  # Entry whose attempt failed; it stays queued and is tried again

    def __init__(self, store: Store) -> None:
        super().__init__()  # no parent: a closed panel must not take the queued entries with it
        self.store = store
        self._todo: queue.Queue[Entry | None] = queue.Queue()
        self._pending: list[Entry] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name="quick-log-writer", daemon=True)
        _LIVE.add(self)
        self._thread.start()

    def put(self, entry: Entry) -> None:
        with self._lock:
            self._pending.append(entry)
            self._idle.clear()
        self._todo.put(entry)

    def pending(self) -> list[Entry]:
        """Entries not stored yet, oldest first."""
        with self._lock:
            return [e for e in self._pending if not e.cancelled]

    def cancel_last(self) -> Entry | None:
        """Take back the newest entry not stored yet (it is never stored, or removed at once)."""
        with self._lock:
            live = [e for e in self._pending if not e.cancelled]
            if live:
                live[-1].cancelled = True
            return live[-1] if live else None

    def wait_idle(self, timeout: float) -> bool:
        """Block until every entry is stored (True) or `timeout` seconds passed (False)."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> list[Entry]:
        """Give the queue up to `timeout` s to store what is pending; return what it could not."""
        self.wait_idle(timeout)
        self._stop.set()
        self._todo.put(None)
        return self.pending()

    def release(self) -> None:
        """The panel is gone: nobody hears of it any more; store what is queued, then end the thread."""
        for signal in (self.stored, self.waiting):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass  # nothing was connected
        self._todo.put(None)

    def _run(self) -> None:
        while (entry := self._todo.get()) is not None:
            self._store(entry)
        _LIVE.discard(self)

    def _store(self, entry: Entry) -> None:
        attempt = 0
        while not entry.cancelled:
            try:
                entry.ids = self.store.add_activities(entry.rows)
                break
            except Exception as exc:  # noqa: BLE001 - busy, full, read-only …: kept and tried again
                entry.problem = errors.failure_code(exc) or "unexpected"
                self.waiting.emit(entry)
                if self._stop.wait(RETRY_S[min(attempt, len(RETRY_S) - 1)]):
                    return  # closing: the entry stays pending and close() reports it
                attempt += 1
        self._finish(entry)

    def _finish(self, entry: Entry) -> None:
        with self._lock:
            self._pending.remove(entry)
            cancelled = entry.cancelled
        if cancelled and entry.ids:
            self.store.remove_activities(entry.ids)  # taken back while it was being stored
        if not cancelled:
            self.stored.emit(entry)
        with self._lock:  # idle only once the removal above is done: wait_idle() means "as stored"
            if not self._pending:
                self._idle.set()
