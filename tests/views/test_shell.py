"""The main window opens on an empty and on a demo database, and every page can be shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.models.store import Store
from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.pages import PAGE_NAMES


def test_the_shell_opens_on_an_empty_database(qtbot, context) -> None:  # noqa: ANN001
    window = MainWindow(context)
    qtbot.addWidget(window)
    welcome = window.show_page("welcome")
    assert "empty" in welcome.status.text()
    assert window.nav.count() == len(PAGE_NAMES)


def test_every_page_opens_on_the_demo_database(qtbot, demo_context) -> None:  # noqa: ANN001
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    for name in PAGE_NAMES:
        page = window.show_page(name)
        assert window.stack.currentWidget() is page
    assert "members" in window.show_page("welcome").status.text()


def test_the_navigation_rail_switches_pages_and_remembers_the_last(qtbot, demo_context) -> None:  # noqa: ANN001
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGE_NAMES.index("settings"))
    assert window.stack.currentWidget() is window.page_widget("settings")
    assert demo_context.ui.value("window/page") == "settings"


def test_settings_are_saved_and_undone(qtbot, context) -> None:  # noqa: ANN001
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    page.fiscal.setCurrentIndex(0)  # January
    page.phase.setCurrentIndex(page.phase.findData("growth"))
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert context.store.domain_settings().fiscal_start_month == 1
    assert context.store.domain_settings().phase == "growth"
    context.undo.undo()
    assert context.store.domain_settings().fiscal_start_month == 4
    assert page.fiscal.currentData() == 4, "the page follows the store"


def test_settings_refuse_inconsistent_thresholds(qtbot, context) -> None:  # noqa: ANN001
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    page.at_risk.setValue(99)
    page.on_track.setValue(90)
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert context.store.domain_settings().on_track == 0.95
    assert page.message.text()


def test_window_geometry_is_remembered(qtbot, context) -> None:  # noqa: ANN001
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(640, 480)
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (640, 480)


def test_a_second_window_on_the_same_file_is_refused(qtbot, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from desktop.app import Controller
    from desktop.views.shell.ui_settings import UiSettings
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    ui = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    path = tmp_path / "team.sqlite3"
    first, second = Controller(QApplication.instance(), ui), Controller(QApplication.instance(), ui)
    assert first.open(path)
    qtbot.addWidget(first.window)
    assert not second.open(path)
    assert "already open" in capsys.readouterr().err
    first.window.close()
    first.store.close()
    assert isinstance(Store.open(path), Store)


def test_japanese_is_installed_when_asked(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    from desktop.app import _translators, install_translator

    try:
        assert install_translator(qapp, "ja") == "ja"
        assert QCoreApplication.translate("Pages", "Dashboard") == "ダッシュボード"
    finally:
        for translator in _translators:
            qapp.removeTranslator(translator)
        _translators.clear()
    assert QCoreApplication.translate("Pages", "Dashboard") == "Dashboard"


def test_qt_own_dialogs_speak_japanese_in_a_japanese_app(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.app import _translators, install_translator

    try:
        install_translator(qapp, "ja")
        dialog = QFileDialog(None, "", "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = {k: dialog.labelText(k) for k in QFileDialog.DialogLabel}
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.Cancel)
        buttons = {box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)}
    finally:
        for translator in _translators:
            qapp.removeTranslator(translator)
        _translators.clear()
        QLocale.setDefault(QLocale.system())
    assert labels[QFileDialog.DialogLabel.LookIn] == "場所(&I):"  # qtbase_ja lacks it: resources/…/qtgaps_ja.ts
    assert labels[QFileDialog.DialogLabel.FileType] == "ファイルの種類(&T):"
    assert labels[QFileDialog.DialogLabel.FileName] == "ファイル名(&N):"  # from Qt's own qtbase_ja
    assert labels[QFileDialog.DialogLabel.Reject] == "キャンセル"
    assert buttons == {"はい(&Y)", "キャンセル"}


def test_qt_dates_are_japanese_when_japanese_is_chosen_on_another_system(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    script = ("from desktop.app import japanese_system_formats; japanese_system_formats('ja')\n"
              "from datetime import date\nfrom PySide6.QtCore import QLocale\n"
              "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
              "print(QLocale.system().toString(date(2026, 12, 1), QLocale.FormatType.ShortFormat))\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")} | {"LANG": "C.UTF-8",
                                                                              "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "2026/12/01"  # the file dialog's dates, not 「1 12 2026」


def test_the_welcome_import_card_opens_the_import_page(qtbot, context) -> None:  # noqa: ANN001
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    welcome = window.show_page("welcome")
    qtbot.mouseClick(welcome.buttons["import"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page_widget("import")
    assert window.nav.currentRow() == PAGE_NAMES.index("import")


def test_the_app_can_be_told_which_day_is_today(qtbot, tmp_path: Path, demo_store: Store) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import Controller
    from desktop.views.shell.ui_settings import UiSettings
    from tests.conftest import DEMO_TODAY

    path, _ = demo_store.path, demo_store.close()
    ui = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    controller = Controller(QApplication.instance(), ui, lock=False, today=DEMO_TODAY)
    assert controller.open(path)
    qtbot.addWidget(controller.window)
    page = controller.window.show_page("dashboard")
    assert page.data.today == DEMO_TODAY and page.data.period.start.isoformat() == "2025-11-01"
    assert page.cards["calls"].card.actual > 0  # the demo's last month, full of calls
    controller.window.close()
    controller.store.close()


def test_the_start_up_hook_stamps_the_first_frame_and_then_the_charts(tmp_path: Path, demo_file: Path) -> None:
    """What bench/startup_bench.py reads: the page's first paint, then (built after it) the charts'."""
    import os
    import shutil
    import subprocess
    import sys

    db = tmp_path / "team.sqlite3"
    shutil.copyfile(demo_file, db)
    env = {**os.environ, "KPIDESK_BENCH_FIRST_PAINT": "1", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "desktop", "gui", "--db", str(db), "--screenshot",
                           str(tmp_path / "shot.png"), "--view", "dashboard", "--today", "2025-11-20"],
                          cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-1000:]
    stamps = [line.split() for line in done.stdout.splitlines() if line.startswith("KPIDESK_")]
    assert [s[0] for s in stamps] == ["KPIDESK_FIRST_PAINT", "KPIDESK_CHARTS_PAINTED"]
    assert float(stamps[0][1]) <= float(stamps[1][1])
    assert (tmp_path / "shot.png").stat().st_size > 10_000


def test_the_demo_card_asks_before_it_replaces_a_database_with_data(qtbot, demo_context) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.views.shell.welcome import WelcomePage

    opened: list[bool] = []
    demo_context.extras["open_demo"] = lambda: opened.append(True)
    welcome = WelcomePage(demo_context)
    qtbot.addWidget(welcome)
    assert "(6 people)" in welcome.buttons["dashboard"].text()  # the demo's five reps and their manager

    def answer(role: QMessageBox.ButtonRole) -> None:
        def poll() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, poll)
                return
            assert str(demo_context.store.path) in box.text()
            next(b for b in box.buttons() if box.buttonRole(b) == role).click()
        QTimer.singleShot(0, poll)

    answer(QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(welcome.buttons["dashboard"], Qt.MouseButton.LeftButton)
    assert opened == []
    answer(QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(welcome.buttons["dashboard"], Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_f1_opens_getting_started_at_the_part_about_the_page_on_screen(qtbot, context) -> None:  # noqa: ANN001
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("welcome")
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    help_dialog = window.help
    qtbot.waitExposed(help_dialog)
    bar = help_dialog.text.verticalScrollBar()
    at_home = bar.value()
    assert help_dialog.isVisible() and at_home < 60  # the first section, just under the heading
    assert "Import" in help_dialog.text.toPlainText() and "Settings" in help_dialog.text.toPlainText()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("settings")
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    assert bar.value() > at_home + 100  # scrolled down to the last section


def test_a_leading_coalescer_calls_back_at_once_then_gathers_the_burst(qtbot) -> None:  # noqa: ANN001
    """Another client's lone write is repainted without waiting out the delay; what follows within
    the delay is one call at its end (a 10 s delay: only the first call can come soon)."""
    from PySide6.QtWidgets import QApplication

    from desktop.views.shell.signals import Coalescer

    calls: list[int] = []
    lead = Coalescer(lambda: calls.append(1), delay_ms=10_000, leading=True)
    lead.poke()
    qtbot.waitUntil(lambda: calls == [1], timeout=5_000)
    for _ in range(3):
        lead.poke()
        QApplication.processEvents()
    assert calls == [1] and lead.cancel(), "the burst waits for the end of the delay"
    plain = Coalescer(lambda: calls.append(2), delay_ms=10_000)
    plain.poke()
    for _ in range(3):
        QApplication.processEvents()
    assert calls == [1] and plain.cancel(), "without leading even the first poke waits"
