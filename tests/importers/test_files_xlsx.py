"""Reading real workbooks: every sheet, row numbers as Excel shows them, values typed, 1904 dates."""

from __future__ import annotations

import threading
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from desktop.importers.files import (ImportRefused, SheetData, Workbook, read_workbook, sheet_names,
                                     suggested_sheets)
from desktop.importers.values import parse_count, parse_date
from tests.importers.build import REPS, convert, daily_tracker, edit_sheet, minimal_ods


@pytest.fixture
def tracker(tmp_path: Path) -> Path:
    return daily_tracker(tmp_path / "架電実績.xlsx")


def test_every_sheet_in_workbook_order_with_hidden_flag(tracker: Path) -> None:
    book = read_workbook(tracker)
    assert isinstance(book, Workbook)
    assert (book.kind, book.date1904, book.encoding) == ("xlsx", False, None)
    assert [s.name for s in book.sheets] == ["4月", "注意事項", "work", "5月"]
    assert [s.hidden for s in book.sheets] == [False, False, True, False]
    assert sheet_names(tracker) == ["4月", "注意事項", "work", "5月"]


def test_row_index_plus_one_is_the_excel_row(tracker: Path) -> None:
    rows = read_workbook(tracker, sheets=["4月"]).sheets[0].rows
    assert rows[0][0] == "2025年4月 架電実績"          # A1
    assert rows[1][:2] == ["更新日", date(2025, 4, 30)]  # A2:B2
    assert all(cell is None for cell in rows[2])      # blank row 3 kept
    assert rows[3] == ["日付", "担当者", "活動", None, "受注金額(千円)"]  # merged C4:D4 → value in C only
    assert read_workbook(tracker, sheets=["4月"]).sheets[0].merged == ((3, 2, 3, 3),)
    assert rows[4][2:4] == ["架電数", "アポ数"]
    assert rows[14][0] == "合計"                        # row 15
    assert len(rows) == 15


def test_cells_come_back_typed(tracker: Path) -> None:
    rows = read_workbook(tracker, sheets=["4月"]).sheets[0].rows
    first = rows[5]
    assert first == [date(2025, 4, 1), "山田 太郎", 10, 1, None]
    assert type(first[2]) is int  # whole numbers are ints, not 10.0
    calls = sum(row[2] for row in rows[5:14])
    assert calls == 10 + 11 + 12 + 20 + 21 + 22 + 30 + 31 + 32
    may = read_workbook(tracker, sheets=["5月"]).sheets[0].rows
    assert may[1] == [datetime(2025, 5, 1, 9, 30), "山田\u3000太郎", 7, time(9, 30)]
    assert [parse_date(may[2][0], year_hint=2025), parse_count(may[2][2])] == [date(2025, 5, 2), 8]


def test_formulas_read_as_their_cached_values(tmp_path: Path, tracker: Path) -> None:
    cached = edit_sheet(tracker, tmp_path / "cached.xlsx", lambda xml: xml.replace(
        b"<f>SUM(C6:C14)</f><v />", b"<f>SUM(C6:C14)</f><v>189</v>").replace(
        b"<f>SUM(C6:C14)</f><v></v>", b"<f>SUM(C6:C14)</f><v>189</v>"))
    total_row = read_workbook(cached, sheets=["4月"]).sheets[0].rows[14]
    assert total_row[:3] == ["合計", None, 189]
    assert total_row[3] is None  # a formula Excel never calculated has no value


def test_sheet_selection_keeps_the_requested_order(tracker: Path) -> None:
    book = read_workbook(tracker, sheets=["5月", "4月"])
    assert [s.name for s in book.sheets] == ["5月", "4月"]
    with pytest.raises(ImportRefused) as refused:
        read_workbook(tracker, sheets=["6月"])
    assert refused.value.code == "sheet_not_found" and "6月" in refused.value.detail


def test_suggested_sheets_skip_notes_hidden_and_empty(tmp_path: Path, tracker: Path) -> None:
    assert suggested_sheets(read_workbook(tracker)) == ["4月", "5月"]
    assert suggested_sheets(["4月", "注意事項", "メモ", "使い方", "ピボット", "Pivot1", "集計", "5月"]) == [
        "4月", "5月"]
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.create_sheet("説明")["A1"] = "入力方法"
    wb["説明"]["A2"] = "日付は 2025/4/1 の形式で"
    path = tmp_path / "only_notes.xlsx"
    wb.save(path)
    book = read_workbook(path)
    assert book.sheets[0] == SheetData("Sheet1", [], False, ())
    assert suggested_sheets(book) == ["説明"]  # nothing else holds data: offer what there is


def test_1904_date_system(tmp_path: Path) -> None:
    path = daily_tracker(tmp_path / "mac.xlsx", date1904=True)
    wb = openpyxl.load_workbook(path)
    wb["5月"]["E2"] = 44288  # a date typed as a plain number: serial in the 1904 system
    wb.save(path)
    book = read_workbook(path)
    assert book.date1904 is True
    assert book.sheets[0].rows[5][0] == date(2025, 4, 1)
    serial = book.sheets[3].rows[1][4]
    assert parse_date(serial, date1904=book.date1904) == date(2025, 4, 3)
    assert parse_date(serial) == date(2021, 4, 2)  # 1462 days off: why the flag matters


def test_progress_reaches_the_total_and_cancel_refuses(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for n in range(12_000):
        wb.active.append([date(2025, 4, 1), REPS[n % 3], n])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    seen: list[tuple[int, int]] = []
    book = read_workbook(path, on_progress=lambda done, total: seen.append((done, total)))
    assert len(book.sheets[0].rows) == 12_000 and book.sheets[0].rows[-1][2] == 11_999
    assert len(seen) >= 3 and seen[-1] == (12_000, 12_000)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path, cancel=cancel)
    assert refused.value.code == "cancelled"


def test_xlsm_reads_like_xlsx(tmp_path: Path, tracker: Path) -> None:
    macro = tmp_path / "tracker.xlsm"
    macro.write_bytes(tracker.read_bytes())
    book = read_workbook(macro)
    assert book.kind == "xlsm" and book.sheets[0].rows[5][1] == "山田 太郎"


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | None]:
    folder = tmp_path_factory.mktemp("lo")
    source = daily_tracker(folder / "tracker.xlsx")
    return {fmt: convert(source, fmt, folder) for fmt in ("xls", "ods")}


@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_xls_and_ods_written_by_an_office_suite(converted: dict, fmt: str) -> None:
    path = converted[fmt]
    if path is None:
        pytest.skip("LibreOffice is not installed to write .xls/.ods")
    book = read_workbook(path)
    assert book.kind == fmt
    assert "4月" in sheet_names(path) and "5月" in sheet_names(path)
    rows = book.sheets[0].rows
    assert rows[0][0] == "2025年4月 架電実績" and rows[3][:2] == ["日付", "担当者"]
    assert book.sheets[0].merged == (((3, 2, 3, 3),) if fmt == "xls" else ())
    assert [s.name for s in book.sheets if s.hidden] == ["work"]
    assert suggested_sheets(book) == ["4月", "5月"]
    assert [s.name for s in read_workbook(path, sheets=["5月"]).sheets] == ["5月"]
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path, sheets=["6月"])
    assert refused.value.code == "sheet_not_found"
    assert rows[5][:4] == [date(2025, 4, 1), "山田 太郎", 10, 1] or (
        parse_date(rows[5][0]) == date(2025, 4, 1) and rows[5][1:4] == ["山田 太郎", 10, 1])


def test_hand_written_ods(tmp_path: Path) -> None:
    path = minimal_ods(tmp_path / "calls.ods", [["日付", "担当者", "架電数"], ["2025/4/1", "髙橋", "12"]])
    book = read_workbook(path)
    assert book.kind == "ods" and sheet_names(path) == ["架電"]
    assert book.sheets[0].rows == [["日付", "担当者", "架電数"], ["2025/4/1", "髙橋", "12"]]


def test_strict_open_xml_workbook(tmp_path: Path) -> None:
    """Excel's "Strict Open XML Spreadsheet" uses other namespaces for the same parts."""
    source = daily_tracker(tmp_path / "transitional.xlsx", date1904=True)
    strict = tmp_path / "strict.xlsx"
    swaps = [(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
              b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships")]
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(strict, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            for old, new in swaps if info.filename.startswith("xl/") else ():
                data = data.replace(old, new)
            zout.writestr(info, data)
    book = read_workbook(strict)
    assert [s.name for s in book.sheets] == ["4月", "注意事項", "work", "5月"] and book.date1904
    assert book.sheets[0].rows[5][:3] == [date(2025, 4, 1), "山田 太郎", 10]


def test_true_used_range_ignores_formatting(tmp_path: Path) -> None:
    from desktop.importers import xlsx

    wb = openpyxl.Workbook()
    wb.active["AB5"] = "右端"
    wb.active["C9"] = 0
    wb.active["XFD20"].fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")  # formatted only
    wb.active["A30"].border = openpyxl.styles.Border(top=openpyxl.styles.Side("thin"))
    path = tmp_path / "edge.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        assert xlsx.scan_extent(path, archive, "xl/worksheets/sheet1.xml") == xlsx.Extent(9, 28)
    rows = read_workbook(path).sheets[0].rows
    assert len(rows) == 9 and len(rows[0]) == 28 and rows[4][27] == "右端" and rows[8][2] == 0
