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
            result = self.job(self.signals.progress.emit)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never raised
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_in_pool(worker: Worker) -> None:
    QThreadPool.globalInstance().start(worker)


def run_now(worker: Worker) -> None:
    """Run synchronously (tests, and tiny jobs)."""
    worker.run()
