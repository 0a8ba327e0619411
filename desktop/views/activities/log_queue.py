"""The quick log's writes, off the GUI thread: queued in order, retried until stored, never lost.

A key press never waits for the database. While another process holds the write lock (an import
of 400k rows holds it for ~9 s) the entry stays queued and visibly pending, and is tried again
until it is stored; only then does it reach the undo stack.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.models import errors
from desktop.models.store import Store
from desktop.models.tables import ActivityIn
from desktop.views.activities import kept

RETRY_S = (0.2, 0.5, 1.0, 2.0, 5.0)  # waits between attempts; the last repeats
REFUSED = (errors.NOT_YOURS, errors.OFFLINE)  # no retry stores these: row-level security, a read-only copy
_LIVE: set[LogQueue] = set()  # a queue outlives its panel (database switched) until it stored everything


@dataclass(eq=False)
class Entry:
    """One key press: its rows, its words, and (once stored) the ids they got."""

    rows: list[ActivityIn]
    label: str
    who: str = ""
    ids: list[int] = field(default_factory=list)
    problem: str = ""  # the code of the last failed attempt, "" while none failed
    refused: bool = False  # the database said no for good (another member's records, an offline copy)
    cancelled: bool = False
    finished: bool = False  # stored (or given up); only its signal is still on the way
    restored: bool = False  # kept in the file beside the database at the last quit
    step: int = 0  # 0 a new entry; -1 / +1 the undo / redo of a stored one (`command`), then `done(step)`
    command: Any = None
    done: Any = None
    remove: list[str] = field(default_factory=list)  # an undo kept at the last quit: the keys it removes


class LogQueue(QObject):
    """One writer thread storing entries in the order they were made."""

    stored = Signal(object)  # Entry, delivered on the GUI thread
    waiting = Signal(object)  # Entry whose attempt failed; it stays queued and is tried again
    asked = Signal(object)  # Entry: an undo/redo of a stored entry was queued (emitted on the GUI thread)
    refused = Signal(object)  # Entry the database refused for good (`problem` says why); it is not stored

    def __init__(self, store: Store) -> None:
        super().__init__()  # no parent: a closed panel must not take the queued entries with it
        self.store = store
        self._todo: queue.Queue[Entry | None] = queue.Queue()
        self._pending: list[Entry] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._ended = False
        self.kept_in: Path | None = None  # where keep() wrote what it could not store
        self.found_in: list[Path] = []  # where restore() found what the last quit kept
        self._thread = threading.Thread(target=self._run, name="quick-log-writer", daemon=True)
        _LIVE.add(self)
        self._thread.start()

    def put(self, entry: Entry) -> None:
        with self._lock:
            self._pending.append(entry)
            self._idle.clear()
            self._todo.put(entry)
            if self._ended and not self._stop.is_set():  # released with its panel; an undo on the stack needs it
                self._ended = False
                self._thread = threading.Thread(target=self._run, name="quick-log-writer", daemon=True)
                _LIVE.add(self)
                self._thread.start()

    def put_step(self, command: Any, step: int, done: Any) -> None:
        """Queue the undo (-1) or redo (+1) of a stored entry: `command.write(step)`, then `done(step)`."""
        label = command.text()
        entry = Entry([], label, step=step, command=command, done=done)
        self.put(entry)
        self.asked.emit(entry)

    def pending(self) -> list[Entry]:
        """Entries not stored yet, oldest first."""
        with self._lock:
            return [e for e in self._pending if not e.cancelled and not e.step and not e.finished]

    def pending_steps(self) -> list[Entry]:
        """Undos and redos asked for and not stored yet, oldest first."""
        with self._lock:
            return [e for e in self._pending if e.step]

    def unstored(self) -> list[Entry]:
        """Entries, undos and redos not stored yet, in the order they were asked for."""
        with self._lock:
            return [e for e in self._pending if not e.cancelled and not e.finished]

    def cancel_last(self) -> Entry | None:
        """Take back the newest entry not stored yet (it is never stored, or removed at once)."""
        with self._lock:
            if self._pending and self._pending[-1].step:
                return None  # an undo or redo is under way: Ctrl+Z goes to the stack (which waits for it)
            live = [e for e in self._pending if not e.cancelled and not e.step and not e.finished]
            if live:
                live[-1].cancelled = True
            return live[-1] if live else None

    def wait_idle(self, timeout: float) -> bool:
        """Block until every entry is stored (True) or `timeout` seconds passed (False)."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> list[Entry]:
        """Give the queue up to `timeout` s to store what is pending; return what it could not
        (entries, undos and redos, in order)."""
        self.wait_idle(timeout)
        self._stop.set()
        self._todo.put(None)
        return self.unstored()

    def keep(self, timeout: float = 10.0) -> list[Entry]:
        """At quit: `timeout` s to store what is pending; the rest goes into the file beside the database
        (or, when its folder cannot be written, into the user data folder: `kept_in` says where).

        An undo not stored yet is kept as the keys of the rows it removes, a redo as the rows it puts
        back: the next start applies each once (by key), in the order they were asked for."""
        left = self.close(timeout)
        if self.store.path is not None and (left or self._restoring()):
            try:
                self.kept_in = kept.save(self.store.path, [_as_json(e) for e in left])
            except OSError:
                pass  # nowhere to keep them: the restored ones stay in the old file, which is still there
        return left

    def restore(self) -> int:
        """Put the entries kept at the last quit back into the queue, oldest first; how many."""
        self.found_in = kept.found_in(self.store.path) if self.store.path is not None else []
        found = kept.load(self.store.path) if self.found_in else []
        for data in found:
            label, who = str(data.get("label", "")), str(data.get("who", ""))
            if data.get("remove"):
                self.put(Entry([], label, who, restored=True, step=-1, remove=[str(k) for k in data["remove"]]))
                continue
            rows = [ActivityIn.model_validate(r) for r in data["rows"]]
            self.put(Entry(rows, label, who, restored=True))
        return len(found)

    def _restoring(self) -> bool:
        with self._lock:
            return any(e.restored for e in self._pending)

    def release(self) -> None:
        """The panel is gone: nobody hears of it any more; store what is queued, then end the thread."""
        for signal in (self.stored, self.waiting, self.asked, self.refused):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass  # nothing was connected
        self._todo.put(None)

    def _run(self) -> None:
        while True:
            entry = self._todo.get()
            if entry is not None:
                self._store(entry)
                continue
            with self._lock:
                if self._todo.empty() or self._stop.is_set():
                    self._ended = True
                    _LIVE.discard(self)
                    return

    def _store(self, entry: Entry) -> None:
        attempt = 0
        while not entry.cancelled:
            try:
                self._write(entry)
                break
            except Exception as exc:  # noqa: BLE001 - busy, full, read-only …: kept and tried again
                if isinstance(exc, errors.StoreError) and exc.code in REFUSED:
                    entry.problem, entry.refused = exc.code, True
                    break
                entry.problem = errors.failure_code(exc) or "unexpected"
                self.waiting.emit(entry)
                if self._stop.wait(RETRY_S[min(attempt, len(RETRY_S) - 1)]):
                    return  # closing: the entry stays pending and close() reports it
                attempt += 1
        self._finish(entry)

    def _write(self, entry: Entry) -> None:
        if entry.remove:
            self.store.remove_activities_by_key(entry.remove)  # a key removed already is skipped
        elif entry.step:
            entry.command.write(entry.step)
        else:
            entry.ids = self.store.add_activities_once(entry.rows)  # a key stored already is not added again

    def _finish(self, entry: Entry) -> None:
        with self._lock:
            entry.finished = True  # too late to take back: Ctrl+Z now goes to the stack
            cancelled = entry.cancelled
        if cancelled and entry.ids:
            self._take_back(entry)  # taken back while it was being stored
        with self._lock:  # idle only once the database says what the queue was asked
            self._pending.remove(entry)
            if not self._pending:
                self._idle.set()
            last_restored = entry.restored and not any(e.restored for e in self._pending)
        if last_restored:
            self._forget_kept()
        if entry.step and not entry.remove:
            self._tell(entry)
        elif entry.refused:
            self.refused.emit(entry)
        elif not cancelled:
            self.stored.emit(entry)  # a kept undo too: it is on no stack, the panel only says so

    def _take_back(self, entry: Entry) -> None:
        attempt = 0
        while True:
            try:
                self.store.remove_activities(entry.ids)
                return
            except Exception:  # noqa: BLE001 - busy …: tried again, as the write was
                if self._stop.wait(RETRY_S[min(attempt, len(RETRY_S) - 1)]):
                    return
                attempt += 1

    @staticmethod
    def _tell(entry: Entry) -> None:
        """The stack hears that the undo/redo is stored (a queued signal onto the GUI thread)."""
        try:
            entry.done(entry.step, entry.problem if entry.refused else "")
        except RuntimeError:
            pass  # the stack is gone (database switched): the write is stored all the same

    def _forget_kept(self) -> None:
        """Every restored entry is stored: the file goes (killed before this, they are found by key)."""
        try:
            kept.save(self.store.path, [])
        except OSError:
            pass


def _as_json(entry: Entry) -> dict[str, Any]:
    """A new entry or a redo: its rows, added once by key; an undo: the keys of the rows it removes."""
    if entry.remove or entry.step < 0:
        keys = entry.remove or [r.dedupe_key for r in entry.command.rows if r.dedupe_key]
        return {"label": entry.label, "who": entry.who, "remove": keys}
    rows = entry.command.rows if entry.step else entry.rows
    label = getattr(entry.command, "label", entry.label) if entry.step else entry.label
    return {"label": label, "who": entry.who, "rows": [r.model_dump(mode="json") for r in rows]}
