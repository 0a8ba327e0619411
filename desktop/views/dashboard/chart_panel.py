"""A titled pyqtgraph chart with hover values, click-to-drill-down and PNG export; charts subclass it."""

from __future__ import annotations

import math
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QToolTip, QVBoxLayout, QWidget

from desktop.views.shell.elided_label import ElidedLabel
from desktop.views.dashboard.chart_style import COLORS, PANEL_STYLE, PLOT_MIN_HEIGHT
from desktop.views.shell.icons import icon
from desktop.views.shell.text import fmt
from desktop.views.shell.file_dialog import save_file_name

pg.setConfigOptions(antialias=True, foreground="#44505e", background="w")


def brush(color: object) -> QColor:
    return pg.mkColor(color)


def nice(top: float) -> float:
    """The next round number (1, 1.5, 2, 3, 4, 5, 6, 8 × 10ⁿ) at or above `top`, so axes move rarely."""
    if top <= 0:
        return 1.0
    scale = 10 ** math.floor(math.log10(top))
    return next(step * scale for step in (1, 1.5, 2, 3, 4, 5, 6, 8, 10) if step * scale >= top)

MIN_TOP = 5.0  # the lowest top of a y axis: counts are whole numbers


class ChartPanel(QFrame):
    """Title, export button and a PlotWidget; subclasses draw, `hover_text(i)` and `activate(i)`."""

    activated = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="chart")
        self.setStyleSheet(PANEL_STYLE)
        self.count = 0  # how many x positions (bars / points) the chart has
        self.min_top = MIN_TOP
        self._ticks: list[tuple[int, str]] | None = None  # None: the first set_ticks always applies
        self._view: tuple[float, ...] = ()
        self._signature = ""
        self.data = None
        self.title = ElidedLabel(title)  # a long title (KGI: actual · forecast · target) ends in … when narrow
        self.title.setStyleSheet("font-weight: 600; color: #1d2733; border: none;")
        self.export_button = QToolButton(icon=icon("export"), autoRaise=True)
        self.export_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.export_button.clicked.connect(self._on_export)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self.header.addWidget(self.export_button)
        self.plot = pg.PlotWidget(enableMenu=False)  # no view-box menu built only to be switched off
        self.plot.hideButtons()
        self.plot.setMouseEnabled(False, False)
        self.plot.setMinimumHeight(PLOT_MIN_HEIGHT)
        self.plot.getAxis("left").enableAutoSIPrefix(False)  # an empty KGI axis read 「万円 (x1e-06)」
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        export = QAction(self.tr("Save as PNG…"), self)
        export.triggered.connect(self._on_export)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.plot.addAction(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(self.header)
        layout.addWidget(self.plot, 1)

    # ---- for subclasses ------------------------------------------------------------

    def update_from(self, data) -> bool:  # noqa: ANN001 - DashboardData
        """Redraw only when this chart's numbers changed (unchanged items repaint from their cache)."""
        key = repr(self.signature(data))
        self.data = data if key == self._signature else self.data
        if key == self._signature:
            return False
        self._signature = key
        self.show_data(data)
        return True

    def signature(self, data) -> object:  # noqa: ANN001 - DashboardData
        """What this chart draws from `data` (compared as text, so NaN equals NaN)."""
        return data

    def show_data(self, data) -> None:  # noqa: ANN001 - DashboardData
        raise NotImplementedError

    def hover_text(self, index: int) -> str:
        return ""

    def activate(self, index: int) -> None:
        """Drill down into the rows behind position `index`."""
        self.activated.emit(index)

    def set_ticks(self, labels: list[str], every: int = 1) -> None:
        every = max(every, -(-len(labels) // 9))  # at most ~9 labels, so they never overlap
        ticks = [(i, text) for i, text in enumerate(labels) if i % max(1, every) == 0]
        if ticks != self._ticks:  # new ticks re-lay out the axis: only when they change
            self._ticks = ticks
            self.plot.getAxis("bottom").setTicks([ticks, []])

    def add_goal_lines(self, path_name: str) -> tuple[pg.InfiniteLine, pg.PlotDataItem, pg.PlotDataItem]:
        """The shared look of 'actual against a goal': target line, dotted path to it, dashed forecast."""
        self.plot.addLegend(offset=(8, 4), labelTextSize="8pt")
        target = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(COLORS["target"], width=1.2))
        self.plot.addItem(target)
        path = self.plot.plot([], [], name=path_name, connect="finite",
                              pen=pg.mkPen(COLORS["pace"], width=1.6, style=Qt.PenStyle.DotLine))
        forecast = self.plot.plot([], [], name=self.tr("Forecast"), connect="finite",
                                  pen=pg.mkPen(COLORS["forecast"], width=2, style=Qt.PenStyle.DashLine))
        return target, path, forecast

    @staticmethod
    def show_target(line: pg.InfiniteLine, value: float | None) -> None:
        """Place the target line, or hide it when there is no target."""
        line.setVisible(value is not None)
        if value is not None:
            line.setPos(value)

    def set_view(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """Set the visible range, skipping the relayout when nothing moved."""
        y1 = nice(max(y1, self.min_top)) * 1.06  # headroom for the top label; an empty chart counts 0–5, not 0.5s
        if (x0, x1, y0, y1) != self._view:
            self._view = (x0, x1, y0, y1)
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    # ---- mouse and export --------------------------------------------------------------

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The bar or point under a scene position, if any."""
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        x = round(vb.mapSceneToView(scene_pos).x())
        return x if 0 <= x < self.count else None

    def scene_pos_of(self, index: int, y: float = 0.0) -> QPointF:
        """Where position `index` is drawn (tests click there)."""
        return self.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(index, y))

    def _on_mouse_moved(self, pos: QPointF) -> None:
        index = self.index_at(pos)
        text = self.hover_text(index) if index is not None else ""
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    def _on_mouse_clicked(self, event) -> None:  # noqa: ANN001 - pyqtgraph MouseClickEvent
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.index_at(event.scenePos())
        if index is not None:
            self.activate(index)

    def export_png(self, path: str | Path) -> None:
        exporter = pyqtgraph.exporters.ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = max(800, self.plot.width() * 2)
        exporter.export(str(path))

    def _on_export(self) -> None:
        name = self.title.text().split("：")[0].split(":")[0].strip() or self.tr("chart")  # no 「：実績 ¥…」 in a name
        path, _ = save_file_name(self, self.tr("Save chart"), name + ".png", self.tr("PNG image (*.png)"))
        if path:
            path = path if path.lower().endswith(".png") else path + ".png"
            self.export_png(path)
            QToolTip.showText(QCursor.pos(), fmt(self.tr("Wrote %1"), path), self)
