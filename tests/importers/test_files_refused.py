"""Hostile and broken files are refused with a code naming the problem, never a crash or a hang."""

from __future__ import annotations

import os
import pickle
import re
import threading
import zipfile
from pathlib import Path

import pytest

from desktop.importers import child
from desktop.importers.files import ImportRefused, read_workbook, sheet_names
from tests.importers.build import (declared_huge, edit_member, encrypted_ole, entity_bomb,
                                   formatted_empty_rows,
                                   many_rows, minimal_ods, small_workbook, sparse_corner, zip_bomb)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return small_workbook(tmp_path / "good.xlsx")


def _refusal(path: Path, **kwargs: object) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path, **kwargs)
    assert refused.value.path == path
    assert path.name in str(refused.value)
    return refused.value


def test_csv_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "calls.xlsx"
    path.write_text("日付,件数\n2025/4/1,3\n", encoding="utf-8")
    refused = _refusal(path)
    assert refused.code == "wrong_extension"
    copy = pickle.loads(pickle.dumps(refused))  # crosses threads and processes intact
    assert (copy.code, copy.path, copy.detail, str(copy)) == (
        refused.code, refused.path, refused.detail, str(refused))


def test_html_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "web.xlsx"
    path.write_text("<!DOCTYPE html><html><table><tr><td>架電</td></tr></table></html>", encoding="utf-8")
    assert _refusal(path).code == "not_spreadsheet"
    path.rename(tmp_path / "web.xls")
    assert _refusal(tmp_path / "web.xls").code == "not_spreadsheet"


def test_xlsx_renamed_csv_and_other_zips(tmp_path: Path, good: Path) -> None:
    renamed = tmp_path / "data.csv"
    renamed.write_bytes(good.read_bytes())
    assert _refusal(renamed).code == "wrong_extension"
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert _refusal(docx).code == "not_spreadsheet"


def test_binary_garbage_and_empty_files(tmp_path: Path) -> None:
    junk = tmp_path / "photo.xlsx"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert _refusal(junk).code == "not_spreadsheet"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert _refusal(empty).code == "empty"
    assert _refusal(tmp_path / "missing.xlsx").code == "not_found"


def test_truncated_zip(tmp_path: Path, good: Path) -> None:
    data = good.read_bytes()
    for cut in (len(data) // 2, len(data) - 30):
        path = tmp_path / f"cut{cut}.xlsx"
        path.write_bytes(data[:cut])
        assert _refusal(path).code == "corrupt"


def test_corrupt_member_inside_a_valid_directory(tmp_path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    start = data.find(b"xl/worksheets/sheet1.xml") + 40  # into the compressed sheet data
    data[start:start + 64] = bytes(64)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    assert _refusal(path).code in ("corrupt", "unreadable")


def test_zip_bomb_is_refused_before_decompressing(tmp_path: Path, good: Path) -> None:
    path = zip_bomb(good, tmp_path / "bomb.xlsx", megabytes=200)
    assert path.stat().st_size < 2 * 1024 * 1024
    refused = _refusal(path)
    assert refused.code == "zip_bomb" and "padding.bin" in refused.detail


def test_entity_bomb_in_a_sheet(tmp_path: Path, good: Path) -> None:
    path = entity_bomb(good, tmp_path / "lol.xlsx")
    assert _refusal(path).code == "xml_attack"


def test_sparse_corner_workbook_never_reaches_the_reader(tmp_path: Path, good: Path) -> None:
    path = sparse_corner(good, tmp_path / "corner.xlsx")
    assert path.stat().st_size < 8 * 1024
    refused = _refusal(path)
    assert refused.code == "too_many_cells" and "1048576" in refused.detail


def test_reader_abort_in_the_child_becomes_reader_crashed(tmp_path: Path, good: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Even if the scan let it through, the calamine abort kills only the child process."""
    path = sparse_corner(good, tmp_path / "corner.xlsx")
    monkeypatch.setattr(child, "MAX_CELLS", 10**12)
    refused = _refusal(path)
    assert refused.code == "reader_crashed"
    assert "549755813888" in refused.detail  # the 512 GiB allocation calamine attempted, in the log
    assert os.getpid() and read_workbook(good).sheets[0].rows[1][1] == 3  # this process is fine


def test_declared_huge_range_is_read_to_its_true_extent(tmp_path: Path, good: Path) -> None:
    path = declared_huge(good, tmp_path / "declared.xlsx")
    rows = read_workbook(path).sheets[0].rows
    assert len(rows) == 2 and all(len(row) == 2 for row in rows)


def test_formatted_empty_rows_cost_nothing(tmp_path: Path, good: Path) -> None:
    path = formatted_empty_rows(good, tmp_path / "formatted.xlsx", 150_000)
    book = read_workbook(path)
    assert book.sheets[0].rows[1][1] == 3 and len(book.sheets[0].rows) == 2


def test_password_protected_xlsx(tmp_path: Path) -> None:
    path = encrypted_ole(tmp_path / "secret.xlsx")
    assert _refusal(path).code == "encrypted"
    with pytest.raises(ImportRefused) as refused:
        sheet_names(path)
    assert refused.value.code == "encrypted"


def test_timeout_kills_the_reader(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child, "TIMEOUT_SECONDS", 0.0)
    assert _refusal(good).code == "timeout"


def test_memory_limit_turns_into_a_refusal(tmp_path: Path, good: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = many_rows(good, tmp_path / "wide.xlsx", 60_000)
    assert len(read_workbook(path).sheets[0].rows) == 60_000  # fine with the normal limit
    monkeypatch.setattr(child, "MEMORY_LIMIT", 40 * 1024**2)
    assert _refusal(path).code in ("reader_crashed", "too_large")


@pytest.mark.parametrize("member", ["xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml"])
def test_external_entity_in_any_xml_part(tmp_path: Path, good: Path, member: str) -> None:
    xxe = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    path = edit_member(good, tmp_path / "xxe.xlsx", member,
                       lambda xml: xxe + re.sub(rb"^<\?xml[^>]*\?>", b"", xml))
    assert _refusal(path).code == "xml_attack"
    with pytest.raises(ImportRefused) as refused:
        sheet_names(path)
    assert refused.value.code == "xml_attack"


def test_entity_in_an_ods(tmp_path: Path) -> None:
    path = minimal_ods(tmp_path / "calls.ods", [["&lol;"]])
    bomb = edit_member(path, tmp_path / "bomb.ods", "content.xml", lambda xml: xml.replace(
        b"?>", b'?><!DOCTYPE d [<!ENTITY lol "lol">]>', 1))
    assert _refusal(bomb).code == "xml_attack"


def test_binary_workbook_is_named(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    refused = _refusal(path)
    assert refused.code == "not_spreadsheet" and "xlsb" in refused.detail


def test_oversized_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.importers import delimited

    path = tmp_path / "huge.csv"
    path.write_text("日付,件数\n" + "2025/4/1,3\n" * 1000, encoding="utf-8")
    monkeypatch.setattr(delimited, "MAX_BYTES", 1000)
    assert _refusal(path).code == "too_large"


def test_cancel_mid_read_stops_the_reader(tmp_path: Path, good: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = many_rows(good, tmp_path / "long.xlsx", 30_000)
    started: list[child.ChildRead] = []
    original = child.ChildRead.__init__

    def record(self: child.ChildRead, *args: object) -> None:
        original(self, *args)
        started.append(self)

    monkeypatch.setattr(child.ChildRead, "__init__", record)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        cancel.set()  # the user presses Cancel after the first chunk

    assert _refusal(path, on_progress=progress, cancel=cancel).code == "cancelled"
    assert seen and seen[-1] < 30_000
    assert len(started) == 1 and started[0].proc.returncode is not None  # killed and reaped


def test_reader_that_cannot_start(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child.sys, "executable", str(tmp_path / "no-python"))
    refused = _refusal(good)
    assert refused.code == "reader_crashed" and "cannot start" in refused.detail
