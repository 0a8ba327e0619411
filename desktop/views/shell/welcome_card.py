"""A home-page card: icon, heading and a subtitle that wraps (a QToolButton cuts it mid-sentence)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

CARD_STYLE = """
QFrame#{name} {{ background: #ffffff; border: 1px solid #d9dee5; border-radius: 10px; }}
QFrame#{name}:hover, QFrame#{name}:focus {{ border-color: #1f6feb; background: #f5f9ff; }}
QLabel {{ border: none; background: transparent; }}
"""


class WelcomeCard(QFrame):
    """Clicked by mouse, Enter or Space; its texts wrap to the width it gets."""

    clicked = Signal()

    def __init__(self, name: str, icon: QIcon, heading: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=f"welcome_{name}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(CARD_STYLE.format(name=self.objectName()))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(180)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(QSize(32, 32)))
        self.heading = QLabel(heading, wordWrap=True, styleSheet="font-size: 14px; font-weight: 600; color: #1d2733;")
        self.subtitle = QLabel(subtitle, wordWrap=True, styleSheet="color: #44505e;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(picture)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)

    def text(self) -> str:
        return f"{self.heading.text()}\n{self.subtitle.text()}"

    def click(self) -> None:
        self.clicked.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
