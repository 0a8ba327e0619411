"""The PDF report's pages as a layout model (no Qt): text, boxes and lines placed in points.

The view layer measures text (`Measure`) and paints the model; everything about where things go
is decided here, so it can be checked before anything is drawn: tables span the page's width,
a heading always stands on the page of its table's first rows, long tables continue on the next
page under their repeated header row, and every page carries the header and its page number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Measure = Callable[[str, float, bool], float]  # (text, size in pt, bold) -> width in pt

A4_LANDSCAPE = (841.89, 595.28)  # points
MARGIN = 34.0  # 12 mm
INK, MUTED, RULE, HEAD_FILL, ZEBRA = "#1d2733", "#5b6675", "#b8c2d0", "#dce6f5", "#f4f7fb"
BODY, SMALL, HEADING, TITLE = 9.0, 7.5, 12.0, 15.0
PAD = 4.0  # a table cell's inner padding
KEEP_WHOLE = 8  # a table of this many rows or fewer is never split over two pages


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the top of the line box
    text: str
    size: float = BODY
    bold: bool = False
    color: str = INK
    width: float = 0.0  # the box `align` is within
    align: str = "left"  # left | right | center
    role: str = ""  # "heading" for a section heading (the tests read it back)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    role: str = ""  # "table" for a table's outline


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    color: str = INK
    width: float = 0.8
    dashed: bool = False


Op = Text | Box | Line


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)


def line_height(size: float) -> float:
    return size * 1.45


def elide(text: str, width: float, size: float, bold: bool, measure: Measure) -> str:
    """The text cut to `width` with …, whole when it fits."""
    if measure(text, size, bold) <= width:
        return text
    while text and measure(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"


def wrap(text: str, width: float, size: float, bold: bool, measure: Measure) -> list[str]:
    """Greedy wrapping by character (Japanese has no spaces to break at); at least one line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for ch in paragraph:
            if line and measure(line + ch, size, bold) > width:
                lines.append(line)
                line = ch.lstrip()
            else:
                line += ch
        lines.append(line)
    return lines or [""]


class Block:
    """Something placed in the flow: knows its height at a width and draws itself at (x, y)."""

    keep_with_next = False

    def height(self, width: float, measure: Measure) -> float:
        raise NotImplementedError

    def draw(self, x: float, y: float, width: float, measure: Measure) -> list[Op]:
        raise NotImplementedError

    def split(self, width: float, room: float, measure: Measure) -> tuple[Block, Block] | None:
        """A first part fitting `room` and the rest, or None when it cannot be split there."""
        return None


@dataclass
class Heading(Block):
    text: str
    size: float = HEADING
    keep_with_next = True

    def height(self, width: float, measure: Measure) -> float:
        return line_height(self.size) + 6

    def draw(self, x: float, y: float, width: float, measure: Measure) -> list[Op]:
        return [Text(x, y + 4, self.text, self.size, True, width=width, role="heading")]


@dataclass
class Paragraph(Block):
    text: str
    size: float = BODY
    color: str = INK

    def _lines(self, width: float, measure: Measure) -> list[str]:
        return wrap(self.text, width, self.size, False, measure)

    def height(self, width: float, measure: Measure) -> float:
        return len(self._lines(width, measure)) * line_height(self.size) + 4

    def draw(self, x: float, y: float, width: float, measure: Measure) -> list[Op]:
        lh = line_height(self.size)
        return [Text(x, y + n * lh, line, self.size, color=self.color, width=width)
                for n, line in enumerate(self._lines(width, measure))]


@dataclass
class Table(Block):
    """A table across the full width; `numeric` columns are right-aligned, `wrap_col` wraps."""

    head: list[str]
    rows: list[list[str]]
    numeric: Sequence[bool] = ()
    wrap_col: int | None = None
    size: float = BODY

    def widths(self, width: float, measure: Measure) -> list[float]:
        """Natural column widths, stretched (or shrunk) to exactly `width`."""
        cols = len(self.head)
        natural = [max([measure(self.head[c], self.size, True)] +
                       [measure(r[c], self.size, False) for r in self.rows]) + 2 * PAD for c in range(cols)]
        if self.wrap_col is not None:  # the wrapping column takes what the others leave
            natural[self.wrap_col] = min(natural[self.wrap_col], width * 0.45)
        total = sum(natural) or 1.0
        return [w * width / total for w in natural]

    def _cells(self, row: list[str], widths: list[float], measure: Measure, bold: bool = False) -> list[list[str]]:
        out = []
        for c, text in enumerate(row):
            room = widths[c] - 2 * PAD
            out.append(wrap(text, room, self.size, bold, measure) if c == self.wrap_col
                       else [elide(text, room, self.size, bold, measure)])
        return out

    def _row_height(self, cells: list[list[str]]) -> float:
        return max(len(c) for c in cells) * line_height(self.size) + 2 * PAD - 2

    def _heights(self, width: float, measure: Measure) -> tuple[float, list[float]]:
        widths = self.widths(width, measure)
        head = self._row_height(self._cells(self.head, widths, measure, True))
        return head, [self._row_height(self._cells(r, widths, measure)) for r in self.rows]

    def height(self, width: float, measure: Measure) -> float:
        head, rows = self._heights(width, measure)
        return head + sum(rows) + 8

    def first_part_height(self, width: float, measure: Measure) -> float:
        """What a heading must not be parted from: a short table whole, else its header and first rows."""
        head, rows = self._heights(width, measure)
        return head + sum(rows if len(rows) <= KEEP_WHOLE else rows[:2]) + 8

    def split(self, width: float, room: float, measure: Measure) -> tuple[Block, Block] | None:
        head, rows = self._heights(width, measure)
        if len(rows) <= KEEP_WHOLE:
            return None
        used, n = head + 8, 0
        while n < len(rows) and used + rows[n] <= room:
            used += rows[n]
            n += 1
        if n < min(2, len(rows)) or n == len(rows):
            return None
        return (Table(self.head, self.rows[:n], self.numeric, self.wrap_col, self.size),
                Table(self.head, self.rows[n:], self.numeric, self.wrap_col, self.size))

    def draw(self, x: float, y: float, width: float, measure: Measure) -> list[Op]:
        widths = self.widths(width, measure)
        lh = line_height(self.size)
        ops: list[Op] = []
        top = y
        for r, row in enumerate([self.head, *self.rows]):
            cells = self._cells(row, widths, measure, r == 0)
            h = self._row_height(cells)
            fill = HEAD_FILL if r == 0 else (ZEBRA if r % 2 == 0 else None)
            if fill:
                ops.append(Box(x, y, width, h, fill=fill))
            cx = x
            for c, lines in enumerate(cells):
                right = c < len(self.numeric) and self.numeric[c]
                for n, text in enumerate(lines):
                    ops.append(Text(cx + PAD, y + PAD - 1 + n * lh, text, self.size, r == 0,
                                    width=widths[c] - 2 * PAD, align="right" if right else "left"))
                cx += widths[c]
            y += h
            ops.append(Line(((x, y), (x + width, y)), RULE, 0.4))
        ops.append(Box(x, top, width, y - top, stroke=RULE, role="table"))
        return ops


@dataclass
class Frame:
    """What every page repeats: the title with the period on the left, the team on the right."""

    title: str
    team: str
    footer: str

    HEIGHT = 30.0


def _page_chrome(frame: Frame, number: int, total: int, size: tuple[float, float]) -> list[Op]:
    w, h = size
    inner = w - 2 * MARGIN
    return [Text(MARGIN, MARGIN - 6, frame.title, 11.0, True, width=inner * 0.6),
            Text(MARGIN + inner * 0.4, MARGIN - 4, frame.team, SMALL + 1, color=MUTED, width=inner * 0.6,
                 align="right"),
            Line(((MARGIN, MARGIN + 12), (w - MARGIN, MARGIN + 12)), RULE, 0.8),
            Text(MARGIN, h - MARGIN + 8, frame.footer, SMALL, color=MUTED, width=inner / 2),
            Text(MARGIN, h - MARGIN + 8, f"{number} / {total}", SMALL, color=MUTED, width=inner, align="right")]


def paginate(blocks: list[Block], frame: Frame, measure: Measure,
             size: tuple[float, float] = A4_LANDSCAPE) -> list[Page]:
    """Flow the blocks onto pages: headings kept with what follows, tables split with their header."""
    w, h = size
    width, top, bottom = w - 2 * MARGIN, MARGIN + frame.HEIGHT, h - MARGIN - 4
    pages, y = [Page()], top
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        need = block.height(width, measure)
        if block.keep_with_next and queue:
            nxt = queue[0]
            need += nxt.first_part_height(width, measure) if isinstance(nxt, Table) else nxt.height(width, measure)
        if y + need > bottom:
            part = None if block.keep_with_next else block.split(width, bottom - y, measure)
            if part:
                block, rest = part
                queue.insert(0, rest)
            elif y > top:
                pages.append(Page())
                y = top
                queue.insert(0, block)
                continue
        pages[-1].ops += block.draw(MARGIN, y, width, measure)
        y += block.height(width, measure)
    for n, page in enumerate(pages, start=1):
        page.ops = _page_chrome(frame, n, len(pages), size) + page.ops
    return pages
