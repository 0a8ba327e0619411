"""The dashboard's alert banner: the newest open alert, how many more, and a button to see them all."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.views.shell.text import fmt

STYLE = ("QFrame#alert_banner { background: #fff4e5; border: 1px solid #f0b429; border-radius: 6px; }"
         "QLabel { border: none; color: #6b3d00; }")


class AlertBanner(QFrame):
    """Hidden while nothing is open; `toggled_list` asks the page to show or hide the alert list.

    The sentence wraps rather than being cut: an alert is read once, at a glance, and a long one
    (pace and what it means downstream) must be readable whole at any window width, without
    hovering for a tooltip. Japanese breaks between characters, so it wraps at any width.
    """

    toggled_list = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="alert_banner")
        self.setStyleSheet(STYLE)
        self.message = ""
        self.text = QLabel(wordWrap=True, objectName="alert_text")
        # never widens the window: the label takes the width left and wraps to it
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(objectName="alert_show", checkable=True)  # pressed while the list is open
        self.button.clicked.connect(self.toggled_list.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(QLabel("⚠"), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_alerts(self, newest: str | None, total: int, list_open: bool = False) -> None:
        self.setVisible(total > 0)
        self.button.setChecked(list_open)
        self.message = newest or ""
        self.text.setText(self.message)
        self.button.setText(fmt(self.tr("All alerts (%1)"), total))
