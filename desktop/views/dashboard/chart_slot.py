"""Where a dashboard chart will be: its empty panel, painted until the charts are built."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from desktop.views.dashboard.chart_style import PANEL_STYLE, PLOT_MIN_HEIGHT


class ChartSlot(QFrame):
    """The chart panel's frame and size, with nothing in it (no pyqtgraph needed to paint it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="chart")
        self.setStyleSheet(PANEL_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(PLOT_MIN_HEIGHT + 40)
