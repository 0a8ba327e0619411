"""The one safe way every spreadsheet the app writes puts user text into a cell, and saves the file.

User text is always a string, never a formula ("=cmd|' /C calc'!A0" or "=HYPERLINK(…)" stays
text); characters XML 1.0 forbids (control characters, U+FFFE/U+FFFF, lone surrogates), with
which Excel refuses to open the workbook, are dropped; the file is written atomically with the
permissions the user's umask gives a new file.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models import errors
from desktop.reports.report_data import ReportError

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """User text without the characters an .xlsx cannot hold."""
    return _NOT_XML.sub("", value)


def put(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> Any:  # noqa: ANN401
    """Write one cell; strings are always text, even when they look like a formula. Returns the cell."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"  # openpyxl would otherwise store "=…" as a live formula
    else:
        cell.value = value
        if number_format and isinstance(value, (int, float)):
            cell.number_format = number_format
    return cell


def save_workbook(wb: Workbook, path: str | Path) -> Path:
    """Save atomically (a temp file beside it, then os.replace), as the umask says a new file should be.

    ReportError codes: no_folder, is_folder, file_locked (open in Excel), out_read_only, disk_full,
    write_failed.
    """
    target = Path(path)
    if target.is_dir():
        raise ReportError("is_folder", str(target))
    if not target.parent.is_dir():
        raise ReportError("no_folder", str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~kpidesk-", suffix=".xlsx", dir=target.parent)
    except OSError as exc:
        raise ReportError(_why(exc, "write_failed"), str(target), exc.strerror or str(exc)) from exc
    os.close(fd)
    try:
        with open(tmp, "wb") as fh:  # openpyxl left its ZipFile open on a full disk ("Exception ignored")
            fh.write(_as_bytes(wb))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp made it 0600
        os.replace(tmp, target)
    except OSError as exc:  # a PermissionError on the rename is Excel holding the file open
        fallback = "file_locked" if isinstance(exc, PermissionError) else "write_failed"
        raise ReportError(_why(exc, fallback), str(target), exc.strerror or str(exc)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _as_bytes(wb: Workbook) -> bytes:
    """The .xlsx in memory (a report is kilobytes): writing it to disk is then our own one write."""
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _why(exc: OSError, fallback: str) -> str:
    """A full disk and a read-only place are what they are, not "close it in Excel"."""
    code = errors.failure_code(exc)
    return {errors.DISK_FULL: "disk_full", errors.READ_ONLY: "out_read_only"}.get(code or "", fallback)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
