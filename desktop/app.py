"""Composition root: QApplication, translator, the Store, one lock per file, the main window."""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QLockFile, QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import crashlog
from desktop.commands.common import default_db, demo_db
from desktop.models.backend import is_server_url
from desktop.models import demo, errors
from desktop.models.store import Store
from desktop.views.activities import kept
from desktop.views.shell.context import AppContext
from desktop.views.shell.icons import resource
from desktop.views.shell.main_window import MainWindow
from desktop.views.imports.watcher import FolderWatcher
from desktop.views.reviews.reminder import ReviewReminder
from desktop.views.shell.signals import StoreSignals
from desktop.views.shell.store_errors import store_error_text
from desktop.views.shell.team import OfflineRefresher, offline_fallback
from desktop.views.shell.text import fmt
from desktop.views.shell.ui_settings import UiSettings
from desktop.views.shell.undo_stack import UndoStack
from desktop.views.shell.worker import Worker

BACKUP_DELAY_MS = 3000  # the daily backup starts once the window has painted and loaded
BACKUP_EVERY_MS = 3_600_000  # then once an hour: a file empty at start, or a new day, gets its backup too
FONTS = ("Noto Sans CJK JP", "Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Noto Sans JP")
_translators: list[QTranslator] = []


def install_translator(app: QApplication, lang: str) -> str:
    """Load Japanese when asked, or on a Japanese system when `lang` is "auto"; returns the language."""
    if lang not in ("ja", "en"):
        lang = "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"
    if lang == "ja":
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
        ours = QTranslator(app)
        catalogue = resource("translations", "kpidesk_ja.qm")
        if ours.load(str(catalogue)):
            app.installTranslator(ours)
            _translators.append(ours)
        else:  # a broken install: say so instead of silently showing English
            print(f"warning: the Japanese catalogue {catalogue} is missing; the app shows English", file=sys.stderr)
        qt = QTranslator(app)
        if qt.load("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
    families = set(QFontDatabase.families())
    for family in FONTS:
        if family in families:
            app.setFont(QFont(family, 10))
            break
    return lang


def japanese_system_formats(lang: str) -> None:
    """Japanese asked for on a system that is not: Qt's own widgets (the file dialog's dates) format
    with the *system* locale, which on Unix Qt reads from LC_TIME once, before the QApplication exists."""
    if lang != "ja" or sys.platform == "win32" or os.environ.get("LC_ALL"):
        return  # Windows and macOS ask the OS, and LC_ALL is the user's explicit choice
    if not (os.environ.get("LC_TIME") or os.environ.get("LANG") or "").startswith("ja"):
        os.environ["LC_TIME"] = "ja_JP.UTF-8"



class Controller:
    """Owns the open database (store, lock, window) and swaps it on File → Open."""

    def __init__(self, app: QApplication, ui: UiSettings, lock: bool = True, today: date | None = None) -> None:
        self.app, self.ui, self.use_lock, self.today = app, ui, lock, today
        self.store: Store | None = None
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self._lock: QLockFile | None = None
        self._warned: set[tuple[str, str]] = set()

    def open(self, path: Path | str, parent: QWidget | None = None) -> bool:
        lock = QLockFile(str(path) + ".lock") if self.use_lock and not is_server_url(path) else None
        if lock is not None:
            lock.setStaleLockTime(0)
            if not lock.tryLock(200):
                _warn(parent, fmt(QApplication.translate(
                    "App", "%1 is already open in another KPI Desk window."), path))
                return False
        try:
            store = Store.open(path, check=False)  # the full check runs in the background, below
        except errors.StoreError as exc:
            if lock is not None:
                lock.unlock()
            store = offline_fallback(str(path), exc, parent) if is_server_url(path) else None
            if store is None:
                _warn(parent, store_error_text(exc))
                return False
            lock = None  # the offline copy: read-only, no lock
        self._swap(store, lock)
        return True

    def _swap(self, store: Store, lock: QLockFile | None) -> None:
        old_window, old_store, old_lock, old_context = self.window, self.store, self._lock, self.context
        self.store, self._lock = store, lock
        context = AppContext(store=store, signals=StoreSignals(store), undo=UndoStack(), ui=self.ui)
        self.context = context
        context.extras["open_demo"] = self.open_demo
        if self.today is not None:
            context.extras["today"] = lambda: self.today
        self.window = MainWindow(context)
        if store.path is not None and kept.path_for(store.path).exists():
            self.window.page_widget("activities")  # its quick log stores what was kept at the last quit
        ReviewReminder(context, self.window).start()
        FolderWatcher(context, self.window).start()  # the watched import folders (設定), in the background
        self.window.database_requested.connect(self._on_database_requested)
        self.window.new_database_requested.connect(self._on_database_requested)
        self.window.team_connected.connect(self._on_team_connected)
        first = "welcome" if demo.is_empty(store) else self.ui.value("window/page", "dashboard")
        self.window.show_page(first if first in _page_names() else "welcome")
        if store.is_team:
            OfflineRefresher(context, self.window)
        if store.path is not None and not store.read_only:
            self.ui.add_recent(str(store.path))
            # the integrity check and the day's first backup read the whole file: after the first paint
            QTimer.singleShot(BACKUP_DELAY_MS, self.window, lambda: self._check_in_background(context))
            hourly = QTimer(self.window, interval=BACKUP_EVERY_MS)  # goes with the window
            hourly.timeout.connect(lambda: self._backup_in_background(context))
            hourly.start()
        if old_context is not None:
            old_context.signals.close()  # the old file's changes must not reach the pages being deleted
            old_context.undo.close()  # nor a quick-log undo its writer stores after the switch
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_store is not None:
            old_store.close()
        if old_lock is not None:
            old_lock.unlock()

    def _check_in_background(self, context: AppContext) -> None:
        """quick_check, then the daily backup (skipped when the check fails), off the GUI thread."""
        store = context.store
        worker = Worker(lambda _progress: (store.check_integrity(), store.backup_rotating()))
        worker.signals.failed.connect(self._on_background_failed)
        context.start(worker)

    def _backup_in_background(self, context: AppContext) -> None:
        """The day's backup if it is not made yet and there is something to keep (a no-op otherwise)."""
        store = context.store
        worker = Worker(lambda _progress: store.backup_rotating())
        worker.signals.failed.connect(self._on_background_failed)
        context.start(worker)

    def _on_background_failed(self, exc: object) -> None:
        if isinstance(exc, errors.StoreError) and (exc.code, exc.path) not in self._warned:
            self._warned.add((exc.code, exc.path))  # said once, not every hour
            _warn(self.window, store_error_text(exc))

    def open_demo(self) -> None:
        path = ensure_demo()
        if path is not None:
            self.open(path, self.window)
            if self.window is not None:
                self.window.show()

    def _on_database_requested(self, path: str) -> None:
        if not path:
            self.open_demo()
        elif self.open(path if is_server_url(path) else Path(path), self.window) and self.window is not None:
            self.window.show()


    def _on_team_connected(self, url: str, said: str) -> None:
        """File → チームのデータベースに接続…: the dialog tested the login; the window switches to it."""
        if self.open(url, self.window) and self.window is not None:
            self.window.show()
            self.window.statusBar().showMessage(said, 15000)


def _page_names() -> tuple[str, ...]:
    from desktop.views.shell.pages import PAGE_NAMES

    return PAGE_NAMES


def ensure_demo() -> Path | None:
    """The demo database, generated on first use."""
    path = demo_db()
    try:
        store = Store.open(path)
    except errors.StoreError as exc:
        _warn(None, store_error_text(exc))
        return None
    try:
        if demo.is_empty(store):
            demo.generate(store)
    finally:
        store.close()
    return path


def _warn(parent: QWidget | None, text: str) -> None:
    if QApplication.platformName() == "offscreen":
        print(f"error: {text}", file=sys.stderr)
        return
    QMessageBox.warning(parent, "KPI Desk", text)


def _notice(parent: QWidget | None, text: str) -> None:
    if QApplication.platformName() == "offscreen":
        print(f"notice: {text}", file=sys.stderr)
        return
    QMessageBox.information(parent, "KPI Desk", text)


def run_app(db: str | None = None, demo: bool = False, lang: str | None = None,
            screenshot: str | None = None, view: str | None = None, today: date | None = None,
            size: tuple[int, int] = (1366, 860)) -> int:
    ui = UiSettings(QSettings("KPIDesk", "KPIDesk"))
    if QApplication.instance() is None:
        japanese_system_formats(lang or ui.language())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KPI Desk")
    app.setOrganizationName("KPIDesk")
    install_translator(app, lang or ui.language())
    crashed = crashlog.start()
    try:
        if crashed is not None:
            _notice(None, fmt(QApplication.translate(
                "App", "KPI Desk closed unexpectedly last time. What it left is in %1."), crashed))
        return _run(app, ui, db, demo, screenshot, view, today, size)
    finally:
        crashlog.stop()


def _run(app: QApplication, ui: UiSettings, db: str | None, demo: bool, screenshot: str | None,  # noqa: PLR0913
         view: str | None, today: date | None, size: tuple[int, int]) -> int:
    controller = Controller(app, ui, lock=screenshot is None, today=today)
    path = ensure_demo() if demo else (db if is_server_url(db) else Path(db)) if db else default_db()
    if path is None or not controller.open(path):
        return 2
    window = controller.window
    if os.environ.get("KPIDESK_BENCH_FIRST_PAINT") == "1":
        _FirstPaint(window)
    if screenshot:
        return take_screenshot(app, window, Path(screenshot), view, size)
    window.show()
    return app.exec()


class _FirstPaint(QObject):
    """KPIDESK_BENCH_FIRST_PAINT=1: print the wall-clock time the page on screen first painted and,
    on a page that builds its charts after that (the dashboard), when its charts first painted.

    It filters the events of that page (and then of its charts) only: a filter on the whole
    application would make PySide wrap every object Qt sends an event to, ~50 ms of start-up.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watched: list[QObject] = []
        self.first_done = False
        self._watch([window.stack.currentWidget()])
        window.stack.currentChanged.connect(self._on_page_changed)

    def _watch(self, objects: list[QObject]) -> None:
        for old in self.watched:
            old.removeEventFilter(self)
        self.watched = [o for o in objects if o is not None]
        for new in self.watched:
            new.installEventFilter(self)

    def _on_page_changed(self, _index: int) -> None:
        if not self.first_done:
            self._watch([self.window.stack.currentWidget()])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Paint:
            return False
        self._watch([])
        if self.first_done:
            self._stamp("KPIDESK_CHARTS_PAINTED")
            return False
        self.first_done = True
        self._stamp("KPIDESK_FIRST_PAINT")
        if getattr(watched, "charts_ready", True) is False:
            watched.charts_built.connect(lambda: self._on_charts_built(watched))
        return False

    def _on_charts_built(self, page: QObject) -> None:
        shown = [c for c in page.charts.values() if c.isVisible()]
        if shown:
            self._watch(shown)
        else:  # an empty database shows 「はじめに」, not charts: the first frame was the whole page
            self._stamp("KPIDESK_CHARTS_PAINTED")

    @staticmethod
    def _stamp(what: str) -> None:
        """Print once this paint is over."""
        QTimer.singleShot(0, QCoreApplication.instance(), lambda: print(f"{what} {time.time():.6f}", flush=True))


def take_screenshot(app: QApplication, window: MainWindow, path: Path, view: str | None,
                    size: tuple[int, int] = (1366, 860)) -> int:
    """Render the window at `size` after its data has loaded, save a PNG, and quit."""
    window.resize(*size)
    if view:
        window.show_page(view)
    window.show()
    done: list[int] = []

    def grab() -> None:
        page = window.stack.currentWidget()
        if hasattr(page, "prepare_screenshot"):
            page.prepare_screenshot()
        app.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        done.append(0 if window.grab().save(str(path)) else 2)
        app.quit()

    QTimer.singleShot(800, window, grab)
    app.exec()
    return done[0] if done else 2
