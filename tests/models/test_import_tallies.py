"""Counts an import writes (straight in for new days, staged for stored ones) follow the rule.

The reference is the rule itself, worked out in Python from the preview (pipeline.merge_tallies over
the whole file) and the counts stored before: a new count is added, a changed one replaced (its old
value kept in TallyReplacement), an equal one left as it was, batch and all. Imports run whole and in
2-row chunks handed on after every row, so splits, sheets and repeats cross every chunk border, and
whole sheets mix new and stored days.
"""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from desktop.importers.files import read_workbook
from desktop.importers.pipeline import extract
from desktop.importers.result import Cancelled
from desktop.importers.session import import_path, plan_file
from desktop.models.store import Store
from desktop.models.tables import TallyIn
from tests.importers import trackers as t
from tests.importers.chunks import cancelled_after

Key = tuple[str, int, str]  # (ISO day, member id, metric)


def three_sheets(path: Path) -> Path:
    """日報 splits 4/1 山田 (10 + 15); 週報 repeats it (refused: 日報), splits 4/3 山田 itself (5 + 6)
    and adds 4/2 佐藤; 月報 repeats counts of both earlier sheets (refused) and adds 4/4 佐藤 and 4/1 鈴木."""
    yamada, sato, suzuki = "山田 太郎", "佐藤 花子", "鈴木 一郎"
    sheets = {
        "日報": [("2025/4/1", yamada, 10), ("2025/4/1", sato, 12), ("2025/4/2", yamada, 8), ("2025/4/1", yamada, 15)],
        "週報": [("2025/4/1", yamada, 25), ("2025/4/3", yamada, 5), ("2025/4/2", sato, 20), ("2025/4/3", yamada, 6)],
        "月報": [("2025/4/3", yamada, 11), ("2025/4/2", sato, 20), ("2025/4/1", sato, 12), ("2025/4/4", sato, 7),
               ("2025/4/1", suzuki, 9)],
    }
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws.append(["日付", "担当者", "架電数"])
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


@pytest.fixture(params=["whole", "tiny chunks"])
def chunks(request: pytest.FixtureRequest) -> None:
    if request.param == "tiny chunks":
        request.getfixturevalue("tiny_chunks")


def stored(store: Store) -> tuple[dict[Key, tuple[int, int | None]], dict[int, set[tuple]], list[tuple],
                                  dict[str, int]]:
    """Tallies by key, replacements by batch, the rollup, member ids by name key (read on a
    connection of its own, as another program would)."""
    engine = store.backend.make_engine()
    try:
        with engine.connect() as conn:
            run = conn.exec_driver_sql
            tallies = {(str(d), m, k): (c, b) for d, m, k, c, b in run(
                "SELECT day, member_id, metric, count, batch_id FROM tally")}
            replaced: dict[int, set[tuple]] = {}
            for b, d, *row in run("SELECT batch_id, day, member_id, metric, previous_count, previous_batch_id "
                                  "FROM tallyreplacement"):
                replaced.setdefault(b, set()).add((str(d), *row))
            rollup = sorted(tuple(r) for r in run("SELECT * FROM dailycount"))
            members = dict(tuple(r) for r in run("SELECT name_key, id FROM member"))
    finally:
        engine.dispose()
    return tallies, replaced, rollup, members


def expected(path: Path, before: dict[Key, tuple[int, int | None]], members: dict[str, int],
             batch: int) -> tuple[dict[Key, tuple[int, int | None]], set[tuple], list[Any], int]:
    """The rule from the preview: the tallies after the import, its replacements, its problems and
    the counts it gives (distinct, none refused)."""
    workbook = read_workbook(path)
    preview = extract(workbook, plan_file(workbook, None))
    after, replaced = dict(before), set()
    for r in preview.tallies:
        key = (r["day"].isoformat(), members[r["member"]], r["metric"])
        old = before.get(key)
        if old is None or old[0] != r["count"]:
            after[key] = (r["count"], batch)
        if old is not None and old[0] != r["count"]:
            replaced.add((*key, *old))
    problems = sorted((p.sheet, p.row, p.column, p.code, p.value) for p in preview.problems)
    return after, replaced, problems, len(preview.tallies)


def imported(store: Store, path: Path) -> None:
    """Import `path` and check tallies, replacements, problems and the rollup against the rule."""
    before = stored(store)[0]
    report = import_path(store, path)
    tallies, replaced, rollup, members = stored(store)
    after, changed, problems, given = expected(path, before, members, report.batch_ids[0])
    assert tallies == after
    assert replaced.get(report.batch_ids[0], set()) == changed
    assert sorted((p.sheet, p.row, p.column, p.code, p.value) for p in report.result.problems) == problems
    assert report.replaced == len(changed)
    assert report.added == sum(1 for k in after if k not in before)
    assert report.skipped == len(problems) + given - report.added - report.replaced
    store.rebuild_rollups()
    assert stored(store)[2] == rollup  # the rollup the import left equals one rebuilt from the facts


def test_counts_follow_the_rule_over_earlier_and_hand_typed_counts(tmp_path: Path, location: str,
                                                                   chunks: None) -> None:
    with closing(Store.open(location)) as store:
        imported(store, t.daily_counts(tmp_path / "v1.xlsx"))  # 4/1, 4/2, 5/7, 5/8: new days
        imported(store, t.daily_counts(tmp_path / "v2.xlsx", april_calls_first=35))  # stored: one changed
        imported(store, three_sheets(tmp_path / "first.xlsx"))  # 4/1, 4/2 stored; 4/3, 4/4 new
        members = stored(store)[3]
        yamada, sato = members["山田太郎"], members["佐藤花子"]
        store.set_tallies([TallyIn(day=date(2025, 4, 1), member_id=yamada, metric="calls", count=3),  # changed
                           TallyIn(day=date(2025, 4, 4), member_id=sato, metric="calls", count=7)])  # kept
        imported(store, three_sheets(tmp_path / "again.xlsx"))


def test_a_later_sheet_repeating_a_count_is_refused_naming_the_sheet_that_gave_it(
        tmp_path: Path, location: str, tiny_chunks: None) -> None:
    with closing(Store.open(location)) as store:
        report = import_path(store, three_sheets(tmp_path / "counts.xlsx"))
        calls = {(r.day.day, r.count) for r in store.tallies(date(2025, 4, 1), date(2025, 4, 30))}
    assert sorted((p.sheet, p.code, p.value) for p in report.result.problems) == [
        ("月報", "counted_elsewhere", "日報"), ("月報", "counted_elsewhere", "週報"),
        ("月報", "counted_elsewhere", "週報"), ("週報", "counted_elsewhere", "日報")]
    assert calls == {(1, 25), (1, 12), (2, 8), (3, 11), (2, 20), (4, 7), (1, 9)}


def test_a_cancelled_count_import_changes_nothing(tmp_path: Path, location: str, tiny_chunks: None) -> None:
    with closing(Store.open(location)) as store:
        imported(store, t.daily_counts(tmp_path / "v1.xlsx"))
        before = stored(store)
        # after 6 rows, counts of two sheets, for new and stored days, are written or staged
        with cancelled_after(6) as (cancel, _), pytest.raises(Cancelled):
            import_path(store, three_sheets(tmp_path / "counts.xlsx"), cancel=cancel)
        assert stored(store) == before
        assert len(store.import_batches()) == 1
        imported(store, three_sheets(tmp_path / "counts.xlsx"))  # nothing staged is left over
