"""Import batches on a real SQLite file and a real PostgreSQL database: all or nothing, idempotent, replaced counts, exact undo."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.importers.files import read_workbook
from desktop.importers.result import Cancelled
from desktop.importers.session import import_path, plan_file, store_file
from desktop.models.imports import ImportCancelled
from tests.importers import trackers as t

TABLES = ("member", "lead", "activity", "deal", "tally", "dailycount", "importbatch", "tallyreplacement")


def dump(store) -> dict[str, list[tuple]]:  # noqa: ANN001 - Store
    """Every row of the fact tables (ids included), to compare whole databases."""
    engine = store.backend.make_engine()  # a connection of its own, as another program's
    try:
        with engine.connect() as conn:
            return {name: sorted((tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {name}")), key=repr)
                    for name in TABLES}
    finally:
        engine.dispose()


def month_totals(store, month: str) -> dict[str, float]:  # noqa: ANN001
    rows = store.counts_by("month", datetime(2025, 4, 1).date(), datetime(2025, 6, 30).date())
    return {k: v for k, v in rows.get(month, {}).items() if v and not k.endswith("rate")}


def test_import_then_undo_restores_the_database_exactly(store, tmp_path: Path) -> None:
    t.attempt_groups(tmp_path / "list.xlsx")
    first = import_path(store, t.deals(tmp_path / "deals.xlsx"))
    before = dump(store)
    report = import_path(store, tmp_path / "list.xlsx")
    assert report.added == 5
    assert len(store.leads()) == 5  # the list's companies are the deals' leads, matched by name
    store.undo_import(report.batch_ids[0])
    after = dump(store)
    assert {k: v for k, v in after.items() if k != "importbatch"} == {
        k: v for k, v in before.items() if k != "importbatch"}
    history = store.import_batches()
    assert [(b.id, b.undone_at is not None) for b in history] == [(report.batch_ids[0], True),
                                                                  (first.batch_ids[0], False)]


def test_reimport_of_same_file_adds_nothing_and_repeated_rows_are_kept(store, tmp_path: Path) -> None:
    path = t.activity_log(tmp_path / "log.xlsx")
    first = import_path(store, path)
    assert first.added == 9  # the two identical 16:00 rows are both kept
    before = dump(store)
    second = import_path(store, path)
    assert second.added == 0 and second.skipped == 9 + 1
    after = dump(store)
    assert {k: v for k, v in after.items() if k != "importbatch"} == {
        k: v for k, v in before.items() if k != "importbatch"}


def test_later_version_of_tracker_adds_only_new_rows(store, tmp_path: Path) -> None:
    path = t.activity_log(tmp_path / "log.xlsx")
    import_path(store, path)
    wb = load_workbook(path)
    ws = wb["架電ログ"]
    ws.insert_rows(14)
    for c, value in enumerate([datetime(2025, 5, 8), "11:00", "佐藤 花子", "アオバ物産", "電話", "接続"], start=1):
        ws.cell(14, c, value)
    later = tmp_path / "log_0531.xlsx"
    wb.save(later)
    report = import_path(store, later)
    assert report.added == 1
    assert month_totals(store, "2025-05") == {"calls": 2, "connects": 2, "appointments": 1}


def test_changed_tracker_replaces_counts_and_undo_puts_them_back(store, tmp_path: Path) -> None:
    import_path(store, t.daily_counts(tmp_path / "v1.xlsx"))
    assert month_totals(store, "2025-04")["calls"] == 85
    before = dump(store)
    report = import_path(store, t.daily_counts(tmp_path / "v2.xlsx", april_calls_first=35))
    assert (report.added, report.replaced) == (0, 1)
    assert month_totals(store, "2025-04")["calls"] == 95
    store.undo_import(report.batch_ids[0])
    assert month_totals(store, "2025-04")["calls"] == 85
    after = dump(store)
    for table in ("tally", "dailycount", "activity", "member"):
        assert after[table] == before[table], table


def test_cancel_before_storing_leaves_the_database_unchanged(store, tmp_path: Path) -> None:
    import_path(store, t.deals(tmp_path / "deals.xlsx"))
    before = dump(store)
    workbook = read_workbook(t.activity_log(tmp_path / "log.xlsx"))
    plans = plan_file(workbook, store)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        store_file(store, workbook, plans, cancel=cancel)
    assert dump(store) == before


def test_cancel_inside_the_transaction_rolls_everything_back(store, tmp_path: Path) -> None:
    import_path(store, t.deals(tmp_path / "deals.xlsx"))
    before = dump(store)
    workbook = read_workbook(t.activity_log(tmp_path / "log.xlsx"))
    plans = plan_file(workbook, store)
    calls = iter(range(100))
    from desktop.importers.pipeline import extract

    result = extract(workbook, plans)
    with pytest.raises(ImportCancelled):  # cancelled after the activities went in, before the commit
        store.import_batch({"file_name": "log.xlsx", "sha256": "x"}, result, cancel=lambda: next(calls) >= 1)
    assert dump(store) == before


def test_failure_inside_the_transaction_rolls_everything_back(store, tmp_path: Path) -> None:
    before = dump(store)
    workbook = read_workbook(t.activity_log(tmp_path / "log.xlsx"))
    from desktop.importers.pipeline import extract

    result = extract(workbook, plan_file(workbook, store))
    result.activities.append({**result.activities[0], "kind": None, "dedupe_key": "broken"})  # NOT NULL fails
    with pytest.raises(Exception):  # noqa: B017, PT011 - any database error
        store.import_batch({"file_name": "log.xlsx", "sha256": "x"}, result)
    assert dump(store) == before


def test_mapping_is_remembered_per_file_shape(store, tmp_path: Path) -> None:
    path = t.daily_counts(tmp_path / "daily.xlsx")
    workbook = read_workbook(path)
    plans = plan_file(workbook, store, overrides={"通電数": "", "受注金額（千円）": ""})  # the user's correction
    store_file(store, workbook, plans)
    again = plan_file(read_workbook(t.daily_counts(tmp_path / "daily_v2.xlsx")), store)
    assert again[0].mapping() == {"日付": "day", "担当者": "member", "架電数": "calls", "アポ数": "appointments",
                                  "商談数": "opportunities", "受注数": "wins"}


def test_redo_after_undo_puts_the_batch_back_exactly(store, tmp_path: Path) -> None:
    import_path(store, t.daily_counts(tmp_path / "v1.xlsx"))
    import_path(store, t.attempt_groups(tmp_path / "list.xlsx"))
    calls = month_totals(store, "2025-04")["calls"]
    assert calls == 85 + 2  # the list's calls on 4/3 and 4/8 have no day count that overrides them
    report = import_path(store, t.daily_counts(tmp_path / "v2.xlsx", april_calls_first=35))
    after_import = dump(store)
    removed = store.undo_import(report.batch_ids[0])
    assert month_totals(store, "2025-04")["calls"] == calls
    store.redo_import(removed)
    assert dump(store) == after_import
    assert month_totals(store, "2025-04")["calls"] == calls + 10


def test_the_teams_own_result_words_are_used(store, tmp_path: Path) -> None:
    from dataclasses import replace

    store.save_domain_settings(replace(store.domain_settings(), outcome_words={"担当者 外出": "no_answer"}))
    report = import_path(store, t.activity_log(tmp_path / "log.xlsx"))
    assert not report.result.unknown_words
    assert month_totals(store, "2025-04") == {"calls": 7, "connects": 3, "appointments": 1, "emails": 1}
    with store.engine.connect() as conn:
        outcomes = dict(conn.exec_driver_sql("SELECT outcome, COUNT(*) FROM activity GROUP BY outcome").fetchall())
    assert outcomes["no_answer"] == 1 + 2  # 不在 and the two 担当者外出 rows


def test_later_deal_list_moves_deals_on_and_undo_moves_them_back(store, tmp_path: Path) -> None:
    path = t.deals(tmp_path / "deals.xlsx")
    import_path(store, path)
    before = dump(store)
    wb = load_workbook(path)
    ws = wb["案件一覧"]
    ws["E5"], ws["G5"] = "受注", "2025/5/20"  # 勤怠クラウド: 提案 → 受注 (45万円)
    wb.save(tmp_path / "deals_v2.xlsx")
    report = import_path(store, tmp_path / "deals_v2.xlsx")
    assert (report.added, report.replaced) == (0, 1)
    assert month_totals(store, "2025-05") == {"opportunities": 2, "wins": 2, "revenue": 1_250_000}
    removed = store.undo_import(report.batch_ids[0])
    assert month_totals(store, "2025-05") == {"opportunities": 2, "wins": 1, "revenue": 800_000}
    assert {k: v for k, v in dump(store).items() if k not in ("importbatch",)} == {
        k: v for k, v in before.items() if k not in ("importbatch",)}
    store.redo_import(removed)
    assert month_totals(store, "2025-05")["revenue"] == 1_250_000


def test_keys_stored_before_they_led_with_the_day_still_match_a_reimport(tmp_path: Path) -> None:
    """Migration 0005 prefixes stored activity keys with their day, as new imports make them."""
    from desktop.importers.pipeline import extract
    from desktop.models.store import Store
    from tests.models import engine_at

    path = t.activity_log(tmp_path / "log.xlsx")
    workbook = read_workbook(path)
    made = extract(workbook, plan_file(workbook, None)).activities
    old_keys = [a["dedupe_key"].split(":", 1)[1] for a in made]  # the keys as revision 0004 stored them
    assert all(a["dedupe_key"] == f"{a['day']}:{k}" for a, k in zip(made, old_keys, strict=True))
    db = tmp_path / "old.sqlite3"
    engine = engine_at(db, PRE_DAY_KEYS)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO activity (day, member_id, kind, note, dedupe_key) VALUES "
                             + ", ".join("(?, 1, 'call', '', ?)" for _ in made),
                             tuple(v for a, k in zip(made, old_keys, strict=True) for v in (a["day"].isoformat(), k)))
    engine.dispose()
    store = Store.open(db)
    try:
        report = import_path(store, path)
        assert report.added == 0  # every row found: nothing twice
        # the old rows were stored without outcome or note here: the rows that have one replace them
        corrected = sum(1 for a in made if a["outcome"] is not None or a["note"])
        assert corrected > 0 and report.replaced == corrected
        assert report.skipped == len(made) - corrected + len(report.result.problems)
        with sqlite3.connect(db) as conn:
            stored = sorted(k for (k,) in conn.execute("SELECT dedupe_key FROM activity"))
        assert stored == sorted(a["dedupe_key"] for a in made)
    finally:
        store.close()


PRE_DAY_KEYS = "0004"  # the revision before 0005


def test_undoing_an_import_removes_the_members_it_created_that_hold_nothing_else(store, tmp_path: Path) -> None:
    from desktop.models.tables import TargetIn
    from tests.importers import lookalikes as look

    kept = import_path(store, t.daily_counts(tmp_path / "daily.xlsx"))
    before = sorted(m.name for m in store.members())
    path, _calls = look.zoho_calls(tmp_path / "Calls.csv")
    report = import_path(store, path)
    names = {m.name: m.id for m in store.members()}
    assert set(names) - set(before) == {"Lazar Mathew", "Thomas Mondrake", "Rozario Diego"}
    store.set_targets([TargetIn(metric="calls", member_id=names["Rozario Diego"], period_kind="month",
                               period_start=datetime(2025, 4, 1).date(), value=100)])
    removed = store.undo_import(report.batch_ids[0])
    assert sorted(m.name for m in store.members()) == sorted(before + ["Rozario Diego"])  # a target keeps one
    store.redo_import(removed)
    assert {m.name: m.id for m in store.members()} == names  # the same ids come back
    assert kept.added and store.import_batches()[0].undone_at is None


def test_calls_around_jst_midnight_fall_on_the_days_they_were_typed_on_both_backends(store, tmp_path: Path) -> None:
    """A log typed in Japan: the last calls of the fiscal year (3/31 23:58, 23:59) and the first of
    the next (4/1 00:01). Days, months and the fiscal year split where the rep's clock did, whatever
    time zone the server runs in (its sessions run in Asia/Tokyo)."""
    from datetime import date

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "架電ログ"
    ws.append(["日付", "時刻", "担当者", "会社名", "種別", "結果"])
    for day, at, company, result in ((datetime(2025, 3, 31, 23, 58), "23:58", "サクラテック", "接続"),
                                     (datetime(2025, 3, 31, 23, 59), "23:59", "アオバ物産", "不在"),
                                     (datetime(2025, 4, 1, 0, 1), "0:01", "ミドリ工業", "アポ")):
        ws.append([day, at, "山田 太郎", company, "電話", result])
    wb.save(tmp_path / "midnight.xlsx")
    import_path(store, tmp_path / "midnight.xlsx")
    days = store.daily_counts(date(2025, 3, 31), date(2025, 4, 1))
    assert {d: c["calls"] for d, c in days.items()} == {date(2025, 3, 31): 2, date(2025, 4, 1): 1}
    months = store.counts_by("month", date(2025, 3, 1), date(2025, 4, 30))
    assert (months["2025-03"]["connects"], months["2025-04"]["appointments"]) == (1, 1)
    with store.engine.connect() as conn:
        times = sorted(str(t) for (t,) in conn.exec_driver_sql("SELECT at FROM activity"))
    assert [t[:5] for t in times] == ["00:01", "23:58", "23:59"]
