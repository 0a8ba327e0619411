"""A tray reminder when a review is due and not held (the main window owns one and starts it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.views.shell.context import AppContext
from desktop.views.shell.icons import icon
from desktop.views.shell.text import fmt

CHECK_MS = 15 * 60 * 1000


class ReviewReminder(QObject):
    """Checks every 15 minutes; says each due review once per scheduled day (tray message and `due` signal)."""

    due = Signal(str, object)  # kind, scheduled day

    def __init__(self, context: AppContext, parent: QObject | None = None, tray: QSystemTrayIcon | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.told: set[tuple[str, date]] = set()
        self.tray = tray
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("review"), self)
            self.tray.show()
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def check(self, today: date | None = None) -> list[str]:
        """Tell about reviews newly due; returns their kinds."""
        names = {"weekly": self.tr("The weekly review"), "monthly": self.tr("The monthly review"),
                 "quarterly": self.tr("The quarterly KPI review")}
        new = [(k, d) for k, d in self.context.store.reviews_due(today or self.context.today()).items()
               if (k, d) not in self.told]
        for kind, day in new:
            self.told.add((kind, day))
            self.due.emit(kind, day)
            if self.tray is not None:
                self.tray.showMessage(self.tr("KPI Desk"), fmt(self.tr("%1 was due on %2 and has not been held."),
                                                               names[kind], day.isoformat()))
        return [k for k, _ in new]
