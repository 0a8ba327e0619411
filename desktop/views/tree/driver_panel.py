"""The funnel behind the KGI: each rate against target and benchmark, the bottleneck, the best lever."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.kpi.sensitivity import sensitivity
from desktop.kpi.tree_eval import TreeEvaluation
from desktop.views.tree.findings import bottleneck_text, findings_line, lever_rows
from desktop.views.shell.text import fmt, metric_name, percent, yen

WEAK = "#cf222e"


class DriverPanel(QWidget):
    """Rates, bottleneck and '+1 pt ≈ +¥N' levers for the evaluated period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bottleneck = QLabel(objectName="driver_bottleneck", wordWrap=True)
        self.bottleneck.setStyleSheet("font-size: 14px; padding: 8px; border-radius: 6px; background:#fff4d6;")
        self.links = QTableWidget(0, 4, objectName="driver_links")
        self.links.setHorizontalHeaderLabels([self.tr("Rate"), self.tr("Actual"), self.tr("Target"),
                                              self.tr("Benchmark")])
        self.levers = QTableWidget(0, 3, objectName="driver_levers")
        self.levers.setHorizontalHeaderLabels([self.tr("+1 pt on"), self.tr("Revenue this period"),
                                               self.tr("Same as calls a day")])
        for table in (self.links, self.levers):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.forecast = QLabel(objectName="driver_forecast", wordWrap=True)
        self.evaluation: TreeEvaluation | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.bottleneck)
        layout.addWidget(QLabel(self.tr("Funnel rates"), styleSheet="font-weight:700;"))
        layout.addWidget(self.links)
        layout.addWidget(QLabel(self.tr("Which lever pays most"), styleSheet="font-weight:700;"))
        layout.addWidget(self.levers)
        layout.addWidget(self.forecast)

    def show_evaluation(self, evaluation: TreeEvaluation) -> None:
        """Fill both tables and the bottleneck line."""
        self._fill_links(evaluation)
        self._fill_levers(evaluation)
        self._say_bottleneck(evaluation)

    def summary(self) -> str:
        """One line for above the tree: the bottleneck and the lever that pays most."""
        return findings_line(self.evaluation) if self.evaluation is not None else ""

    def _say_bottleneck(self, evaluation: TreeEvaluation) -> None:
        self.evaluation = evaluation
        self.bottleneck.setText(bottleneck_text(evaluation))

    def _fill_links(self, evaluation: TreeEvaluation) -> None:
        self.links.setRowCount(len(evaluation.links))
        for row, link in enumerate(evaluation.links):
            band = f"{percent(link.band.low, 0)}–{percent(link.band.high, 0)}" if link.band else "—"
            cells = (metric_name(link.code), percent(link.actual), percent(link.target), band)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if link.code == evaluation.bottleneck or (col == 1 and link.below_band):
                    item.setForeground(QBrush(QColor(WEAK)))
                self.links.setItem(row, col, item)

    def _fill_levers(self, evaluation: TreeEvaluation) -> None:
        drivers = evaluation.drivers
        levers = sensitivity(drivers) if drivers is not None else []
        rows = lever_rows(evaluation)
        self.levers.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for col, text in enumerate(cells):
                self.levers.setItem(row, col, QTableWidgetItem(text))
        if drivers is None or drivers.revenue is None:
            self.forecast.setText(self.tr("The driver forecast needs every funnel rate (data or a target)."))
            return
        text = fmt(self.tr("Driver forecast: %1 calls × the rates so far × %2 a deal ≈ %3."),
                   f"{drivers.calls:,.0f}", yen(drivers.deal_size), yen(drivers.revenue))
        for code in levers[0].assumed if levers else ():
            text += " " + fmt(self.tr("The levers count %1 at its target %2, as it is still 0 this period."),
                              metric_name(code), percent(drivers.targets.get(code)))
        self.forecast.setText(text)
