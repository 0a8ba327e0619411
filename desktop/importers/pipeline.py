"""The import pipeline: analyse a workbook into sheet plans (preview), then extract the facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.importers import extract as x
from desktop.importers import layouts
from desktop.importers.files import SheetData, Workbook
from desktop.importers.headers import Header, cell_text, find_header, title_text, unmerge
from desktop.importers.layouts import Context
from desktop.importers.mapping import Match
from desktop.importers.result import Cancelled, Deduper, ImportResult, Problem, SheetCounts, shape_key
from desktop.kpi.outcomes import Outcome

PREVIEW_ROWS = 8

_EXTRACTORS: dict[str, Callable[[x.SheetJob, ImportResult], None]] = {
    layouts.ACTIVITY_LOG: x.activity_log,
    layouts.CRM_ACTIVITY: x.activity_log,
    layouts.DAILY_COUNTS: x.daily_counts,
    layouts.WIDE_MATRIX: x.wide_matrix,
    layouts.ATTEMPT_GROUPS: x.attempt_groups,
    layouts.DEALS: x.deals,
    layouts.CRM_DEALS: x.deals,
}


@dataclass
class SheetPlan:
    """How one sheet will be read: layout, header row (Excel numbering), column → field with confidence."""

    sheet: str
    layout: str | None
    header: Header | None
    columns: dict[int, Match] = field(default_factory=dict)
    context: Context = field(default_factory=Context)
    preview: list[list[str]] = field(default_factory=list)
    shape: str = ""
    selected: bool = True

    @property
    def header_row(self) -> int | None:
        return None if self.header is None else self.header.row + 1

    @property
    def labels(self) -> tuple[str, ...]:
        return () if self.header is None else self.header.labels

    def mapping(self) -> dict[str, str]:
        """Label → field for the mapped columns (what is remembered per file shape)."""
        return {self.labels[c]: m.field for c, m in self.columns.items()}


def _no_progress(done: int, total: int) -> None:
    return None


def analyse(workbook: Workbook, mapping_overrides: dict[str, str] | None = None) -> list[SheetPlan]:
    """One plan per sheet: detected layout, header, column mapping, first rows as read."""
    return [plan_sheet(s.name, rows_of(s), Path(str(workbook.path)).name, mapping_overrides)
            for s in workbook.sheets]


def rows_of(sheet: SheetData) -> list[list[object]]:
    """The sheet's rows with merged cells filled in (what the user sees in Excel)."""
    return unmerge(sheet.rows, getattr(sheet, "merged", ()))


def plan_sheet(name: str, rows: list[list[object]], file_name: str,
               overrides: dict[str, str] | None = None) -> SheetPlan:
    header = find_header(rows)
    if header is None:
        return SheetPlan(name, None, None, selected=False)
    columns = layouts.columns_of(header, overrides)
    layout = layouts.detect(header, columns)
    context = layouts.context_of(name, title_text(rows, header), file_name)
    preview = [[cell_text(v) for v in r] for r in rows[header.data_start:header.data_start + PREVIEW_ROWS]]
    return SheetPlan(name, layout, header, columns, context, preview,
                     shape_key("", header.labels), selected=layout is not None)


def extract(workbook: Workbook, plans: list[SheetPlan], *, words: dict[str, Outcome] | None = None,
            on_progress: Callable[[int, int], None] = _no_progress,
            cancel: Callable[[], bool] = lambda: False) -> ImportResult:
    """The facts of every selected sheet; raises Cancelled when `cancel()` turns true."""
    chosen = [p for p in plans if p.selected and p.layout and p.header]
    rows = {s.name: rows_of(s) for s in workbook.sheets if s.name in {p.sheet for p in chosen}}
    total = sum(len(rows[p.sheet]) for p in chosen) or 1
    out, done = ImportResult(), 0
    for plan in chosen:
        if cancel():
            raise Cancelled
        out.sheets[plan.sheet] = SheetCounts()
        job = x.SheetJob(plan.sheet, rows[plan.sheet], plan.header, plan.columns, plan.context,
                         plan.layout, workbook.date1904, words or {}, Deduper(plan.layout, plan.sheet), cancel)
        _EXTRACTORS[plan.layout](job, out)
        done += len(job.rows)
        on_progress(done, total)
    out.tallies = merge_tallies(out.tallies, out.problems)
    return out


def merge_tallies(rows: list[dict[str, Any]], problems: list[Problem]) -> list[dict[str, Any]]:
    """One count per (day, member, metric): rows one sheet splits (午前/午後) add up; a count another
    sheet already gave (a summary sheet repeating the daily one) is never counted twice."""
    merged: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        key = (r["day"], r["member"], r["metric"])
        first = merged.get(key)
        if first is None:
            merged[key] = r  # the extractor's own dict: no copy of 500k rows
        elif first["sheet"] == r["sheet"]:
            first["count"] += r["count"]
        else:
            problems.append(Problem(r["sheet"], 0, r["metric"], "counted_elsewhere", first["sheet"]))
    return list(merged.values())
