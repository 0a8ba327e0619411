"""The setup wizard: KGI → KSF → KPIs → measurement → dashboard → PDCA.

Each page writes its data on Next (later pages plan from what earlier ones wrote), but
onto the wizard's own undo stack: キャンセル undoes them all, after asking, and 完了 puts
the whole wizard on the main stack as one step (Ctrl+Z takes the setup back whole).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from desktop.views.shell.context import AppContext
from desktop.views.wizard.dashboard import DashboardSetupPage
from desktop.views.wizard.kgi import KgiSetupPage
from desktop.views.wizard.kpi import KpiSetupPage
from desktop.views.wizard.ksf import KsfSetupPage
from desktop.views.wizard.measure import MeasureSetupPage
from desktop.views.wizard.pdca import PdcaSetupPage
from desktop.views.wizard.undo import FinishedSetup, discard_steps

PAGE_CLASSES = (KgiSetupPage, KsfSetupPage, KpiSetupPage, MeasureSetupPage, DashboardSetupPage, PdcaSetupPage)


class SetupWizard(QWizard):
    """Six pages; finishing shows the KPI tree and the dashboard that were built."""

    def __init__(self, context: AppContext, start: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.steps = QUndoStack(self)
        self.before = context.store.setup_state()
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("KPI Desk setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        pages = replace(context, undo=self.steps)
        for n, cls in enumerate(PAGE_CLASSES):
            self.setPage(n, cls(pages))
        self.setStartId(max(0, min(start, len(PAGE_CLASSES) - 1)))
        self.resize(860, 620)
        self.accepted.connect(self._on_accepted)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        """After page 4 (holidays, business days, members) the KPI targets are worked back again."""
        if not super().validateCurrentPage():
            return False
        if self.currentId() == PAGE_CLASSES.index(MeasureSetupPage):
            self.page(PAGE_CLASSES.index(KpiSetupPage)).replan()
        return True

    def reject(self) -> None:
        """Cancel, Esc and the close box: ask when something was entered, then leave nothing behind."""
        if self.steps.count() and not self._confirm_discard():
            return
        discard_steps(self.steps)
        self.steps.clear()
        super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the setup?"),
                          self.tr("What you entered in the wizard (KGI, KSFs, KPIs, targets, members) "
                                  "will not be saved."), parent=self)
        box.setObjectName("wizard_discard")
        discard = box.addButton(self.tr("Discard and close"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Continue the setup"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def _on_accepted(self) -> None:
        if self.steps.count():
            after = self.context.store.setup_state()
            self.context.undo.push(FinishedSetup(self.context.store, self.before, after,
                                                 self.tr("Set up KPI Desk")))
        self.steps.clear()
        self.context.navigate("tree")
        self.context.navigate("dashboard")
