"""The evaluated KPI tree as an Excel sheet: indented titles, target, actual, attainment, pace and forecast."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from desktop.kpi.metrics import Metric, is_rate
from desktop.kpi.tree_eval import NodeResult, TreeEvaluation
from desktop.reports.cells import put
from desktop.reports.labels import word

HEADERS = {
    "ja": ("名称", "種別", "指標", "目標", "実績", "達成率", "ペース", "着地予測", "ボトルネック"),
    "en": ("Title", "Type", "Metric", "Target", "Actual", "Attainment", "Pace", "Forecast", "Bottleneck"),
}
STATUS = {
    "ja": {"on_track": "順調", "at_risk": "注意", "behind": "遅れ", "no_target": "目標なし", "no_data": "データなし"},
    "en": {"on_track": "On track", "at_risk": "At risk", "behind": "Behind", "no_target": "No target", "no_data": "No data"},
}
METRICS_JA = {c: word(c) for c in ("calls", "connects", "appointments", "opportunities", "wins", "revenue",
                                    "emails", "follow_ups", "meetings", "connect_rate", "appointment_rate",
                                    "opportunity_rate", "win_rate", "renewals_due", "renewals",
                                    "retention")}  # the one glossary: reports/labels.py
FILLS = {"on_track": "E6F4EA", "at_risk": "FFF4D6", "behind": "FDE7E9", "no_target": "F2F4F7", "no_data": "F2F4F7"}
WIDTHS = (36, 8, 14, 14, 14, 10, 10, 14, 12)


def _format(metric: str | None) -> str:
    if metric and is_rate(metric):
        return "0.0%"
    return '"¥"#,##0' if metric == Metric.REVENUE else "#,##0"


def _row(ws: Worksheet, row: int, n: NodeResult, lang: str) -> None:
    metric_name = METRICS_JA.get(n.metric or "", n.metric or "") if lang == "ja" else (n.metric or "")
    show_status = bool(n.metric) or n.status.value != "no_target"
    values = ("  " * n.depth + n.title, n.kind.upper(), metric_name, n.target, n.actual, n.attainment,
              STATUS[lang][n.status.value] if show_status else "", n.forecast, "●" if n.bottleneck else "")
    for col, value in enumerate(values, start=1):
        put(ws, row, col, value)  # a title "=HYPERLINK(…)" stays text
    for col in (4, 5, 8):
        ws.cell(row=row, column=col).number_format = _format(n.metric)
    ws.cell(row=row, column=6).number_format = "0%"
    if show_status:
        ws.cell(row=row, column=7).fill = PatternFill("solid", fgColor=FILLS[n.status.value])
    if n.kind == "kgi":
        ws.cell(row=row, column=1).font = Font(bold=True)


def write_tree_sheet(workbook: Workbook, evaluation: TreeEvaluation, lang: str = "ja") -> Worksheet:
    """Add a sheet named after the period (e.g. "KPIツリー 2025-11") and fill it; returns the sheet."""
    lang = lang if lang in HEADERS else "en"
    prefix = "KPIツリー" if lang == "ja" else "KPI tree"
    ws = workbook.create_sheet(f"{prefix} {evaluation.period.label}"[:31])  # a label of ours: safe
    for col, label in enumerate(HEADERS[lang], start=1):
        put(ws, 1, col, label)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row, node in enumerate(evaluation.nodes, start=2):
        _row(ws, row, node, lang)
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "B2"
    return ws
