"""The PDF report: Japanese fonts embedded, units, period and team on every page, charts, user text as text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.kpi.periods import BusinessCalendar, parse_period
from desktop.models.tables import KpiNodeIn, MemberIn, ReviewIn, TargetIn
from desktop.reports.pdf_layout import A4_LANDSCAPE, MARGIN, Box, Text
from desktop.reports.report_data import build_report
from desktop.views.reviews.pdf_report import FAMILIES, _writer, layout, write_pdf

WEEK = parse_period("2025-W39")  # 22–28 Sep 2025; 23 Sep is a public holiday: 4 business days


@pytest.fixture
def tracked(store):  # noqa: ANN001, ANN201
    """Two reps: 40 and 80 calls a business day (480 in the week), a 600-call weekly target, a review."""
    ids = [store.add_member(MemberIn(name=n)).id for n in ("山田 太郎", "佐藤 花子")]
    rows = [{"day": d, "member_id": m, "metric": "calls", "count": 40 * (1 + k), "batch_id": None}
            for d in BusinessCalendar().business_days(date(2025, 9, 1), date(2025, 9, 28)) for k, m in enumerate(ids)]
    store.bulk_add(tallies=rows)
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間売上 1億円", metric="revenue"))
    calls = store.add_node(KpiNodeIn(parent_id=kgi.id, title="週間架電数", metric="calls", tier="action"))
    store.set_targets([TargetIn(node_id=calls.id, metric="calls", period_kind="week", period_start=WEEK.start,
                                value=600)])
    store.add_review(ReviewIn(kind="weekly", period_start=WEEK.start, held_on=date(2025, 9, 26)),
                     [{"kind": "finding", "text": "<b>太字</b> =HYPERLINK(\"x\")\x07"},
                      {"kind": "action", "text": "午前に架電", "owner_id": ids[0]}])
    return store


def _pages(qapp, store, tmp_path: Path):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QBuffer

    data = build_report(store, WEEK, date(2025, 9, 28))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    return data, layout(data, "ja", _writer(buffer))


def test_the_pdf_embeds_a_japanese_font(qapp, tracked, tmp_path: Path) -> None:  # noqa: ANN001
    out = write_pdf(build_report(tracked, WEEK, date(2025, 9, 28)), tmp_path / "週次.pdf")
    raw = out.read_bytes()
    assert raw[:5] == b"%PDF-"
    faces = set(re.findall(rb"/BaseFont\s*/([\w+-]+)", raw))
    japanese = {f.replace(" ", "").lower().encode() for f in FAMILIES}
    assert faces and all(any(j in face.lower() for j in japanese) for face in faces), faces
    descriptors = re.findall(rb"/Type\s*/FontDescriptor(.*?)>>", raw, re.S)
    assert descriptors and all(b"/FontFile" in d for d in descriptors)  # every face embedded, none referenced


def test_every_page_has_the_period_the_team_and_its_number(qapp, tracked, tmp_path: Path) -> None:  # noqa: ANN001
    _data, pages = _pages(qapp, tracked, tmp_path)
    for n, page in enumerate(pages, start=1):
        texts = [op.text for op in page.ops if isinstance(op, Text)]
        assert "週次レポート  2025-W39  (2025-09-22 – 2025-09-28)" in texts
        assert "チーム: 山田 太郎、佐藤 花子 (2名)" in texts
        assert f"{n} / {len(pages)}" in texts


def test_numbers_carry_their_units_and_the_charts_are_drawn(qapp, tracked, tmp_path: Path) -> None:  # noqa: ANN001
    _data, pages = _pages(qapp, tracked, tmp_path)
    texts = [op.text for p in pages for op in p.ops if isinstance(op, Text)]
    assert {"600件", "480件", "¥0"} <= set(texts)  # the calls target and actual, the revenue KGI
    assert "80.0%" in texts  # the pace: 480 of the 600 expected by the week's end
    for title in ("架電数のバーンアップ (件)", "ファネル (件数)", "日別架電数 (件)"):
        assert title in texts
    assert "目標 600" in texts and "日次目標 150" in texts  # burn-up target, 600 over 4 business days
    assert "<b>太字</b> =HYPERLINK(\"x\")" in texts  # user text drawn as typed, without the bell


def test_tables_fill_the_width_and_headings_stand_with_their_tables(qapp, tracked, tmp_path: Path) -> None:  # noqa: ANN001
    _data, pages = _pages(qapp, tracked, tmp_path)
    tables = [op for p in pages for op in p.ops if isinstance(op, Box) and op.role == "table"]
    assert len(tables) == 4 and all(abs(t.w - (A4_LANDSCAPE[0] - 2 * MARGIN)) < 1e-6 for t in tables)
    for page in pages:
        headings = [n for n, op in enumerate(page.ops) if isinstance(op, Text) and op.role == "heading"]
        assert headings and headings[-1] < len(page.ops) - 3  # no heading left alone at a page's end


def test_cli_writes_a_pdf(qapp, tracked, tmp_path: Path) -> None:  # noqa: ANN001
    db = str(tracked.path)
    tracked.close()
    out = tmp_path / "w.pdf"
    assert main(["report", "--db", db, "--period", "2025-W39", "--today", "2025-09-28", "--out", str(out)]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"
