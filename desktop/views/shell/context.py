"""What every page receives: the store, the change signal, the undo stack, UI settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoStack

from desktop.models.store import Store
from desktop.views.shell.signals import StoreSignals
from desktop.views.shell.ui_settings import UiSettings
from desktop.views.shell.worker import Worker, run_in_pool


@dataclass
class AppContext:
    """Shared by the main window and its pages; pages never keep a Session."""

    store: Store
    signals: StoreSignals
    undo: QUndoStack
    ui: UiSettings
    start: Callable[[Worker], None] = run_in_pool
    # navigate(page_name, **options): show another page (e.g. the activity table filtered)
    navigate: Callable[..., None] = field(default=lambda *_a, **_k: None)
    extras: dict[str, Any] = field(default_factory=dict)

    def today(self) -> date:
        """The day the pages take as today: `gui --today` (screenshots, benchmarks), else the calendar's."""
        return self.extras.get("today", date.today)()
