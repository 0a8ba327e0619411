"""Streamed imports (rows and facts in chunks) store exactly what reading the file whole stores.

The reader is made to send 2-row chunks and the extraction to hand facts on after every row, so
each tracker crosses many chunk borders: merged cells carried into later chunks, counts one
sheet splits (午前/午後) added up across chunks, a second sheet's repeats refused across chunks.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.importers import child
from desktop.importers import extract as x
from desktop.importers.files import read_workbook
from desktop.importers.pipeline import extract
from desktop.importers.result import Cancelled
from desktop.importers import session
from desktop.importers.errors import ImportRefused
from desktop.importers.session import import_path, plan_file, preview_file, store_file, store_preview
from desktop.models.store import Store
from tests.importers import trackers as t
from tests.importers.chunks import cancelled_after
from tests.importers.build import convert

FACTS = ("member", "lead", "activity", "deal", "tally", "dailycount", "tallyreplacement")


def merged_rep(path: Path) -> Path:
    """担当者 merged down over three days, across the 2-row chunks: 90 calls and 3 appointments."""
    wb = Workbook()
    ws = wb.active
    ws.title = "2025年9月"
    ws.append(["9月 行動量"])
    ws.append(["担当者", "日付", "架電数", "アポ数"])
    ws.append(["山田 太郎", "9/1", 30, 1])
    ws.append([None, "9/2", 25, 0])
    ws.append([None, "9/3", 35, 2])
    ws.merge_cells("A3:A5")
    wb.save(path)
    return path


TRACKERS: dict[str, Callable[[Path], Path]] = {
    "activity_log": t.activity_log, "daily_counts": t.daily_counts, "wide_matrix": t.wide_matrix,
    "wide_by_rep": t.wide_by_rep, "attempt_groups": t.attempt_groups, "deals": t.deals,
    "merged_rep": merged_rep, "split_and_repeated": t.split_and_repeated,
}


def facts(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {name: sorted(conn.execute(f"SELECT * FROM {name}").fetchall(), key=repr) for name in FACTS}
    finally:
        conn.close()


def problems(report) -> list[tuple]:  # noqa: ANN001 - FileReport
    return sorted((p.sheet, p.row, p.column, p.code, p.value) for p in report.result.problems)


@pytest.mark.parametrize("name", list(TRACKERS))
def test_streamed_in_tiny_chunks_stores_what_the_whole_file_stores(tmp_path: Path, name: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = TRACKERS[name](tmp_path / f"{name}.xlsx")
    whole_db, streamed_db = tmp_path / "whole.sqlite3", tmp_path / "streamed.sqlite3"
    with closing(Store.open(whole_db)) as store:
        workbook = read_workbook(path)
        preview = extract(workbook, plan_file(workbook, store))
        whole = store_file(store, workbook, plan_file(workbook, store))
    monkeypatch.setattr(child, "CHUNK_ROWS", 2)
    monkeypatch.setattr(x, "CHECK_EVERY", 1)
    with closing(Store.open(streamed_db)) as store:
        streamed = import_path(store, path)
    assert facts(streamed_db) == facts(whole_db)
    assert (streamed.added, streamed.replaced, streamed.skipped) == (whole.added, whole.replaced, whole.skipped)
    assert problems(streamed) == problems(whole) == sorted(
        (p.sheet, p.row, p.column, p.code, p.value) for p in preview.problems)
    assert whole.added == preview.fact_count > 0  # the preview promised what was stored
    assert [p.mapping() for p in streamed.plans] == [p.mapping() for p in whole.plans]


def shown(result, sheet: str, keep: int) -> list[tuple]:  # noqa: ANN001 - ImportResult
    """What the preview lists for a sheet: its first `keep` activities, counts and deals, as text."""
    rows = [r for kind in (result.activities, result.tallies, result.deals) for r in kind if r["sheet"] == sheet]
    return [tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows][:keep]


@pytest.mark.parametrize("name", list(TRACKERS))
def test_the_streamed_preview_shows_what_reading_the_file_whole_shows(tmp_path: Path, name: str,
                                                                      tiny_chunks: None,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts, problems, plans and the first facts of each sheet, though only 3 facts a sheet are kept."""
    monkeypatch.setattr(session, "PREVIEW_FACTS", 3)
    path = TRACKERS[name](tmp_path / f"{name}.xlsx")
    with closing(Store.open(tmp_path / "kpi.sqlite3")) as store:
        workbook = read_workbook(path)
        plans = plan_file(workbook, store)
        whole = extract(workbook, plans)
        preview = preview_file(store, path)
        assert store.import_batches() == []
    assert preview.facts == whole.fact_count > 0
    assert sorted(map(repr, preview.result.problems)) == sorted(map(repr, whole.problems))
    assert preview.result.sheets == whole.sheets and preview.result.unknown_words == whole.unknown_words
    assert [p.mapping() for p in preview.plans] == [p.mapping() for p in plans]
    for plan in plans:
        assert shown(preview.result, plan.sheet, 3) == shown(whole, plan.sheet, 3)
        assert len(shown(preview.result, plan.sheet, 99)) <= 3  # the rest was counted, not kept
    assert preview.report().added == whole.fact_count  # a dry run says what the import will add


def test_storing_a_preview_stores_its_plans_and_refuses_a_file_changed_since(tmp_path: Path) -> None:
    path = t.daily_counts(tmp_path / "daily.xlsx")
    with closing(Store.open(tmp_path / "kpi.sqlite3")) as store:
        preview = preview_file(store, path)
        may = next(p for p in preview.plans if p.sheet == "5月")
        may.selected = False  # the user unticks May: only April is stored
        report = store_preview(store, preview)
        assert [p.sheet for p in report.plans] == ["4月"]
        months = store.counts_by("month", _april()[0], _september()[0])
        assert months["2025-04"]["calls"] == 85 and months.get("2025-05", {}).get("calls", 0) == 0

        again = preview_file(store, path)
        t.daily_counts(path, april_calls_first=40)  # saved again in Excel before Import was pressed
        with pytest.raises(ImportRefused) as refused:
            store_preview(store, again)
        assert refused.value.code == "changed"
        assert len(store.import_batches()) == 1


def test_counts_split_over_rows_add_up_and_a_second_sheet_is_not_counted_twice(tmp_path: Path,
                                                                              tiny_chunks: None) -> None:
    path = t.split_and_repeated(tmp_path / "daily.xlsx")
    with closing(Store.open(tmp_path / "kpi.sqlite3")) as store:
        report = import_path(store, path)
        calls = store.counts_by("month", *_april())["2025-04"]["calls"]
    assert calls == 65
    assert [(p.sheet, p.code, p.value) for p in report.result.problems] == [
        ("日報（写し）", "counted_elsewhere", "日報")]
    assert report.skipped == 1


def test_merged_rep_is_carried_into_later_chunks(tmp_path: Path, tiny_chunks: None) -> None:
    with closing(Store.open(tmp_path / "kpi.sqlite3")) as store:
        import_path(store, merged_rep(tmp_path / "merged.xlsx"))
        month = store.counts_by("month", *_september())["2025-09"]
        assert [m.name for m in store.members()] == ["山田 太郎"]
    assert (month["calls"], month["appointments"]) == (90, 3)


def test_cancel_midway_through_a_stream_stores_nothing(tmp_path: Path, tiny_chunks: None) -> None:
    db = tmp_path / "kpi.sqlite3"
    with closing(Store.open(db)) as store, cancelled_after(4) as (cancel, seen):
        before = facts(db)
        with pytest.raises(Cancelled):
            import_path(store, t.activity_log(tmp_path / "log.xlsx"), cancel=cancel)
        assert store.import_batches() == []
    assert facts(db) == before
    assert len(seen) >= 4


def test_reader_waits_for_a_slow_consumer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipe, not memory, absorbs the difference: at most QUEUED_CHUNKS chunks wait in the parent;
    and the reader's timeout counts only time spent waiting for it, not time spent on its rows."""
    monkeypatch.setattr(child, "CHUNK_ROWS", 10)
    monkeypatch.setattr(child, "TIMEOUT_SECONDS", 1.0)
    wb = Workbook()
    ws = wb.active
    for i in range(3000):
        ws.append([f"行{i}", i, "x" * 200])
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    with child.ChildRead(path, {"op": "read", "sheets": None}) as reader:
        messages = reader.messages()
        next(messages)
        threading.Event().wait(1.0)  # the child could have sent all 300 chunks by now
        assert reader.inbox.qsize() <= child.QUEUED_CHUNKS
        rows = 0
        for message in messages:
            rows += len(message[1]) if message[0] == "rows" else 0
            time.sleep(0.005)  # 300 chunks: 1.5 s of work on them in all, over the 1 s timeout
    assert rows == 3000


def _april():  # noqa: ANN202
    from datetime import date

    return date(2025, 4, 1), date(2025, 4, 30)


def _september():  # noqa: ANN202
    from datetime import date

    return date(2025, 9, 1), date(2025, 9, 30)


def _indexes(db: Path) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall(),
                      key=repr)


def test_a_big_batch_rebuilds_the_activity_indexes_and_stores_the_same(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.models import imports

    path = t.activity_log(tmp_path / "log.xlsx")
    grown, rebuilt = tmp_path / "grown.sqlite3", tmp_path / "rebuilt.sqlite3"
    with closing(Store.open(grown)) as store:
        import_path(store, t.deals(tmp_path / "deals.xlsx"))
        import_path(store, path)
    monkeypatch.setattr(imports, "BULK_ROWS", 1)
    with closing(Store.open(rebuilt)) as store:
        before = _indexes(rebuilt)
        import_path(store, t.deals(tmp_path / "deals.xlsx"))
        dropped: list[str] = []
        monkeypatch.setattr(imports._BatchWriter, "_bulk", _spy(imports._BatchWriter._bulk, dropped))
        import_path(store, path)
    assert dropped and "ix_activity_member_day" in " ".join(dropped)  # the big batch did take that path
    assert _indexes(rebuilt) == before
    assert facts(rebuilt) == facts(grown)


def test_an_ods_file_whose_size_comes_only_with_its_sheets_can_take_the_big_batch_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """.ods (and .xls) give no row count up front; the sheets' own totals decide at the first rows."""
    from desktop.models import imports

    ods = convert(t.activity_log(tmp_path / "log.xlsx"), "ods", tmp_path)
    if ods is None:
        pytest.skip("LibreOffice is not installed to write .ods")
    plain, bulk = tmp_path / "plain.sqlite3", tmp_path / "bulk.sqlite3"
    with closing(Store.open(plain)) as store:
        import_path(store, ods)
    monkeypatch.setattr(imports, "BULK_ROWS", 5)  # the log's sheet has 16 rows
    dropped: list[str] = []
    monkeypatch.setattr(imports._BatchWriter, "_bulk", _spy(imports._BatchWriter._bulk, dropped))
    with closing(Store.open(bulk)) as store:
        before = _indexes(bulk)
        import_path(store, ods)
    assert dropped  # the big-batch path was taken
    assert _indexes(bulk) == before and facts(bulk) == facts(plain)


def test_a_cancelled_big_batch_keeps_the_indexes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.models import imports

    monkeypatch.setattr(imports, "BULK_ROWS", 1)
    db = tmp_path / "kpi.sqlite3"
    with closing(Store.open(db)) as store:
        before = _indexes(db)
        calls = iter(range(100))
        with pytest.raises(imports.ImportCancelled):  # after the activities went in without their indexes
            store.import_batch({}, _one_result(tmp_path), cancel=lambda: next(calls) >= 1, expected_rows=10)
    assert _indexes(db) == before


def _spy(method, seen: list[str]):  # noqa: ANN001, ANN202 - wraps _BatchWriter._bulk
    def bulk(self):  # noqa: ANN001, ANN202
        done = method(self)
        seen.extend(done)
        return done
    return bulk


def _one_result(tmp_path: Path):  # noqa: ANN202 - ImportResult
    workbook = read_workbook(t.activity_log(tmp_path / "log.xlsx"))
    return extract(workbook, plan_file(workbook, None))


def test_a_phone_given_on_a_later_row_reaches_the_stored_lead(tmp_path: Path, tiny_chunks: None) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "架電ログ"
    ws.append(["日付", "担当者", "会社名", "電話番号", "結果"])
    ws.append(["2025/4/1", "山田 太郎", "サクラテック", None, "不在"])
    ws.append(["2025/4/2", "山田 太郎", "アオバ物産", "03-1111-2222", "接続"])
    ws.append(["2025/4/3", "山田 太郎", "ミドリ工業", None, "不在"])
    ws.append(["2025/4/4", "山田 太郎", "サクラテック", "06-3333-4444", "アポ"])
    path = tmp_path / "log.xlsx"
    wb.save(path)
    with closing(Store.open(tmp_path / "kpi.sqlite3")) as store:
        import_path(store, path)
        phones = {lead.company: lead.phone for lead in store.leads()}
    assert phones == {"サクラテック": "06-3333-4444", "アオバ物産": "03-1111-2222", "ミドリ工業": ""}


def test_a_mapping_shared_by_monthly_sheets_is_remembered_once(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    remembered: list[str] = []
    with closing(Store.open(tmp_path / "kpi.sqlite3")) as store:
        original = store.remember_mapping
        monkeypatch.setattr(store, "remember_mapping", lambda shape, mapping: (remembered.append(shape),
                                                                                original(shape, mapping)))
        report = import_path(store, t.daily_counts(tmp_path / "daily.xlsx"))
        assert [p.sheet for p in report.plans if p.selected] == ["4月", "5月"]  # one shape, one write
        assert len(remembered) == 1 and store.remembered_mapping(remembered[0]) == report.plans[0].mapping()
