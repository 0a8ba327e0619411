"""KGI: the fiscal year's revenue, cumulative by month, against the target path, with the forecast dashed."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from desktop.kpi.dashboard import drill_filter
from desktop.models.dashboard_queries import DashboardData
from desktop.views.dashboard.chart_panel import COLORS, ChartPanel
from desktop.views.shell.text import fmt, yen

MAN = 10_000  # the axis is in 万円


class KgiChart(ChartPanel):
    """Revenue actual, forecast and target for the fiscal year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Revenue (KGI)"), parent)
        self.data: DashboardData | None = None
        self.drill = None
        self.target_line, self.path, self.forecast = self.add_goal_lines(self.tr("Target path"))
        self.plot.getPlotItem().legend.setBrush(COLORS["legend"])  # the target line runs through it
        self.actual = self.plot.plot([], [], name=self.tr("Actual"), connect="finite", fillLevel=0,
                                     fillBrush=(31, 111, 235, 40), pen=pg.mkPen(COLORS["primary"], width=2.6),
                                     symbol="o", symbolSize=6, symbolBrush=COLORS["primary"], symbolPen=None)
        self.plot.getAxis("left").setLabel(self.tr("10k yen"))

    def signature(self, data: DashboardData) -> object:
        return (data.member_id, data.kgi)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        k = data.kgi
        self.count = len(k.months)
        x = np.arange(self.count, dtype=float)
        self.actual.setData(x, np.asarray(k.actual, dtype=float) / MAN)
        self.path.setData(x, np.asarray(k.target_path, dtype=float) / MAN)
        self.forecast.setData(x, np.asarray(k.forecast, dtype=float) / MAN)
        self.show_target(self.target_line, None if k.target is None else k.target / MAN)
        values = [v for v in k.actual + k.target_path + k.forecast + [k.target or 0.0, 1.0] if v == v]
        self.set_view(-0.5, self.count - 0.5, 0, max(values) / MAN * 1.1)
        locale = QLocale()
        self.set_ticks([locale.monthName(m.start.month, QLocale.FormatType.ShortFormat) for m in k.months])
        self.title.setText(fmt(self.tr("Revenue (KGI): actual %1 · forecast %2 · target %3"),
                               yen(k.actual_to_date), yen(k.forecast_end), yen(k.target)))

    def hover_text(self, index: int) -> str:
        if self.data is None:
            return ""
        k = self.data.kgi
        lines = [k.months[index].label]
        for label, values in ((self.tr("Actual"), k.actual), (self.tr("Forecast"), k.forecast),
                              (self.tr("Target path"), k.target_path)):
            if values[index] == values[index]:
                lines.append(fmt(self.tr("%1: %2"), label, yen(values[index])))
        return "\n".join(lines)

    def activate(self, index: int) -> None:
        super().activate(index)
        if self.data is not None and self.drill is not None:
            month = self.data.kgi.months[index]
            self.drill(**drill_filter("revenue", month.start, month.end, self.data.member_id))
