"""Values as trackers write them: dates, times, counts, money, marks, totals, names."""

from __future__ import annotations

import time as _time
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.importers.values import (excel_date, header_unit, is_empty, is_mark, is_total_label,
                                      name_key, parse_count, parse_date, parse_money, parse_time)

APRIL_3 = date(2025, 4, 3)
FULL_WIDTH = str.maketrans("0123456789/", "０１２３４５６７８９／")


@pytest.mark.parametrize("value", [
    45750, 45750.0, 45750.75, "45750", "２０２５／４／３", datetime(2025, 4, 3, 18), APRIL_3,
    "2025/4/3", "2025/04/03", "2025-04-03", "2025.4.3", "2025年4月3日", "2025年 4月 3日",
    "2025/4/3(木)", "2025/4/3（木）", "2025-04-03 10:15:00", "2025-04-03T10:15", "20250403",
    "R7.4.3", "R7/4/3", "r7.4.3", "Ｒ７．４．３", "令和7年4月3日", "令和７年４月３日", "4/3/2025",
    "Apr 3, 2025", "3 April 2025",
])
def test_dates_as_written(value: object) -> None:
    assert parse_date(value) == APRIL_3


@pytest.mark.parametrize(("text", "expected"), [
    ("令和元年5月1日", date(2019, 5, 1)), ("R1.5.1", date(2019, 5, 1)),
    ("H31.4.30", date(2019, 4, 30)), ("平成31年4月30日", date(2019, 4, 30)),
    ("S64.1.7", date(1989, 1, 7)),
])
def test_japanese_eras(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["4/3", "4月3日", "４／３", "4/3(木)", "4.3", "04-03"])
def test_month_day_needs_a_year_hint(text: str) -> None:
    assert parse_date(text) is None
    assert parse_date(text, year_hint=2025) == APRIL_3
    assert parse_date(text, year_hint=2026) == date(2026, 4, 3)


@pytest.mark.parametrize("value", [
    None, "", "－", "未定", "2025/13/1", "2025/2/30", "R7.2.30", "2/30", True, 60, 0, -5, 3e9,
    float("nan"), "12345678", "abc 2025/4/3", "45750x",
])
def test_not_dates(value: object) -> None:
    assert parse_date(value, year_hint=2025) is None


def test_serial_date_systems() -> None:
    assert excel_date(1) == date(1900, 1, 1)
    assert excel_date(59) == date(1900, 2, 28)
    assert excel_date(61) == date(1900, 3, 1)
    assert excel_date(0, date1904=True) == date(1904, 1, 1)
    assert parse_date(44288, date1904=True) == APRIL_3
    assert parse_date("44288", date1904=True) == APRIL_3


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_serial_round_trip(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == day
    assert parse_date(float(serial) + 0.5) == day
    if day >= date(1904, 1, 1):
        assert parse_date((day - date(1904, 1, 1)).days, date1904=True) == day


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
       st.sampled_from(["{y}/{m}/{d}", "{y}-{m:02d}-{d:02d}", "{y}年{m}月{d}日", "{y}.{m}.{d}",
                        "{m}/{d}/{y}"]),
       st.booleans())
def test_text_round_trip(day: date, pattern: str, wide: bool) -> None:
    text = pattern.format(y=day.year, m=day.month, d=day.day)
    assert parse_date(text.translate(FULL_WIDTH) if wide else text) == day


@given(st.dates(min_value=date(2019, 5, 1), max_value=date(2099, 12, 31)))
def test_reiwa_round_trip(day: date) -> None:
    era_year = day.year - 2018
    assert parse_date(f"R{era_year}.{day.month}.{day.day}") == day
    label = "元" if era_year == 1 else str(era_year)
    assert parse_date(f"令和{label}年{day.month}月{day.day}日") == day


@pytest.mark.skipif(not hasattr(_time, "tzset"), reason="needs time.tzset")
def test_crm_timestamps_with_a_zone_are_read_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    _time.tzset()
    try:
        assert parse_date("2025-04-02T23:15:00Z") == APRIL_3  # 08:15 in Tokyo
        assert parse_time("2025-04-02T23:15:00.000Z") == time(8, 15)
        assert parse_date("2025-04-03 08:15:00+09:00") == APRIL_3
        assert parse_date("2025-04-03T08:15:00+0900") == APRIL_3
    finally:
        monkeypatch.undo()
        _time.tzset()


@pytest.mark.parametrize(("value", "expected"), [
    ("9:30", time(9, 30)), ("09:30:15", time(9, 30, 15)), ("９：３０", time(9, 30)),
    ("14時30分", time(14, 30)), ("14時", time(14)), ("午後2時", time(14)), ("午前0時", time(0)),
    ("2:30 PM", time(14, 30)), ("12:05 AM", time(0, 5)), (0.5, time(12)), (0.75, time(18)),
    (time(9, 30), time(9, 30)), (datetime(2025, 4, 3, 9, 30), time(9, 30)),
    (timedelta(hours=9, minutes=30), time(9, 30)), ("2025/4/3 10:15", time(10, 15)),
])
def test_times(value: object, expected: time) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize("value", [None, "", "25:00", "9:75", 1.5, -0.1, "朝", True, "2025/4/3"])
def test_not_times(value: object) -> None:
    assert parse_time(value) is None


@pytest.mark.parametrize(("value", "expected"), [
    (12, 12), (12.0, 12), ("12", 12), ("１２", 12), ("1,234", 1234), ("１，２３４", 1234),
    ("12件", 12), ("3社", 3), ("5 回", 5), (" 7 ", 7), ("0", 0), ("12.0", 12),
])
def test_counts(value: object, expected: int) -> None:
    assert parse_count(value) == expected


@pytest.mark.parametrize("value", [
    None, "", "－", "—", "ー", "-", "N/A", "n/a", "#DIV/0!", "12.5", 12.5, -3, "-3", True, "abc",
    "十二", float("inf"),
])
def test_not_counts(value: object) -> None:
    assert parse_count(value) is None


@given(st.integers(min_value=0, max_value=10**12), st.booleans(), st.sampled_from(["", "件", "回"]))
def test_formatted_counts_round_trip(number: int, wide: bool, suffix: str) -> None:
    text = f"{number:,}{suffix}"
    if wide:
        text = text.translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    assert parse_count(text) == number
    assert parse_count(number) == number and parse_count(float(number)) == number


@pytest.mark.parametrize(("value", "unit", "expected"), [
    ("1,200,000円", 1, 1_200_000), ("120万円", 1, 1_200_000), ("¥1.2M", 1, 1_200_000),
    ("1.2百万", 1, 1_200_000), ("1.2百万円", 1, 1_200_000), ("１２０万", 1, 1_200_000),
    ("1億2千万円", 1, 120_000_000), ("△50,000", 1, -50_000), ("1,200", 1000, 1_200_000),
    (1200, 1000, 1_200_000), (120, 10_000, 1_200_000), (1.2, 1_000_000, 1_200_000),
    ("￥300,000", 1, 300_000), ("300k", 1, 300_000),
])
def test_money(value: object, unit: int, expected: int) -> None:
    assert parse_money(value, unit) == expected


@given(st.integers(min_value=-10**12, max_value=10**12), st.booleans())
def test_formatted_money_round_trip(amount: int, wide: bool) -> None:
    sign = "△" if amount < 0 else ""
    texts = [f"{sign}{abs(amount):,}円", f"{sign}¥{abs(amount):,}", f"{amount}"]
    if amount % 10_000 == 0:
        texts.append(f"{sign}{abs(amount) // 10_000}万円")
    for text in texts:
        written = text.translate(str.maketrans("0123456789,", "０１２３４５６７８９，")) if wide else text
        assert parse_money(written) == amount, written
    assert parse_money(abs(amount) // 1000, 1000) == abs(amount) // 1000 * 1000


@pytest.mark.parametrize("value", [None, "", "－", "N/A", "未定", "abc円", True])
def test_not_money(value: object) -> None:
    assert parse_money(value) is None


@pytest.mark.parametrize(("header", "unit"), [
    ("金額(千円)", 1000), ("受注金額（千円）", 1000), ("売上(万円)", 10_000), ("見込額（百万円）", 1_000_000),
    ("金額［千円］", 1000), ("金額（単位：千円）", 1000), ("金額 千円", 1000), ("金額", 1),
    ("金額(円)", 1), ("受注金額", 1), (None, 1), ("売上(億円)", 100_000_000),
])
def test_header_units(header: object, unit: int) -> None:
    assert header_unit(header) == unit


@pytest.mark.parametrize("value", ["〇", "○", "◯", "✓", "✔", "済", "済み", "レ", "有", "1", 1, "TRUE",
                                   "true", True, "ｙｅｓ"])
def test_marks(value: object) -> None:
    assert is_mark(value)


@pytest.mark.parametrize("value", ["×", "", None, 0, "0", False, "未", "無", "2", "-"])
def test_not_marks(value: object) -> None:
    assert not is_mark(value)


@pytest.mark.parametrize("value", [None, "", "  ", "　", "－", "—", "ー", "-", "N/A", "n/a", "#N/A"])
def test_empty(value: object) -> None:
    assert is_empty(value)


@pytest.mark.parametrize("value", [0, "0", "山田", 0.0, False])
def test_not_empty(value: object) -> None:
    assert not is_empty(value)


@pytest.mark.parametrize("label", ["合計", "合 計", "合　計", "小計", "総計", "計", "累計", "月計", "4月計",
                                   "４月 合計", "営業1課 小計", "合計(4月)", "Total", "TOTAL", "total:",
                                   "Subtotal", "Sub-total", "Grand Total", "Ｔｏｔａｌ"])
def test_total_labels(label: str) -> None:
    assert is_total_label(label)


@pytest.mark.parametrize("label", ["山田 太郎", "会計事務所", "山田設計", "TotalEnergies", "Summit",
                                   "計画", "架電数", "", None, 12])
def test_not_total_labels(label: object) -> None:
    assert not is_total_label(label)


def test_name_keys_ignore_spacing_and_width() -> None:
    keys = {name_key(n) for n in ["山田 太郎", "山田太郎", "山田　太郎", " 山田  太郎 ", "山田\t太郎"]}
    assert len(keys) == 1
    assert name_key("ﾔﾏﾀﾞ ﾀﾛｳ") == name_key("ヤマダタロウ")
    assert name_key("John Smith") == name_key("john  smith")
    assert name_key("髙橋") != name_key("高橋")  # different people's names stay different
    assert name_key(None) == ""
