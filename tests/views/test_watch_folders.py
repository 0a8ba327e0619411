"""The watched import folders: a 設定 setting (folders, on/off, each change undoable), looked at by
the running app in the background on a Store of its own; a file that fails raises an alert."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from desktop.views.alerts.text import alert_message
from desktop.views.imports.watcher import FolderWatcher
from desktop.views.settings.page import SettingsPage


def write(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def calls(path: Path, n: int) -> Path:
    return write(path, [["日付", "担当者", "結果"]] + [["2025-04-01", "山田 太郎", "不在"]] * n)


def test_the_watcher_imports_new_files_once_and_a_failing_one_raises_an_alert(context, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "exports"
    folder.mkdir()
    calls(folder / "calls.csv", 7)
    write(folder / "old.csv", [["Date", "Agent", "Result"], ["1/2/1900", "Ann Lee", "Busy"]])
    told: list[list[str]] = []
    watcher = FolderWatcher(context, notify=lambda messages: told.append(messages) or True)  # the tray's
    assert watcher.look() is False  # watching is off
    context.ui.set_watch_folders(True, [str(folder)])
    assert watcher.look() is True and watcher.worker is None  # (the tests' workers run at once)
    assert context.store.totals(date(2025, 4, 1), date(2025, 4, 30))["calls"] == 7
    alerts = context.store.open_alerts(datetime.now(timezone.utc))
    assert [a.code for a in alerts] == ["import_failed"]
    said = alert_message(alerts[0].code, alerts[0].params, {})
    assert said.startswith("A file in the watched folder was not imported: old.csv — no row could be stored (")
    assert told == [[said]]  # and the tray says it (while the window is not in front)
    assert context.store.alert_rules() == []  # the folders' rule is no KPI rule: the wizard never lists it
    watcher.look()  # nothing changed: nothing added, no alert again
    assert context.store.totals(date(2025, 4, 1), date(2025, 4, 30))["calls"] == 7
    assert len(context.store.open_alerts(datetime.now(timezone.utc) + timedelta(seconds=1))) == 1
    assert len(told) == 1  # no notice again
    calls(folder / "calls.csv", 9)  # the export grew: two more calls, the first seven unchanged
    watcher.look()
    assert context.store.totals(date(2025, 4, 1), date(2025, 4, 30))["calls"] == 9


def test_a_folder_that_is_gone_raises_an_alert(context, tmp_path: Path) -> None:  # noqa: ANN001
    context.ui.set_watch_folders(True, [str(tmp_path / "gone")])
    FolderWatcher(context).look()
    alerts = context.store.open_alerts(datetime.now(timezone.utc))
    assert "no such file" in alert_message(alerts[0].code, alerts[0].params, {})


def test_the_settings_page_chooses_folders_and_switches_watching_with_undo(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    page = SettingsPage(context)
    qtbot.addWidget(page)
    watch = page.watch
    assert not watch.on.isChecked() and watch.folders.count() == 0
    watch.ask_folder = lambda: str(tmp_path)
    watch.findChild(type(watch.remove), "watch_add").click()
    assert context.ui.watch_folders() == (True, [str(tmp_path)])  # the first folder switches watching on
    assert watch.on.isChecked() and watch.folders.item(0).text() == str(tmp_path)
    watch.on.setChecked(False)
    assert context.ui.watch_folders() == (False, [str(tmp_path)])
    context.undo.undo()
    assert context.ui.watch_folders() == (True, [str(tmp_path)]) and watch.on.isChecked()
    watch.folders.item(0).setSelected(True)
    watch.remove.click()
    assert context.ui.watch_folders() == (True, [])
    context.undo.undo()
    context.undo.undo()
    assert context.ui.watch_folders() == (False, []) and watch.folders.count() == 0


def test_the_app_starts_the_watcher_and_its_look_runs_in_the_background(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import Controller
    from desktop.views.shell.ui_settings import UiSettings

    folder = tmp_path / "exports"
    folder.mkdir()
    calls(folder / "calls.csv", 5)
    ui = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ui.set_watch_folders(True, [str(folder)])
    controller = Controller(QApplication.instance(), ui, lock=False)
    assert controller.open(tmp_path / "team.sqlite3")
    qtbot.addWidget(controller.window)
    try:
        watcher = controller.window.findChild(FolderWatcher)
        assert watcher is not None and watcher.timer.isActive()
        assert watcher.look()  # on the thread pool, with a Store of its own
        qtbot.waitUntil(lambda: watcher.worker is None, timeout=30000)
        assert controller.store.totals(date(2025, 4, 1), date(2025, 4, 30))["calls"] == 5
        assert [b.file_name for b in controller.store.import_batches()] == ["calls.csv"]
    finally:
        controller.window.close()
        controller.store.close()
