"""The main window: navigation rail, lazily built pages, menus, undo, remembered layout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.models.errors import StoreError
from desktop.views.shell.context import AppContext
from desktop.views.shell.icons import icon
from desktop.views.shell.pages import PAGES, page
from desktop.views.shell.store_errors import store_error_text
from desktop.views.shell.team import offline_label
from desktop.views.shell.text import fmt
from desktop.views.shell.file_dialog import open_file_name, save_file_name

NAV_STYLE = """
QListWidget#nav { background: #f3f5f8; border: none; border-right: 1px solid #d9dee5; padding-top: 8px; }
QListWidget#nav::item { padding: 9px 10px; margin: 1px 6px; border-radius: 6px; color: #27313d; }
QListWidget#nav::item:selected { background: #dbe7fb; color: #0b3d91; }
"""


class MainWindow(QMainWindow):
    """Wires pages, menus and the undo stack; computes nothing itself."""

    database_requested = Signal(str)  # a path; "" = the demo database
    new_database_requested = Signal(str)
    team_connected = Signal(str, str)  # the team's URL (with its password), what to say once it is open

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.navigate = self.show_page
        self.setWindowTitle(fmt(self.tr("KPI Desk — %1"), _display_name(context.store)))
        self.setWindowIcon(icon("app"))
        self._pages: dict[str, QWidget] = {}
        self.help = None  # HelpDialog, made on first F1
        self._build_body()
        self._build_menus()
        self._restore_layout()
        self.statusBar().showMessage(context.store.location)
        context.undo.refused.connect(self.say_refused)
        label = offline_label(context.store)
        if label:  # an offline copy: said all the time, not as a passing message
            self.offline = QLabel(label, objectName="offline")
            self.offline.setStyleSheet("color: #8a5300; font-weight: bold; padding: 0 8px;")
            self.statusBar().addPermanentWidget(self.offline)

    # ---- layout ----------------------------------------------------------------

    def _build_body(self) -> None:
        self.nav = QListWidget(objectName="nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(168)
        self.nav.setStyleSheet(NAV_STYLE)
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), QCoreApplication.translate("Pages", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New database…"), self._on_new, QKeySequence.StandardKey.New)
        self._add(file_menu, self.tr("&Open…"), self._on_open, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._add(file_menu, self.tr("Open the &demo database"), lambda: self.database_requested.emit(""))
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Connect to the &team's database…"), self._on_team_connect)
        self._add(file_menu, self.tr("&Disconnect from the team's database"),
                  self._on_team_disconnect).setEnabled(self.context.store.is_team)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Save a &backup…"), self._on_backup, QKeySequence("Ctrl+Shift+S"))
        self._add(file_menu, self.tr("Restore from a backup…"), self._on_restore)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.context.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.context.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action, move in ((undo, self.context.undo.undo), (redo, self.context.undo.redo)):
            action.triggered.disconnect()  # Qt's own connection skips UndoStack's wait for queued writes
            action.triggered.connect(move)
        edit.addActions([undo, redo])
        view = self.menuBar().addMenu(self.tr("&View"))
        for n, spec in enumerate(PAGES, start=1):
            self._add(view, QCoreApplication.translate("Pages", spec.title),
                      lambda name=spec.name: self.show_page(name), QKeySequence(f"Ctrl+{n}"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&Getting started"), self.show_help, QKeySequence.StandardKey.HelpContents)
        self._add(help_menu, self.tr("&About KPI Desk"), self._on_about)

    def _add(self, menu, text: str, slot: Callable[[], object], key=None) -> QAction:  # noqa: ANN001
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if key is not None:
            action.setShortcut(key)
        return action

    def say_refused(self, text: str) -> None:
        """A write the database refused (another member's records): said in a box that does not
        block, and in the status bar; nothing was changed."""
        self.statusBar().showMessage(text, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, "KPI Desk", text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("refused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ---- pages -------------------------------------------------------------------

    def page_widget(self, name: str) -> QWidget:
        """The page's widget, built on first use."""
        if name not in self._pages:
            widget = page(name).load()(self.context, self.stack)
            self._pages[name] = widget
            self.stack.addWidget(widget)
        return self._pages[name]

    def show_page(self, name: str, **options: object) -> QWidget:
        widget = self.page_widget(name)
        if options and hasattr(widget, "apply_options"):
            widget.apply_options(**options)
        self.stack.setCurrentWidget(widget)
        row = [spec.name for spec in PAGES].index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.context.ui.set("window/page", name)
        return widget

    def current_page(self) -> str:
        return self.context.ui.value("window/page", "welcome")

    def _on_nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_page(PAGES[row].name)

    # ---- files -------------------------------------------------------------------

    def _on_new(self) -> None:
        path, _ = save_file_name(self, self.tr("New database"), self.context.ui.last_folder(),
                                 self.tr("KPI Desk database (*.sqlite3)"))
        if path:
            self.new_database_requested.emit(path if path.endswith(".sqlite3") else path + ".sqlite3")

    def _on_open(self) -> None:
        path, _ = open_file_name(self, self.tr("Open database"), self.context.ui.last_folder(),
                                 self.tr("KPI Desk database (*.sqlite3);;All files (*)"))
        if path:
            self.database_requested.emit(path)

    def _on_team_connect(self) -> None:
        from desktop.views.team.connect_dialog import ConnectDialog, connected_text

        dialog = ConnectDialog(self.context, self)
        dialog.setObjectName("team_connect")
        dialog.connect_requested.connect(lambda url, found: self.team_connected.emit(url, connected_text(found)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_team_disconnect(self) -> None:
        """Back to this PC's own file; the remembered connection and its password are forgotten."""
        from desktop.commands.common import data_dir
        from desktop.commands.team_join import forget

        forget()
        recent = [p for p in self.context.ui.recent_files() if Path(p).exists()]
        self.database_requested.emit(recent[0] if recent else str(data_dir() / "kpidesk.sqlite3"))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.context.ui.recent_files()
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for path in files:
            self.recent_menu.addAction(path).triggered.connect(
                lambda _c=False, p=path: self.database_requested.emit(p))

    def _on_backup(self) -> None:
        store = self.context.store
        suggested = str(Path(self.context.ui.last_folder() or Path.home()) / "kpidesk-backup.sqlite3")
        path, _ = save_file_name(self, self.tr("Save a backup"), suggested,
                                 self.tr("KPI Desk database (*.sqlite3)"))
        if not path:
            return
        try:
            store.backup(path)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), store_error_text(exc))
            return
        self.statusBar().showMessage(fmt(self.tr("Backup saved: %1"), path), 8000)

    def _on_restore(self) -> None:
        store = self.context.store
        folder = str(store.backup_dir or self.context.ui.last_folder())
        path, _ = open_file_name(self, self.tr("Restore from a backup"), folder,
                                 self.tr("KPI Desk database (*.sqlite3)"))
        if not path or QMessageBox.question(
                self, self.tr("Restore from a backup"),
                fmt(self.tr("Replace everything in this database with %1?\n"
                            "The current data is saved as a backup first."), path)) != QMessageBox.StandardButton.Yes:
            return
        try:
            safety = store.backup_before_restore()
            store.restore(path)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Restore failed"),
                                fmt(self.tr("%1 was not restored; nothing was changed. (%2)"), path, exc))
            return
        self.context.undo.clear()
        self.statusBar().showMessage(fmt(self.tr("Restored. The previous data is in %1"), safety), 10000)

    def show_help(self) -> None:
        """F1: 「はじめに」, at the part about the page on screen."""
        from desktop.views.shell.help_dialog import HelpDialog

        if self.help is None:
            self.help = HelpDialog(self)
        self.help.show()
        self.help.raise_()
        self.help.show_section(self.current_page())

    def _on_about(self) -> None:
        QMessageBox.about(self, self.tr("About KPI Desk"),
                          fmt(self.tr("KPI Desk 0.1 — offline KPI tracking for inside-sales teams.\n"
                                  "Database: %1"), str(self.context.store.path)))

    # ---- state -------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.context.ui.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.context.ui.window_state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.context.ui.save_window(self.saveGeometry(), self.saveState())
        for widget in self._pages.values():
            if hasattr(widget, "shutdown"):
                widget.shutdown()
        super().closeEvent(event)


def _display_name(store) -> str:  # noqa: ANN001 - Store
    """The file's name, or on a team's server its database (never the password)."""
    if store.path is not None:
        return store.path.name
    return store.location.rsplit("/", 1)[-1] if store.is_team else ":memory:"
