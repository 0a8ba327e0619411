"""Open alerts, newest first: acknowledge, or snooze for an hour or until tomorrow morning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop.models.store import Store
from desktop.views.alerts.text import alert_message

MORNING_HOUR = 9
MAX_LIST_HEIGHT = 132  # about six lines; more alerts scroll
LIST_PADDING = 4
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


def now_local() -> datetime:
    return datetime.now().astimezone()


class ChangeAlert(QUndoCommand):
    """Acknowledge or snooze an alert; undo puts its previous state back."""

    def __init__(self, store: Store, event_id: int, acknowledged: datetime | None, snoozed: datetime | None,
                 text: str) -> None:
        super().__init__(text)
        self.store, self.event_id = store, event_id
        self.old, self.new = store.alert_state(event_id), (acknowledged, snoozed)

    def redo(self) -> None:
        self.store.set_alert_state(self.event_id, *self.new)

    def undo(self) -> None:
        self.store.set_alert_state(self.event_id, *self.old)


class AlertList(QWidget):
    """A list of open alerts with the three things a manager does with one."""

    def __init__(self, store: Store, undo: QUndoStack, now: Callable[[], datetime] = now_local,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo, self.now = store, undo, now
        self.items = QListWidget(objectName="alert_items")
        self.items.setWordWrap(True)
        self.ack = QPushButton(self.tr("Acknowledge"), objectName="alert_ack")
        self.snooze_hour = QPushButton(self.tr("Snooze 1 hour"), objectName="alert_snooze_hour")
        self.snooze_day = QPushButton(self.tr("Snooze until tomorrow"), objectName="alert_snooze_day")
        self.ack.clicked.connect(lambda: self._act(self.tr("Acknowledge alert"), ack=True))
        self.snooze_hour.clicked.connect(lambda: self._act(self.tr("Snooze alert"), snooze=timedelta(hours=1)))
        self.snooze_day.clicked.connect(lambda: self._act(self.tr("Snooze alert"), snooze=None))
        buttons = QHBoxLayout()
        for b in (self.ack, self.snooze_hour, self.snooze_day):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items)
        layout.addLayout(buttons)
        self.items.currentRowChanged.connect(self._enable)
        self._enable()

    def reload(self, names: dict[int, str]) -> int:
        """Show the open alerts; returns how many there are."""
        self.items.clear()
        for event in self.store.open_alerts(self.now()):
            raised = event.raised_at if event.raised_at.tzinfo else event.raised_at.replace(tzinfo=UTC)
            stamp = raised.astimezone().strftime("%m/%d %H:%M")
            message = alert_message(event.code, event.params, names)
            item = QListWidgetItem(f"{stamp}  {message}")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setData(MESSAGE_ROLE, message)
            self.items.addItem(item)
        if self.items.count():
            self.items.setCurrentRow(0)
        self._enable()
        self._fit()
        return self.items.count()

    def newest(self) -> str | None:
        """The newest open alert's sentence, without its time."""
        first = self.items.item(0)
        return str(first.data(MESSAGE_ROLE)) if first is not None else None

    def _fit(self) -> None:
        """As tall as the alerts need (wrapped at the current width), up to MAX_LIST_HEIGHT."""
        self.items.doItemsLayout()
        rows = sum(self.items.visualItemRect(self.items.item(i)).height() for i in range(self.items.count()))
        self.items.setFixedHeight(min(MAX_LIST_HEIGHT, max(rows, 1) + 2 * self.items.frameWidth() + LIST_PADDING))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the alerts wrap anew
            self._fit()

    def _tomorrow(self) -> datetime:
        now = self.now()
        return (now + timedelta(days=1)).replace(hour=MORNING_HOUR, minute=0, second=0, microsecond=0)

    def _act(self, text: str, ack: bool = False, snooze: timedelta | None = None) -> None:
        """Acknowledge, or snooze for `snooze` (None: until tomorrow morning), as an undoable step."""
        item = self.items.currentItem()
        if item is None:
            return
        event_id = int(item.data(Qt.ItemDataRole.UserRole))
        acknowledged, snoozed = self.store.alert_state(event_id)
        if ack:
            acknowledged = self.now()
        else:
            snoozed = self.now() + snooze if snooze is not None else self._tomorrow()
        self.undo.push(ChangeAlert(self.store, event_id, acknowledged, snoozed, text))

    def _enable(self, *_: object) -> None:
        on = self.items.currentItem() is not None
        for b in (self.ack, self.snooze_hour, self.snooze_day):
            b.setEnabled(on)
