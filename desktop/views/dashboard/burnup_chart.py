"""Burn-up: the cumulative actual against the pace line to the period target, with the forecast dashed."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from desktop.kpi.dashboard import drill_filter
from desktop.models.dashboard_queries import DashboardData
from desktop.views.dashboard.chart_panel import COLORS, ChartPanel
from desktop.views.shell.text import count, fmt, metric_name


def _arr(values: list[float]) -> np.ndarray:
    return np.asarray(values, dtype=float)


class BurnUpChart(ChartPanel):
    """Where the period will end at today's pace, against where it must end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Burn-up"), parent)
        self.data: DashboardData | None = None
        self.drill = None
        self.target_line, self.pace, self.forecast = self.add_goal_lines(self.tr("Pace to target"))
        self.plot.getPlotItem().legend.setBrush(COLORS["legend"])  # the target line runs through it
        self.actual = self.plot.plot([], [], name=self.tr("Actual"), connect="finite",
                                     pen=pg.mkPen(COLORS["primary"], width=2.6))

    def signature(self, data: DashboardData) -> object:
        return (data.period, data.today, data.member_id, data.metric, data.burnup)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        b = data.burnup
        self.count = len(data.days)
        x = np.arange(self.count, dtype=float)
        self.actual.setData(x, _arr(b.actual))
        self.pace.setData(x, _arr(b.pace))
        self.forecast.setData(x, _arr(b.forecast))
        self._mark_points(self.count == 1)
        self.show_target(self.target_line, b.target)
        values = [v for v in b.actual + b.pace + b.forecast + [b.target or 0.0, 1.0] if not math.isnan(v)]
        self.set_view(-0.5, max(self.count - 0.5, 0.5), 0, max(values) * 1.08)
        self.set_ticks([f"{d.month}/{d.day}" for d in data.days], every=max(1, self.count // 10))
        self.title.setText(fmt(self.tr("%1: forecast %2 of target %3"), metric_name(data.metric),
                               count(b.forecast_end), count(b.target)))

    def _mark_points(self, on: bool) -> None:
        """One day (the period 今日) is one point per curve, which a line does not draw: mark it."""
        for curve, color in ((self.actual, COLORS["primary"]), (self.pace, COLORS["pace"]),
                             (self.forecast, COLORS["forecast"])):
            if (curve.opts["symbol"] is not None) != on:
                curve.setSymbol("o" if on else None)
                curve.setSymbolBrush(color)
                curve.setSymbolPen(None)
                curve.setSymbolSize(9)

    def hover_text(self, index: int) -> str:
        if self.data is None:
            return ""
        b, day = self.data.burnup, self.data.days[index]
        lines = [day.isoformat()]
        for label, values in ((self.tr("Actual"), b.actual), (self.tr("Pace to target"), b.pace),
                              (self.tr("Forecast"), b.forecast)):
            if not math.isnan(values[index]):
                lines.append(fmt(self.tr("%1: %2"), label, count(values[index])))
        return "\n".join(lines)

    def activate(self, index: int) -> None:
        super().activate(index)
        if self.data is not None and self.drill is not None:
            day = self.data.days[index]
            self.drill(**drill_filter(self.data.metric, self.data.period.start, day, self.data.member_id))
