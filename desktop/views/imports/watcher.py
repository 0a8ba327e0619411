"""The watched import folders (設定), looked at by the running app: each new or changed file is
imported with the automatic or remembered mapping, once (importers.watch), and a file that fails
raises an alert the dashboard shows, and a tray notice while the window is not in front (as the
KPI alerts do).

The folders are read and stored in the background on a Store of the scan's own (a second
connection, as `kpidesk import --watch` in another process would be): the app's Store is never
used from two threads at once. Alerts are raised, and the pages told, on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop.views.alerts.notifier import AlertNotifier
from desktop.views.alerts.text import alert_message
from desktop.views.shell.context import AppContext
from desktop.views.shell.worker import Worker

LOOK_EVERY_MS = 60_000
FIRST_LOOK_MS = 5_000  # after the first paint
Failure = tuple[str, str, str]  # file, reason code, first skip reason's code


def failure_of(path: Path, got: Any) -> Failure | None:
    """Why a watched file stored nothing, or None when it was imported."""
    from desktop.importers.files import ImportRefused
    from desktop.importers.honest import reasons

    if isinstance(got, ImportRefused):
        return path.name, got.code, ""
    if not any(p.selected and p.layout for p in got.plans):
        return path.name, "no_layout", ""
    if got.nothing:
        first = next(iter(reasons(got)), None)
        return path.name, "nothing_stored", first.code if first is not None else ""
    return None


class FolderWatcher(QObject):
    """Looks at the watched folders now and then, one look at a time; `look()` looks now."""

    def __init__(self, context: AppContext, parent: QObject | None = None,
                 notify: Callable[[list[str]], bool] | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notify = notify  # None: the tray, made at the first failure (as for the KPI alerts)
        self.worker: Worker | None = None
        self.timer = QTimer(self, interval=LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)

    def start(self) -> FolderWatcher:
        self.timer.start()
        QTimer.singleShot(FIRST_LOOK_MS, self, self.look)
        return self

    def look(self) -> bool:
        """Start a look in the background; False when watching is off or a look is under way."""
        on, folders = self.context.ui.watch_folders()
        store = self.context.store
        if not on or not folders or self.worker is not None or store.read_only or store.closed:
            return False
        location = str(store.path) if store.path is not None else store.backend.url

        def job(progress) -> tuple[list[Failure], list[int]]:  # noqa: ANN001 - the worker's callback
            from desktop.importers.files import ImportRefused  # here: the app starts without the importers
            from desktop.importers.watch import scan
            from desktop.models.store import Store

            own = Store.open(location, check=False)
            failures: list[Failure] = []
            stored: list[int] = []
            try:
                for folder in folders:
                    try:
                        done = scan(own, Path(folder))
                    except ImportRefused as exc:  # the folder itself is gone
                        failures.append((folder, exc.code, ""))
                        continue
                    found = [(p, failure_of(p, got)) for p, got in done]
                    failures += [f for _, f in found if f is not None]
                    stored += [i for (_, got), (_, f) in zip(done, found) if f is None for i in got.batch_ids]
            finally:
                own.close()
            return failures, stored

        self.worker = Worker(job)
        self.worker.signals.finished.connect(self._done)
        self.worker.signals.failed.connect(self._failed)
        self.context.start(self.worker)
        return True

    def _done(self, outcome: tuple[list[Failure], list[int]]) -> None:
        self.worker = None
        failures, stored = outcome
        store = self.context.store
        if store.closed:
            return
        self._alert(failures)
        for batch_id in stored:  # another connection stored them: the pages read again
            store.publish_import(batch_id)

    def _failed(self, exc: BaseException) -> None:
        """The scan's own database could not be opened, or a reader broke: said as an alert too."""
        self.worker = None
        if not self.context.store.closed:
            self._alert([("", "unreadable", type(exc).__name__)])

    def _alert(self, failures: list[Failure]) -> None:
        """An alert for each failure, and one tray notice for those raised (not in their cooldown)."""
        now = datetime.now().astimezone()
        raised = [e for file, reason, detail in failures
                  for e in self.context.store.raise_import_alert(file, reason, detail, now)]
        if not raised:
            return
        if self.notify is None:  # it says nothing while the window is in front
            parent = self.parent()
            self.notify = AlertNotifier(parent if isinstance(parent, QWidget) else None).notify
        self.notify([alert_message(e.code, e.params, {}) for e in raised])
