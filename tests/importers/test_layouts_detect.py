"""Header rows, column synonyms, layouts and sheet context, on rows as a reader hands them over."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.importers import layouts
from desktop.importers.headers import find_header, join_two_rows
from desktop.importers.mapping import match_header, metric_of_label
from desktop.importers.pipeline import plan_sheet


@pytest.mark.parametrize(("label", "field", "confidence"), [
    ("日付", "day", 1.0), ("架電日", "day", 1.0), ("Activity date", "day", 1.0), ("担当者", "member", 1.0),
    ("Assigned To", "member", 1.0), ("企業名", "company", 1.0), ("架電結果", "result", 1.0),
    ("Call outcome", "result", 1.0), ("コール数", "calls", 1.0), ("接続数", "connects", 1.0),
    ("アポ獲得数", "appointments", 1.0), ("受注金額（千円）", "revenue", 1.0), ("Opportunity Name", "title", 1.0),
    ("Close Date", "closed_day", 1.0), ("ステージ", "stage", 1.0), ("Ｏｗｎｅｒ", "member", 1.0),
    ("今月の架電数", "calls", 0.6),
])
def test_header_synonyms_with_confidence(label: str, field: str, confidence: float) -> None:
    m = match_header(label)
    assert m is not None and (m.field, m.confidence) == (field, confidence)


def test_unrelated_labels_map_to_nothing() -> None:
    assert match_header("No.") is None and match_header("") is None and match_header("合計") is None


def test_header_found_below_title_block_and_blank_rows() -> None:
    rows = [["2025年度 架電ログ"], ["更新日: 2025/05/31"], [], [None],
            ["日付", "担当者", "会社名", "結果", None, "※入力ルールは別シート"], ["2025/4/1", "山田", "A社", "不在"]]
    header = find_header(rows)
    assert header is not None and (header.row, header.two_rows) == (4, False)


def test_two_row_merged_header_is_joined() -> None:
    upper = ["会社名", "担当者", "1回目", None, "2回目", None, "備考"]
    lower = [None, None, "架電日", "結果", "架電日", "結果", None]
    assert join_two_rows(upper, lower) == ["会社名", "担当者", "1回目/架電日", "1回目/結果", "2回目/架電日",
                                           "2回目/結果", "備考"]
    header = find_header([["リスト"], upper, lower, ["A社", "山田", "4/1", "不在"]])
    assert header is not None and (header.row, header.two_rows) == (2, True)
    assert (match_header(header.labels[4]).field, match_header(header.labels[4]).group) == ("day", 2)


@pytest.mark.parametrize(("sheet", "expected"), [
    ("4月", (None, 4)), ("2025年4月", (2025, 4)), ("2025.04", (2025, 4)), ("２０２５年１０月", (2025, 10)),
    ("Apr 2025", (2025, 4)), ("架電ログ", (None, None)),
])
def test_month_from_sheet_name(sheet: str, expected: tuple) -> None:
    assert layouts.month_of(sheet) == expected


def test_fiscal_year_title_puts_january_in_the_next_year() -> None:
    assert layouts.year_of("2025年度 行動量管理表", month=1) == 2026
    assert layouts.year_of("2025年度 行動量管理表", month=4) == 2025
    assert layouts.year_of("令和7年 日報") == 2025


def test_sheet_name_as_rep_or_metric() -> None:
    assert layouts.person_of("山田") == "山田" and layouts.person_of("佐藤 花子") == "佐藤 花子"
    assert layouts.person_of("架電ログ") is None and layouts.person_of("4月") is None
    assert layouts.person_of("Sheet1") is None and layouts.person_of("メモ") is None
    assert metric_of_label("架電数") == "calls" and metric_of_label("アポ数") == "appointments"


def plan(rows: list[list[object]], sheet: str = "Sheet1") -> str | None:
    return plan_sheet(sheet, rows, "tracker.xlsx").layout


def test_layout_detection() -> None:
    assert plan([["日付", "担当者", "会社名", "結果"], ["4/1", "山田", "A社", "不在"]]) == layouts.ACTIVITY_LOG
    assert plan([["日付", "担当者", "架電数", "アポ数"], ["4/1", "山田", 30, 1]]) == layouts.DAILY_COUNTS
    assert plan([["担当者", "4/1", "4/2", "4/3", "合計"], ["山田", 1, 2, 3, 6]], "架電数") == layouts.WIDE_MATRIX
    assert plan([["指標", datetime(2025, 4, 1), date(2025, 4, 2), 45750.0]]) == layouts.WIDE_MATRIX
    assert plan([["案件名", "会社名", "担当", "フェーズ", "金額"], ["刷新", "A社", "山田", "提案", 100]]) == layouts.DEALS
    assert plan([["Activity Date", "Assigned To", "Call Outcome"], ["2025-06-01", "Ken", "connected"]]) == \
        layouts.CRM_ACTIVITY
    assert plan([["Opportunity Name", "Stage", "Amount", "Close Date", "Owner"]]) == layouts.CRM_DEALS
    assert plan([["このシートはメモです"], ["入力ルール"]]) is None
