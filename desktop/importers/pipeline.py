"""The import pipeline: plan each sheet from its first rows (preview), then extract the facts,
from a workbook read whole or from a stream of row chunks."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.importers import blocks
from desktop.importers import extract as x
from desktop.importers.extract_deals import deals
from desktop.importers.extract_leads import lead_list
from desktop.importers.extract_reps import reps_across
from desktop.importers.reps import REPS_ACROSS
from desktop.importers import layouts
from desktop.importers.files import BookStream, SheetData, SheetStream, Workbook
from desktop.importers.headers import Header, cell_text, find_header, title_text, unmerge, unmerged_rows
from desktop.importers.headers import SCAN_ROWS
from desktop.importers.layouts import Context
from desktop.importers.mapping import Match
from desktop.importers.profile import profile_columns
from desktop.importers.values import parse_date
from desktop.importers.result import Cancelled, Deduper, ImportResult, Problem, SheetCounts, shape_key
from desktop.kpi.outcomes import Outcome

PREVIEW_ROWS = 8
HEAD_ROWS = SCAN_ROWS + 2 + PREVIEW_ROWS  # what planning a sheet looks at: header search, preview

_EXTRACTORS: dict[str, Callable[[x.SheetJob, ImportResult], None]] = {
    layouts.ACTIVITY_LOG: x.activity_log,
    layouts.CRM_ACTIVITY: x.activity_log,
    layouts.DAILY_COUNTS: x.daily_counts,
    layouts.WIDE_MATRIX: x.wide_matrix,
    layouts.ATTEMPT_GROUPS: x.attempt_groups,
    layouts.DEALS: deals,
    layouts.CRM_DEALS: deals,
    layouts.LEAD_LIST: lead_list,
    REPS_ACROSS: reps_across,
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
    origin: int = 0  # the sheet row (0-based) its rows start at: a block below another starts further down
    span: tuple[int, int] | None = None  # the columns of a table side by side with others

    @property
    def header_row(self) -> int | None:
        return None if self.header is None else self.origin + self.header.row + 1

    @property
    def labels(self) -> tuple[str, ...]:
        return () if self.header is None else self.header.labels

    def mapping(self) -> dict[str, str]:
        """Label → field for the mapped columns (what is remembered per file shape)."""
        return {self.labels[c]: m.field for c, m in self.columns.items()}


def _no_progress(done: int, total: int) -> None:
    return None


def rows_of(sheet: SheetData) -> list[list[object]]:
    """The sheet's rows with merged cells filled in (what the user sees in Excel)."""
    return unmerge(sheet.rows, getattr(sheet, "merged", ()))


def first_row_header(rows: list[list[object]]) -> Header | None:
    """A header no known word names (Call Start Time, Duration): the first filled row, all text, over
    rows in which some column holds dates. Column names alone would refuse such a plain dated log."""
    for i, row in enumerate(rows[:5]):
        cells = [v for v in row if v is not None and str(v).strip()]
        if not cells:
            continue
        if len(cells) < 2 or not all(isinstance(v, str) for v in cells) or any(parse_date(v) for v in cells):
            return None
        body = rows[i + 1:i + 1 + SCAN_ROWS]
        if any(p.dates >= 0.8 for p in profile_columns(body, len(row))):
            return Header(i, False, tuple(cell_text(v) for v in row), 0.0)
        return None
    return None


def plan_sheet(name: str, rows: list[list[object]], file_name: str,
               overrides: dict[str, str] | None = None) -> SheetPlan:
    header = find_header(rows) or first_row_header(rows)
    if header is None:
        return SheetPlan(name, None, None, selected=False)
    title = title_text(rows, header)
    context = layouts.context_of(name, title, file_name)
    columns, layout = layouts.recognise(header, rows[header.data_start:header.data_start + SCAN_ROWS], overrides,
                                        context.metric or layouts.metric_of_label(title))
    preview = [[cell_text(v) for v in r] for r in rows[header.data_start:header.data_start + PREVIEW_ROWS]]
    return SheetPlan(name, layout, header, columns, context, preview,
                     shape_key("", header.labels), selected=layout is not None)


Sink = Callable[[ImportResult], list[tuple[str, str, str]]]  # Store.import_batch's: see _hand_on


def _hand_on(out: ImportResult, sink: Sink) -> None:
    """Give the sink the facts so far, counts as the extractor gave them: the sink merges them, within
    the chunk and with earlier chunks, by merge_tallies' rule and names the counts another sheet gave
    first. (Merging each chunk here first cost a dict entry per count: ~0.15 s for 500k counts.)"""
    for sheet, metric, first in sink(out):
        out.problems.append(Problem(sheet, 0, metric, "counted_elsewhere", first))


class _Pace:
    """SheetJob.every for one extraction: cancel, hand the facts so far to the sink, progress."""

    def __init__(self, out: ImportResult, cancel: Callable[[], bool], sink: Sink | None,
                 on_progress: Callable[[int, int], None], total: int) -> None:
        self.out, self.cancel, self.sink, self.on_progress = out, cancel, sink, on_progress
        self.base, self.total = 0, total

    def __call__(self, row: int) -> None:
        if self.cancel():
            raise Cancelled
        if self.sink is not None:
            _hand_on(self.out, self.sink)
        self.on_progress(self.base + row, max(self.total, self.base + row, 1))

    def sheet_done(self, rows: int) -> None:
        self.base += rows
        self.on_progress(self.base, max(self.total, self.base, 1))


def extract_sheet(plan: SheetPlan, rows: Iterable[list[object]], top: list[object], out: ImportResult, *,
                  date1904: bool, words: dict[str, Outcome], every: Callable[[int], None]) -> None:
    """The facts of one planned sheet; `rows` are its unmerged rows after the header."""
    out.sheets[plan.sheet] = SheetCounts()
    job = x.SheetJob(plan.sheet, rows, plan.origin + plan.header.data_start, top, plan.header, plan.columns, plan.context,
                     plan.layout, date1904, words, Deduper(plan.layout, ""), every)
    _EXTRACTORS[plan.layout](job, out)


def _chosen(plan: SheetPlan) -> bool:
    return bool(plan.selected and plan.layout and plan.header)


def extract(workbook: Workbook, plans: list[SheetPlan], *, words: dict[str, Outcome] | None = None,
            on_progress: Callable[[int, int], None] = _no_progress,
            cancel: Callable[[], bool] = lambda: False, sink: Sink | None = None,
            aliases: dict[str, str] | None = None) -> ImportResult:
    """The facts of every selected sheet; raises Cancelled when `cancel()` turns true.

    Without a sink every fact stays in the result (the preview). A sink is handed the result
    every few thousand rows and takes its facts away (Store.import_batch), so they are never
    all in memory; it then also merges counts across chunks itself."""
    chosen = [p for p in plans if _chosen(p)]
    rows = {s.name: rows_of(s) for s in workbook.sheets if s.name in {p.sheet for p in chosen}}
    out = ImportResult(aliases=aliases or {})
    pace = _Pace(out, cancel, sink, on_progress, sum(len(rows[p.sheet]) for p in chosen))
    for plan in chosen:
        sheet = rows[plan.sheet]
        extract_sheet(plan, itertools.islice(sheet, plan.header.data_start, None), sheet[plan.header.row], out,
                      date1904=workbook.date1904, words=words or {}, every=pace)
        pace.sheet_done(len(sheet))
    return _finish(out, sink)


def extract_stream(book: BookStream, plan_of: Callable[[SheetStream, list[list[object]]], SheetPlan], *,
                   words: dict[str, Outcome], sink: Sink, on_progress: Callable[[int, int], None] = _no_progress,
                   cancel: Callable[[], bool] = lambda: False,
                   aliases: dict[str, str] | None = None) -> tuple[ImportResult, list[SheetPlan]]:
    """Plan each sheet from its first rows as it arrives, then extract it chunk by chunk into `sink`:
    neither the sheet nor its facts are ever whole in memory."""
    out, plans = ImportResult(aliases=aliases or {}), []
    pace = _Pace(out, cancel, sink, on_progress, book.total_rows)
    for sheet in book.sheets:
        src = blocks.Rows(unmerged_rows(sheet.chunks, sheet.merged))
        pace.total = book.total_rows or pace.base + sheet.total
        n = 0
        while True:  # each table on the sheet: one under another, each side by side
            at, head = src.taken, src.take(HEAD_ROWS)
            if n and all(map(blocks.blank, head)):
                break
            end = blocks.cut(head)
            src.push(head[end:])  # the next table's rows: its own plan reads them
            head = head[:end]
            view = blocks.BlockView(blocks.block_name(sheet.name, n), sheet.hidden, sheet.total if n == 0 else 0)
            found = _plan_block(plan_of, view, head, n, at)
            plans += found
            n += len(found)
            header = found[0].header
            if header is None:
                break
            src.push(head[header.data_start:])
            body = blocks.Body(src)
            _extract_blocks(found, body, head, out, date1904=book.date1904, words=words, every=pace)
            for _ in body:  # a block not chosen: its rows are passed over
                pass
            if not body.more:
                break
        pace.sheet_done(sheet.total)
    return _finish(out, sink), plans


def _plan_block(plan_of: Callable[[Any, list[list[object]]], SheetPlan], view: blocks.BlockView,
                head: list[list[object]], n: int, at: int) -> list[SheetPlan]:
    """The plan of a block starting `at` (its sheet's row), or one per table side by side in it."""
    plan = plan_of(view, head)
    plan.origin = at
    spans = blocks.column_blocks(head, plan.header) if plan.header is not None else []
    if not spans:
        return [plan]
    parts = []
    for k, (a, b) in enumerate(spans):
        part = blocks.BlockView(blocks.block_name(blocks.real_sheet(view.name), n + k), view.hidden, 0)
        parts.append(plan_of(part, [r[a:b] for r in head]))
        parts[-1].origin, parts[-1].span = at, (a, b)
    if any(p.layout is None or p.header is None for p in parts):  # not tables of their own: one table
        return [plan]
    return parts


def _extract_blocks(found: list[SheetPlan], body: Iterable[list[object]], head: list[list[object]],
                    out: ImportResult, **job: Any) -> None:
    """Extract the chosen blocks from one run of rows: side-by-side ones each take their columns."""
    chosen = [p for p in found if _chosen(p)]
    runs = itertools.tee(body, len(chosen)) if len(chosen) > 1 else [body] * len(chosen)
    for plan, rows in zip(chosen, runs):
        a, b = plan.span or (0, None)
        part = rows if plan.span is None else (r[a:b] for r in rows)
        extract_sheet(plan, part, head[plan.header.row][a:b], out, **job)


def _finish(out: ImportResult, sink: Sink | None) -> ImportResult:
    if sink is None:
        out.tallies = merge_tallies(out.tallies, out.problems)
    else:
        _hand_on(out, sink)
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
