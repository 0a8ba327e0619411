"""Child process that reads a workbook with python-calamine and streams rows to its parent.

Run as a script (not imported by the app): it limits its own memory first, so a reader that
aborts or runs away takes down only this process. Protocol on stdin: one pickled request
dict; on stdout: frames of an 8-byte big-endian length plus a pickled tuple.
"""

from __future__ import annotations

import datetime
import pickle
import struct
import sys

CHUNK_ROWS = 5000


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


def _clean(rows: list[list], width: int | None) -> list[list]:
    """'' → None, whole floats → int, durations → time; one pass over the cells."""
    out = []
    for row in rows:
        if width is not None and len(row) > width:
            row = row[:width]
        out.append([None if v == "" else (int(v) if v.__class__ is float and v.is_integer()
                                           and abs(v) < 1e15 else v) for v in row])
    for row in out:
        for i, v in enumerate(row):
            if v.__class__ is datetime.timedelta:
                row[i] = _duration(v)
    return out


def _duration(value: datetime.timedelta) -> object:
    seconds = value.total_seconds()
    if 0 <= seconds < 86400:
        return (datetime.datetime.min + value).time()
    return seconds / 86400


def _read_sheets(out, workbook, request: dict) -> None:
    for name, max_rows, max_cols in request["sheets"]:
        sheet = workbook.get_sheet_by_name(name)
        end = sheet.end
        if end is not None and (end[0] + 1) * (end[1] + 1) > request["max_cells"]:
            _send(out, ("error", "too_many_cells", f"{name}: {end[0] + 1}x{end[1] + 1}"))
            return
        rows = sheet.to_python(skip_empty_area=False, nrows=max_rows) if end is not None else []
        _send(out, ("sheet", name, len(rows)))
        for start in range(0, len(rows), CHUNK_ROWS):
            _send(out, ("rows", _clean(rows[start:start + CHUNK_ROWS], max_cols)))
        del rows


def _error_code(error: Exception) -> str:
    kind = type(error).__name__
    return {"PasswordError": "encrypted", "ZipError": "corrupt", "XmlError": "corrupt",
            "MemoryError": "too_large", "WorksheetNotFound": "unreadable"}.get(kind, "unreadable")


def main() -> None:
    out = sys.stdout.buffer
    request = pickle.load(sys.stdin.buffer)
    _limit_memory(request["memory"])
    try:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(request["path"])
        if request["op"] == "names":
            visible = [m.name for m in workbook.sheets_metadata]
            _send(out, ("names", visible))
        else:
            _read_sheets(out, workbook, request)
    except Exception as error:  # noqa: BLE001 - every reader failure becomes a message
        _send(out, ("error", _error_code(error), f"{type(error).__name__}: {error}"[:500]))
        return
    _send(out, ("done",))


if __name__ == "__main__":
    main()
