"""The setup wizard: KGI → KSF → KPIs → measurement → dashboard → PDCA, each page writing real data.

Every page reads its state from the database when shown and writes it on Next,
so the wizard can be left at any page and resumed later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from desktop.views.shell.context import AppContext
from desktop.views.wizard.dashboard import DashboardSetupPage
from desktop.views.wizard.kgi import KgiSetupPage
from desktop.views.wizard.kpi import KpiSetupPage
from desktop.views.wizard.ksf import KsfSetupPage
from desktop.views.wizard.measure import MeasureSetupPage
from desktop.views.wizard.pdca import PdcaSetupPage

PAGE_CLASSES = (KgiSetupPage, KsfSetupPage, KpiSetupPage, MeasureSetupPage, DashboardSetupPage, PdcaSetupPage)


class SetupWizard(QWizard):
    """Six pages; finishing shows the KPI tree and the dashboard that were built."""

    def __init__(self, context: AppContext, start: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("KPI Desk setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        for n, cls in enumerate(PAGE_CLASSES):
            self.setPage(n, cls(context))
        self.setStartId(max(0, min(start, len(PAGE_CLASSES) - 1)))
        self.resize(820, 620)
        self.accepted.connect(self._on_accepted)

    def _on_accepted(self) -> None:
        self.context.navigate("tree")
        self.context.navigate("dashboard")
