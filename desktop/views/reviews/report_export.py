"""Export the report of the review on screen to Excel or PDF, with a clear message when the file is locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.kpi.periods import Period
from desktop.reports.excel_report import write_report
from desktop.reports.report_data import ReportError, build_report
from desktop.views.shell.context import AppContext
from desktop.views.reviews.pdf_report import write_pdf
from desktop.views.shell.text import fmt

ERRORS = {
    "file_locked": QT_TRANSLATE_NOOP("ReportExport", "Cannot write %1. If it is open in Excel, close it and try again."),
    "no_folder": QT_TRANSLATE_NOOP("ReportExport", "The folder of %1 does not exist."),
    "write_failed": QT_TRANSLATE_NOOP("ReportExport", "Cannot write %1 (%2)."),
    "bad_report_period": QT_TRANSLATE_NOOP("ReportExport", "There is no report for %2."),
}


def report_language() -> str:
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def export_report(context: AppContext, period: Period, path: str | Path) -> str | None:
    """Write the report (by the file's suffix); None on success, else a translated one-line message."""
    target = Path(path)
    try:
        data = build_report(context.store, period, context.today())
        if target.suffix.lower() == ".pdf":
            write_pdf(data, target, report_language())
        else:
            write_report(data, target.with_suffix(".xlsx"), report_language())
    except ReportError as exc:
        source = ERRORS.get(exc.code, ERRORS["write_failed"])
        return fmt(QCoreApplication.translate("ReportExport", source), exc.path or str(target), exc.detail)
    context.ui.set_last_folder(str(target.parent))
    return None
