"""Background work: one QRunnable runs `job(on_progress)`; the GUI thread applies the result."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Job = Callable[[Callable[[int, int], None]], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception


class Worker(QRunnable):
    """Runs a job on the thread pool; `cancel` is a threading.Event the job may watch."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.job(self._progress)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never raised
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progress, done, total)

    @staticmethod
    def _emit(signal, *values: object) -> None:  # noqa: ANN001 - a bound Qt signal
        """Emit unless the window that was waiting has closed meanwhile (nobody is left to tell)."""
        try:
            signal.emit(*values)
        except RuntimeError:
            pass


def run_in_pool(worker: Worker) -> None:
    QThreadPool.globalInstance().start(worker)


def run_now(worker: Worker) -> None:
    """Run synchronously (tests, and tiny jobs)."""
    worker.run()
