"""Switching databases while signals are under way: the quick log's writer storing (and publishing
from its thread), refreshes pending on every page, the background check and backup starting, the
help dialog open. Nothing may call an object that was deleted, and Qt may warn of nothing."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QtMsgType
from PySide6.QtTest import QTest

from desktop import app as app_module
from desktop.views.shell.pages import PAGE_NAMES
from tests.conftest import DEMO_TODAY
from tests.views.soak_walk import open_on_two_copies

SWITCHES = 6
HARMLESS = ("This plugin does not support",)  # the offscreen platform: no propagateSizeHints(), raise()


def _delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_switching_databases_while_signals_fire_calls_nothing_deleted(
        qapp, qtlog, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: errors.append(f"{kind.__name__}: {exc}"))
    monkeypatch.setattr(threading, "excepthook", lambda a: errors.append(f"{a.exc_type.__name__}: {a.exc_value}"))
    monkeypatch.setattr(sys, "unraisablehook", lambda u: errors.append(f"unraisable: {u.exc_value!r}"))
    monkeypatch.setattr(app_module, "BACKUP_DELAY_MS", 0)  # the check and backup start during the switches
    controller, paths = open_on_two_copies(qapp, demo_file, tmp_path, DEMO_TODAY)
    queues = []
    for n in range(SWITCHES):
        window = controller.window
        window.show()
        for name in PAGE_NAMES:  # every page built: each one's connections exist
            window.show_page(name)
        panel = window.show_page("activities").quick_log
        for key in "1234":  # queued: the writer stores them while the window goes
            QTest.keyClick(panel, key)
        queues.append(panel.queue)
        window.page_widget("activities").quality._refresher.poke()  # a refresh pending on its timer
        window.show_help()  # a dialog open when its window is deleted
        QCoreApplication.processEvents()
        assert controller.open(paths[(n + 1) % 2])  # switched now, with all of that under way
        _delete_later_now()
    for queue in queues:
        assert queue.wait_idle(30), "every entry stored, in the file it was logged in"
    for _ in range(5):
        QCoreApplication.processEvents()  # the writer's queued signals reach (or miss) their receivers
        _delete_later_now()
    controller.window.close()
    controller.store.close()
    assert errors == []
    warned = [r.message for r in qtlog.records if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg)
              and not any(h in r.message for h in HARMLESS)]
    assert warned == []


@pytest.mark.parametrize("what", ["store", "undo"])
def test_an_object_closed_and_deleted_while_a_writer_emits_on_it_is_never_emitted_on(what: str) -> None:
    """close() waits for an emit in flight: without it the writer emitted on the deleted StoreSignals
    and Qt crashed (a segfault within ~3000 rounds) or raised in the writer thread."""
    import subprocess

    from tests.models.test_upgrade_races import ROOT

    done = subprocess.run([sys.executable, "-m", "tests.views.child_signals", what, "4000"], cwd=ROOT, text=True,
                          capture_output=True, timeout=300)
    assert (done.returncode, done.stdout.strip()) == (0, "errors 0"), done.stderr[-2000:]
