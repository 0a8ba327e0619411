"""Result words the file uses that KPI Desk does not know, with their counts, mapped right here
onto the outcome ladder (saved as the team's own words, as 設定 would save them)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.kpi.outcomes import Outcome
from desktop.views.imports.text import word

SHOWN = 20


class UnknownWords(QTableWidget):
    """Word | rows | what it means; emits `word_mapped(word, outcome code)` when a meaning is chosen."""

    word_mapped = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent, objectName="unknown_words")
        self.setHorizontalHeaderLabels([self.tr("Result word"), self.tr("Rows"), self.tr("Means")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)

    def show_words(self, words: dict[str, int]) -> None:
        listed = sorted(words.items(), key=lambda kv: -kv[1])[:SHOWN]
        self.setRowCount(len(listed))
        for r, (text, count) in enumerate(listed):
            self.setItem(r, 0, QTableWidgetItem(text))
            self.setItem(r, 1, QTableWidgetItem(f"{count:,}"))
            combo = QComboBox(objectName=f"word_{r}")
            combo.addItem(self.tr("(choose)"), "")
            for outcome in Outcome:
                combo.addItem(word(outcome.value), outcome.value)
            combo.currentIndexChanged.connect(lambda _i, t=text, c=combo: self._on_chosen(t, c))
            self.setCellWidget(r, 2, combo)
        self.resizeColumnsToContents()
        rows = sum(self.rowHeight(r) for r in range(min(len(listed), 4)))
        self.setMaximumHeight(self.horizontalHeader().height() + rows + 4)  # the preview keeps its room
        self.setVisible(bool(listed))

    def _on_chosen(self, text: str, combo: QComboBox) -> None:
        if combo.currentData():
            self.word_mapped.emit(text, combo.currentData())


def save_word(store: Any, text: str, code: str) -> None:
    """The word joins the team's own result words (設定)."""
    settings = store.domain_settings()
    store.save_domain_settings(replace(settings, outcome_words={**settings.outcome_words, text: code}))
