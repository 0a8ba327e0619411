"""The report workbook: sheets, values, native charts, user text never a formula, atomic and locked-file safe."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.kpi.periods import BusinessCalendar, parse_period
from desktop.models.tables import KpiNodeIn, MemberIn, ReviewIn, TargetIn
from desktop.reports import cells
from desktop.reports.excel_report import write_report
from desktop.reports.report_data import ReportError, build_report

WEEK = parse_period("2025-W39")  # 22–28 Sep 2025; 23 Sep is a public holiday
NASTY = '=HYPERLINK("http://evil.example","請求書")'


@pytest.fixture
def tracked(store):  # noqa: ANN001, ANN201
    """Two reps with day counts in September, a calls KPI and a weekly review with user-typed notes."""
    ids = [store.add_member(MemberIn(name=n)).id for n in ("山田 太郎", "佐藤 花子")]
    rows = [{"day": d, "member_id": m, "metric": metric, "count": n * (1 + k), "batch_id": None}
            for d in BusinessCalendar().business_days(date(2025, 9, 1), date(2025, 9, 28))
            for k, m in enumerate(ids) for metric, n in (("calls", 40), ("connects", 6), ("appointments", 1))]
    store.bulk_add(tallies=rows)
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間受注 120件", metric="wins"))
    calls = store.add_node(KpiNodeIn(parent_id=kgi.id, title="週間架電数", metric="calls", tier="action"))
    store.set_targets([TargetIn(node_id=calls.id, metric="calls", period_kind="week", period_start=WEEK.start,
                                value=600)])
    store.add_review(ReviewIn(kind="weekly", period_start=WEEK.start, held_on=date(2025, 9, 26)), [
        {"kind": "finding", "text": NASTY},
        {"kind": "finding", "text": "@SUM(A1) 接続\x07率が低い\x00"},
        {"kind": "action", "text": "+81 架電リスト見直し", "owner_id": ids[0], "due": date(2025, 10, 3)},
        {"kind": "action", "text": "-午前中に集中架電", "metric": "calls"},
    ])
    return store


def _report(store, tmp_path: Path) -> Path:  # noqa: ANN001
    data = build_report(store, WEEK, date(2025, 9, 28))
    return write_report(data, tmp_path / "週次レポート.xlsx")


def test_workbook_has_the_sheets_and_the_weeks_numbers(tracked, tmp_path: Path) -> None:  # noqa: ANN001
    wb = load_workbook(_report(tracked, tmp_path))
    assert wb.sheetnames == ["KPI", "ファネル", "担当者別", "推移", "レビュー"]
    kpi = wb["KPI"]
    assert kpi["A1"].value == "週次レポート 2025-W39"
    table = {kpi.cell(r, 1).value: [kpi.cell(r, c).value for c in range(2, 8)] for r in range(8, 10)}
    # 4 business days × (40 + 80) calls = 480 against 600
    assert table["週間架電数"] == ["架電数", 600, 480, 600, 0.8, "注意"]
    funnel = wb["ファネル"]
    assert [(funnel.cell(r, 1).value, funnel.cell(r, 2).value) for r in range(2, 5)] == [
        ("架電数", 480), ("接続数", 72), ("アポ数", 12)]
    members = wb["担当者別"]
    assert [(members.cell(r, 1).value, members.cell(r, 2).value) for r in (2, 3)] == [("佐藤 花子", 320),
                                                                                        ("山田 太郎", 160)]
    trend = wb["推移"]
    # business days only: Monday, (Tuesday 23 Sep is a public holiday), Wednesday … Friday
    assert [(trend.cell(r, 1).value, trend.cell(r, 2).value) for r in range(2, 6)] == [
        ("2025-09-22", 120), ("2025-09-24", 120), ("2025-09-25", 120), ("2025-09-26", 120)]
    assert trend.max_row == 5


def test_user_text_is_never_a_formula(tracked, tmp_path: Path) -> None:  # noqa: ANN001
    path = _report(tracked, tmp_path)
    review = load_workbook(path)["レビュー"]
    texts = [review.cell(r, 2).value for r in range(1, review.max_row + 1)]
    assert NASTY in texts and "@SUM(A1) 接続率が低い" in texts
    assert "+81 架電リスト見直し" in texts and "-午前中に集中架電" in texts
    for ws in load_workbook(path).worksheets:
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any("<f>" in z.read(n).decode() for n in sheets)


def test_native_charts_are_in_the_file(tracked, tmp_path: Path) -> None:  # noqa: ANN001
    with zipfile.ZipFile(_report(tracked, tmp_path)) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = "".join(z.read(n).decode() for n in charts)
    assert len(charts) == 3  # funnel, members, trend
    assert xml.count("<barChart>") == 2 and xml.count("<lineChart>") == 3  # two charts carry a right axis


def test_a_report_open_in_excel_gives_a_clear_error_and_leaves_the_file(tracked, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    target = tmp_path / "週次レポート.xlsx"
    target.write_bytes(b"the copy open in Excel")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "The process cannot access the file", dst)

    monkeypatch.setattr(cells.os, "replace", locked)
    with pytest.raises(ReportError) as caught:
        _report(tracked, tmp_path)
    assert caught.value.code == "file_locked" and caught.value.path == str(target)
    assert target.read_bytes() == b"the copy open in Excel"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~kpidesk")] == []


def test_cli_writes_the_report_and_explains_bad_input(tracked, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db, out = str(tracked.path), tmp_path / "m.xlsx"
    tracked.close()
    assert main(["report", "--db", db, "--period", "2025-09", "--today", "2025-09-30", "--out", str(out)]) == 0
    assert load_workbook(out)["KPI"]["A1"].value == "Monthly report 2025-09"  # KPIDESK_LANG=en in tests
    assert main(["report", "--db", db, "--period", "2025-W60", "--out", str(out)]) == 2
    assert "cannot read the period: 2025-W60" in capsys.readouterr().err
    assert main(["report", "--db", db, "--period", "2025-09", "--out", str(tmp_path / "m.csv")]) == 2
    assert main(["report", "--db", db, "--period", "2025-09", "--out", str(tmp_path / "no" / "m.xlsx")]) == 2
    assert "the folder does not exist" in capsys.readouterr().err


def test_the_xlsx_path_imports_no_qt(tracked, tmp_path: Path) -> None:  # noqa: ANN001
    db = str(tracked.path)
    tracked.close()
    code = ("import sys; from desktop.cli import main; "
            f"rc = main(['report', '--db', {db!r}, '--period', '2025-W39', '--out', {str(tmp_path / 'w.xlsx')!r}]); "
            "assert rc == 0; assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], env={**os.environ, "PYTHONPATH": "."})
    assert done.returncode == 0, done.stderr
