"""The report workbook (openpyxl, no Qt): KPI table, funnel, members, trend, review notes, native charts.

Every cell goes through `desktop.reports.cells.put` (user text is text, never a formula, and
holds no character XML forbids) and the file is saved by `cells.save_workbook` (atomically, as
the umask says).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from desktop.kpi.metrics import FUNNEL, is_rate
from desktop.reports.cells import clean_text, put, save_workbook  # noqa: F401 - clean_text for the PDF
from desktop.reports.labels import word
from desktop.reports.report_data import ReportData

_FORMULA_START = ("=", "+", "-", "@")
HEAD_FILL = PatternFill("solid", fgColor="DCE6F5")
HEAD_FONT = Font(bold=True)
RATE_FORMAT, COUNT_FORMAT = "0.0%", "#,##0"
SMALL_FORMATS = {1: "0.0", 2: "0.00"}  # a fractional count under 10 (kpi.numbers.figure's rule)


def _header(ws: Worksheet, row: int, labels: list[str]) -> None:
    for col, label in enumerate(labels, start=1):
        put(ws, row, col, label)
        ws.cell(row=row, column=col).font = HEAD_FONT
        ws.cell(row=row, column=col).fill = HEAD_FILL


def _fmt(metric: str) -> str:
    return RATE_FORMAT if is_rate(metric) else COUNT_FORMAT


def _summary(ws: Worksheet, data: ReportData, lang: str) -> None:
    snap = data.snapshot
    put(ws, 1, 1, f"{word(data.kind, lang)} {data.period}")
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    put(ws, 2, 1, word("period", lang))
    put(ws, 2, 2, f"{data.start.isoformat()} – {data.end.isoformat()}")
    put(ws, 3, 1, word("made_on", lang))
    put(ws, 3, 2, data.today.isoformat())
    put(ws, 4, 1, word("bottleneck", lang))
    put(ws, 4, 2, word(snap.get("bottleneck"), lang) or word("none", lang))
    put(ws, 5, 1, word("open_alerts", lang))
    put(ws, 5, 2, snap.get("open_alerts", 0))
    _header(ws, 7, [word(k, lang) for k in ("kpi", "metric", "target", "actual", "expected", "pace", "status")])
    for n, k in enumerate(snap.get("kpis", []), start=8):
        f = _fmt(k["metric"])
        put(ws, n, 1, k["title"])
        put(ws, n, 2, word(k["metric"], lang))
        for col, key in ((3, "target"), (4, "actual"), (5, "expected")):
            value = _round(k.get(key), k["metric"])
            put(ws, n, col, value, f if is_rate(k["metric"]) else _count_format(value))
        put(ws, n, 6, k.get("pace_ratio"), RATE_FORMAT)
        put(ws, n, 7, word(k.get("status"), lang))
    _widths(ws, [30, 14, 14, 14, 16, 10, 10])


def _round(value: float | None, metric: str) -> float | None:
    if value is None:
        return None
    if is_rate(metric):
        return round(value, 4)
    return round(value, _decimals(value)) if _decimals(value) else round(value)


def _decimals(value: float) -> int:
    """0 for whole numbers and 10 or more; else 1 (2 under 0.1), as kpi.numbers.figure shows them."""
    if float(value).is_integer() or abs(value) >= 10:
        return 0
    return 2 if abs(value) < 0.1 else 1


def _count_format(value: float | None) -> str:
    return SMALL_FORMATS.get(_decimals(value), COUNT_FORMAT) if value is not None else COUNT_FORMAT


def _funnel(ws: Worksheet, data: ReportData, lang: str) -> None:
    _header(ws, 1, [word("step", lang), word("count", lang)])
    funnel = data.snapshot.get("funnel", {})
    for n, m in enumerate(FUNNEL, start=2):
        put(ws, n, 1, word(m.value, lang))
        put(ws, n, 2, funnel.get(m.value, 0), COUNT_FORMAT)
    _header(ws, 8, [word("metric", lang), word("actual", lang)])
    for n, (code, value) in enumerate(data.snapshot.get("rates", {}).items(), start=9):
        put(ws, n, 1, word(code, lang))
        put(ws, n, 2, value, RATE_FORMAT)
    chart = BarChart(type="col", title=word("chart_funnel", lang), style=10, varyColors=False)
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=1 + len(FUNNEL)), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=1 + len(FUNNEL)))
    chart.legend = None
    _place(ws, chart, "D2")
    _widths(ws, [16, 12])


def _members(ws: Worksheet, data: ReportData, lang: str) -> None:
    codes = [m.value for m in FUNNEL] + ["connect_rate", "appointment_rate", "opportunity_rate", "win_rate"]
    _header(ws, 1, [word("member", lang)] + [word(c, lang) for c in codes])
    rows = data.snapshot.get("members", [])
    for n, r in enumerate(rows, start=2):
        put(ws, n, 1, r["member"])
        for col, code in enumerate(codes, start=2):
            put(ws, n, col, r.get(code), _fmt(code))
    if rows:
        chart = _two_axis(ws, len(rows), 2, 4, True, lang)
        chart.title = word("chart_members", lang)
        _place(ws, chart, f"A{len(rows) + 4}")
    _widths(ws, [16] + [11] * len(codes))


def _trend(ws: Worksheet, data: ReportData, lang: str) -> None:
    _header(ws, 1, [word("label", lang), word("calls", lang), word("appointments", lang)])
    for n, (label, calls, appts) in enumerate(data.trend, start=2):
        put(ws, n, 1, label)
        put(ws, n, 2, calls, COUNT_FORMAT)
        put(ws, n, 3, appts, COUNT_FORMAT)
    if data.trend:
        chart = _two_axis(ws, len(data.trend), 2, 3, False, lang)
        chart.title = word("chart_trend", lang)
        _place(ws, chart, "E2")
    _widths(ws, [14, 12, 12])


def _two_axis(ws: Worksheet, n: int, left_col: int, right_col: int, bars: bool, lang: str) -> Any:
    """Calls on the left axis, appointments on a right axis (they differ by 100×)."""
    main = BarChart(type="col", style=10) if bars else LineChart(style=12)
    main.add_data(Reference(ws, min_col=left_col, min_row=1, max_row=1 + n), titles_from_data=True)
    main.set_categories(Reference(ws, min_col=1, min_row=2, max_row=1 + n))
    right = LineChart()
    right.add_data(Reference(ws, min_col=right_col, min_row=1, max_row=1 + n), titles_from_data=True)
    right.y_axis.axId = 200
    right.y_axis.crosses = "max"
    for series in (*main.series, *right.series):
        series.smooth = False
    main.y_axis.title = word("calls", lang)
    right.y_axis.title = word("appointments", lang)
    main.y_axis.scaling.min = 0
    right.y_axis.scaling.min = 0
    main += right
    return main


def _review(ws: Worksheet, data: ReportData, lang: str) -> None:
    if data.review_held_on is None:
        put(ws, 1, 1, word("no_review", lang))
        return
    put(ws, 1, 1, word("held_on", lang))
    put(ws, 1, 2, data.review_held_on.isoformat())
    row = _notes(ws, 3, word("findings", lang), data.findings, lang)
    _notes(ws, row + 1, word("actions", lang), data.actions, lang)
    _widths(ws, [12, 50, 14, 12, 14, 10])


def _notes(ws: Worksheet, row: int, title: str, notes: list[dict[str, Any]], lang: str) -> int:
    put(ws, row, 1, title)
    ws.cell(row=row, column=1).font = Font(bold=True, size=12)
    _header(ws, row + 1, [word(k, lang) for k in ("step", "text", "owner", "due", "metric", "status")])
    for n, a in enumerate(notes, start=row + 2):
        put(ws, n, 1, word(a["decision"] or a["kind"], lang))
        put(ws, n, 2, a["text"])
        ws.cell(row=n, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        put(ws, n, 3, a["owner"])
        put(ws, n, 4, a["due"].isoformat() if isinstance(a["due"], date) else "")
        put(ws, n, 5, word(a["metric"], lang))
        put(ws, n, 6, word(a["status"], lang))
    return row + 2 + len(notes)


def _place(ws: Worksheet, chart: Any, anchor: str) -> None:
    chart.height, chart.width = 7.5, 15
    ws.add_chart(chart, anchor)


def _widths(ws: Worksheet, widths: list[float]) -> None:
    for n, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=n).column_letter].width = w


SHEETS = (("sheet_summary", _summary), ("sheet_funnel", _funnel), ("sheet_members", _members),
          ("sheet_trend", _trend), ("sheet_review", _review))


def build_workbook(data: ReportData, lang: str = "ja") -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    for key, fill in SHEETS:
        ws = wb.create_sheet(word(key, lang))
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToHeight = 0
        fill(ws, data, lang)
    return wb


def write_report(data: ReportData, path: str | Path, lang: str = "ja") -> Path:
    """Write the workbook atomically; ReportError("file_locked") when the target is open elsewhere."""
    return save_workbook(build_workbook(data, lang), path)
