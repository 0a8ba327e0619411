"""The KPI tree as a picture: boxes and links, actual vs target in each box (PNG or SVG)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator

from desktop.kpi.pace import PaceStatus
from desktop.kpi.tree_eval import NodeResult, TreeEvaluation
from desktop.models.tables import KpiNode
from desktop.views.shell.text import percent, status_name, term
from desktop.views.tree.model import STATUS_COLOURS, format_value

BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 210.0, 78.0, 24.0, 56.0, 32.0
KIND_FILL = {"kgi": "#dbe9ff", "ksf": "#eef2f7", "kpi": "#ffffff"}


def layout(nodes: list[KpiNode]) -> dict[int, QPointF]:
    """Top-left corner of each node's box: leaves side by side, parents centred over children."""
    ids = {n.id for n in nodes}
    children: dict[int | None, list[KpiNode]] = {}
    for n in sorted(nodes, key=lambda x: (x.position, x.id)):
        children.setdefault(n.parent_id if n.parent_id in ids else None, []).append(n)
    where: dict[int, QPointF] = {}
    next_x = [MARGIN]

    def place(node: KpiNode, depth: int) -> float:
        kids = children.get(node.id, [])
        xs = [place(k, depth + 1) for k in kids]
        x = (xs[0] + xs[-1]) / 2 if xs else next_x[0]
        if not xs:
            next_x[0] += BOX_W + GAP_X
        where[node.id] = QPointF(x, MARGIN + 28 + depth * (BOX_H + GAP_Y))
        return x

    for root in children.get(None, []):
        place(root, 0)
    return where


def _size(where: dict[int, QPointF]) -> QSize:
    width = max((p.x() for p in where.values()), default=0) + BOX_W + MARGIN
    height = max((p.y() for p in where.values()), default=0) + BOX_H + MARGIN
    return QSize(int(max(width, 400)), int(max(height, 160)))


def paint(painter: QPainter, nodes: list[KpiNode], evaluation: TreeEvaluation | None, title: str) -> None:
    """Draw links first, then boxes, with the period as a heading."""
    where = layout(nodes)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont(painter.font().family(), 13, QFont.Weight.Bold))
    painter.setPen(QColor("#13233a"))
    painter.drawText(QPointF(MARGIN, MARGIN + 8), title)
    painter.setPen(QPen(QColor("#9aa6b2"), 1.5))
    for n in nodes:
        if n.parent_id in where and n.id in where:
            top, bottom = where[n.parent_id], where[n.id]
            start = QPointF(top.x() + BOX_W / 2, top.y() + BOX_H)
            end = QPointF(bottom.x() + BOX_W / 2, bottom.y())
            mid = (start.y() + end.y()) / 2
            painter.drawPolyline([start, QPointF(start.x(), mid), QPointF(end.x(), mid), end])
    for n in nodes:
        if n.id in where:
            _box(painter, n, where[n.id], evaluation)


def _box(painter: QPainter, node: KpiNode, at: QPointF, evaluation: TreeEvaluation | None) -> None:
    result = evaluation.by_id.get(node.id) if evaluation else None
    status = result.status if result else PaceStatus.NO_TARGET
    rect = QRectF(at.x(), at.y(), BOX_W, BOX_H)
    painter.setPen(QPen(QColor("#b8c2cc"), 1))
    painter.setBrush(QColor(KIND_FILL.get(node.kind, "#ffffff")))
    painter.drawRoundedRect(rect, 8, 8)
    painter.setBrush(QColor(STATUS_COLOURS[status]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(at.x(), at.y(), 6, BOX_H), 3, 3)
    painter.setPen(QColor("#13233a"))
    painter.setFont(QFont(painter.font().family(), 10, QFont.Weight.Bold))
    head = f"{term(node.kind)}  {node.title}"
    painter.drawText(rect.adjusted(14, 6, -8, -50), Qt.TextFlag.TextSingleLine,
                     painter.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight, int(BOX_W - 22)))
    _numbers(painter, node, rect, result, status)


def _numbers(painter: QPainter, node: KpiNode, rect: QRectF, result: NodeResult | None,
             status: PaceStatus) -> None:
    painter.setFont(QFont(painter.font().family(), 9))
    if result is not None and (result.actual is not None or result.target is not None):
        metric = node.metric or "calls"
        actual = QCoreApplication.translate("TreeDiagram", "Actual %1").replace(
            "%1", format_value(metric, result.actual))
        target = QCoreApplication.translate("TreeDiagram", "Target %1").replace(
            "%1", format_value(metric, result.target))
        line = f"{actual} / {target}"
        painter.drawText(rect.adjusted(14, 30, -8, -26), Qt.TextFlag.TextSingleLine, line)
    painter.setPen(QColor(STATUS_COLOURS[status]))
    if status != PaceStatus.NO_TARGET or node.metric:
        line = status_name(status.value)
        if result is not None and result.attainment is not None:
            line += f"  ·  {percent(result.attainment, 0)}"
        painter.drawText(rect.adjusted(14, 52, -8, -4), Qt.TextFlag.TextSingleLine, line)


def export_diagram(path: Path, nodes: list[KpiNode], evaluation: TreeEvaluation | None, period: str) -> Path:
    """Write the diagram to path: SVG for .svg, otherwise a PNG at twice the size for sharp text."""
    size = _size(layout(nodes))
    title = QCoreApplication.translate("TreeDiagram", "KPI tree  %1").replace("%1", period)
    painter = QPainter()
    if path.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        painter.begin(generator)
        paint(painter, nodes, evaluation, title)
        painter.end()
        return path
    image = QImage(size * 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter.begin(image)
    painter.scale(2, 2)
    paint(painter, nodes, evaluation, title)
    painter.end()
    image.save(str(path))
    return path
