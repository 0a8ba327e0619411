"""Tables that share the page's width: numbers as wide as they need, the first (text) column takes
what is left, so no column is pushed past the window's edge at 1024 px."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def share_the_width(table: QTableView, text_column: int = 0) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(text_column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setWordWrap(False)
