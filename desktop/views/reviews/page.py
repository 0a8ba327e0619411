"""レビュー: the weekly, monthly and quarterly reviews, with a reminder when one is due and not held."""

from __future__ import annotations

from datetime import date

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.models.changes import Change
from desktop.views.shell.context import AppContext
from desktop.views.reviews.report_export import export_report
from desktop.views.reviews.monthly import MonthlyReviewPanel
from desktop.views.reviews.quarterly import QuarterlyReviewPanel
from desktop.views.reviews.weekly import WeeklyReviewPanel
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import fmt
from desktop.views.shell.file_dialog import save_file_name

KINDS = ("weekly", "monthly", "quarterly")
BANNER_STYLE = "background: #fff4e5; border: 1px solid #f0b35a; border-radius: 6px; padding: 8px; color: #6b3d00;"


class ReviewPage(QWidget):
    """Three tabs; the banner names every review that is due and not yet held."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Reviews"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.banner = QLabel(objectName="review_banner", wordWrap=True, styleSheet=BANNER_STYLE)
        self.tabs = QTabWidget(objectName="review_tabs")
        self.panels = {"weekly": WeeklyReviewPanel(context), "monthly": MonthlyReviewPanel(context),
                       "quarterly": QuarterlyReviewPanel(context)}
        for kind, label in zip(KINDS, (self.tr("Weekly"), self.tr("Monthly"), self.tr("Quarterly KPI review"))):
            self.tabs.addTab(self.panels[kind], label)
        export = QPushButton(self.tr("Export report…"), objectName="review_export")
        export.clicked.connect(self._on_export)
        self.export_message = QLabel(objectName="review_export_message", styleSheet="color: #1a7f37;")
        self.export_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.export_message, 1)
        head.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._coalescer = Coalescer(self.refresh, parent=self)
        context.signals.changed.connect(self._on_store_changed)
        self.refresh()

    def due(self, today: date | None = None) -> dict[str, date]:
        """Each review kind that is due and not held, with its scheduled day."""
        return self.context.store.reviews_due(today or self.context.today())

    def refresh(self) -> None:
        for kind in ("weekly", "monthly"):  # the quarterly table keeps what the user typed
            self.panels[kind].refresh()
        if not self.context.store.has_pdca_schedule():
            self.banner.setText(self.tr("No review schedule yet: set it on the last page of the setup wizard."))
            self.banner.show()
            return
        names = {"weekly": self.tr("weekly review"), "monthly": self.tr("monthly review"),
                 "quarterly": self.tr("quarterly KPI review")}
        due = self.due()
        parts = [fmt(self.tr("%1 (scheduled %2)"), names[k], d.isoformat()) for k, d in due.items()]
        self.banner.setText(fmt(self.tr("Due and not held yet: %1"), "、".join(parts)) if parts else "")
        self.banner.setVisible(bool(parts))

    def _on_export(self) -> None:
        period = self.tabs.currentWidget().period()
        folder = self.context.ui.last_folder() or str(Path.home())
        name = fmt(self.tr("report_%1.xlsx"), period.label)  # 「レポート_2026-W47.xlsx」
        path, _ = save_file_name(self, self.tr("Export report"), str(Path(folder) / name),
                                 self.tr("Excel workbook (*.xlsx);;PDF (*.pdf)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write the current tab's report; a message box explains a failure."""
        error = export_report(self.context, self.tabs.currentWidget().period(), path)
        if error:
            QMessageBox.warning(self, self.tr("Export failed"), error)
        else:
            written = Path(path) if Path(path).suffix.lower() == ".pdf" else Path(path).with_suffix(".xlsx")
            self.export_message.setText(fmt(self.tr("Wrote %1"), str(written)))
        return error is None

    def apply_options(self, kind: str | None = None, **_: object) -> None:
        if kind in self.panels:
            self.tabs.setCurrentWidget(self.panels[kind])

    def prepare_screenshot(self) -> None:
        self._coalescer.flush()

    def _on_store_changed(self, change: Change) -> None:
        if change.table in ("review", "reviewaction", "setting", "*", "dailycount", "target", "kpinode"):
            self._coalescer.poke()
