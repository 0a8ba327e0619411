"""Daily activity bars with the daily target line and shaded non-business days."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.kpi.dashboard import drill_filter
from desktop.models.dashboard_queries import DashboardData
from desktop.views.dashboard.chart_panel import COLORS, ChartPanel
from desktop.views.shell.text import count, fmt, metric_name


class DailyBarsChart(ChartPanel):
    """One bar per day of the period; the dashed line is what a business day needs for the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Daily activity"), parent)
        self.data: DashboardData | None = None
        self.drill = None  # callable(**filter) set by the page
        self._shade: tuple[list[int], float] = ([], 0.0)
        self.shade = pg.BarGraphItem(x=[], height=[], width=1.0, brush=COLORS["shade"], pen=pg.mkPen(None))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.72, brush=COLORS["primary"], pen=pg.mkPen(None))
        self.target_line = pg.InfiniteLine(angle=0, movable=False,
                                           pen=pg.mkPen(COLORS["target"], width=1.6, style=Qt.PenStyle.DashLine))
        self.benchmark = pg.InfiniteLine(angle=0, movable=False,
                                         pen=pg.mkPen(COLORS["on_track"], width=1.6, style=Qt.PenStyle.DotLine))
        for item in (self.shade, self.bars, self.target_line, self.benchmark):
            self.plot.addItem(item)

    def signature(self, data: DashboardData) -> object:
        return (data.period, data.today, data.member_id, data.metric, data.daily, data.daily_target,
                data.daily_benchmark)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.count = len(data.days)
        heights = [0.0 if math.isnan(v) else v for v in data.daily]
        top = max(heights + [data.daily_target or 0.0, data.daily_benchmark or 0.0, 1.0]) * 1.15
        closed = [i for i, open_ in enumerate(data.business) if not open_]
        shade = (closed, top)
        if shade != self._shade:  # the closed days rarely change: keep their cached drawing
            self._shade = shade
            self.shade.setOpts(x=closed, height=[top] * len(closed))
        self.bars.setOpts(x=list(range(self.count)), height=heights)
        self.target_line.setVisible(data.daily_target is not None)
        if data.daily_target is not None:
            self.target_line.setPos(data.daily_target)
        self.benchmark.setVisible(data.daily_benchmark is not None)
        if data.daily_benchmark is not None:
            self.benchmark.setPos(data.daily_benchmark)
        self.set_view(-0.6, self.count - 0.4, 0, top)
        self.set_ticks([f"{d.month}/{d.day}" for d in data.days], every=max(1, self.count // 12))
        self.title.setText(fmt(self.tr("%1 per day"), metric_name(data.metric)))

    def hover_text(self, index: int) -> str:
        if self.data is None:
            return ""
        day, value = self.data.days[index], self.data.daily[index]
        text = fmt(self.tr("%1: %2 %3"), day.isoformat(), count(None if math.isnan(value) else value),
                   metric_name(self.data.metric))
        if not self.data.business[index]:
            text += "\n" + self.tr("Not a business day")
        elif self.data.daily_target is not None:
            text += "\n" + fmt(self.tr("Daily target %1"), count(self.data.daily_target))
        if self.data.business[index] and self.data.daily_benchmark is not None:
            text += "\n" + fmt(self.tr("Launch benchmark %1 (34 calls a day per rep)"),
                                count(self.data.daily_benchmark))
        return text

    def activate(self, index: int) -> None:
        super().activate(index)
        if self.data is not None and self.drill is not None:
            day = self.data.days[index]
            self.drill(**drill_filter(self.data.metric, day, day, self.data.member_id))
