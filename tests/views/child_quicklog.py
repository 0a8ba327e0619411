"""A KPI Desk quick log in a real child process, for the quit / next-start tests.

``python -m tests.views.child_quicklog keep DB`` logs three calls (say "ready", wait for a line),
then quits as the app does (`LogQueue.keep`, 0.5 s) and says "kept N".
``python -m tests.views.child_quicklog keep_undo DB`` stores three calls, says "ready", waits for a
line, asks to undo the last one (it cannot be stored: the test holds the write lock), then quits
as the app does and says "kept N".
``unshare -rm python -m tests.views.child_quicklog keep_read_only DB`` opens the database, says
"ready", waits for a line, makes the database's folder read-only (a read-only bind mount over it, in
its own mount namespace: the open database files stay as they were), logs three calls and quits as
the app does, saying "kept N in PATH".
``python -m tests.views.child_quicklog restore DB`` is the next start: it puts the kept entries back
into the queue and says "stored LABEL" for each one stored, then "done".
"""

from __future__ import annotations

import os
import sys
from datetime import date, time
from pathlib import Path
from uuid import uuid4

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from desktop.models import db  # noqa: E402
from desktop.models.store import Store  # noqa: E402
from desktop.models.tables import ActivityIn  # noqa: E402
from desktop.views.activities.log_queue import Entry, LogQueue  # noqa: E402

DAY = date(2025, 6, 10)
OUTCOMES = ("no_answer", "gatekeeper", "appointment")


def _say(word: str) -> None:
    print(word, flush=True)


def keep(path: str) -> None:
    _say(f"kept {len(_log_after_ready(path).keep(0.5))}")


def _log_after_ready(path: str, first=lambda: None) -> LogQueue:  # noqa: ANN001 - () -> None
    """Open the database, say "ready", wait for a line, call `first`, then queue three calls."""
    db.BUSY_TIMEOUT_MS = 200
    store = Store.open(Path(path), check=False)
    member = store.members()[0].id
    queue = LogQueue(store)
    _say("ready")
    sys.stdin.readline()
    first()
    for n, outcome in enumerate(OUTCOMES):
        row = ActivityIn(day=DAY, at=time(9, n), member_id=member, kind="call", outcome=outcome,
                         dedupe_key=f"quicklog:{uuid4().hex}")
        queue.put(Entry([row], f"call {n}", "山田 太郎"))
    return queue


def keep_read_only(path: str) -> None:
    import subprocess

    folder = str(Path(path).parent)
    queue = _log_after_ready(path, lambda: [subprocess.run(["mount", *args, folder, folder], check=True)
                                            for args in (["--bind"], ["-o", "remount,bind,ro"])])
    left = queue.keep(0.5)
    _say(f"kept {len(left)} in {queue.kept_in}")


def keep_undo(path: str) -> None:
    from desktop.views.activities.commands import LogActivities

    db.BUSY_TIMEOUT_MS = 200
    store = Store.open(Path(path), check=False)
    member = store.members()[0].id
    queue = LogQueue(store)
    entries = [Entry([ActivityIn(day=DAY, at=time(9, n), member_id=member, kind="call", outcome=outcome,
                                 dedupe_key=f"quicklog:{uuid4().hex}")], f"call {n}", "山田 太郎")
               for n, outcome in enumerate(OUTCOMES)]
    for entry in entries:
        queue.put(entry)
    queue.wait_idle(30)
    last = LogActivities(store, entries[-1].rows, "Log call 2", stored=entries[-1].ids, queue=queue)
    _say("ready")
    sys.stdin.readline()
    last.move_later(-1, lambda step: None)  # Ctrl+Z on the stored call, as the undo stack asks it
    _say(f"kept {len(queue.keep(0.5))}")


def restore(path: str) -> None:
    app = QCoreApplication([])
    store = Store.open(Path(path), check=False)
    queue = LogQueue(store)
    heard: list[str] = []
    queue.stored.connect(lambda entry: (heard.append(entry.label), _say(f"stored {entry.label}")))
    count = queue.restore()
    _say(f"restoring {count}")
    idle = QTimer(interval=20)
    idle.timeout.connect(lambda: queue.wait_idle(0) and len(heard) == count and app.quit())
    idle.start()
    app.exec()
    _say("done")


if __name__ == "__main__":
    {"keep": keep, "keep_undo": keep_undo, "keep_read_only": keep_read_only, "restore": restore}[sys.argv[1]](sys.argv[2])
