"""What a new team does first, shown on the dashboard until the database holds any activity."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.store import Store

STYLE = "QFrame#first_steps { background: #ffffff; border: 1px solid #d9dee5; border-radius: 10px; }" \
        " QLabel { border: none; }"


class FirstStepsPanel(QFrame):
    """Three steps with a button each; a step already done is ticked."""

    def __init__(self, navigate: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="first_steps")
        self.setStyleSheet(STYLE)
        head = QLabel(self.tr("First steps"), styleSheet="font-size: 18px; font-weight: 700; color: #13233a;")
        lead = QLabel(self.tr("The dashboard fills in as soon as the team has numbers. Until then, no pace "
                              "or review alerts: there is no history to judge yet."), wordWrap=True,
                      styleSheet="color: #44505e;")
        steps = (
            ("setup", self.tr("Set the KGI and work the targets back (setup wizard)"), self.tr("Open the wizard"),
             lambda: navigate("checklist", wizard=True)),
            ("import", self.tr("Bring in the Excel trackers you keep today"), self.tr("Import Excel"),
             lambda: navigate("import")),
            ("log", self.tr("Or log today's calls one keystroke each"), self.tr("Log calls"),
             lambda: navigate("activities", tab="log")),
        )
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, text, button, slot) in enumerate(steps):
            self.marks[key] = QLabel(f"{row + 1}.", styleSheet="font-weight: 700;")
            self.buttons[key] = QPushButton(button, objectName=f"first_step_{key}")
            self.buttons[key].clicked.connect(slot)
            grid.addWidget(self.marks[key], row, 0)
            grid.addWidget(QLabel(text, wordWrap=True), row, 1)
            grid.addWidget(self.buttons[key], row, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(head)
        layout.addWidget(lead)
        layout.addLayout(grid)

    def show_progress(self, store: Store) -> None:
        """Tick the setup step once a KGI with a target exists."""
        done = any(n.kind == "kgi" for n in store.nodes()) and bool(store.targets(period_kind="year"))
        self.marks["setup"].setText("✓" if done else "1.")
        self.marks["setup"].setStyleSheet("font-weight: 700; color: #1a7f37;" if done else "font-weight: 700;")
