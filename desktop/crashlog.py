"""A crash leaves a trace: faulthandler writes into the user log folder, and the next start knows.

A segfault in Qt (or any fatal error) kills the process before Python can say anything; with
`faulthandler` on, the traceback of every thread goes to ``crash.log``. Each running app keeps a
marker ``running-<pid>``; a marker whose process is gone means that run ended without closing,
and the next start says so and where the log is. No Qt here: `app.py` shows the notice.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import IO

_open_log: list[IO[str]] = []
_hooks: list = []  # the excepthook before ours, put back by stop()


def log_folder() -> Path:
    from desktop.commands.common import APP

    from platformdirs import user_log_dir

    return Path(os.environ.get("KPIDESK_LOG_DIR") or user_log_dir(APP, appauthor=False))


def start(folder: Path | None = None) -> Path | None:
    """Turn faulthandler on into `folder`/crash.log; the log's path when an earlier run crashed, else None."""
    folder = folder or log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        crashed = _crashed_runs(folder)
        (folder / f"running-{os.getpid()}").write_text(datetime.now().isoformat(), encoding="utf-8")
        log = (folder / "crash.log").open("a", encoding="utf-8")
    except OSError:
        return None  # a log folder we cannot write must not stop the app
    log.write(f"--- KPI Desk started {datetime.now().isoformat()} (pid {os.getpid()})\n")
    log.flush()
    faulthandler.enable(file=log, all_threads=True)
    _open_log.append(log)
    _hooks.append(sys.excepthook)
    sys.excepthook = _logging_excepthook(folder / "crash.log", sys.excepthook)
    return folder / "crash.log" if crashed else None


def stop(folder: Path | None = None) -> None:
    """A clean exit: the marker goes, so the next start says nothing."""
    folder = folder or log_folder()
    (folder / f"running-{os.getpid()}").unlink(missing_ok=True)
    if _open_log:
        faulthandler.disable()
        _open_log.pop().close()
    if _hooks:
        sys.excepthook = _hooks.pop()


def _crashed_runs(folder: Path) -> bool:
    crashed = False
    for marker in folder.glob("running-*"):
        pid = marker.name.removeprefix("running-")
        if pid.isdigit() and _alive(int(pid)):
            continue
        crashed = True
        marker.unlink(missing_ok=True)
    return crashed


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return False  # os.kill(pid, 0) would end the process on Windows: treat an old marker as a crash
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != os.getpid()


def _logging_excepthook(log: Path, previous):  # noqa: ANN001, ANN202 - sys.excepthook
    """An exception nobody caught in a Qt slot goes to the log too, not only to a terminal nobody sees."""
    def hook(kind, value, tb) -> None:  # noqa: ANN001
        try:
            with log.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now().isoformat()} uncaught in a slot\n")
                fh.write("".join(traceback.format_exception(kind, value, tb)))
        except OSError:
            pass
        previous(kind, value, tb)
    return hook
