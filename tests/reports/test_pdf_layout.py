"""The PDF report's layout model (no Qt): full-width tables, headings kept with their tables, page numbers."""

from __future__ import annotations

import unicodedata

from desktop.reports.pdf_charts import nice_ticks
from desktop.reports.pdf_layout import (A4_LANDSCAPE, MARGIN, Box, Frame, Heading, Page, Paragraph, Table, Text,
                                        paginate)

WIDTH = A4_LANDSCAPE[0] - 2 * MARGIN
FRAME = Frame("週次レポート 2025-W39 (2025-09-22 – 2025-09-28)", "チーム: 山田 太郎 (1名)", "作成日: 2025-09-28")


def measure(text: str, size: float, bold: bool) -> float:
    """A stand-in for font metrics: wide (Japanese) characters one em, others half."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size * 0.55 for c in text)


def _texts(page: Page) -> list[str]:
    return [op.text for op in page.ops if isinstance(op, Text)]


def _tables(page: Page) -> list[Box]:
    return [op for op in page.ops if isinstance(op, Box) and op.role == "table"]


def test_a_narrow_table_is_stretched_to_the_page_width() -> None:
    table = Table(["段階", "件数"], [["架電数", "480件"], ["接続数", "72件"]], [False, True])
    assert sum(table.widths(WIDTH, measure)) == WIDTH
    [page] = paginate([Heading("ファネル"), table], FRAME, measure)
    [box] = _tables(page)
    assert (box.x, box.w) == (MARGIN, WIDTH)
    right = [op for op in page.ops if isinstance(op, Text) and op.text == "480件"]
    assert right[0].align == "right" and right[0].x + right[0].width > WIDTH * 0.9  # at the far right


def test_a_heading_near_the_page_bottom_moves_to_the_page_of_its_table() -> None:
    filler = Paragraph("\n".join(f"行 {n}" for n in range(32)))  # room for the heading, not its first rows
    rows = [[f"担当者{n}", f"{n}"] for n in range(5)]
    pages = paginate([filler, Heading("担当者別"), Table(["担当者", "架電数"], rows)], FRAME, measure)
    assert len(pages) == 2
    assert "担当者別" not in _texts(pages[0]) and not _tables(pages[0])
    assert "担当者別" in _texts(pages[1]) and len(_tables(pages[1])) == 1
    heading = next(op for op in pages[1].ops if isinstance(op, Text) and op.role == "heading")
    assert heading.y < _tables(pages[1])[0].y  # the heading stands above its table


def test_a_long_table_continues_on_the_next_page_under_its_header_row() -> None:
    rows = [[f"担当者{n:02d}", f"{n}"] for n in range(60)]
    pages = paginate([Heading("担当者別"), Table(["担当者", "架電数"], rows)], FRAME, measure)
    assert len(pages) == 3
    cells = [t for p in pages for t in _texts(p) if t.startswith("担当者") and t[3:].isdigit()]
    assert cells == [r[0] for r in rows]  # every row once, in order
    for n, page in enumerate(pages, start=1):
        texts = _texts(page)
        assert texts.count("担当者") == 1 and f"{n} / 3" in texts  # the header row again, the page number
        assert FRAME.title in texts and FRAME.team in texts  # period and team on every page
        assert all(b.w == WIDTH for b in _tables(page))


def test_long_user_text_wraps_in_its_column_and_short_columns_are_not_cut() -> None:
    note = "午前中の架電を増やし、接続率の高い時間帯に集中する。" * 6
    table = Table(["段階", "内容", "担当"], [["施策", note, "山田 太郎"]], wrap_col=1)
    [page] = paginate([table], FRAME, measure)
    lines = [op.text for op in page.ops if isinstance(op, Text) and op.text and op.text in note]
    assert len(lines) > 1 and "".join(lines) == note
    assert "山田 太郎" in _texts(page)


def test_axis_ticks_are_round_and_reach_the_top() -> None:
    assert nice_ticks(5601) == [0, 2000, 4000, 6000]
    assert nice_ticks(265) == [0, 100, 200, 300]
    assert nice_ticks(0) == [0, 1]  # an empty chart: whole numbers, no 0.5
