"""The Qt bridge: Store changes (and other processes' writes) become one signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.models.changes import Change
from desktop.models.store import Store

POLL_MS = 1000


class StoreSignals(QObject):
    """Emits `changed(Change)` for every Store change and for writes by other processes."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._store = store
        self._unsubscribe = store.changes.subscribe(self.changed.emit)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.check_external)
        self._poll.start()

    def check_external(self) -> None:
        """Cheap `PRAGMA data_version` check; another process's commit emits a reset."""
        if self._store.poll_external_change():
            self.changed.emit(Change("reset", "*"))

    def close(self) -> None:
        self._poll.stop()
        self._unsubscribe()


class Coalescer(QObject):
    """Calls `callback` once after a burst of `poke()`s (a 100,000-row import → one redraw)."""

    def __init__(self, callback: Callable[[], None], delay_ms: int = 60, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._fire)
        self.fired = 0

    def poke(self, *_: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

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

    def _fire(self) -> None:
        self.fired += 1
        self._callback()
