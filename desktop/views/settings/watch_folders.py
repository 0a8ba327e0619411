"""設定 → 取り込みフォルダの監視: folders whose new or changed trackers the app imports by itself
(the article's KPI自動計測設定), and the switch. Each change applies at once and can be undone;
the setting is this computer's (the folders are its paths)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.views.shell.context import AppContext
from desktop.views.shell.ui_settings import UiSettings

Watched = tuple[bool, list[str]]


class SetWatchFolders(QUndoCommand):
    def __init__(self, ui: UiSettings, new: Watched, text: str, shown: WatchFolders) -> None:
        super().__init__(text)
        self.ui, self.new, self.old, self.shown = ui, new, ui.watch_folders(), shown

    def redo(self) -> None:
        self.ui.set_watch_folders(*self.new)
        self.shown.load()

    def undo(self) -> None:
        self.ui.set_watch_folders(*self.old)
        self.shown.load()


class WatchFolders(QWidget):
    """The switch, the folders, Add folder… / Remove."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ask_folder = self._ask_folder  # tests answer for the user
        self.on = QCheckBox(self.tr("Import new and changed files in these folders by themselves"),
                            objectName="watch_on")
        self.on.toggled.connect(self._on_toggled)
        self.folders = QListWidget(objectName="watch_folders")
        self.folders.setMaximumHeight(64)
        add = QPushButton(self.tr("Add folder…"), objectName="watch_add")
        add.clicked.connect(self._on_add)
        self.remove = QPushButton(self.tr("Remove folder"), objectName="watch_remove")
        self.remove.clicked.connect(self._on_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.on)
        layout.addWidget(self.folders)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        on, folders = self.context.ui.watch_folders()
        self.on.blockSignals(True)
        self.on.setChecked(on)
        self.on.blockSignals(False)
        self.folders.clear()
        self.folders.addItems(folders)

    def _change(self, new: Watched, text: str) -> None:
        if new != self.context.ui.watch_folders():
            self.context.undo.push(SetWatchFolders(self.context.ui, new, text, self))

    def _on_toggled(self, on: bool) -> None:
        self._change((on, self.context.ui.watch_folders()[1]),
                     self.tr("Watch import folders") if on else self.tr("Stop watching import folders"))

    def _on_add(self) -> None:
        folder = self.ask_folder()
        on, folders = self.context.ui.watch_folders()
        if folder and folder not in folders:
            self._change((True if not folders else on, [*folders, folder]), self.tr("Add a watched folder"))

    def _on_remove(self) -> None:
        on, folders = self.context.ui.watch_folders()
        gone = {item.text() for item in self.folders.selectedItems()}
        if gone:
            self._change((on, [f for f in folders if f not in gone]), self.tr("Remove a watched folder"))

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to watch"),
                                                self.context.ui.last_folder())
