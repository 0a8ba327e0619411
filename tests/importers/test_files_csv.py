"""CSV and TSV as Japanese offices save them: the encoding is decoded, never guessed."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.importers.files import ImportRefused, read_workbook, sheet_names, suggested_sheets

ROWS = [["日付", "担当者", "架電数", "メモ"],
        ["2025/4/1", "髙橋 一郎", "12", "①初回"],
        ["2025/4/1", "山田 太郎", "", "折り返し、要連絡"],
        ["2025/4/2", "髙橋 一郎", "１,２００", ""]]


def _text(delimiter: str, rows: list[list[str]] = ROWS) -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if delimiter in value or "、" in value else value
    return "\r\n".join(delimiter.join(cell(v) for v in row) for row in rows) + "\r\n"


def _expected(rows: list[list[str]] = ROWS) -> list[list[object]]:
    return [[v if v else None for v in row] for row in rows]


@pytest.mark.parametrize(("encoding", "prefix", "reported"), [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("cp932", b"", "cp932"),
])
def test_encodings_in_fixed_order(tmp_path: Path, encoding: str, prefix: bytes, reported: str) -> None:
    path = tmp_path / "架電ログ.csv"
    path.write_bytes(prefix + _text(",").encode(encoding))
    book = read_workbook(path)
    assert (book.kind, book.encoding) == ("csv", reported)
    assert [s.name for s in book.sheets] == ["架電ログ"] == sheet_names(path)
    assert book.sheets[0].rows == _expected()
    assert "髙橋" in book.sheets[0].rows[1][1] and "郄" not in book.sheets[0].rows[1][1]
    assert read_workbook(path, sheets=["架電ログ"]).sheets == book.sheets
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path, sheets=["Sheet1"])
    assert refused.value.code == "sheet_not_found"


def test_excel_unicode_text_is_utf16_tab_separated(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(_text("\t").encode("utf-16"))  # BOM + UTF-16LE, as Excel saves "Unicode text"
    book = read_workbook(path)
    assert book.encoding == "utf-16"
    assert book.sheets[0].rows == _expected()


def test_utf16_without_bom_when_unmistakable(tmp_path: Path) -> None:
    """Without a BOM only mostly-ASCII UTF-16 (every other byte zero) is recognised, not guessed."""
    rows = [["Activity Date", "Assigned", "Subject", "Status"],
            ["2025-04-01", "Yamada Taro", "Call", "Completed"],
            ["2025-04-01", "髙橋 一郎", "Call", "Not reached"]]
    path = tmp_path / "salesforce.txt"
    path.write_bytes(_text("\t", rows).encode("utf-16-le"))
    book = read_workbook(path)
    assert book.encoding == "utf-16-le" and book.sheets[0].rows == rows


def test_utf16_big_endian_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "be.csv"
    path.write_bytes(codecs.BOM_UTF16_BE + _text(",").encode("utf-16-be"))
    assert read_workbook(path).sheets[0].rows == _expected()


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    rows = [["Date", "Owner", "Amount"], ["2025-04-01", "Smith, John", "1,200"], ["2025-04-02", "Lee", "300"]]
    path = tmp_path / "crm.csv"
    path.write_text(_text(delimiter, rows), encoding="utf-8")
    assert read_workbook(path).sheets[0].rows == rows


def test_excel_sep_hint_line_wins(tmp_path: Path) -> None:
    path = tmp_path / "eu.csv"
    path.write_text("sep=;\r\nName;Amount\r\nLee, Ann\r\nKim, Bo\r\n", encoding="utf-8")
    assert read_workbook(path).sheets[0].rows == [["sep=", None], ["Name", "Amount"],
                                                  ["Lee, Ann"], ["Kim, Bo"]]


def test_tsv_exported_under_an_xls_name_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "sfa_export.xls"
    path.write_bytes(_text("\t").encode("cp932"))
    book = read_workbook(path)
    assert (book.kind, book.encoding) == ("csv", "cp932")
    assert book.sheets[0].rows == _expected()


def test_blank_lines_are_kept_so_line_numbers_match(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("タイトル\r\n\r\n日付,件数\r\n2025/4/1,3\r\n", encoding="utf-8")
    rows = read_workbook(path).sheets[0].rows
    assert rows[0] == ["タイトル"] and rows[2] == ["日付", "件数"] and rows[3] == ["2025/4/1", "3"]
    assert rows[1] == []
    assert suggested_sheets(read_workbook(path)) == ["gaps"]


def test_bytes_that_are_no_known_encoding_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("名前,件数\r\n".encode("euc-jp") + b"\xff\xfe\xfd,1\r\n")
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path)
    assert refused.value.code == "unknown_encoding" and refused.value.path == path


def test_damaged_utf8_is_refused_not_read_as_cp932(tmp_path: Path) -> None:
    path = tmp_path / "damaged.csv"
    good = _text(",").encode("utf-8")
    cut = good.index("山田".encode()) + 1  # one byte of 山 lost: a broken sequence on line 3
    path.write_bytes(good[:cut] + good[cut + 1:])
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path)
    assert refused.value.code == "unknown_encoding" and "line 3" in refused.value.detail


def test_html_saved_as_csv_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_text("<html><body><table><tr><td>1</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path)
    assert refused.value.code == "not_spreadsheet"
