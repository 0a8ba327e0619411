"""The Qt bridge: Store changes (and other processes' writes) become one signal."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from desktop.models.changes import Change
from desktop.models.store import Store

POLL_MS = 1000


class StoreSignals(QObject):
    """Emits `changed(Change)` for every Store change and for writes by other processes."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._store = store
        self._emitting = threading.RLock()  # held while a change is handed on, and by close()
        self._closed = False
        self._unsubscribe = store.changes.subscribe(self._forward)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.check_external)
        self._poll.start()
        self._socket: QSocketNotifier | None = None
        self._watch_socket()

    def _watch_socket(self) -> None:
        """On a team's server, the listening connection's socket wakes us as soon as a NOTIFY
        arrives (the timer still runs: it notices a dropped connection and reconnects)."""
        fd = self._store.change_socket()
        if self._socket is not None and (fd is None or self._socket.socket() != fd):
            self._socket.setEnabled(False)
            self._socket.deleteLater()
            self._socket = None
        if fd is not None and self._socket is None:
            self._socket = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._socket.activated.connect(self.check_external)

    def check_external(self) -> None:
        """Others' commits: SQLite's `PRAGMA data_version` (a reset of everything), or on a team's
        server the tables and ids of the change sequence, read when a NOTIFY has arrived (the
        listening socket is only looked at, never waited on)."""
        for change in self._store.external_changes():
            self.changed.emit(change)
        self._watch_socket()

    def _forward(self, change: Change) -> None:
        """The Store's change, from whichever thread wrote it (the quick log's writer …)."""
        with self._emitting:
            if not self._closed:
                self.changed.emit(change)

    def close(self) -> None:
        """Hand on nothing more. Once this returns no writer thread is emitting on this object any
        more, so it may be deleted (a publish in flight while it was deleted crashed in Qt)."""
        self._poll.stop()
        if self._socket is not None:
            self._socket.setEnabled(False)
        with self._emitting:
            self._closed = True
        self._unsubscribe()


class Coalescer(QObject):
    """Calls `callback` once after a burst of `poke()`s (a 100,000-row import → one redraw).

    `leading`: the first poke after a quiet `delay_ms` calls back at the next turn of the event loop
    (another client's one write is repainted without waiting out the delay); pokes after it are
    gathered into one call at most every `delay_ms`, as without it.
    """

    def __init__(self, callback: Callable[[], None], delay_ms: int = 60, parent: QObject | None = None,
                 leading: bool = False) -> None:
        super().__init__(parent)
        self._callback = callback
        self._delay, self._leading, self._last = delay_ms, leading, float("-inf")
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._fire)
        self.fired = 0

    def poke(self, *_: object) -> None:
        if self._timer.isActive():
            return
        if self._leading:
            since = (time.monotonic() - self._last) * 1000
            self._timer.start(0 if since >= self._delay else int(self._delay - since))
        else:
            self._timer.start(self._delay)

    def watch(self, signals: StoreSignals, tables: tuple[str, ...]) -> Coalescer:
        """Poke on every change to one of these tables (or to all of them, "*"); the connection
        goes with this object, so a closed page is never called back."""
        self._tables = (*tables, "*")
        signals.changed.connect(self._on_change)
        return self

    def _on_change(self, change: Change) -> None:
        if change.table in self._tables:
            self.poke()

    def flush(self) -> None:
        """Run now if a call is pending (tests, and before a screenshot)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> bool:
        """Drop a pending call; True when one was pending."""
        pending = self._timer.isActive()
        self._timer.stop()
        return pending

    def _fire(self) -> None:
        self.fired += 1
        self._last = time.monotonic()
        self._callback()
