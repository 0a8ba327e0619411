"""Builders for real tracker files (and hostile ones) in tmp_path."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import openpyxl

REPS = ["山田 太郎", "髙橋 花子", "佐藤 次郎"]
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def daily_tracker(path: Path, *, date1904: bool = False) -> Path:
    """A 架電 tracker as teams keep it: title block, blank row, two-row merged header, totals."""
    wb = openpyxl.Workbook()
    if date1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "4月"
    ws["A1"] = "2025年4月 架電実績"
    ws["A2"] = "更新日"
    ws["B2"] = date(2025, 4, 30)
    ws.append([])  # row 3 stays blank
    ws.append(["日付", "担当者", "活動", None, "受注金額(千円)"])   # row 4
    ws.merge_cells("C4:D4")
    ws.append([None, None, "架電数", "アポ数", None])              # row 5
    for day in (1, 2, 3):
        for rep_index, rep in enumerate(REPS):
            ws.append([date(2025, 4, day), rep, 10 * day + rep_index, day % 2, 1200 if day == 2 else None])
    ws.append(["合計", None, "=SUM(C6:C14)", "=SUM(D6:D14)", "=SUM(E6:E14)"])  # row 15
    memo = wb.create_sheet("注意事項")
    memo["A1"] = "このシートには入力しないでください"
    hidden = wb.create_sheet("work")
    hidden.sheet_state = "hidden"
    hidden.append(["x", "y"])
    hidden.append([1, 2])
    may = wb.create_sheet("5月")
    may.append(["日付", "担当者", "架電数", "時刻"])
    may.append([datetime(2025, 5, 1, 9, 30), "山田　太郎", 7, time(9, 30)])
    may.append(["5/2", "山田太郎", "８件", "14:05"])
    wb.save(path)
    return path


def edit_member(src: Path, dst: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """Copy a zip, rewriting one member's bytes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, change(data) if info.filename == member else data)
    return dst


def edit_sheet(src: Path, dst: Path, change: Callable[[bytes], bytes], sheet: int = 1) -> Path:
    return edit_member(src, dst, f"xl/worksheets/sheet{sheet}.xml", change)


def small_workbook(path: Path, rows: list[list[object]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    for row in rows or [["日付", "架電数"], [date(2025, 4, 1), 3]]:
        wb.active.append(row)
    wb.save(path)
    return path


def sparse_corner(src: Path, dst: Path) -> Path:
    """Values only in A1 and XFD1048576 (calamine aborts the process on this one)."""
    return edit_sheet(src, dst, lambda xml: xml.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'))


def declared_huge(src: Path, dst: Path) -> Path:
    """Declares A1:XFD1048576 and carries a million formatted empty cells' worth of rows."""
    empty_rows = b"".join(b'<row r="%d"><c r="XFD%d" s="0"/></row>' % (n, n)
                          for n in range(1000, 1100))
    return edit_sheet(src, dst, lambda xml: re.sub(
        rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', xml
    ).replace(b"</sheetData>", empty_rows + b"</sheetData>"))


def entity_bomb(src: Path, dst: Path) -> Path:
    """A billion-laughs DOCTYPE in the sheet XML."""
    doctype = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
               b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
               b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    return edit_sheet(src, dst, lambda xml: doctype + re.sub(rb"^<\?xml[^>]*\?>", b"", xml).replace(
        b"</sheetData>", b'<row r="50"><c r="A50" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
                         b"</sheetData>"))


def zip_bomb(src: Path, dst: Path, megabytes: int = 200) -> Path:
    """A real workbook plus a highly compressible member of `megabytes` MB, written streaming."""
    shutil.copy(src, dst)
    block = b"0" * (1 << 20)
    with zipfile.ZipFile(dst, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("xl/media/padding.bin", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(block)
    return dst


def encrypted_ole(path: Path) -> Path:
    """The shape of a password-protected .xlsx: an OLE2 file holding EncryptionInfo/EncryptedPackage."""
    header = OLE_MAGIC + bytes(504)
    directory = bytearray(512)
    for slot, name in enumerate(("Root Entry", "EncryptionInfo", "EncryptedPackage")):
        raw = name.encode("utf-16-le") + b"\x00\x00"
        directory[slot * 128: slot * 128 + len(raw)] = raw
    path.write_bytes(header + bytes(directory) + bytes(1024))
    return path


def convert(src: Path, fmt: str, outdir: Path) -> Path | None:
    """Convert with LibreOffice when it is installed (xls and ods cannot be written from Python)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{outdir}/lo",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=False, capture_output=True, timeout=120)
    out = outdir / f"{src.stem}.{fmt}"
    return out if out.exists() else None


def minimal_ods(path: Path, rows: list[list[str]], name: str = "架電") -> Path:
    """A hand-written ODS (content.xml with strings only)."""
    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{name}">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def many_rows(src: Path, dst: Path, count: int, width: int = 10) -> Path:
    """`count` rows of numbers and shared-nothing inline text, written straight into the sheet XML."""
    def row(n: int) -> bytes:
        cells = [b'<c r="A%d"><v>%d</v></c>' % (n, n),
                 b'<c r="B%d" t="inlineStr"><is><t>%s%d</t></is></c>' % (n, "株式会社テスト".encode(), n)]
        cells += [b'<c r="%s%d"><v>%d.5</v></c>' % (bytes([67 + i]), n, n) for i in range(width - 2)]
        return b'<row r="%d">%s</row>' % (n, b"".join(cells))
    body = b"<sheetData>" + b"".join(row(n) for n in range(1, count + 1)) + b"</sheetData>"
    return edit_sheet(src, dst, lambda xml: re.sub(rb"<sheetData>.*</sheetData>|<sheetData\s*/>", body,
                                                   xml, flags=re.S))


def formatted_empty_rows(src: Path, dst: Path, count: int) -> Path:
    """Rows formatted down the sheet (borders, colours) but holding nothing."""
    rows = b"".join(b'<row r="%d" s="1" customFormat="1"><c r="A%d" s="1"/><c r="B%d" s="1"/></row>'
                    % (n, n, n) for n in range(3, count + 3))
    return edit_sheet(src, dst, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>"))
