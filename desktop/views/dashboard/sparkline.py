"""A tiny line chart for a KPI card, painted directly (a full plot widget per card costs ~30 ms to build)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget


class Sparkline(QWidget):
    """Draws `values` scaled to its rectangle; NaN values (days to come) are left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float] = []
        self.color = QColor("#1f6feb")

    def set_values(self, values: list[float], color: str) -> None:
        self.values, self.color = list(values), QColor(color)
        self.update()

    def points(self) -> list[QPointF]:
        """Where each finite value is drawn."""
        finite = [v for v in self.values if not math.isnan(v)]
        if len(self.values) < 2 or not finite:
            return []
        low, high = min(finite), max(finite)
        span = (high - low) or 1.0
        w, h = self.width() - 2, self.height() - 4
        step = w / (len(self.values) - 1)
        return [QPointF(1 + i * step, 2 + h - (v - low) / span * h)
                for i, v in enumerate(self.values) if not math.isnan(v)]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        points = self.points()
        if len(points) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.color, 1.6))
        painter.drawPolyline(QPolygonF(points))
        painter.end()
