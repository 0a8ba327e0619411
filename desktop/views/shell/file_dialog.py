"""The app's open / save dialogs: Qt's own file dialog writes sizes as Windows Explorer does (1,234 KB).

Where Qt draws the dialog itself (Linux; any platform without a native one) its size column said
「120.56 KiB」; Japanese users know 「121 KB」 from Explorer. Native dialogs keep their own columns.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget

SIZE_COLUMN = 1


def size_text(size: int) -> str:
    """Bytes as Explorer shows them: whole kilobytes rounded up, with separators (0 bytes is 0 KB)."""
    return f"{math.ceil(size / 1024):,} KB"


class ExplorerSizes(QIdentityProxyModel):
    """The file system model with its size column in KB."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        source = self.sourceModel()
        if index.column() == SIZE_COLUMN and role == Qt.ItemDataRole.DisplayRole and isinstance(source, QFileSystemModel):
            at = self.mapToSource(index)
            if not source.isDir(at):
                return size_text(source.size(at))
        return super().data(index, role)


def file_dialog(parent: QWidget | None, caption: str, where: str, filters: str, save: bool) -> QFileDialog:
    """A save (any name) or open (an existing file) dialog on `where` (a folder, or a file to preselect)."""
    dialog = QFileDialog(parent, caption, where, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setProxyModel(ExplorerSizes(dialog))
    _readable_columns(dialog)
    return dialog


def _readable_columns(dialog: QFileDialog) -> None:
    """Qt's own dialog starts its columns and places too narrow for Japanese: 「PD…ント」, 「2026/1…」."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header, fm = view.header(), view.fontMetrics()
    for column, sample in ((1, "88,888 KB"), (2, "Excel ワークシート"), (3, "2026/12/31 23:59")):
        header.resizeSection(column, fm.horizontalAdvance(sample) + 24)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    sidebar = dialog.findChild(QWidget, "sidebar")  # 「コ…」 for コンピュータ
    if sidebar is not None:
        sidebar.setMinimumWidth(fm.horizontalAdvance("コンピュータ") + 48)


def _run(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() and dialog.selectedFiles():
            return dialog.selectedFiles()[0], dialog.selectedNameFilter()
        return "", ""
    finally:
        dialog.deleteLater()


def save_file_name(parent: QWidget | None, caption: str, where: str, filters: str) -> tuple[str, str]:
    """QFileDialog.getSaveFileName, with Explorer's sizes: (path or "", the chosen filter)."""
    return _run(file_dialog(parent, caption, where, filters, save=True))


def open_file_name(parent: QWidget | None, caption: str, where: str, filters: str) -> tuple[str, str]:
    """QFileDialog.getOpenFileName, with Explorer's sizes: (path or "", the chosen filter)."""
    return _run(file_dialog(parent, caption, where, filters, save=False))
