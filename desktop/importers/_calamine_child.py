"""Child process that reads a workbook with python-calamine and streams rows to its parent.

Run as a script (not imported by the app): it limits its own memory first, so a reader that
aborts or runs away takes down only this process. Protocol on stdin: one pickled request
dict; on stdout: frames of an 8-byte big-endian length plus a pickled tuple.
"""

from __future__ import annotations

import datetime
import itertools
import os
import pickle
import struct
import sys

def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _send(out, message: tuple) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(struct.pack(">Q", len(data)))
    out.write(data)
    out.flush()


def _clean(rows: list[list], memo: dict) -> list[list]:
    """'' → None, whole floats → int, equal texts and dates shared within the chunk (pickled once)."""
    get = memo.setdefault
    before = len(memo)
    out = [[None if v == "" else (
        (int(v) if v.is_integer() and -1e15 < v < 1e15 else v) if v.__class__ is float
        else (v if v.__class__ is bool else get(v, v))) for v in row] for row in rows]
    added = itertools.islice(reversed(memo), len(memo) - before)
    if any(key.__class__ is datetime.timedelta for key in added):
        out = [[_duration(v) if v.__class__ is datetime.timedelta else v for v in row] for row in out]
    return out


def _duration(value: datetime.timedelta) -> object:
    seconds = value.total_seconds()
    if 0 <= seconds < 86400:
        return (datetime.datetime.min + value).time()
    return seconds / 86400


def _read_sheets(out, workbook, names: list[str] | None, max_cells: int, chunk_rows: int) -> None:
    """("names", all sheet names), then per sheet ("sheet", name, rows, merged, hidden) and
    ("rows", chunk) messages. Rows are converted chunk by chunk as the parent takes them (the
    pipe blocks when it falls behind), so neither process holds a whole sheet of Python objects."""
    from python_calamine import SheetVisibleEnum

    hidden = {m.name for m in workbook.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
    _send(out, ("names", list(workbook.sheet_names)))
    for name in workbook.sheet_names if names is None else names:
        sheet = workbook.get_sheet_by_name(name)
        end = sheet.end
        if end is not None and (end[0] + 1) * (end[1] + 1) > max_cells:
            _send(out, ("error", "too_many_cells", f"{name}: {end[0] + 1} rows x {end[1] + 1} columns"))
            return
        merged = tuple((a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or ()))
        _send(out, ("sheet", name, 0 if end is None else end[0] + 1, merged, name in hidden))
        if end is None:
            continue
        pad = [None] * sheet.start[1]  # iter_rows starts at row 0 but at the first used column
        rows = sheet.iter_rows()
        while chunk := list(itertools.islice(rows, chunk_rows)):
            cleaned = _clean(chunk, {})
            _send(out, ("rows", [pad + row for row in cleaned] if pad else cleaned))


def _error_code(error: Exception) -> str:
    kind = type(error).__name__
    return {"PasswordError": "encrypted", "ZipError": "corrupt", "XmlError": "corrupt",
            "MemoryError": "too_large", "WorksheetNotFound": "sheet_not_found"}.get(kind, "unreadable")


def main() -> None:
    """Limit memory, read the request, answer with frames; every failure becomes a message."""
    out = os.fdopen(os.dup(1), "wb")  # frames only: anything else printed goes to stderr
    os.dup2(2, 1)
    request = pickle.load(sys.stdin.buffer)
    _limit_memory(request["memory"])
    try:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(request["path"])
        if request["op"] == "names":
            visible = [m.name for m in workbook.sheets_metadata]
            _send(out, ("names", visible))
        else:
            _read_sheets(out, workbook, request["sheets"], request["max_cells"], request["chunk_rows"])
    except Exception as error:  # noqa: BLE001 - every reader failure becomes a message
        _send(out, ("error", _error_code(error), f"{type(error).__name__}: {error}"[:500]))
        return
    _send(out, ("done",))


if __name__ == "__main__":
    main()
