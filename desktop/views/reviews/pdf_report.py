"""The report as a PDF (QPdfWriter + QTextDocument): the same content as the workbook, one A4 landscape document."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSaveFile
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.kpi.metrics import FUNNEL, is_rate
from desktop.kpi.numbers import figure
from desktop.reports.excel_report import clean_text
from desktop.reports.labels import word
from desktop.reports.report_data import ReportData, ReportError

STYLE = """
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 11pt; color: #1d2733; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; }
th { background: #dce6f5; text-align: left; padding: 3px 6px; } td { padding: 2px 6px; }
td.n { text-align: right; }
"""


def _t(text: object) -> str:
    return escape(clean_text(str(text)))


def _num(metric: str, value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.1f}%" if is_rate(metric) else figure(value)


def _table(head: list[str], rows: list[list[str]], numeric_from: int = 1) -> str:
    cells = "".join(f"<th>{_t(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td class='{'n' if i >= numeric_from else ''}'>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table cellspacing='0' border='0'><tr>{cells}</tr>{body}</table>"


def _kpis(data: ReportData, lang: str) -> str:
    rows = [[_t(k["title"]), _num(k["metric"], k.get("target")), _num(k["metric"], k.get("actual")),
             _num(k["metric"], k.get("expected")), _num("connect_rate", k.get("pace_ratio")), _t(word(k.get("status"), lang))]
            for k in data.snapshot.get("kpis", [])]
    head = [word(k, lang) for k in ("kpi", "target", "actual", "expected", "pace", "status")]
    return _table(head, rows)


def _funnel(data: ReportData, lang: str) -> str:
    funnel = data.snapshot.get("funnel", {})
    top = max([funnel.get(m.value, 0) for m in FUNNEL] + [1])
    rows = [[_t(word(m.value, lang)), f"{funnel.get(m.value, 0):,.0f}",
             f"<span style='background:#4f81bd'>{'&nbsp;' * max(1, int(60 * funnel.get(m.value, 0) / top))}</span>"]
            for m in FUNNEL]
    return _table([word("step", lang), word("count", lang), ""], rows)


def _members(data: ReportData, lang: str) -> str:
    codes = ["calls", "connects", "appointments", "opportunities", "wins", "connect_rate", "appointment_rate"]
    rows = [[_t(r["member"])] + [_num(c, r.get(c)) for c in codes] for r in data.snapshot.get("members", [])]
    return _table([word("member", lang)] + [word(c, lang) for c in codes], rows)


def _notes(data: ReportData, lang: str) -> str:
    if data.review_held_on is None:
        return f"<p>{_t(word('no_review', lang))}</p>"
    rows = [[_t(word(n["decision"] or n["kind"], lang)), _t(n["text"]), _t(n["owner"]),
             _t(n["due"] or ""), _t(word(n["metric"], lang))] for n in data.findings + data.actions]
    head = [word(k, lang) for k in ("step", "text", "owner", "due", "metric")]
    return f"<p>{_t(word('held_on', lang))}: {data.review_held_on.isoformat()}</p>" + _table(head, rows, 9)


def report_html(data: ReportData, lang: str = "ja") -> str:
    """The report as one HTML page (user text escaped, control characters stripped)."""
    neck = word(data.snapshot.get("bottleneck"), lang) or word("none", lang)
    return (f"<html><body><h1>{_t(word(data.kind, lang))} {_t(data.period)}</h1>"
            f"<p>{_t(word('period', lang))}: {data.start} – {data.end} · {_t(word('made_on', lang))}: {data.today}"
            f" · {_t(word('bottleneck', lang))}: {_t(neck)} · {_t(word('open_alerts', lang))}: "
            f"{data.snapshot.get('open_alerts', 0)}</p>"
            f"<h2>{_t(word('sheet_summary', lang))}</h2>{_kpis(data, lang)}"
            f"<h2>{_t(word('sheet_funnel', lang))}</h2>{_funnel(data, lang)}"
            f"<h2>{_t(word('sheet_members', lang))}</h2>{_members(data, lang)}"
            f"<h2>{_t(word('sheet_review', lang))}</h2>{_notes(data, lang)}</body></html>")


def write_pdf(data: ReportData, path: str | Path, lang: str = "ja") -> Path:
    """Render to an A4 landscape PDF, atomically (QSaveFile); ReportError when it cannot be written."""
    _app = QGuiApplication.instance() or QGuiApplication([])  # fonts need a GUI application
    target = Path(path)
    if not target.parent.is_dir():
        raise ReportError("no_folder", str(target))
    out = QSaveFile(str(target))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise ReportError("file_locked", str(target), out.errorString())
    writer = QPdfWriter(out)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(report_html(data, lang))
    doc.print_(writer)
    del writer
    if not out.commit():
        raise ReportError("file_locked", str(target), out.errorString())
    return target
