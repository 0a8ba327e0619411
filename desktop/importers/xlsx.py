"""What an .xlsx holds, read from its XML without a reader: sheets, 1904 dates, true used ranges."""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from desktop.importers.errors import ImportRefused
from desktop.importers.safety import read_member

SMALL_XML = 16 * 1024**2
_CHUNK = 1 << 20
_HEAD = 64 * 1024
# A cell reference whose start tag is followed by a value, formula or inline string.
_WIDE_COL = re.compile(rb' r="([A-Z]{2,4})[0-9]{1,8}"[^>]*><(?:\w+:)?[vfi]')
_VALUE_ROW = re.compile(rb' r="[A-Z]{1,4}([0-9]{1,8})"[^>]*><(?:\w+:)?[vfi]')
_DANGER = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")


@dataclass(frozen=True)
class SheetEntry:
    """A worksheet in workbook order: its name, zip member and whether it is visible."""

    name: str
    member: str
    visible: bool


@dataclass(frozen=True)
class Extent:
    """The true used range of a sheet: rows up to the last cell with content, columns bounded."""

    rows: int
    cols: int


def _tree(path: Path, archive: zipfile.ZipFile, name: str):
    data = read_member(path, archive, name, SMALL_XML)
    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise ImportRefused("xml_attack", path, f"{name}: {type(error).__name__}") from None
    except ParseError as error:
        raise ImportRefused("corrupt", path, f"{name}: {error}") from None


def workbook_info(path: Path, archive: zipfile.ZipFile) -> tuple[list[SheetEntry], bool]:
    """Worksheets (chart sheets left out) and the date1904 flag from workbook.xml."""
    refuse_doctypes(path, archive)
    book = _tree(path, archive, "xl/workbook.xml")
    targets = _relationships(path, archive)
    date1904 = any(_local(el.tag) == "workbookPr" and el.get("date1904", "").lower() in ("1", "true")
                   for el in book.iter())
    entries = []
    for sheet in (el for el in book.iter() if _local(el.tag) == "sheet"):
        rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), "")
        member = targets.get(rid)
        if member is None or "worksheets/" not in member:
            continue
        state = sheet.get("state", "visible")
        entries.append(SheetEntry(sheet.get("name", ""), member, state == "visible"))
    return entries, date1904


def _local(tag: str) -> str:
    """An element or attribute name without its namespace (transitional and strict OOXML)."""
    return tag.rsplit("}", 1)[-1]


def _relationships(path: Path, archive: zipfile.ZipFile) -> dict[str, str]:
    rels = _tree(path, archive, "xl/_rels/workbook.xml.rels")
    targets = {}
    for rel in (el for el in rels.iter() if _local(el.tag) == "Relationship"):
        target = rel.get("Target", "")
        member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("xl", target))
        targets[rel.get("Id", "")] = member
    return targets


def refuse_doctypes(path: Path, archive: zipfile.ZipFile) -> None:
    """A DTD can only come before the root element: check the head of every XML member."""
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(info) as member:
                head = member.read(_HEAD)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as error:
            raise ImportRefused("corrupt", path, f"{info.filename}: {error}") from None
        if any(mark in head for mark in _DANGER):
            raise ImportRefused("xml_attack", path, f"{info.filename}: DOCTYPE or ENTITY")


def scan_extent(path: Path, archive: zipfile.ZipFile, member: str) -> Extent:
    """Stream a sheet's XML: refuse DTDs and entities, find the last row and column holding content."""
    max_row, max_col, carry, first = 0, 0, b"", True
    try:
        handle = archive.open(member)
    except KeyError:
        raise ImportRefused("corrupt", path, f"missing {member}") from None
    with handle:
        while True:
            try:
                chunk = handle.read(_CHUNK)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as error:
                raise ImportRefused("corrupt", path, f"{member}: {error}") from None
            if not chunk and not carry:
                break
            block = carry + chunk
            _check_markup(path, member, block, first)
            first = False
            cut = block.rfind(b"<") if chunk else len(block)
            cut = len(block) if cut <= 0 else cut
            max_row, max_col = _extent_of(block[:cut], max_row, max_col)
            carry = block[cut:] if chunk else b""
    return Extent(max_row, max_col)


def _check_markup(path: Path, member: str, block: bytes, first: bool) -> None:
    if b"<!" in block and any(mark in block for mark in _DANGER):  # one pass over the block, not four
        raise ImportRefused("xml_attack", path, f"{member}: DOCTYPE or ENTITY")
    if first and b"<?xml" in block[:100] and b"encoding" in block[:100] and b"UTF-16" in block[:100]:
        raise ImportRefused("unreadable", path, f"{member}: UTF-16 XML")


def _extent_of(block: bytes, max_row: int, max_col: int) -> tuple[int, int]:
    """Columns past Z exactly (up to Z as 26, a bound); the row from the block's last value cell.

    Rows come in order in a worksheet; one that does not can only make the sandboxed reader fail.
    """
    row = _last_row(block)
    if not row:
        return max_row, max_col
    letters = set(_WIDE_COL.findall(block))
    widest = column_number(max(letters, key=lambda col: (len(col), col)).decode()) if letters else 26
    return max(max_row, row), max(max_col, widest)


def _last_row(block: bytes) -> int:
    window = 4096
    while True:
        rows = _VALUE_ROW.findall(block, max(0, len(block) - window))
        if rows or window >= len(block):
            return int(rows[-1]) if rows else 0
        window *= 4


def column_number(letters: str) -> int:
    """A1-style column letters to a 1-based number: A → 1, Z → 26, AA → 27, XFD → 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number
