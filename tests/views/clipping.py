"""Find what a user would see cut off: labels and buttons narrower than their text, widgets past the
window's edge, and pages that scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QHeaderView, QLabel, QWidget

from desktop.views.shell.elided_label import ElidedLabel


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _in_scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def _text_clipped(widget: QWidget) -> bool:
    if isinstance(widget, ElidedLabel):
        return False  # draws "…" and keeps the whole text in its tooltip, on purpose
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return False
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 1
        return widget.minimumSizeHint().width() > widget.width() + 1
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.minimumSizeHint().width() > widget.width() + 1
    return False


def _cut_headers(header: QHeaderView) -> list[str]:
    model, fm = header.model(), header.fontMetrics()
    if model is None:
        return []
    cut = []
    for i in range(header.count()):
        text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        if text and not header.isSectionHidden(i) and fm.horizontalAdvance(text) > header.sectionSize(i):
            cut.append(text)
    return cut


def _past_the_edge(widget: QWidget, window: QWidget) -> bool:
    if _in_scroll_viewport(widget):
        return False
    right = widget.mapTo(window, QPoint(widget.width(), widget.height()))
    return right.x() > window.width() + 1 or right.y() > window.height() + 1


def clipped(window: QWidget, wide_tables: tuple[str, ...] = ()) -> list[str]:
    """One line per widget a user sees cut: its class, its text and why. `wide_tables` (object names)
    are spreadsheet-like lists that scroll sideways on purpose."""
    found = []
    for w in window.findChildren(QWidget):
        if not _shown(w, window):
            continue
        text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else w.objectName()
        if isinstance(w, (QLabel, QAbstractButton)) and _text_clipped(w):
            found.append(f"{type(w).__name__} {text!r}: text wider than the widget ({w.width()} px)")
        elif isinstance(w, (QLabel, QAbstractButton)) and _past_the_edge(w, window):
            found.append(f"{type(w).__name__} {text!r}: past the window's edge")
        elif isinstance(w, QAbstractScrollArea) and w.horizontalScrollBar().isVisible() \
                and not w.inherits("QPlainTextEdit") and w.objectName() not in wide_tables:
            found.append(f"{type(w).__name__} {w.objectName()!r}: scrolls sideways")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            found += [f"header {h!r}: wider than its column" for h in _cut_headers(w)]
    return found
