"""The first page a new user sees: start the wizard, import Excel, or open the demo."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop.models.changes import Change
from desktop.views.shell.context import AppContext
from desktop.views.shell.icons import icon
from desktop.views.shell.text import fmt

CARD_STYLE = """
QToolButton { background: #ffffff; border: 1px solid #d9dee5; border-radius: 10px; padding: 14px;
              font-size: 14px; color: #1d2733; text-align: left; }
QToolButton:hover { border-color: #1f6feb; background: #f5f9ff; }
"""


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
        lead.setStyleSheet("font-size: 14px; color: #44505e;")
        self.status = QLabel()
        self.status.setStyleSheet("color: #5b6776;")
        cards = self._cards()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
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
             self.tr("A year of a five-person team, to try everything"), self._on_demo),
        )
        cards = QGridLayout()
        cards.setSpacing(16)
        self.buttons: dict[str, QToolButton] = {}
        for col, (name, head, sub, slot) in enumerate(specs):
            self.buttons[name] = _card(name, f"{head}\n{sub}", slot)
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
        self.context.extras["open_demo"]()


def _card(name: str, text: str, slot) -> QToolButton:  # noqa: ANN001 - a slot
    button = QToolButton(objectName=f"welcome_{name}")
    button.setIcon(icon(name))
    button.setIconSize(QSize(32, 32))
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    button.setMinimumSize(QSize(250, 130))
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setStyleSheet(CARD_STYLE)
    button.clicked.connect(slot)
    return button
