"""One file from path to stored batch, shared by the `import` command and the 取り込み page."""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.importers.blocks import BlockView, real_sheet, real_sheets
from desktop.importers.files import (
    BookStream,
    ImportRefused,
    SheetStream,
    Workbook,
    filled_rows,
    stream_workbook,
    suggested_sheets,
)
from desktop.importers.honest import missing_for, reasons, with_member
from desktop.importers.members import aliases, known_keys, new_names
from desktop.importers.pipeline import Sink, SheetPlan, extract, extract_stream, plan_sheet, rows_of
from desktop.importers.result import ImportResult
from desktop.importers.preview_sink import PreviewSink
from desktop.importers.sheet_kinds import content_kind, derived_sheets
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
    nothing: bool = False  # sheets were chosen, yet no row gave a fact: nothing stored, nothing remembered
    derived: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # left out: pivot, summary, repeats
    new_members: list[str] = field(default_factory=list)  # rep names no member had: created (or to be)

    def summary(self) -> dict[str, Any]:
        r = self.result
        return {"file": str(self.path), "added": self.added, "replaced": self.replaced, "skipped": self.skipped,
                "nothing_stored": self.nothing, "reasons": [vars(x) for x in reasons(self)],
                "new_members": self.new_members,
                "left_out": [{"sheet": s, "why": why, "repeats": others} for s, (why, others) in self.derived.items()],
                "sheets": [{"sheet": p.sheet, "layout": p.layout, "header_row": p.header_row,
                            "selected": p.selected, "mapping": p.mapping(),
                            "evidence": {p.labels[c]: {"field": m.field, "confidence": m.confidence,
                                                       "evidence": dict(m.evidence)} for c, m in p.columns.items()},
                            "missing": missing_for(p)} for p in self.plans],
                "problems": [] if r is None else [vars(x) for x in r.problems[:200]],
                "problem_count": 0 if r is None else len(r.problems),
                "impossible": [] if r is None else [vars(x) for x in r.impossible[:200]],
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
          overrides: dict[str, str] | None, ticked: bool, member: str | None = None) -> SheetPlan:
    """One sheet's plan from its (first) rows: automatic, with the given mapping merged over it (the
    columns it names change, the others stay), or the remembered mapping for this file shape."""
    plan = plan_sheet(sheet, rows, file_name)
    if overrides:
        plan = plan_sheet(sheet, rows, file_name, overrides)
    elif store is not None and plan.shape and (saved := store.remembered_mapping(plan.shape)):
        plan = plan_sheet(sheet, rows, file_name, _as_overrides(plan, saved))
    plan = with_member(plan, member)
    plan.selected = plan.selected and ticked
    return plan


def _as_overrides(plan: SheetPlan, saved: dict[str, str]) -> dict[str, str]:
    return {label: saved.get(label, "") for label in plan.labels if label}


class NothingChosen(Exception):
    """No sheet of the file has a layout to import (raised inside the batch: nothing is stored)."""


class NothingStored(Exception):
    """Sheets were chosen but no row gave a fact (raised inside the batch: no history entry)."""


def store_file(store: Any, workbook: Workbook, plans: list[SheetPlan], *,
               on_progress: Callable[[int, int], None] = lambda d, t: None,
               cancel: threading.Event | None = None) -> FileReport:
    """Extract the ticked sheets of a workbook read whole and store them as one ImportBatch.

    The app streams instead (`import_path`, `store_preview`); this whole-file path is the plain
    reference the streaming tests compare against."""
    stop = cancel.is_set if cancel is not None else (lambda: False)
    words = outcome_words(store)
    chosen = [p for p in plans if p.selected and p.layout]
    if not chosen:
        return FileReport(Path(workbook.path), plans, extract(workbook, plans, words=words, cancel=stop))

    def produce(sink: Sink) -> ImportResult:
        return extract(workbook, plans, words=words, on_progress=on_progress, cancel=stop, sink=sink,
                       aliases=aliases(store))

    rows = sum(len(s.rows) for s in workbook.sheets if s.name in {p.sheet for p in chosen})
    return _store(store, FileReport(Path(workbook.path), plans), produce, stop, rows)


def _store(store: Any, report: FileReport, produce: Callable[[Sink], ImportResult],
           stop: Callable[[], bool], rows: int | Callable[[], int]) -> FileReport:
    """One batch from `produce`, which fills `report.plans` (at once, or sheet by sheet as it reads)."""

    def meta() -> dict[str, str]:
        chosen = [p for p in report.plans if p.selected and p.layout]
        if not chosen:
            raise NothingChosen
        if report.result is not None and not any(c.facts for c in report.result.sheets.values()):
            raise NothingStored
        return {"file_name": report.path.name, "sha256": sha256_of(report.path),
                "sheet": ", ".join(p.sheet for p in chosen), "layout": ", ".join(sorted({p.layout for p in chosen})),
                "mapping": json.dumps({p.sheet: p.mapping() for p in chosen}, ensure_ascii=False)}

    def run(sink: Sink) -> ImportResult:
        report.result = produce(sink)
        return report.result

    batch = store.import_batch(meta, run, cancel=stop, expected_rows=rows)
    mappings = {p.shape: p.mapping() for p in report.plans if p.selected and p.layout}
    for shape, mapping in mappings.items():  # once per shape: a workbook of 12 monthly sheets has one
        store.remember_mapping(shape, mapping)
    report.batch_ids.append(batch.id)
    report.added, report.replaced, report.skipped = batch.rows_added, batch.rows_replaced, batch.rows_skipped
    return report


def import_path(store: Any, path: Path, *, sheets: list[str] | None = None,
                overrides: dict[str, str] | None = None, dry_run: bool = False,
                cancel: threading.Event | None = None, member: str | None = None,
                on_progress: Callable[[int, int], None] = lambda d, t: None) -> FileReport:
    """Read, plan and store one file with the automatic (or remembered, or given) mapping.

    The file streams: each sheet is planned from its first rows and its facts go into the batch
    chunk by chunk while the reader goes on (memory stays flat for a million rows). A dry run is
    the preview's pass (`preview_file`): nothing is stored.

    `store` may be a function that opens the Store: it is called once the reader has started, so
    opening the database (and importing SQLAlchemy) happens while the reader parses the file."""
    if dry_run:
        preview = preview_file(store, path, sheets=sheets, overrides=overrides, cancel=cancel, on_progress=on_progress,
                               member=member)
        return preview.report()
    return _stream_store(store, Path(path), sheets=sheets, overrides=overrides, cancel=cancel,
                         on_progress=on_progress, member=member)


@dataclass
class Preview:
    """One file as the 取り込み page shows it before anything is stored, from one streamed pass.

    `result` has every count, problem, name and unknown word, but only the first PREVIEW_FACTS
    facts of each sheet (what the preview lists); `facts` is how many the file gives in all.
    `heads` are each sheet's first rows, so a mapping edit re-plans without reading the file;
    `stamp` (size, modified) tells whether the file changed before it is stored."""

    path: Path
    plans: list[SheetPlan]
    heads: dict[str, list[list[object]]]
    result: ImportResult
    facts: int
    stamp: tuple[int, int]
    changes: dict[str, Counter[str]] = field(default_factory=dict)  # sheet → added / replaced / unchanged
    derived: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # unticked: pivot, summary, repeats
    new_members: list[str] = field(default_factory=list)  # rep names the team has no member for (yet)

    def change_count(self, code: str) -> int:
        """How many facts the chosen sheets would add, replace or leave as stored."""
        chosen = {p.sheet for p in self.plans if p.selected and p.layout}
        return sum(c[code] for sheet, c in self.changes.items() if sheet in chosen)

    def report(self) -> FileReport:
        """What a dry run reports: the facts the chosen sheets give, the rows they skip."""
        chosen = any(p.selected and p.layout for p in self.plans)
        added = self.change_count("added") if self.changes else self.facts
        return FileReport(self.path, self.plans, self.result, added=added if chosen else 0,
                          replaced=self.change_count("replaced"),
                          skipped=len(self.result.problems) + self.change_count("unchanged"),
                          nothing=chosen and self.facts == 0, derived=self.derived,
                          new_members=self.new_members if chosen else [])


PREVIEW_FACTS = 50


def preview_file(store: Any, path: Path, plans: list[SheetPlan] | None = None, *,
                 sheets: list[str] | None = None, overrides: dict[str, str] | None = None,
                 cancel: threading.Event | None = None, member: str | None = None,
                 on_progress: Callable[[int, int], None] = lambda d, t: None) -> Preview:
    """Read the file once, as the import will (`plans`: the user's, by sheet; else planned here),
    keeping what the preview shows and nothing more: a million-row file costs no more memory
    than the import itself. Nothing is stored."""
    path = Path(path)
    stamp = file_stamp(path)
    stop = cancel.is_set if cancel is not None else (lambda: False)
    opened = store if callable(store) else (lambda: store)
    with stream_workbook(path, sheets=real_sheets(sheets), cancel=cancel) as book:
        store = opened()
        planner = _Planner(book, store, overrides, sheets, plans, member)
        keep = PreviewSink(PREVIEW_FACTS, store)
        result, got = extract_stream(book, planner, words=outcome_words(store), sink=keep, cancel=stop,
                                     on_progress=on_progress, aliases=aliases(store))
    if planner.needs_fallback():
        return preview_file(store, path, planner.replan(got), cancel=cancel, on_progress=on_progress)
    result.activities, result.tallies, result.deals = keep.activities, keep.tallies, keep.deals
    result.lead_stages = keep.lead_stages
    derived = {} if plans is not None else derived_sheets(got, planner.heads, keep.samples)  # a user's ticks stay
    for p in got:
        p.selected = p.selected and p.sheet not in derived
    return Preview(path, got, planner.heads, result, keep.facts, stamp, keep.changes, derived,
                   new_names(result, known_keys(store)) if store is not None else [])


def store_preview(store: Any, preview: Preview, *, cancel: threading.Event | None = None,
                  on_progress: Callable[[int, int], None] = lambda d, t: None) -> FileReport:
    """Store what the preview showed: the file streams again with the user's plans (its ticked
    sheets only). A file that changed since it was read is refused: its preview is no longer true."""
    if file_stamp(preview.path) != preview.stamp:
        raise ImportRefused("changed", preview.path)
    chosen = [p.sheet for p in preview.plans if p.selected and p.layout]
    return _stream_store(store, preview.path, sheets=chosen or None, given=preview.plans, cancel=cancel,
                         on_progress=on_progress)


def file_stamp(path: Path) -> tuple[int, int]:
    try:
        stat = Path(path).stat()
    except OSError as exc:
        raise ImportRefused("not_found", path, str(exc)) from exc
    return stat.st_size, stat.st_mtime_ns


def _stream_store(store: Any, path: Path, *, sheets: list[str] | None, overrides: dict[str, str] | None = None,
                  given: list[SheetPlan] | None = None, cancel: threading.Event | None,
                  on_progress: Callable[[int, int], None], member: str | None = None,
                  derived: bool = True) -> FileReport:
    """One batch from the streamed file; a file whose only filled sheets have note-like names is
    read again with those ticked (as suggested_sheets does for a whole workbook).

    Without plans or named sheets (a plain `import FILE`, the watch folder), pivots and summaries are
    left out as the preview leaves them (`report.derived` says which and why), unless they are all
    the file has: then it is read again with them ticked. (Copies of other sheets need the whole
    file to be told: their rows have the keys of the rows they copy, so the store adds them once.)"""
    opened = store if callable(store) else (lambda: store)
    stop = cancel.is_set if cancel is not None else (lambda: False)
    report = FileReport(path, [])
    with stream_workbook(path, sheets=real_sheets(sheets), cancel=cancel) as book:
        store = opened()
        planner = _Planner(book, store, overrides, sheets, given, member, derived)
        report.derived = planner.derived
        known = known_keys(store)

        def produce(sink: Sink) -> ImportResult:
            result, report.plans = extract_stream(book, planner, words=outcome_words(store), sink=sink,
                                                  cancel=stop, on_progress=on_progress, aliases=aliases(store))
            report.new_members = new_names(result, known)
            return result

        try:  # .xls/.ods report no total up front: the sheets read so far tell (for the index rebuild)
            return _store(store, report, produce, stop, lambda: book.total_rows or planner.rows)
        except NothingStored:
            report.nothing, report.new_members = True, []
            return report
        except NothingChosen:
            pass
    if planner.derived and derived:  # the file is nothing but pivots or summaries: they are what there is
        return _stream_store(store, path, sheets=sheets, overrides=overrides, given=given, cancel=cancel,
                             on_progress=on_progress, member=member, derived=False)
    if not planner.needs_fallback():
        return report  # no table anywhere: the report says so
    return _stream_store(store, path, sheets=None, given=planner.replan(report.plans), cancel=cancel,
                         on_progress=on_progress)


class _Planner:
    """`plan_of` for extract_stream: the user's plan for a sheet, else one made from its first rows
    (automatic, remembered or `overrides` mapping), ticked as suggested_sheets would tick it.

    Keeps each sheet's first rows (`heads`), and notes whether the file needs the fallback: no
    filled sheet under an ordinary name, but a table on a note-like one."""

    def __init__(self, book: BookStream, store: Any, overrides: dict[str, str] | None,
                 sheets: list[str] | None, given: list[SheetPlan] | None, member: str | None = None,
                 untick: bool = False) -> None:
        self.file_name, self.store, self.overrides, self.sheets = book.path.name, store, overrides, sheets
        self.member = member
        self.untick = untick and not sheets and given is None  # pivots and summaries, from their first rows
        self.derived: dict[str, tuple[str, list[str]]] = {}
        self.named = set(suggested_sheets(book.names))
        self.given = {p.sheet: p for p in given} if given is not None else {}
        self.heads: dict[str, list[list[object]]] = {}
        self.rows = 0  # the rows of the sheets planned so far, as the reader counted them
        self.filled: set[str] = set()
        self.fallback = False
        self.layouts = False

    def __call__(self, sheet: SheetStream | BlockView, head: list[list[object]]) -> SheetPlan:
        self.heads[sheet.name] = head
        self.rows += sheet.total
        if not sheet.hidden and filled_rows(head) >= 2:
            self.filled.add(sheet.name)
        plan = self.given.get(sheet.name) or self._auto(sheet.name)
        self.layouts = self.layouts or plan.layout is not None
        return plan

    def _auto(self, name: str) -> SheetPlan:
        sheet = real_sheet(name)  # a table below or beside another is ticked as its sheet is
        ticked = (name in self.sheets or sheet in self.sheets) if self.sheets else (
            name in self.filled and (self.fallback or sheet in self.named))
        plan = _plan(name, self.heads[name], self.file_name, self.store, self.overrides, ticked, self.member)
        kind = self.untick and plan.selected and plan.layout and content_kind(
            self.heads[name], None if plan.header is None else plan.header.row, plan.labels)
        if kind:
            plan.selected = False
            self.derived[name] = (kind, [])
        return plan

    def needs_fallback(self) -> bool:
        return (not self.fallback and not self.sheets and not self.given and self.layouts
                and bool(self.filled) and not self.filled & self.named)

    def replan(self, plans: list[SheetPlan]) -> list[SheetPlan]:
        """Every sheet planned again from its first rows, the filled note-like ones ticked too."""
        self.fallback = True
        return [self._auto(p.sheet) for p in plans]
