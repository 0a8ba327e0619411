"""One file from path to stored batch, shared by the `import` command and the 取り込み page."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.importers.files import SheetStream, Workbook, filled_rows, read_workbook, stream_workbook, suggested_sheets
from desktop.importers.pipeline import Sink, SheetPlan, extract, extract_stream, plan_sheet, rows_of
from desktop.importers.result import ImportResult
from desktop.kpi.outcomes import Outcome, normalize_word


@dataclass
class FileReport:
    """What happened to one file: its plans, the extracted result, the stored batch ids."""

    path: Path
    plans: list[SheetPlan]
    result: ImportResult | None = None
    batch_ids: list[int] = field(default_factory=list)
    added: int = 0
    replaced: int = 0
    skipped: int = 0

    def summary(self) -> dict[str, Any]:
        r = self.result
        return {"file": str(self.path), "added": self.added, "replaced": self.replaced, "skipped": self.skipped,
                "sheets": [{"sheet": p.sheet, "layout": p.layout, "header_row": p.header_row,
                            "selected": p.selected, "mapping": p.mapping()} for p in self.plans],
                "problems": [] if r is None else [vars(x) for x in r.problems[:200]],
                "problem_count": 0 if r is None else len(r.problems),
                "unknown_words": {} if r is None else dict(r.unknown_words.most_common(50))}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def outcome_words(store: Any) -> dict[str, Outcome]:
    """The team's own result words (設定), keyed like desktop.kpi.outcomes.normalize_word."""
    words: dict[str, Outcome] = {}
    for word, code in (store.domain_settings().outcome_words or {}).items():
        if code in Outcome._value2member_map_:
            words[normalize_word(word)] = Outcome(code)
    return words


def plan_file(workbook: Workbook, store: Any | None, overrides: dict[str, str] | None = None,
              sheets: list[str] | None = None) -> list[SheetPlan]:
    """Plans for every sheet, with a remembered mapping applied and sensible sheets ticked."""
    ticked = set(sheets or suggested_sheets(workbook))
    return [_plan(s.name, rows_of(s), workbook.path.name, store, overrides, s.name in ticked)
            for s in workbook.sheets]


def _plan(sheet: str, rows: list[list[object]], file_name: str, store: Any | None,
          overrides: dict[str, str] | None, ticked: bool) -> SheetPlan:
    """One sheet's plan from its (first) rows: automatic, or the given or remembered mapping."""
    plan = plan_sheet(sheet, rows, file_name)
    saved = overrides or (store.remembered_mapping(plan.shape) if store is not None and plan.shape else None)
    if saved:
        plan = plan_sheet(sheet, rows, file_name, _as_overrides(plan, saved))
    plan.selected = plan.selected and ticked
    return plan


def _as_overrides(plan: SheetPlan, saved: dict[str, str]) -> dict[str, str]:
    return {label: saved.get(label, "") for label in plan.labels if label}


class NothingChosen(Exception):
    """No sheet of the file has a layout to import (raised inside the batch: nothing is stored)."""


def store_file(store: Any, workbook: Workbook, plans: list[SheetPlan], *,
               on_progress: Callable[[int, int], None] = lambda d, t: None,
               cancel: threading.Event | None = None, dry_run: bool = False) -> FileReport:
    """Extract the ticked sheets and store them as one ImportBatch (unless dry_run)."""
    stop = cancel.is_set if cancel is not None else (lambda: False)
    words = outcome_words(store)
    chosen = [p for p in plans if p.selected and p.layout]
    if dry_run or not chosen:
        result = extract(workbook, plans, words=words, on_progress=on_progress, cancel=stop)
        report = FileReport(Path(workbook.path), plans, result)
        report.skipped = len(result.problems)
        report.added = 0 if not chosen else result.fact_count
        return report

    def produce(sink: Sink) -> ImportResult:
        return extract(workbook, plans, words=words, on_progress=on_progress, cancel=stop, sink=sink)

    rows = sum(len(s.rows) for s in workbook.sheets if s.name in {p.sheet for p in chosen})
    return _store(store, FileReport(Path(workbook.path), plans), produce, stop, rows)


def _store(store: Any, report: FileReport, produce: Callable[[Sink], ImportResult],
           stop: Callable[[], bool], rows: int) -> FileReport:
    """One batch from `produce`, which fills `report.plans` (at once, or sheet by sheet as it reads)."""

    def meta() -> dict[str, str]:
        chosen = [p for p in report.plans if p.selected and p.layout]
        if not chosen:
            raise NothingChosen
        return {"file_name": report.path.name, "sha256": sha256_of(report.path),
                "sheet": ", ".join(p.sheet for p in chosen), "layout": ", ".join(sorted({p.layout for p in chosen})),
                "mapping": json.dumps({p.sheet: p.mapping() for p in chosen}, ensure_ascii=False)}

    def run(sink: Sink) -> ImportResult:
        report.result = produce(sink)
        return report.result

    batch = store.import_batch(meta, run, cancel=stop, expected_rows=rows)
    for p in report.plans:
        if p.selected and p.layout:
            store.remember_mapping(p.shape, p.mapping())
    report.batch_ids.append(batch.id)
    report.added, report.replaced, report.skipped = batch.rows_added, batch.rows_replaced, batch.rows_skipped
    return report


def import_path(store: Any, path: Path, *, sheets: list[str] | None = None,
                overrides: dict[str, str] | None = None, dry_run: bool = False,
                cancel: threading.Event | None = None) -> FileReport:
    """Read, plan and store one file with the automatic (or remembered, or given) mapping.

    Stored imports stream: each sheet is planned from its first rows and its facts go into the
    batch chunk by chunk while the reader goes on (memory stays flat for a million rows). A dry
    run, and a file whose only filled sheets have note-like names, are read whole.

    `store` may be a function that opens the Store: it is called once the reader has started, so
    opening the database (and importing SQLAlchemy) happens while the reader parses the file."""
    opened = store if callable(store) else (lambda: store)
    if dry_run:
        workbook = read_workbook(path, sheets=sheets, cancel=cancel)
        store = opened()
        return store_file(store, workbook, plan_file(workbook, store, overrides, sheets), dry_run=True)
    stop = cancel.is_set if cancel is not None else (lambda: False)
    report = FileReport(Path(path), [])
    with stream_workbook(path, sheets=sheets, cancel=cancel) as book:
        store = opened()
        named = set(suggested_sheets(book.names))

        def plan_of(sheet: SheetStream, head: list[list[object]]) -> SheetPlan:
            ticked = sheet.name in sheets if sheets else (
                sheet.name in named and not sheet.hidden and filled_rows(head) >= 2)
            return _plan(sheet.name, head, book.path.name, store, overrides, ticked)

        def produce(sink: Sink) -> ImportResult:
            result, report.plans = extract_stream(book, plan_of, words=outcome_words(store), sink=sink, cancel=stop)
            return result

        try:
            return _store(store, report, produce, stop, book.total_rows)
        except NothingChosen:
            pass
    if sheets or not any(p.layout for p in report.plans):  # no table anywhere: say so
        return report
    workbook = read_workbook(path, cancel=cancel)  # nothing under an ordinary name: suggestions from all
    return store_file(store, workbook, plan_file(workbook, store, overrides))
