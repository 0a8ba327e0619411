"""Sheets that copy or sum up other sheets are not ticked by default, told from their contents."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.cli import main
from desktop.importers.session import import_path, preview_file, store_preview
from desktop.models.store import Store
from desktop.importers.sheet_kinds import content_kind

REPS = ["山田 太郎", "佐藤 花子", "鈴木 一郎"]
RESULTS = ["不在", "受付NG", "接続", "アポ", "不在"]


def _log(month: int) -> list[list[object]]:
    """Per business day of the first two weeks, each rep 5 calls: 2 connects (接続, アポ), 1 appointment."""
    days = [date(2025, month, d) for d in range(1, 15) if date(2025, month, d).weekday() < 5]
    return [[d.strftime("%Y/%m/%d"), f"{9 + n}:{10 * i:02d}", rep, f"株式会社テスト{n}{i}", "電話", RESULTS[n], ""]
            for d in days for i, rep in enumerate(REPS) for n in range(5)]


def workbook(path: Path) -> tuple[Path, int]:
    """4月 and 5月 logs, 全体 (both again, Sheet names that say nothing), a pivot and a month summary."""
    wb = Workbook()
    head = ["日付", "時刻", "担当者", "会社名", "種別", "結果", "メモ"]
    april, may = _log(4), _log(5)
    for title, rows in (("4月", april), ("5月", may), ("Sheet3", april + may)):
        ws = wb.active if title == "4月" else wb.create_sheet(title)
        ws.title = title
        ws.append(head)
        for r in rows:
            ws.append(r)
    pivot = wb.create_sheet("Sheet4")
    pivot.append(["行ラベル", "データの個数 / 結果", "合計 / 架電"])
    for rep in REPS:
        pivot.append([rep, 50, 50])
    pivot.append(["総計", 150, 150])
    summary = wb.create_sheet("Sheet5")
    summary.append(["月", "担当者", "架電数", "通電数", "アポ数"])
    for m in (4, 5):
        for rep in REPS:
            summary.append([datetime(2025, m, 1), rep, 50, 20, 10])
    wb.save(path)
    return path, len(april) + len(may)


def test_a_copy_a_pivot_and_a_month_summary_are_not_ticked_and_say_why(store, tmp_path: Path) -> None:
    path, calls = workbook(tmp_path / "架電管理.xlsx")
    preview = preview_file(store, path)
    ticked = [p.sheet for p in preview.plans if p.selected and p.layout]
    assert ticked == ["4月", "5月"]
    assert preview.derived["Sheet3"] == ("repeats", ["4月", "5月"])
    assert preview.derived["Sheet5"] == ("summary", [])  # read as daily counts, it would add 300 calls on 4/1 and 5/1
    assert next(p for p in preview.plans if p.sheet == "Sheet4").layout is None  # the pivot: nothing to read anyway
    store_preview(store, preview)
    totals = store.totals(date(2025, 4, 1), date(2025, 5, 31))
    assert (totals["calls"], totals["connects"], totals["appointments"]) == (calls, calls * 2 // 5, calls // 5)


def test_a_users_own_ticks_stay(store, tmp_path: Path) -> None:
    path, _ = workbook(tmp_path / "架電管理.xlsx")
    plans = preview_file(store, path).plans
    for p in plans:
        p.selected = p.sheet == "Sheet3" and p.layout is not None
    again = preview_file(store, path, plans)
    assert [p.sheet for p in again.plans if p.selected] == ["Sheet3"] and again.derived == {}


def test_content_kinds() -> None:
    assert content_kind([["行ラベル", "合計 / 架電数"], ["山田", 3]], 0, ["行ラベル", "合計 / 架電数"]) == "pivot"
    assert content_kind([["Row Labels", "Sum of Calls"], ["Grand Total", 9]], 0) == "pivot"
    assert content_kind([["月", "架電数"], ["4月", 120], ["5月", 98]], 0) == "summary"
    assert content_kind([["担当", "架電数"], ["合計", 120], ["小計", 98], ["平均", 3]], 0) == "summary"
    days = [[datetime(2025, 4, d), 10] for d in (1, 2, 3)]
    assert content_kind([["日付", "架電数"], *days], 0) is None  # a daily sheet: one row per day
    assert content_kind([["月", "架電数"], [datetime(2025, 4, 1), 10]], 0) is None  # one month: no call


def test_a_plain_import_leaves_out_the_summary_with_a_line_saying_why(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`kpidesk import FILE` (no preview): the month summary would add 300 calls on 4/1 and 5/1."""
    path, calls = workbook(tmp_path / "架電管理.xlsx")
    db = tmp_path / "db.sqlite3"
    assert main(["--lang", "ja", "import", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    said = [line.strip() for line in out.splitlines() if "取り込みませんでした" in line]
    assert said == ["シート 'Sheet5' は月別・合計の集計表 (1日1行の表ではありません) なので取り込みませんでした"]
    store = Store.open(db)
    try:
        totals = store.totals(date(2025, 4, 1), date(2025, 5, 31))
        assert (totals["calls"], totals["connects"], totals["appointments"]) == (calls, calls * 2 // 5, calls // 5)
    finally:
        store.close()


def test_a_file_that_is_only_a_summary_is_still_imported(store, tmp_path: Path) -> None:  # noqa: ANN001
    """A team's only sheet may be a monthly table: then it is what there is."""
    wb = Workbook()
    wb.active.append(["月", "担当者", "架電数", "通電数", "アポ数"])
    for m in (4, 5):
        for rep in REPS:
            wb.active.append([datetime(2025, m, 1), rep, 50, 20, 10])
    wb.save(tmp_path / "月次.xlsx")
    report = import_path(store, tmp_path / "月次.xlsx")
    assert report.derived == {}
    assert store.totals(date(2025, 4, 1), date(2025, 5, 31))["calls"] == 300
