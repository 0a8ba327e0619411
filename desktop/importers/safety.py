"""Checks before any reader sees a file: what the bytes really are, and whether a zip is sane."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from desktop.importers.errors import ImportRefused

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
MAX_FILE_BYTES = 300 * 1024**2
MAX_MEMBER_BYTES = 1024**3
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_RATIO = 200
RATIO_FLOOR = 16 * 1024**2
MAX_MEMBERS = 10_000
_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def container(path: Path) -> str:
    """'zip', 'ole', 'text' or 'binary' from the first bytes; refuse missing or empty files."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise ImportRefused("not_found", path) from None
    except OSError as error:
        raise ImportRefused("unreadable", path, str(error)) from None
    if size == 0:
        raise ImportRefused("empty", path)
    if size > MAX_FILE_BYTES:
        raise ImportRefused("too_large", path, f"{size} bytes")
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    return "binary" if _looks_binary(head) else "text"


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    sample = head[:1024]
    if sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without BOM still has a pattern
        return not (sample[1::2].count(b"\x00") > len(sample) // 3
                    or sample[0::2].count(b"\x00") > len(sample) // 3)
    return b"\x00" in sample


def looks_like_markup(head: str) -> bool:
    """HTML or XML saved under a spreadsheet name (web-page .xls, XML Spreadsheet 2003)."""
    start = head.lstrip("\ufeff \t\r\n").lower()[:200]
    return start.startswith(("<!doctype", "<html", "<?xml", "<table", "<head", "<body", "<meta"))


def ole_is_encrypted(path: Path) -> bool:
    """A password-protected .xlsx is an OLE2 file holding EncryptionInfo/EncryptedPackage."""
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            block = tail + chunk
            if any(name in block for name in _ENCRYPTION_STREAMS):
                return True
            tail = block[-64:]
    return False


def open_zip(path: Path) -> zipfile.ZipFile:
    """Open a zip after checking sizes and ratios from its directory (zip bombs, truncation)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as error:
        raise ImportRefused("corrupt", path, str(error)) from None
    try:
        check_zip(path, archive)
    except ImportRefused:
        archive.close()
        raise
    return archive


def check_zip(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse encrypted members, absurd member counts, sizes and compression ratios."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ImportRefused("zip_bomb", path, f"{len(infos)} members")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportRefused("encrypted", path, info.filename)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
            raise ImportRefused("zip_bomb", path, f"{info.filename}: {info.file_size} bytes")
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ImportRefused("zip_bomb", path, f"{info.filename}: ratio {ratio:.0f}")


def zip_kind(path: Path, archive: zipfile.ZipFile) -> str:
    """'xlsx' or 'ods' from the members; refuse other zips (docx, plain archives)."""
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        raise ImportRefused("not_spreadsheet", path, "binary workbook (.xlsb): save it as .xlsx")
    if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME:
        return "ods"
    raise ImportRefused("not_spreadsheet", path, "a zip without a workbook")


def read_member(path: Path, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A small member (workbook.xml, rels) read with a hard byte limit."""
    try:
        with archive.open(name) as member:
            data = member.read(limit + 1)
    except KeyError:
        raise ImportRefused("corrupt", path, f"missing {name}") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as error:
        raise ImportRefused("corrupt", path, f"{name}: {error}") from None
    if len(data) > limit:
        raise ImportRefused("too_large", path, name)
    return data
