"""Spreadsheet and CSV files in, sheets of plain cell values out; hostile files refused politely.

Row index + 1 is the row number the user sees in Excel (blank rows are kept); a missing or
empty cell is None; rows may differ in length. CSV cells stay text; workbook cells are typed.

Before any reader sees a workbook: its first bytes, the zip directory (sizes, ratios) and every
XML part's head (no DTD) are checked (safety.py, xlsx.py). python-calamine then parses it in a
child process with memory and time limits (child.py) while this process scans each sheet's XML
for its true used range; an absurd range is refused and the child killed.
"""

from __future__ import annotations

import contextlib
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.importers import child, delimited, safety, xlsx
from desktop.importers.errors import ImportRefused

__all__ = ["ImportRefused", "SheetData", "Workbook", "read_workbook", "stream_workbook", "sheet_names",
           "suggested_sheets", "KINDS"]

ProgressFn = Callable[[int, int], None]
KINDS = {".xlsx": "xlsx", ".xlsm": "xlsm", ".xls": "xls", ".ods": "ods",
         ".csv": "csv", ".tsv": "csv", ".txt": "csv"}
_ZIP_KINDS = {"xlsx": ("xlsx", "xlsm"), "ods": ("ods",)}


@dataclass(frozen=True)
class SheetData:
    """One sheet: its name and rows of cell values (str/int/float/bool/date/datetime/time/None).

    `merged` lists merged ranges as zero-based inclusive (first_row, first_col, last_row,
    last_col); the value sits in the first cell only (xlsx and xls; none for ods and csv).
    """

    name: str
    rows: list[list[object]]
    hidden: bool = False
    merged: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True)
class Workbook:
    """A file read whole: kind is 'xlsx', 'xlsm', 'xls', 'ods' or 'csv'."""

    path: Path
    kind: str
    sheets: list[SheetData]
    date1904: bool
    encoding: str | None


@dataclass
class SheetStream:
    """One sheet as the reader delivers it: chunks of rows, taken once, in order.

    `total` is the row count the reader reported (for progress); rows and `merged` are as in
    SheetData. A sheet's chunks must be taken before the next sheet's (one pipe carries both).
    """

    name: str
    hidden: bool
    merged: tuple[tuple[int, int, int, int], ...]
    total: int
    chunks: Iterator[list[list[object]]]


@dataclass
class BookStream:
    """A file being read: its kind, every sheet name (for suggestions) and the chosen sheets' streams."""

    path: Path
    kind: str
    date1904: bool
    encoding: str | None
    names: list[str]
    sheets: Iterator[SheetStream]
    total_rows: int = 0  # from the XML scan (xlsx) or the text (csv); 0 (unknown) for xls and ods


@dataclass(frozen=True)
class _Source:
    path: Path
    kind: str
    box: str


def _ignore(done: int, total: int) -> None:
    """Default progress callback."""


def sheet_names(path: Path | str) -> list[str]:
    """Names of the sheets a file holds, in order (a CSV has one, named after the file)."""
    source = _identify(Path(path))
    if source.kind == "csv":
        return [source.path.stem]
    if source.kind in ("xlsx", "xlsm"):
        with safety.open_zip(source.path) as archive:
            return [entry.name for entry in xlsx.workbook_info(source.path, archive)[0]]
    _check_container(source)
    for message in child.run_child(source.path, {"op": "names"}):
        if message[0] == "names":
            return list(message[1])
    raise ImportRefused("unreadable", source.path, "no sheet names")


def read_workbook(path: Path | str, *, sheets: list[str] | None = None,
                  on_progress: ProgressFn = _ignore,
                  cancel: threading.Event | None = None) -> Workbook:
    """Read the chosen sheets (all by default) of a workbook or CSV whole; raise ImportRefused."""
    with stream_workbook(path, sheets=sheets, cancel=cancel) as book:
        read: list[SheetData] = []
        done, known = 0, book.total_rows
        for sheet in book.sheets:
            rows: list[list[object]] = []
            read.append(SheetData(sheet.name, rows, sheet.hidden, sheet.merged))
            known = known if book.total_rows else known + sheet.total
            for chunk in sheet.chunks:
                rows.extend(chunk)
                done += len(chunk)
                on_progress(done, max(known, done))
        return Workbook(book.path, book.kind, read, book.date1904, book.encoding)


@contextlib.contextmanager
def stream_workbook(path: Path | str, *, sheets: list[str] | None = None,
                    cancel: threading.Event | None = None) -> Iterator[BookStream]:
    """The chosen sheets (all by default) as streams of row chunks; raise ImportRefused.

    Workbooks are parsed by the sandboxed child (child.py); rows arrive while earlier chunks are
    being used, and the child waits when the consumer falls behind, so memory stays bounded."""
    source = _identify(Path(path))
    if source.kind == "csv":
        yield _csv_stream(source, sheets, cancel)
        return
    with contextlib.ExitStack() as stack:
        if source.kind in ("xlsx", "xlsm"):
            with safety.open_zip(source.path) as archive:
                entries, date1904 = xlsx.workbook_info(source.path, archive)
                chosen = _choose(source.path, entries, sheets)
                request = {"op": "read", "sheets": [entry.name for entry in chosen]}
                reader = stack.enter_context(child.ChildRead(source.path, request))
                total = _scan(source.path, archive, chosen, cancel)  # meanwhile the child parses
            box = _Messages(reader.messages(cancel))
            yield BookStream(source.path, source.kind, date1904, None, [e.name for e in entries],
                             _sheet_streams(box), total)
            return
        _check_container(source)
        reader = stack.enter_context(child.ChildRead(source.path, {"op": "read", "sheets": sheets}))
        box = _Messages(reader.messages(cancel))
        first = box.peek()
        names = list(box.take()[1]) if first is not _END and first[0] == "names" else []
        yield BookStream(source.path, source.kind, False, None, names, _sheet_streams(box))


def _csv_stream(source: _Source, sheets: list[str] | None, cancel: threading.Event | None) -> BookStream:
    book = _read_csv(source, cancel)
    name = book.sheets[0].name
    if sheets is not None:
        _choose(source.path, [xlsx.SheetEntry(name, "", True)], sheets)
    streams = [SheetStream(s.name, False, (), len(s.rows), iter([s.rows])) for s in book.sheets
               if sheets is None or s.name in sheets]
    return BookStream(source.path, "csv", False, book.encoding, [name], iter(streams),
                      sum(s.total for s in streams))


_END = ("end",)


class _Messages:
    """The child's messages with one message of look-ahead (where one sheet's rows end)."""

    def __init__(self, messages: Iterator[tuple]) -> None:
        self.messages, self.ahead = messages, None

    def peek(self) -> tuple:
        if self.ahead is None:
            self.ahead = next(self.messages, _END)
        return self.ahead

    def take(self) -> tuple:
        message, self.ahead = self.peek(), None
        return message


def _sheet_streams(box: _Messages) -> Iterator[SheetStream]:
    while (message := box.take()) is not _END:
        if message[0] != "sheet":
            continue
        chunks = _chunks(box)
        yield SheetStream(message[1], message[4], message[3], message[2], chunks)
        for _ in chunks:  # rows the consumer did not take
            pass


def _chunks(box: _Messages) -> Iterator[list[list[object]]]:
    while (message := box.peek()) is not _END and message[0] == "rows":
        box.take()
        yield message[1]


def _identify(path: Path) -> _Source:
    """The kind to read the file as, from its extension checked against its first bytes."""
    box = safety.container(path)
    named = KINDS.get(path.suffix.lower())
    if box == "binary":
        raise ImportRefused("not_spreadsheet", path, "binary data")
    if box == "text":
        if named in (None, "csv", "xls"):  # many systems export TSV/CSV named .xls
            return _Source(path, "csv", box)
        raise ImportRefused(_text_code(path), path, f"text saved as {path.suffix}")
    if box == "ole":
        if safety.ole_is_encrypted(path):
            raise ImportRefused("encrypted", path)
        if named in (None, "xls"):
            return _Source(path, "xls", box)
        raise ImportRefused("wrong_extension", path, f"an .xls saved as {path.suffix}")
    with safety.open_zip(path) as archive:
        real = safety.zip_kind(path, archive)
    if named is None:
        return _Source(path, real, box)
    if named not in _ZIP_KINDS[real]:
        raise ImportRefused("wrong_extension", path, f"an .{real} saved as {path.suffix}")
    return _Source(path, named, box)


def _text_code(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(2048).decode("utf-8", "replace")
    return "not_spreadsheet" if safety.looks_like_markup(head) else "wrong_extension"


def _check_container(source: _Source) -> None:
    """ODS: refuse DTDs and entities in its XML before the reader sees it."""
    if source.kind != "ods":
        return
    with safety.open_zip(source.path) as archive:
        xlsx.refuse_doctypes(source.path, archive)


def _read_csv(source: _Source, cancel: threading.Event | None) -> Workbook:
    if source.path.stat().st_size > delimited.MAX_BYTES:
        raise ImportRefused("too_large", source.path, f"{source.path.stat().st_size} bytes")
    if cancel is not None and cancel.is_set():
        raise ImportRefused("cancelled", source.path)
    rows, encoding = delimited.read_rows(source.path, source.path.read_bytes())
    return Workbook(source.path, "csv", [SheetData(source.path.stem, rows)], False, encoding)


def _scan(path: Path, archive, chosen: list[xlsx.SheetEntry], cancel: threading.Event | None) -> int:
    """Refuse DTDs and absurd true used ranges; the total row count, for progress."""
    total = 0
    for entry in chosen:
        if cancel is not None and cancel.is_set():
            raise ImportRefused("cancelled", path)
        extent = xlsx.scan_extent(path, archive, entry.member)
        if extent.rows * extent.cols > child.MAX_CELLS:
            raise ImportRefused("too_many_cells", path,
                                f"{entry.name}: {extent.rows} rows x {extent.cols} columns")
        total += extent.rows
    return total


def _choose(path: Path, entries: list[xlsx.SheetEntry],
            sheets: list[str] | None) -> list[xlsx.SheetEntry]:
    if sheets is None:
        return entries
    by_name = {entry.name: entry for entry in entries}
    missing = [name for name in sheets if name not in by_name]
    if missing:
        raise ImportRefused("sheet_not_found", path, ", ".join(missing))
    return [by_name[name] for name in sheets]


_SKIP_WORDS = ("注意事項", "注意", "メモ", "説明", "使い方", "使用方法", "ピボット", "pivot",
               "readme", "記入例", "入力例", "記入方法", "目次", "表紙", "マスタ", "master",
               "設定", "settings", "config", "グラフ", "chart", "集計", "サマリー", "summary",
               "ダッシュボード", "dashboard", "テンプレート", "template", "雛形", "ひな形", "notes")


def _skip_name(name: str) -> bool:
    key = unicodedata.normalize("NFKC", name).lower().replace(" ", "")
    return any(word in key for word in _SKIP_WORDS)


def filled_rows(rows: list[list[object]]) -> int:
    return sum(1 for row in rows if any(v is not None and v != "" for v in row))


def suggested_sheets(workbook_or_names: Workbook | Sequence[str]) -> list[str]:
    """Sheets to tick by default: not notes, pivots, summaries, hidden or nearly empty."""
    if not isinstance(workbook_or_names, Workbook):
        return [name for name in workbook_or_names if not _skip_name(name)]
    filled = [s for s in workbook_or_names.sheets if not s.hidden and filled_rows(s.rows) >= 2]
    chosen = [s.name for s in filled if not _skip_name(s.name)]
    return chosen or [s.name for s in filled]
