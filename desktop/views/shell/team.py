"""Team mode in the app: the offline copy (kept fresh while connected, offered when the server is
unreachable) and its 「HH:MM 時点のデータ（オフライン）」 label."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.commands.common import data_dir
from desktop.models import errors, offline
from desktop.models.backend import safe_url
from desktop.models.store import Store
from desktop.views.shell.text import fmt
from desktop.views.shell.worker import Worker

REFRESH_MS = 10 * 60 * 1000  # while connected, the offline copy follows the server every 10 minutes
FIRST_REFRESH_MS = 5000


def copy_for(location: str) -> Path:
    return offline.copy_path(data_dir(), safe_url(location))


def offline_fallback(location: str, exc: errors.StoreError, parent: QWidget | None) -> Store | None:
    """The server is unreachable: offer the offline copy (read-only) when there is one."""
    path = copy_for(location)
    if exc.code != errors.SERVER_UNREACHABLE or not path.exists():
        return None
    copy = Store.open(path, read_only=True)
    question = fmt(QCoreApplication.translate(
        "Team", "The team's server cannot be reached. Open the offline copy (%1, read-only)?"),
                   offline_label(copy) or "")
    if QApplication.platformName() != "offscreen" and QMessageBox.question(parent, "KPI Desk", question) \
            != QMessageBox.StandardButton.Yes:
        copy.close()
        return None
    return copy


def offline_label(store: Store) -> str | None:
    """「HH:MM 時点のデータ（オフライン）」 for an offline copy (the day too when it is not today's)."""
    if not store.read_only:
        return None
    at = offline.copied_at(store)
    if at is None:
        return QCoreApplication.translate("Team", "Offline copy (read-only)")
    local = at.astimezone()
    from datetime import datetime

    stamp = local.strftime("%H:%M") if local.date() == datetime.now().astimezone().date() else \
        local.strftime("%Y-%m-%d %H:%M")
    return fmt(QCoreApplication.translate("Team", "Data as of %1 (offline)"), stamp)


class OfflineRefresher(QObject):
    """While connected to a team's server, keeps its offline copy fresh in a worker thread."""

    def __init__(self, context, parent: QObject) -> None:  # noqa: ANN001 - AppContext
        super().__init__(parent)
        self.context = context
        self._busy = False
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        QTimer.singleShot(FIRST_REFRESH_MS, self, self.refresh)

    def refresh(self) -> None:
        if self.context.store.closed:  # a window being replaced: its store is gone
            self._timer.stop()
            return
        if self._busy:
            return
        self._busy = True
        store, dest = self.context.store, copy_for(self.context.store.location)
        worker = Worker(lambda _progress: store.refresh_offline_copy(dest))
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._done)
        self.context.start(worker)

    def _done(self, *_: object) -> None:
        self._busy = False
