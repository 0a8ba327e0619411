"""Several tables on one sheet: one under another (blank rows, then a new header) or side by side
(blank columns between). Each is planned and imported as a block of its own, named after its sheet:
the first keeps the sheet's name, the others are 'Sheet1 [表2]' …

Streaming stays one pass: a block ends where, after a blank row, the next few rows hold a header
(`Body`), and hands those rows back to the sheet's stream (`Rows.push`) for the next block's plan.
Side-by-side blocks share their rows (each block takes its columns)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop.importers.headers import Header, cell_text, find_header

LOOK_ROWS = 3  # after a blank row: a header among the next rows (a title row may come first)
_BLOCK = re.compile(r"^(.*) \[表\d+\]$")


def block_name(sheet: str, n: int) -> str:
    """The name of a sheet's n-th block (0: the sheet's own name)."""
    return sheet if n == 0 else f"{sheet} [表{n + 1}]"


def real_sheet(name: str) -> str:
    m = _BLOCK.match(name)
    return m.group(1) if m else name


def real_sheets(names: Iterable[str] | None) -> list[str] | None:
    """The sheets to read for the chosen blocks (each once, in order)."""
    return None if names is None else list(dict.fromkeys(real_sheet(n) for n in names))


@dataclass
class BlockView:
    """What a planner needs of a block: its name, its sheet's visibility, the rows it adds to the total."""

    name: str
    hidden: bool
    total: int


class Rows:
    """A sheet's rows with push-back: a block hands back the rows that begin the next one."""

    def __init__(self, rows: Iterable[list[object]]) -> None:
        self.it = iter(rows)
        self.back: list[list[object]] = []  # a stack: the last pushed row comes first
        self.taken = 0  # rows handed out, less the ones pushed back: the sheet row of the next one

    def __iter__(self) -> Iterator[list[object]]:
        return self

    def __next__(self) -> list[object]:
        row = self.back.pop() if self.back else next(self.it)
        self.taken += 1
        return row

    def push(self, rows: list[list[object]]) -> None:
        self.back.extend(reversed(rows))
        self.taken -= len(rows)

    def take(self, n: int) -> list[list[object]]:
        return list(itertools.islice(self, n))


def blank(row: list[object]) -> bool:
    """No cell holds anything (the first filled cell ends the look: data rows cost one cell)."""
    for v in row:
        if v is not None and (v.__class__ is not str or v.strip()):
            return False
    return True


def header_at(rows: list[list[object]]) -> int | None:
    """The row among the first LOOK_ROWS that is a table's header (of text cells only), or None."""
    header = find_header(rows, LOOK_ROWS)
    if header is None or header.two_rows:
        return None
    cells = [v for v in rows[header.row] if not blank([v])]
    return header.row if len(cells) >= 2 and all(isinstance(v, str) for v in cells) else None


def starts_block(rows: list[list[object]]) -> bool:
    """Rows after a blank one that begin a new table: a header among them (a title may come first)."""
    return header_at(rows) is not None


class Body:
    """A block's data rows from the sheet's stream, up to the next block's header (`more` then).
    One pass: iterating it again goes on where it stopped (a block not chosen is passed over so)."""

    def __init__(self, src: Rows) -> None:
        self.src, self.more = src, False
        self._rows = self._read()

    def __iter__(self) -> Iterator[list[object]]:
        return self._rows

    def _read(self) -> Iterator[list[object]]:
        src = self.src
        while True:
            while src.back:  # rows pushed back: what a plan or a look after a blank row read first
                row = next(src)
                yield row
                if blank(row) and self._ends(src):
                    return
            for row in src.it:  # the plain run: one cell looked at per data row
                src.taken += 1
                yield row
                if (not row or row[0] is None or row[0] == "") and blank(row):
                    if self._ends(src):
                        return
                    break  # the rows looked at went back: they come next
            else:
                return

    def _ends(self, src: Rows) -> bool:
        """After a blank row: do the next rows begin a new table? They go back to the stream either way."""
        look = src.take(LOOK_ROWS)
        src.push(look)
        if look and not blank(look[0]) and starts_block(look):
            self.more = True
        return self.more


def column_blocks(head: list[list[object]], header: Header) -> list[tuple[int, int]]:
    """Side-by-side tables: column spans between columns blank from the header row down, when
    there are two or more and each has a header of its own; else []."""
    rows = head[header.row:]
    width = max((len(r) for r in rows), default=0)
    filled = [any(c < len(r) and cell_text(r[c]) for r in rows) for c in range(width)]
    spans, start = [], None
    for c, used in enumerate([*filled, False]):
        if used and start is None:
            start = c
        elif not used and start is not None:
            spans.append((start, c))
            start = None
    spans = [(a, b) for a, b in spans if b - a >= 2]
    if len(spans) < 2:
        return []
    if any(find_header([r[a:b] for r in head]) is None for a, b in spans):
        return []
    return spans


def cut(head: list[list[object]]) -> int:
    """Where the next table begins among a block's first rows (their length when none does): a
    plan looks at its own table's rows only, not at the values of the one below it."""
    first = None
    for j, row in enumerate(head):
        if not blank(row) and (found := header_at(head[j:j + LOOK_ROWS])) is not None:
            first = j + found  # this table's own header: the next one begins below it
            break
    if first is None:
        return len(head)
    for i in range(first + 1, len(head) - 1):
        if blank(head[i]) and not blank(head[i + 1]) and starts_block(head[i + 1:i + 1 + LOOK_ROWS]):
            return i + 1
    return len(head)
