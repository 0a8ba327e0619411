"""The funnel (calls → connects → appointments → opportunities → wins, or the lead funnel MQL → SQL →
商談) against the previous period.

Bars are drawn on a log scale so wins stay visible beside thousands of calls; the
green box on a bar is where the phase benchmark band would put that stage.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.kpi.dashboard import drill_filter
from desktop.models.dashboard_queries import DashboardData
from desktop.views.dashboard.chart_panel import COLORS, ChartPanel
from desktop.views.shell.text import count, fmt, metric_name, percent

STAGES = 5
_W = 0.36


def _h(value: float) -> float:
    return math.log10(max(value, 0.0) + 1.0)


class FunnelChart(ChartPanel):
    """Stage counts (this period and the previous one) with the stage rates between the bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Funnel: this period (blue) vs previous (grey), benchmark band (green)"), parent)
        self.data: DashboardData | None = None
        self.drill = None
        self.count = STAGES
        self.band = pg.BarGraphItem(x=[], y0=[], height=[], width=_W + 0.1, brush=COLORS["band"],
                                    pen=pg.mkPen((46, 160, 67), width=1))
        self.previous = pg.BarGraphItem(x=[], height=[], width=_W, brush=COLORS["muted"], pen=pg.mkPen(None))
        self.bars = pg.BarGraphItem(x=[], height=[], width=_W, brush=COLORS["primary"], pen=pg.mkPen(None))
        for item in (self.previous, self.bars, self.band):
            self.plot.addItem(item)
        self.counts = [self._text(anchor=(0.5, 1.0)) for _ in range(STAGES)]
        self.plot.getAxis("left").setTicks([[(_h(v), f"{v:,}") for v in (0, 10, 100, 1000, 10000, 100000)], []])
        self.plot.getAxis("left").setLabel(self.tr("count (log scale)"))
        self.min_top = 1.0  # heights are log10(count + 1): 1 is ten
        self.kind = QComboBox(objectName="funnel_kind")
        self.kind.addItem(self.tr("Call funnel"), "calls")
        self.kind.addItem(self.tr("Lead funnel"), "leads")
        self.kind.setToolTip(self.tr("MQL→SQL率: of the leads that became MQL in the period, the share that "
                                     "has become SQL (on any day up to now); SQL→商談率 the same for the "
                                     "period's SQLs. One cohort each, so a rate never passes 100 %."))
        self.kind.activated.connect(self._on_kind)
        self.header.insertWidget(1, self.kind)

    def remember(self, ui, key: str) -> None:  # noqa: ANN001 - UiSettings
        """Start on the funnel `key` names in the UI settings and keep the choice there."""
        self._ui, self._key = ui, key
        index = self.kind.findData(ui.value(key, "calls", str))
        if index > 0:
            self.kind.setCurrentIndex(index)
            self._on_kind()

    def stages(self, data: DashboardData | None = None) -> list:
        data = data or self.data
        if data is None:
            return []
        return data.lead_funnel if self.kind.currentData() == "leads" else data.funnel

    def _on_kind(self) -> None:
        if getattr(self, "_ui", None) is not None:
            self._ui.set(self._key, self.kind.currentData())
        self.title.setText(self.tr("Lead funnel: this period (blue) vs previous (grey)")
                           if self.kind.currentData() == "leads" else
                           self.tr("Funnel: this period (blue) vs previous (grey), benchmark band (green)"))
        if self.data is not None:
            self.show_data(self.data)

    def _text(self, anchor: tuple[float, float], color: str = "#44505e") -> pg.TextItem:
        item = pg.TextItem("", color=color, anchor=anchor)
        self.plot.addItem(item)
        return item

    def signature(self, data: DashboardData) -> object:
        return (data.period, data.today, data.member_id, self.kind.currentData(), self.stages(data))

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        stages = self.stages(data)
        self.count = n = len(stages)
        self.bars.setOpts(x=[i - _W / 2 for i in range(n)], height=[_h(s.count) for s in stages])
        self.previous.setOpts(x=[i + _W / 2 for i in range(n)], height=[_h(s.previous) for s in stages])
        banded = [(i, s, stages[i - 1].count) for i, s in enumerate(stages) if s.band is not None and i > 0]
        self.band.setOpts(x=[i - _W / 2 for i, _, _ in banded],
                          y0=[_h(above * s.band.low) for _, s, above in banded],
                          height=[_h(above * s.band.high) - _h(above * s.band.low) for _, s, above in banded])
        top = max([_h(s.count) for s in stages] + [_h(s.previous) for s in stages] + [1.0])
        for i, s in enumerate(stages):
            self.counts[i].setText(count(s.count) if s.rate_code is None else f"{count(s.count)}\n{percent(s.rate)}")
            self.counts[i].setColor(self._rate_color(s))
            self.counts[i].setPos(i, max(_h(s.count), _h(s.previous)) + top * 0.02)
        for label in self.counts[n:]:
            label.setText("")
        self.set_view(-0.6, n - 0.4, 0, top * 1.35)
        self.set_ticks([metric_name(s.metric) for s in stages])

    def _rate_color(self, stage) -> str:  # noqa: ANN001 - a Stage
        if stage.rate is None or stage.band is None:
            return "#1d2733"
        return {"below": COLORS["behind"], "inside": COLORS["on_track"], "above": COLORS["primary"]}[
            stage.band.position(stage.rate)]

    def hover_text(self, index: int) -> str:
        if self.data is None:
            return ""
        s = self.stages()[index]
        lines = [metric_name(s.metric), fmt(self.tr("This period: %1"), count(s.count)),
                 fmt(self.tr("Previous period: %1"), count(s.previous))]
        if s.rate_code:
            lines.append(fmt(self.tr("%1: %2 (previous %3)"), metric_name(s.rate_code), percent(s.rate),
                             percent(s.previous_rate)))
        if s.band is not None:
            lines.append(fmt(self.tr("Benchmark %1–%2"), percent(s.band.low, 0), percent(s.band.high, 0)))
        return "\n".join(lines)

    def activate(self, index: int) -> None:
        super().activate(index)
        if self.data is not None and self.drill is not None:
            d = self.data
            self.drill(**drill_filter(self.stages()[index].metric, d.period.start, min(d.period.end, d.today),
                                      d.member_id))
