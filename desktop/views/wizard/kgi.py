"""Wizard page 1: the KGI — revenue or wins, the annual and quarterly numbers, the fiscal-year start."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWizardPage

from desktop.kpi.metrics import Metric, Tier
from desktop.kpi.numbers import parse_amount
from desktop.kpi.periods import PeriodKind, fiscal_year
from desktop.kpi.plan_targets import year_split
from desktop.kpi.setup import current_fiscal_year, quarter_starts
from desktop.models.tables import KpiNodeIn, TargetIn
from desktop.views.shell.context import AppContext
from desktop.views.wizard.undo import push_step
from desktop.views.shell.text import fmt, metric_name


class KgiSetupPage(QWizardPage):
    """Writes (or updates) the KGI node and its annual and quarterly targets."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("1. KGI: the final goal"))
        self.setSubTitle(self.tr("What the team must reach this fiscal year. Everything else is worked back from it."))
        self.goal = QComboBox(objectName="kgi_goal")
        self.goal.addItem(metric_name("revenue"), Metric.REVENUE.value)
        self.goal.addItem(metric_name("wins"), Metric.WINS.value)
        self.annual = QLineEdit(objectName="kgi_annual", placeholderText=self.tr("e.g. 1億 or 120,000,000"))
        self.quarterly = QLineEdit(objectName="kgi_quarterly",
                                   placeholderText=self.tr("empty = a quarter of the annual number"))
        self.fiscal = QComboBox(objectName="kgi_fiscal")
        for m in range(1, 13):
            self.fiscal.addItem(fmt(self.tr("Starts in month %1"), m), m)
        self.title = QLineEdit(objectName="kgi_title", placeholderText=self.tr("empty = made from the numbers"))
        self.message = QLabel(objectName="kgi_message", wordWrap=True, styleSheet="color: #c62828;")
        form = QFormLayout(self)
        form.addRow(self.tr("Annual number"), self.annual)
        form.addRow(self.tr("Quarterly number"), self.quarterly)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("Fiscal year"), self.fiscal)
        form.addRow(self.tr("KGI title"), self.title)
        form.addRow(self.message)

    def kgi(self):  # noqa: ANN201 - KpiNode | None
        return next((n for n in self.context.store.nodes() if n.kind == "kgi"), None)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        store = self.context.store
        settings = store.domain_settings()
        self.fiscal.setCurrentIndex(settings.fiscal_start_month - 1)
        node = self.kgi()
        if node is not None:
            self.goal.setCurrentIndex(max(0, self.goal.findData(node.metric)))
            self.title.setText(node.title)
            year, quarter = self._stored_targets(node.id)
            self.annual.setText("" if year is None else f"{year:,.0f}")
            self.quarterly.setText("" if quarter is None else f"{quarter:,.0f}")
        QTimer.singleShot(0, self.annual, self.annual.setFocus)  # after QWizard picks its own focus

    def _stored_targets(self, node_id: int) -> tuple[float | None, float | None]:
        rows = [t for t in self.context.store.targets() if t.node_id == node_id and t.member_id is None]
        year = next((t.value for t in rows if t.period_kind == PeriodKind.YEAR), None)
        quarter = next((t.value for t in rows if t.period_kind == PeriodKind.QUARTER), None)
        return year, quarter

    def _number(self, edit: QLineEdit) -> int | None:
        value = parse_amount(edit.text())
        return None if value is None or value <= 0 else int(value)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        annual = self._number(self.annual)
        if annual is None:
            self.message.setText(self.tr("Enter the annual number (for example 1億 or 500)."))
            return False
        typed = bool(self.quarterly.text().strip())
        quarterly = self._number(self.quarterly) if typed else None
        if typed and quarterly is None:
            self.message.setText(self.tr("The quarterly number is not a number."))
            return False
        self.message.clear()
        push_step(self.context, self.tr("Set up the KGI"), lambda: self._save(annual, quarterly))
        return True

    def _save(self, annual: int, quarterly: int | None) -> None:
        store = self.context.store
        fsm = self.fiscal.currentData()
        settings = store.domain_settings()
        if settings.fiscal_start_month != fsm:
            store.save_domain_settings(replace(settings, fiscal_start_month=fsm))
        metric = self.goal.currentData()
        title = self.title.text().strip() or self._default_title(metric, annual)
        node = self.kgi()
        data = {"kind": "kgi", "title": title, "metric": metric, "tier": Tier.OUTCOME.value, "on_dashboard": True}
        if node is not None:
            node = store.update_node(node.id, **data)
        else:
            node = store.add_node(KpiNodeIn(**data, description=self.tr("The team's final goal for the fiscal year")))
        fy = current_fiscal_year(date.today(), fsm)
        rows = [TargetIn(node_id=node.id, metric=metric, period_kind=PeriodKind.YEAR,
                         period_start=fiscal_year(fy, fsm).start, value=annual)]
        # an empty quarter field: the year's own split by business days (the quarters add up to it)
        quarters = ([(start, quarterly) for start in quarter_starts(fy, fsm)] if quarterly is not None else
                    year_split(annual, fiscal_year(fy, fsm), PeriodKind.QUARTER, store.domain_settings().calendar()))
        rows += [TargetIn(node_id=node.id, metric=metric, period_kind=PeriodKind.QUARTER, period_start=start,
                          value=value, planned=quarterly is None) for start, value in quarters]
        store.set_targets(rows)

    def _default_title(self, metric: str, annual: int) -> str:
        if metric == Metric.REVENUE.value:
            return fmt(self.tr("Annual revenue ¥%1"), f"{annual:,}")
        return fmt(self.tr("Annual wins %1"), f"{annual:,}")
