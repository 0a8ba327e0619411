"""The dashboard's alert banner: the newest open alert, how many more, and a button to see them all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.views.text import fmt

STYLE = ("QFrame#alert_banner { background: #fff4e5; border: 1px solid #f0b429; border-radius: 6px; }"
         "QLabel { border: none; color: #6b3d00; }")


class AlertBanner(QFrame):
    """Hidden while nothing is open; `toggled_list` asks the page to show or hide the alert list."""

    toggled_list = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="alert_banner")
        self.setStyleSheet(STYLE)
        self.text = QLabel(wordWrap=True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 2 + 4)
        self.button = QPushButton(objectName="alert_show")
        self.button.clicked.connect(self.toggled_list.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(QLabel("⚠"))
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_alerts(self, newest: str | None, total: int) -> None:
        self.setVisible(total > 0)
        self.text.setText(newest or "")
        self.button.setText(fmt(self.tr("All alerts (%1)"), total))
