"""A line edit whose Enter adds what was typed, instead of also pressing the wizard's Next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class EntryLine(QLineEdit):
    """Enter with text emits returnPressed and stops there; Enter on an empty field goes on to Next."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        has_text = bool(self.text().strip())
        super().keyPressEvent(event)
        if enter and has_text:
            event.accept()  # QLineEdit ignores Enter so the dialog's default button fires; we don't want that
