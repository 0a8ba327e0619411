"""Several tables on one sheet: side by side (a blank column between) and one under another (blank
rows, a title, a new header): each is recognised and imported, with its own name and row numbers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.importers.blocks import Body, Rows, real_sheets
from desktop.importers.session import import_path, preview_file

REPS = ["山田 太郎", "佐藤 花子"]


def _days(month: int) -> list[date]:
    """The first seven business days of the month."""
    first = date(2025, month, 1)
    return [d for d in (first + timedelta(days=i) for i in range(12)) if d.weekday() < 5][:7]


def workbook(path: Path) -> tuple[Path, dict[int, int]]:
    """April and May daily counts side by side (columns A–D, F–I; rows 1–15), two blank rows, a
    title (row 18) and June's call log (header in row 19)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "実績"
    calls: dict[int, int] = {4: 0, 5: 0, 6: 0}
    april = [[d, rep, 10 + i, 3] for d in _days(4) for i, rep in enumerate(REPS)]
    may = [[d, rep, 20 + i, 5] for d in _days(5) for i, rep in enumerate(REPS)]
    calls[4], calls[5] = sum(r[2] for r in april), sum(r[2] for r in may)
    head = ["日付", "担当者", "架電数", "通電数"]
    ws.append([*head, None, *head])
    for a, m in zip(april, may):
        ws.append([*a, None, *m])
    ws.append([])
    ws.append([])
    ws.append(["2025年6月 架電ログ"])
    ws.append(["日付", "担当者", "会社名", "結果"])
    june = [[d, rep, f"株式会社テスト{i}{n}", "不在"] for d in _days(6) for i, rep in enumerate(REPS) for n in range(3)]
    for r in june:
        ws.append(r)
    calls[6] = len(june)
    wb.save(path)
    return path, calls


def test_each_table_on_the_sheet_is_recognised_and_imported(store, tmp_path: Path) -> None:  # noqa: ANN001
    path, calls = workbook(tmp_path / "実績.xlsx")
    preview = preview_file(store, path)
    assert [(p.sheet, p.layout, p.header_row) for p in preview.plans] == [
        ("実績", "daily_counts", 1), ("実績 [表2]", "daily_counts", 1), ("実績 [表3]", "activity_log", 19)]
    assert all(p.selected for p in preview.plans)
    report = import_path(store, path)
    assert not report.nothing and report.result.problems == []
    for month, n in calls.items():
        assert store.totals(date(2025, month, 1), date(2025, month + 1, 1) - timedelta(days=1))["calls"] == n, month
    assert store.totals(date(2025, 4, 1), date(2025, 4, 30))["connects"] == 3 * len(_days(4)) * 2


def test_the_preview_stores_the_blocks_it_showed(store, tmp_path: Path) -> None:  # noqa: ANN001
    from desktop.importers.session import store_preview

    path, calls = workbook(tmp_path / "実績.xlsx")
    preview = preview_file(store, path)
    preview.plans[1].selected = False  # May's table unticked: only April and June are stored
    store_preview(store, preview)
    assert store.totals(date(2025, 4, 1), date(2025, 6, 30))["calls"] == calls[4] + calls[6]


def test_a_blank_row_inside_one_table_does_not_split_it(store, tmp_path: Path) -> None:  # noqa: ANN001
    wb = Workbook()
    ws = wb.active
    ws.append(["日付", "担当者", "会社名", "結果"])
    rows = 0
    for week in range(3):
        for d in range(5):
            ws.append([date(2025, 4, 1 + 7 * week + d), "山田 太郎", f"株式会社{week}{d}", "不在"])
            rows += 1
        ws.append([])
    wb.save(tmp_path / "log.xlsx")
    report = import_path(store, tmp_path / "log.xlsx")
    assert [p.sheet for p in report.plans] == ["Sheet"]
    assert store.totals(date(2025, 4, 1), date(2025, 4, 30))["calls"] == rows


@pytest.mark.parametrize(("names", "real"), [(["4月 [表2]", "4月", "5月"], ["4月", "5月"]), (None, None)])
def test_blocks_read_their_sheet(names: list[str] | None, real: list[str] | None) -> None:
    assert real_sheets(names) == real


def test_a_body_ends_before_the_next_header_and_hands_it_back() -> None:
    rows = [[i, "x"] for i in range(4)] + [[None, None], ["5月"], [None], ["日付", "担当者", "架電数"], [1, 2, 3]]
    src = Rows(rows)
    body = Body(src)
    assert len(list(body)) == 5 and body.more and src.taken == 5
    assert next(src) == ["5月"]  # the next table's title comes with it
