"""System tray notifications for new alerts while the window is not in front."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from desktop.views.shell.icons import icon


class AlertNotifier(QSystemTrayIcon):
    """Shows a tray message per burst of new alerts, when a tray exists and the window is inactive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icon("app"), parent)
        self.window = parent
        self.shown: list[str] = []

    def notify(self, messages: list[str]) -> bool:
        """True when a message was shown."""
        if not messages or not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        window = self.window.window() if self.window is not None else None
        if window is not None and window.isActiveWindow():
            return False
        self.show()
        body = "\n".join(messages[:3])
        self.showMessage(self.tr("KPI Desk alert"), body, QSystemTrayIcon.MessageIcon.Warning, 10_000)
        self.shown.append(body)
        return True
