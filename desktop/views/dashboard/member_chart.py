"""Members side by side for one metric (a count or a rate), with the team average."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.kpi.dashboard import MemberBar, drill_filter, member_bars
from desktop.kpi.metrics import is_rate
from desktop.models.dashboard_queries import DashboardData
from desktop.views.dashboard.chart_panel import COLORS, ChartPanel
from desktop.views.shell.text import count, fmt, metric_name, percent

METRICS = ("calls", "connects", "appointments", "opportunities", "wins", "connect_rate", "appointment_rate",
           "opportunity_rate", "mqls", "sqls", "mql_sql_rate")


def _show(metric: str, value: float | None) -> str:
    return percent(value) if is_rate(metric) else count(value)


class MemberChart(ChartPanel):
    """One bar per rep; the dashed line is the team average (a rate: the team's own ratio)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Members"), parent)
        self.data: DashboardData | None = None
        self.drill = None
        self.bars_data: list[MemberBar] = []
        self.average: float | None = None
        self.metric_box = QComboBox(objectName="member_metric")
        for code in METRICS:
            self.metric_box.addItem(metric_name(code), code)
        self.metric_box.currentIndexChanged.connect(self._redraw)
        self.header.insertWidget(1, self.metric_box)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=COLORS["primary"], pen=pg.mkPen(None))
        self.avg_line = pg.InfiniteLine(angle=0, movable=False, 
                                        pen=pg.mkPen(COLORS["target"], width=1.5, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.bars)
        self.plot.addItem(self.avg_line)

    def signature(self, data: DashboardData) -> object:
        return (data.period, data.today, data.member_id, data.members, data.member_counts)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self._redraw()

    def _redraw(self) -> None:
        if self.data is None:
            return
        code = self.metric_box.currentData()
        scale = 100.0 if is_rate(code) else 1.0
        self.bars_data, self.average = member_bars(self.data.members, self.data.member_counts, code)
        self.count = len(self.bars_data)
        heights = [(b.value or 0.0) * scale for b in self.bars_data]
        brushes = [COLORS["primary"] if b.member_id == self.data.member_id or self.data.member_id is None
                   else COLORS["muted"] for b in self.bars_data]
        self.bars.setOpts(x=list(range(self.count)), height=heights, brushes=brushes)
        self.avg_line.setVisible(self.average is not None)
        if self.average is not None:
            self.avg_line.setPos(self.average * scale)
        self.set_view(-0.6, max(self.count, 1) - 0.4, 0, max(heights + [(self.average or 0) * scale, 1.0]) * 1.15)
        self.set_ticks([b.name for b in self.bars_data])
        self.plot.getAxis("left").setLabel("%" if is_rate(code) else "")

    def hover_text(self, index: int) -> str:
        code = self.metric_box.currentData()
        b = self.bars_data[index]
        return fmt(self.tr("%1\n%2: %3\nTeam average: %4"), b.name, metric_name(code), _show(code, b.value),
                   _show(code, self.average))

    def activate(self, index: int) -> None:
        super().activate(index)
        if self.data is not None and self.drill is not None:
            code = self.metric_box.currentData()
            metric = "calls" if is_rate(code) else code
            d = self.data
            self.drill(**drill_filter(metric, d.period.start, min(d.period.end, d.today),
                                      self.bars_data[index].member_id))
