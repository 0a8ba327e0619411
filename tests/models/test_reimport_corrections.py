"""Re-importing a tracker someone corrected in Excel: real workbooks, imported twice into a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from desktop.importers.session import import_path, preview_file

DAYS = [date(2025, 6, 2) + timedelta(days=n) for n in range(5)]  # Mon 2 … Fri 6 June 2025
REPS = ["山田 太郎", "佐藤 花子"]
LADDER = ["不在", "受付NG", "接続", "アポ"]  # each rep-day: 4 calls, 2 connects (接続, アポ), 1 appointment
COMPANIES = ["株式会社サクラテック", "アオバ物産株式会社", "ミドリ工業㈱", "ひかり商事株式会社"]


def _rows() -> list[list[object]]:
    return [[d.strftime("%Y/%m/%d"), f"{9 + n}:00", rep, COMPANIES[n], "電話", LADDER[n], ""]
            for d in DAYS for rep in REPS for n in range(4)]


def _save(path: Path, sheet: str, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["日付", "時刻", "担当者", "会社名", "種別", "結果", "メモ"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _june(store) -> dict[str, int]:  # noqa: ANN001 - Store
    t = store.totals(date(2025, 6, 1), date(2025, 6, 30))
    return {k: t[k] for k in ("calls", "connects", "appointments")}


def test_a_corrected_row_replaces_its_earlier_version_and_undo_puts_it_back(store, tmp_path: Path) -> None:
    rows = _rows()
    first = import_path(store, _save(tmp_path / "架電ログ_6月.xlsx", "6月", rows))
    assert (first.added, first.replaced) == (40, 0)
    assert _june(store) == {"calls": 40, "connects": 20, "appointments": 10}
    for i in (0, 4, 8):  # three 不在 were really 接続
        rows[i][5] = "接続"
    rows[3][5] = "受付NG"  # an アポ that was not
    rows[1][6], rows[2][6] = "再架電 6/10", "資料送付済み"  # notes added, results unchanged
    rows += [["2025/06/06", "17:00", "山田 太郎", "北斗システムズ株式会社", "電話", "不在", ""],
             ["2025/06/06", "17:30", "佐藤 花子", "東海メディカル株式会社", "電話", "不在", ""]]
    # renamed file and sheet: the key holds neither
    fixed = _save(tmp_path / "架電ログ_6月 (修正版).xlsx", "2025年6月", rows)
    preview = preview_file(store, fixed)
    assert dict(preview.changes["2025年6月"]) == {"added": 2, "replaced": 6, "unchanged": 34}
    dry = import_path(store, fixed, dry_run=True)
    assert (dry.added, dry.replaced, dry.skipped) == (2, 6, 34)
    assert _june(store) == {"calls": 40, "connects": 20, "appointments": 10}  # the preview stored nothing
    second = import_path(store, fixed)
    assert (second.added, second.replaced, second.skipped) == (2, 6, 34)  # 42 rows: 2 new, 6 corrected, 34 as stored
    assert _june(store) == {"calls": 42, "connects": 20 + 3 - 1, "appointments": 9}
    notes = {a.note for a in store.activities(range(1, 100))}
    assert {"再架電 6/10", "資料送付済み"} <= notes
    store.undo_import(second.batch_ids[0])
    assert _june(store) == {"calls": 40, "connects": 20, "appointments": 10}
    assert "再架電 6/10" not in {a.note for a in store.activities(range(1, 100))}
    again = import_path(store, tmp_path / "架電ログ_6月 (修正版).xlsx")
    assert (again.added, again.replaced) == (2, 6)
    third = import_path(store, tmp_path / "架電ログ_6月 (修正版).xlsx")  # the same file once more: nothing changes
    assert (third.added, third.replaced, third.skipped) == (0, 0, 42)
    assert _june(store) == {"calls": 42, "connects": 22, "appointments": 9}


def test_redo_of_an_undone_correction_applies_it_again(store, tmp_path: Path) -> None:
    rows = _rows()
    import_path(store, _save(tmp_path / "a.xlsx", "6月", rows))
    rows[0][5] = "アポ"  # 不在 → アポ: one more connect and appointment
    second = import_path(store, _save(tmp_path / "b.xlsx", "6月", rows))
    assert _june(store) == {"calls": 40, "connects": 21, "appointments": 11}
    removed = store.undo_import(second.batch_ids[0])
    assert _june(store) == {"calls": 40, "connects": 20, "appointments": 10}
    store.redo_import(removed)
    assert _june(store) == {"calls": 40, "connects": 21, "appointments": 11}


def test_the_preview_counts_are_what_the_import_then_does(store, tmp_path: Path) -> None:
    """Counts changed in a daily sheet and a deal moved on: the preview's added / replaced /
    unchanged equal the import's own numbers afterwards."""
    from tests.importers import trackers as t

    import_path(store, t.daily_counts(tmp_path / "日報.xlsx"))
    import_path(store, t.deals(tmp_path / "案件.xlsx"))
    again = t.daily_counts(tmp_path / "日報 (2).xlsx", april_calls_first=31)  # one day's 架電 25 → 31
    preview = preview_file(store, again)
    promised = (preview.change_count("added"), preview.change_count("replaced"), preview.change_count("unchanged"))
    got = import_path(store, again)
    assert promised[1] >= 1 and promised == (got.added, got.replaced, got.skipped - len(got.result.problems))
    same = preview_file(store, tmp_path / "案件.xlsx")
    assert same.change_count("added") == same.change_count("replaced") == 0 and same.change_count("unchanged") > 0
