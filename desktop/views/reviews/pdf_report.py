"""The report as a PDF: QPdfWriter paints the pages `reports.pdf_layout` placed (A4 landscape, fonts embedded)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSaveFile, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QPageLayout,
                           QPageSize, QPainter, QPdfWriter, QPen, QPolygonF)

from desktop.reports.pdf_content import frame, report_blocks
from desktop.reports.pdf_layout import Box, Line, Op, Page, Text, line_height, paginate
from desktop.reports.report_data import ReportData, ReportError

RESOLUTION = 300  # dots per inch: the painter works in dots, the layout in points
SCALE = RESOLUTION / 72
# Japanese faces, in the order the app's own font prefers them (a PDF embeds the one found)
FAMILIES = ("Noto Sans CJK JP", "Yu Gothic", "Yu Gothic UI", "Meiryo", "Hiragino Sans", "Noto Sans JP")


@lru_cache(maxsize=1)
def family() -> str:
    available = set(QFontDatabase.families())
    return next((f for f in FAMILIES if f in available), QFont().family())


@lru_cache(maxsize=64)
def _font(size: float, bold: bool) -> QFont:
    font = QFont(family())
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class PdfMeasure:
    """Text widths in points for the layout, from the fonts the writer embeds."""

    def __init__(self, device: QPdfWriter) -> None:
        self.device = device
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def __call__(self, text: str, size: float, bold: bool) -> float:
        key = (size, bold)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(_font(size, bold), self.device)
        return self._metrics[key].horizontalAdvance(text) / SCALE


def _pen(color: str, width: float, dashed: bool = False) -> QPen:
    pen = QPen(QColor(color), width * SCALE)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _paint(painter: QPainter, op: Op) -> None:
    if isinstance(op, Text):
        painter.setFont(_font(op.size, op.bold))
        painter.setPen(QColor(op.color))
        align = {"right": Qt.AlignmentFlag.AlignRight, "center": Qt.AlignmentFlag.AlignHCenter}.get(
            op.align, Qt.AlignmentFlag.AlignLeft)
        width = op.width or 2000.0
        painter.drawText(QRectF(op.x * SCALE, op.y * SCALE, width * SCALE, line_height(op.size) * SCALE),
                         int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine), op.text)
    elif isinstance(op, Box):
        painter.setPen(_pen(op.stroke, 0.6) if op.stroke else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(op.x * SCALE, op.y * SCALE, op.w * SCALE, op.h * SCALE))
    elif isinstance(op, Line):
        painter.setPen(_pen(op.color, op.width, op.dashed))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(x * SCALE, y * SCALE) for x, y in op.points]))


def _writer(out: QSaveFile) -> QPdfWriter:
    writer = QPdfWriter(out)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    writer.setResolution(RESOLUTION)
    writer.setCreator("KPI Desk")
    return writer


def layout(data: ReportData, lang: str, device: QPdfWriter) -> list[Page]:
    return paginate(report_blocks(data, lang), frame(data, lang), PdfMeasure(device))


def write_pdf(data: ReportData, path: str | Path, lang: str = "ja") -> Path:
    """Render to an A4 landscape PDF, atomically (QSaveFile); ReportError when it cannot be written."""
    _app = QGuiApplication.instance() or QGuiApplication([])  # fonts need a GUI application
    target = Path(path)
    if not target.parent.is_dir():
        raise ReportError("no_folder", str(target))
    out = QSaveFile(str(target))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise ReportError("file_locked", str(target), out.errorString())
    writer = _writer(out)
    writer.setTitle(frame(data, lang).title)
    pages = layout(data, lang, writer)
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for n, page in enumerate(pages):
        if n:
            writer.newPage()
        for op in page.ops:
            _paint(painter, op)
    painter.end()
    del writer
    if not out.commit():
        raise ReportError("file_locked", str(target), out.errorString())
    return target
