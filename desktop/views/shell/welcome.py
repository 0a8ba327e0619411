"""The first page a new user sees: start the wizard, import Excel, or open the demo."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.models.changes import Change
from desktop.models import demo
from desktop.models.demo import MANAGER, REPS
from desktop.views.shell.context import AppContext
from desktop.views.shell.icons import icon
from desktop.views.shell.text import fmt
from desktop.views.shell.welcome_card import WelcomeCard


class WelcomePage(QWidget):
    """Three ways in, and a line about what the open database holds."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Welcome to KPI Desk"))
        title.setStyleSheet("font-size: 26px; font-weight: 700; color: #13233a;")
        lead = QLabel(self.tr("Set your KGI, work the targets backwards to calls per day, and watch "
                              "the numbers move as the team works — without copying spreadsheets together."))
        lead.setWordWrap(True)
        self.lead = lead
        lead.setStyleSheet("font-size: 14px; color: #44505e;")
        self.status = QLabel(wordWrap=True)
        self.status.setStyleSheet("color: #5b6776;")
        cards = self._cards()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(14)
        for w in (title, lead):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addLayout(cards)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        layout.addStretch(1)
        context.signals.changed.connect(self._on_store_changed)
        self.refresh()

    def _cards(self) -> QGridLayout:
        """Three large buttons: the wizard, the import, the demo."""
        specs = (
            ("wizard", self.tr("Start the setup wizard"),
             self.tr("From the KGI to the weekly review, step by step"), self._on_wizard),
            ("import", self.tr("Import Excel trackers"),
             self.tr("Bring in call logs and daily count sheets as they are"), self._on_import),
            ("dashboard", self.tr("Open the demo"),
             fmt(self.tr("A year of %1 reps and their manager (%2 people), to try everything"), len(REPS),
                 len(REPS) + len([MANAGER])), self._on_demo),
        )
        cards = QGridLayout()
        cards.setSpacing(16)
        self.buttons: dict[str, WelcomeCard] = {}
        for col, (name, head, sub, slot) in enumerate(specs):
            self.buttons[name] = WelcomeCard(name, icon(name), head, sub)
            self.buttons[name].clicked.connect(slot)
            cards.addWidget(self.buttons[name], 0, col)
            cards.setColumnStretch(col, 1)
        return cards

    def refresh(self) -> None:
        store = self.context.store
        span = store.data_range()
        members = len(store.members(active_only=True))
        if span is None:
            self.status.setText(fmt(self.tr("This database is empty. %1"), str(store.path or "")))
        else:
            self.status.setText(fmt(self.tr("%1 members, data from %2 to %3."), str(members), span[0].isoformat(), span[1].isoformat()))

    def _on_store_changed(self, _change: Change) -> None:
        self.refresh()

    def _on_wizard(self) -> None:
        self.context.navigate("checklist", wizard=True)

    def _on_import(self) -> None:
        self.context.navigate("import")

    def _on_demo(self) -> None:
        """The demo replaces the open database in this window: say so, and how to come back."""
        path = self.context.store.path
        if path is not None and not demo.is_empty(self.context.store) and not self._confirm_demo(str(path)):
            return
        self.context.extras["open_demo"]()

    def _confirm_demo(self, path: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open the demo"),
                          fmt(self.tr("The demo opens in place of %1. Your data stays in that file: "
                                      "File → Open recent brings it back."), path), parent=self)
        box.setObjectName("welcome_demo_confirm")
        go = box.addButton(self.tr("Open the demo"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

