"""Pages whose feature has not landed yet say so plainly, and point to what works today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.views.context import AppContext


class PendingPage(QWidget):
    """A page that tells the user the feature is coming, and what to use meanwhile."""

    what = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("This page is not built yet"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        body = QLabel(self.explain())
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, body):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        layout.addStretch(2)

    def explain(self) -> str:
        return ""


class DashboardPending(PendingPage):
    def explain(self) -> str:
        return self.tr("The live dashboard arrives with issue #6. Meanwhile: kpidesk summary --by month")


class ActivitiesPending(PendingPage):
    def explain(self) -> str:
        return self.tr("Quick logging and the activity table arrive with issue #4.")


class TreePending(PendingPage):
    def explain(self) -> str:
        return self.tr("The KPI tree designer arrives with issue #5. Meanwhile: kpidesk plan")


class ImportPending(PendingPage):
    def explain(self) -> str:
        return self.tr("Excel and CSV import arrives with issue #3.")


class ReviewPending(PendingPage):
    def explain(self) -> str:
        return self.tr("Weekly, monthly and quarterly reviews arrive with issue #7.")


class ChecklistPending(PendingPage):
    def explain(self) -> str:
        return self.tr("The setup checklist and wizard arrive with issue #7.")
