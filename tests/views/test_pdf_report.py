"""The PDF report: a real PDF file, user text escaped, written through the CLI as well."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.cli import main
from desktop.kpi.periods import parse_period
from desktop.models.tables import MemberIn, ReviewIn
from desktop.reports.report_data import build_report
from desktop.views.reviews.pdf_report import report_html, write_pdf


def _store_with_review(store):  # noqa: ANN001, ANN202
    member = store.add_member(MemberIn(name="山田 太郎"))
    store.add_review(ReviewIn(kind="weekly", period_start=date(2025, 9, 22), held_on=date(2025, 9, 26)),
                     [{"kind": "finding", "text": "<b>太字</b> =HYPERLINK(\"x\")\x07"},
                      {"kind": "action", "text": "午前に架電", "owner_id": member.id}])
    return store


def test_pdf_is_written_with_the_review_notes_escaped(qapp, store, tmp_path: Path) -> None:  # noqa: ANN001
    data = build_report(_store_with_review(store), parse_period("2025-W39"), date(2025, 9, 28))
    html = report_html(data)
    assert "&lt;b&gt;太字&lt;/b&gt; =HYPERLINK(&quot;x&quot;)" in html and "\x07" not in html
    assert "山田 太郎" in html and "週次レポート 2025-W39" in html
    out = write_pdf(data, tmp_path / "週次.pdf")
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 5000


def test_cli_writes_a_pdf(qapp, store, tmp_path: Path) -> None:  # noqa: ANN001
    db = str(_store_with_review(store).path)
    store.close()
    out = tmp_path / "w.pdf"
    assert main(["report", "--db", db, "--period", "2025-W39", "--out", str(out)]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"
