"""One file from path to stored batch, shared by the `import` command and the 取り込み page."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.importers.files import Workbook, read_workbook, suggested_sheets
from desktop.importers.pipeline import SheetPlan, analyse, extract, plan_sheet, rows_of
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
    plans = analyse(workbook)
    ticked = set(sheets or suggested_sheets(workbook))
    rows = {s.name: s for s in workbook.sheets}
    for i, plan in enumerate(plans):
        saved = overrides or (store.remembered_mapping(plan.shape) if store is not None and plan.shape else None)
        if saved:
            plans[i] = plan = plan_sheet(plan.sheet, rows_of(rows[plan.sheet]), workbook.path.name,
                                         _as_overrides(plan, saved))
        plan.selected = plan.selected and plan.sheet in ticked
    return plans


def _as_overrides(plan: SheetPlan, saved: dict[str, str]) -> dict[str, str]:
    return {label: saved.get(label, "") for label in plan.labels if label}


def store_file(store: Any, workbook: Workbook, plans: list[SheetPlan], *,
               on_progress: Callable[[int, int], None] = lambda d, t: None,
               cancel: threading.Event | None = None, dry_run: bool = False) -> FileReport:
    """Extract the ticked sheets and store them as one ImportBatch (unless dry_run)."""
    stop = cancel.is_set if cancel is not None else (lambda: False)
    result = extract(workbook, plans, words=outcome_words(store), on_progress=on_progress, cancel=stop)
    report = FileReport(Path(workbook.path), plans, result)
    chosen = [p for p in plans if p.selected and p.layout]
    if dry_run or not chosen:
        report.skipped = len(result.problems)
        report.added = 0 if not chosen else result.fact_count
        return report
    meta = {"file_name": Path(workbook.path).name, "sha256": sha256_of(Path(workbook.path)),
            "sheet": ", ".join(p.sheet for p in chosen), "layout": ", ".join(sorted({p.layout for p in chosen})),
            "mapping": json.dumps({p.sheet: p.mapping() for p in chosen}, ensure_ascii=False)}
    batch = store.import_batch(meta, result, cancel=stop)
    for p in chosen:
        store.remember_mapping(p.shape, p.mapping())
    report.batch_ids.append(batch.id)
    report.added, report.replaced, report.skipped = batch.rows_added, batch.rows_replaced, batch.rows_skipped
    return report


def import_path(store: Any, path: Path, *, sheets: list[str] | None = None,
                overrides: dict[str, str] | None = None, dry_run: bool = False,
                cancel: threading.Event | None = None) -> FileReport:
    """Read, plan and store one file with the automatic (or remembered, or given) mapping."""
    workbook = read_workbook(path, sheets=sheets, cancel=cancel)
    plans = plan_file(workbook, store, overrides, sheets)
    return store_file(store, workbook, plans, cancel=cancel, dry_run=dry_run)
