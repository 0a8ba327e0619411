"""Finding the header row under title blocks, and joining two-row (merged) headers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from desktop.importers.mapping import group_of, match_header
from desktop.kpi.outcomes import normalize_word

SCAN_ROWS = 40
_MONTH_DAY = re.compile(r"^(\d{1,2})[/月.-](\d{1,2})日?$")
_DAY_NUMBER = re.compile(r"^(\d{1,2})日?$")


@dataclass(frozen=True)
class Header:
    """The header: its last row index (0-based), whether it spans two rows, and one label per column."""

    row: int
    two_rows: bool
    labels: tuple[str, ...]
    score: float
    date_cells: int = 0

    @property
    def data_start(self) -> int:
        return self.row + 1


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def is_date_label(value: object) -> bool:
    """A header cell naming a day: a real date, an Excel serial, 4/1, 4月1日."""
    if isinstance(value, (date, datetime)):
        return True
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 20000 <= value <= 80000
    return bool(_MONTH_DAY.match(normalize_word(cell_text(value))))


def _score(labels: list[str]) -> float:
    seen: set[tuple[str, int]] = set()
    total = 0.0
    for label in labels:
        m = match_header(label)
        if m is not None and (m.field, m.group) not in seen:
            seen.add((m.field, m.group))
            total += m.confidence
    return total


def join_two_rows(upper: list[object], lower: list[object]) -> list[str]:
    """Forward-fill group headings (1回目 …) across their merged span and join: '1回目/架電日'."""
    width = max(len(upper), len(lower))
    out: list[str] = []
    heading = ""
    for c in range(width):
        up = cell_text(upper[c]) if c < len(upper) else ""
        low = cell_text(lower[c]) if c < len(lower) else ""
        if up:
            heading = up if (group_of(up) or match_header(up) is None) else ""
        elif not low:
            heading = ""
        top = up or heading
        out.append(f"{top}/{low}" if top and low and top != low else (low or top))
    return out


def day_number(value: object) -> int | None:
    """A day of the month as a header (1, 2 … 31, '1日'), for sheets that name their month."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer() and 1 <= value <= 31:
        return int(value)
    m = _DAY_NUMBER.match(normalize_word(cell_text(value))) if isinstance(value, str) else None
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def _date_run(row: list[object]) -> int:
    dates = sum(1 for v in row if is_date_label(v))
    days = [d for d in map(day_number, row) if d is not None]
    runs = sum(1 for a, b in zip(days, days[1:]) if b == a + 1)
    return max(dates, runs + 1 if runs >= 4 else 0)


def _repeated_metrics(row: list[object]) -> bool:
    """A row naming the same metric twice or more (架電 通電 アポ 架電 通電 アポ): the row above it
    holds group headings, as rep names over their metric columns."""
    labels = [normalize_word(cell_text(v)) for v in row if cell_text(v)]
    found = [m.field for m in map(match_header, labels) if m is not None]
    return len(found) - len(set(found)) >= 2


def find_header(rows: list[list[object]], scan: int = SCAN_ROWS) -> Header | None:
    """The most header-like row (or pair of rows) among the first `scan` rows."""
    best: Header | None = None
    limit = min(len(rows), scan)
    for i in range(limit):
        row = rows[i]
        grouped = False
        if not any(cell_text(v) for v in row):
            continue
        labels = [cell_text(v) for v in row]
        dates = _date_run(row)
        candidates = [Header(i, False, tuple(labels), _score(labels) + 0.5 * min(dates, 6), dates)]
        if i + 1 < len(rows) and (any(group_of(v) for v in row) or (grouped := _repeated_metrics(rows[i + 1]))):
            joined = join_two_rows(row, rows[i + 1])  # a group's columns score once: rep groups get a lift
            candidates.append(Header(i + 1, True, tuple(joined), _score(joined) + (1.0 if grouped else 0.1)))
        for cand in candidates:
            if cand.score >= 1.5 and (best is None or cand.score > best.score):
                best = cand
    return best


def title_text(rows: list[list[object]], header: Header) -> str:
    """The text above the header (title block), used for a year or a rep's name."""
    top = header.row - (1 if header.two_rows else 0)
    return " ".join(cell_text(v) for r in rows[:top] for v in r if cell_text(v))


MERGE_CELLS_MAX = 20_000


def unmerge(rows: list[list[object]], merged: tuple[tuple[int, int, int, int], ...]) -> list[list[object]]:
    """Rows with each merged range's value copied into every cell of the range (担当者 merged down
    over a week, 1回目 across its columns); rows not touched are shared, never changed in place."""
    return _unmerge_chunk(rows, 0, merged, {}) if merged else rows


def unmerged_rows(chunks: Iterable[list[list[object]]],
                  merged: tuple[tuple[int, int, int, int], ...]) -> Iterator[list[object]]:
    """`unmerge` over a sheet that arrives in chunks: a range's value is carried into later chunks."""
    start, values = 0, {}
    for chunk in chunks:
        yield from (_unmerge_chunk(chunk, start, merged, values) if merged else chunk)
        start += len(chunk)


def _unmerge_chunk(rows: list[list[object]], start: int, merged: tuple[tuple[int, int, int, int], ...],
                   values: dict[tuple[int, int, int, int], object]) -> list[list[object]]:
    """Rows `start` … of a sheet, unmerged; `values` keeps each range's value for later chunks."""
    end = start + len(rows)
    out: list[list[object]] | None = None
    copied: set[int] = set()
    for span in merged:
        r0, c0, r1, c1 = span
        if r0 >= end or r1 < start or (r1 - r0 + 1) * (c1 - c0 + 1) > MERGE_CELLS_MAX:
            continue
        if r0 >= start:
            first = rows[r0 - start]
            if c0 < len(first) and first[c0] is not None:
                values[span] = first[c0]
        value = values.get(span)
        if value is None:
            continue
        out = list(rows) if out is None else out
        for r in range(max(r0, start) - start, min(r1, end - 1) - start + 1):
            if r not in copied:
                out[r], _ = list(out[r]), copied.add(r)
            row = out[r]
            row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if row[c] is None:
                    row[c] = value
    return rows if out is None else out
