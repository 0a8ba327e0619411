"""Weekly conversion rates with each rate's benchmark band shaded and the team's own baseline dotted."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.kpi.dashboard import drill_filter, rate_series
from desktop.kpi.phases import benchmark_band
from desktop.models.dashboard_queries import DashboardData
from desktop.views.dashboard.chart_panel import ChartPanel
from desktop.views.shell.text import fmt, metric_name, percent

# Weekly opportunity and win rates rest on a handful of deals and swing too much to read.
RATES = (("connect_rate", (31, 111, 235)), ("appointment_rate", (191, 135, 0)))


class RateTrendChart(ChartPanel):
    """One line per rate over the last weeks; a shaded band per rate is the article's benchmark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Weekly rates"), parent)
        self.data: DashboardData | None = None
        self.drill = None
        self.series: dict[str, list[float]] = {}
        self.plot.addLegend(offset=(8, 4), labelTextSize="8pt")
        self.curves, self.baselines = {}, {}
        for code, color in RATES:
            band = benchmark_band(code)
            if band is not None:
                region = pg.LinearRegionItem((band.low * 100, band.high * 100), orientation="horizontal",
                                             movable=False, brush=(*color, 30), pen=pg.mkPen(None))
                self.plot.addItem(region)
            self.baselines[code] = pg.InfiniteLine(angle=0, movable=False,
                                                   pen=pg.mkPen((*color, 150), width=1, style=Qt.PenStyle.DotLine))
            self.plot.addItem(self.baselines[code])
            self.curves[code] = self.plot.plot([], [], name=metric_name(code), connect="finite",
                                               pen=pg.mkPen(color, width=2.2))  # no symbols: they redraw slowly
        self.plot.getAxis("left").setLabel("%")

    def signature(self, data: DashboardData) -> object:
        return (data.weeks, data.member_id, data.week_counts)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.count = len(data.weeks)
        x = np.arange(self.count, dtype=float)
        top = 35.0
        for code, _ in RATES:
            values, baseline = rate_series(data.week_counts, code)
            self.series[code] = values
            y = np.asarray(values, dtype=float) * 100
            keep = ~np.isnan(y)
            self.curves[code].setData(x[keep], y[keep])
            self.baselines[code].setVisible(baseline is not None)
            if baseline is not None:
                self.baselines[code].setPos(baseline * 100)
            top = max([top] + [v * 100 * 1.1 for v in values if v == v])
        self.set_view(-0.5, self.count - 0.5, 0, top)
        self.set_ticks([f"{w.start.month}/{w.start.day}" for w in data.weeks], every=2)

    def hover_text(self, index: int) -> str:
        if self.data is None or not self.series:
            return ""
        week = self.data.weeks[index]
        lines = [fmt(self.tr("Week of %1"), week.start.isoformat())]
        for code, _ in RATES:
            value = self.series[code][index]
            band = benchmark_band(code)
            bench = fmt(self.tr(" (benchmark %1–%2)"), percent(band.low, 0), percent(band.high, 0)) if band else ""
            lines.append(fmt(self.tr("%1: %2"), metric_name(code), percent(None if value != value else value)) + bench)
        return "\n".join(lines)

    def activate(self, index: int) -> None:
        super().activate(index)
        if self.data is not None and self.drill is not None:
            week = self.data.weeks[index]
            self.drill(**drill_filter("calls", week.start, week.end, self.data.member_id))
