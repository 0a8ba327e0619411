"""``python -m tests.views.child_signals store|undo N``: a writer thread publishes Store changes (or
says an undo is stored) without pause while the GUI thread makes, closes and deletes the window's
StoreSignals (or UndoStack) N times: a database switched while the quick log's writer stores.
Says "errors K" and exits 0, unless Qt crashed."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from shiboken6 import delete  # noqa: E402

from desktop.models.changes import Change  # noqa: E402
from desktop.models.store import Store  # noqa: E402
from desktop.views.shell.signals import StoreSignals  # noqa: E402
from desktop.views.shell.undo_stack import UndoStack  # noqa: E402


def main(what: str, times: int) -> None:
    app = QCoreApplication([])  # noqa: F841 - signals need the application
    store = Store.open(Path(tempfile.mkdtemp(prefix="kpidesk-signals-")) / "team.sqlite3")
    errors: list[str] = []
    stop = threading.Event()
    told = [lambda step: None]  # the newest stack's "stored" callback, as a queued undo holds it

    def writer() -> None:
        while not stop.is_set():
            try:
                store.changes.publish(Change("added", "activity", (1,))) if what == "store" else told[-1](-1)
            except Exception as exc:  # noqa: BLE001 - counted: an emit onto a deleted object
                errors.append(repr(exc))

    thread = threading.Thread(target=writer)
    thread.start()
    for _ in range(times):
        made = StoreSignals(store) if what == "store" else UndoStack()
        if what == "undo":
            told.append(made._told(0))
        made.close()
        delete(made)  # what the old window's context does once the database is switched
    stop.set()
    thread.join()
    store.close()
    print(f"errors {len(errors)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
