"""The dashboard's alert banner: the newest open alert, how many more, and a button to see them all."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.views.text import fmt

STYLE = ("QFrame#alert_banner { background: #fff4e5; border: 1px solid #f0b429; border-radius: 6px; }"
         "QLabel { border: none; color: #6b3d00; }")


class AlertBanner(QFrame):
    """Hidden while nothing is open; `toggled_list` asks the page to show or hide the alert list."""

    toggled_list = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="alert_banner")
        self.setStyleSheet(STYLE)
        self.message = ""
        self.text = QLabel()
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(objectName="alert_show")
        self.button.clicked.connect(self.toggled_list.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(QLabel("⚠"))
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_alerts(self, newest: str | None, total: int) -> None:
        self.setVisible(total > 0)
        self.message = newest or ""
        self.text.setToolTip(self.message)
        self.button.setText(fmt(self.tr("All alerts (%1)"), total))
        self._elide()

    def _elide(self) -> None:
        """One line, ending in … when the window is too narrow (the tooltip has it all)."""
        width = max(40, self.text.width())
        self.text.setText(self.text.fontMetrics().elidedText(self.message, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()
