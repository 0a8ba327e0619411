"""Tables that share the page's width: numbers as wide as they need, the first (text) column takes
what is left, so no column is pushed past the window's edge at 1024 px."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QTreeView, QTreeWidgetItem


def share_the_width(table: QTableView, text_column: int = 0) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(text_column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setWordWrap(False)


ARROW = 14  # the sort arrow beside the sorted column's header
CONTENT_CAP = 240  # a column asks for its content's width, up to this
FLEX_KEEPS = 0.6  # what a flex column keeps of its width before the other columns give any


class ColumnsShareTheWidth(QObject):
    """A list's columns always fit its width: each asks for its content (capped), the `flex` columns
    (long names, e-mail) give up width first and elide with "…" (the full text in the tooltip, which
    `tooltips` sets per row); no column goes under its header's width, so headers are never cut."""

    def __init__(self, view: QTreeView, flex: dict[int, float]) -> None:
        super().__init__(view)
        self.view, self.flex = view, flex
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        header.sortIndicatorChanged.connect(lambda *_: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widths(self, room: int) -> list[int]:
        view, header = self.view, self.view.header()
        count = header.count()
        fm, margin = header.fontMetrics(), header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        arrow = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
        least = [max(header.minimumSectionSize(),
                     fm.horizontalAdvance(str(header.model().headerData(c, Qt.Orientation.Horizontal) or ""))
                     + 2 * margin + 4 + (ARROW if c == arrow else 0)) for c in range(count)]  # headers never cut
        want = [max(least[c], min(view.sizeHintForColumn(c) + 8, CONTENT_CAP)) for c in range(count)]
        over = sum(want) - room
        if over < 0:  # room to spare: the flex columns share it
            weight = sum(self.flex.values())
            return [w + int(-over * self.flex.get(c, 0) / weight) for c, w in enumerate(want)]
        flex = [c for c in range(count) if c in self.flex]
        keep = [max(least[c], int(want[c] * FLEX_KEEPS)) for c in range(count)]
        over -= _level(want, keep, flex, over)  # the flex columns give first, the widest first, down to 60 %
        over -= _level(want, least, list(range(count)), over)  # then every column, the widest first
        return [max(w, least[c]) for c, w in enumerate(want)]

    def fit(self) -> None:
        header = self.view.header()
        for c, w in enumerate(self.widths(self.view.viewport().width())):
            if not header.isSectionHidden(c):
                header.resizeSection(c, w)


def _level(want: list[int], least: list[int], columns: list[int], over: int) -> int:
    """Trim the widest of `columns` first (to one common width, none under `least`) until `over`
    pixels are freed or nothing is left to give; returns what was freed. Short columns stay whole."""
    if over <= 0 or not columns:
        return 0

    def freed(cap: int) -> int:
        return sum(want[c] - max(min(want[c], cap), least[c]) for c in columns)

    low, high = 0, max(want[c] for c in columns)
    while low < high:  # the widest cap that frees enough
        mid = (low + high + 1) // 2
        low, high = (mid, high) if freed(mid) >= over else (low, mid - 1)
    got = freed(low)
    for c in columns:
        want[c] = max(min(want[c], low), least[c])
    return got


def tooltips(item: QTreeWidgetItem, columns: tuple[int, ...]) -> None:
    """The whole text of the columns that may be elided, on hover."""
    for c in columns:
        if item.text(c):
            item.setToolTip(c, item.text(c))
