"""Every tracker layout, imported with no mapping given, gives the totals worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.importers import trackers as t

COUNTS = ("calls", "connects", "appointments", "opportunities", "wins", "revenue", "emails")


def run_cli(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def summary(capsys: pytest.CaptureFixture, db: Path) -> dict[str, dict[str, int]]:
    code, out, _ = run_cli(capsys, "summary", "--db", str(db), "--json")
    assert code == 0
    return {month: {k: v for k, v in row.items() if k in COUNTS and v} for month, row in json.loads(out).items()}


def nonzero(expected: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {m: {k: v for k, v in row.items() if v} for m, row in expected.items()}


CASES = [
    ("activity_log", t.activity_log, "xlsx", {"2025-04": {"calls": 7, "connects": 3, "appointments": 1, "emails": 1},
                                              "2025-05": {"calls": 1, "connects": 1, "appointments": 1}}),
    ("daily_counts", t.daily_counts, "xlsx", t.DAILY_TOTALS),
    ("wide_matrix", t.wide_matrix, "xlsx", {"2025-04": {"calls": 51, "appointments": 3}}),
    ("wide_by_rep", t.wide_by_rep, "xlsx", {"2025-06": {"calls": 60, "connects": 9}}),
    ("attempt_groups", t.attempt_groups, "xlsx", {"2025-04": {"calls": 5, "connects": 3, "appointments": 1}}),
    ("deals", t.deals, "xlsx", t.DEAL_TOTALS),
    ("salesforce_cp932", t.salesforce_calls_cp932, "csv", {"2025-06": {"calls": 4, "connects": 2, "appointments": 1}}),
    ("hubspot_utf16", t.hubspot_deals_utf16, "csv", {"2025-07": {"opportunities": 3, "wins": 1, "revenue": 500_000}}),
]


@pytest.mark.parametrize(("name", "build", "ext", "expected"), CASES, ids=[c[0] for c in CASES])
def test_summary_after_import_equals_known_totals(tmp_path: Path, capsys: pytest.CaptureFixture, name: str,
                                                  build, ext: str, expected: dict) -> None:  # noqa: ANN001
    db = tmp_path / "kpi.sqlite3"
    path = build(tmp_path / f"{name}.{ext}")
    code, _, err = run_cli(capsys, "import", str(path), "--db", str(db))
    assert (code, err) == (0, "")
    assert summary(capsys, db) == nonzero(expected)


def test_every_layout_in_one_database_adds_up(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "kpi.sqlite3"
    chosen = [c for c in CASES if c[0] in ("activity_log", "wide_by_rep", "deals", "salesforce_cp932",
                                           "hubspot_utf16")]
    files = [str(build(tmp_path / f"{name}.{ext}")) for name, build, ext, _ in chosen]
    code, _, _ = run_cli(capsys, "import", *files, "--db", str(db), "--json")
    assert code == 0
    total: dict[str, dict[str, int]] = {}
    for *_, expected in chosen:
        for month, row in expected.items():
            for k, v in row.items():
                total.setdefault(month, {}).setdefault(k, 0)
                total[month][k] += v
    got = summary(capsys, db)
    assert got == nonzero(total)


def test_reimport_adds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "kpi.sqlite3"
    path = t.activity_log(tmp_path / "log.xlsx")
    run_cli(capsys, "import", str(path), "--db", str(db))
    before = summary(capsys, db)
    code, out, _ = run_cli(capsys, "import", str(path), "--db", str(db), "--json")
    assert code == 0
    assert json.loads(out)[0]["added"] == 0
    assert summary(capsys, db) == before


def test_problems_and_unknown_words_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = t.activity_log(tmp_path / "log.xlsx")
    code, out, _ = run_cli(capsys, "import", str(path), "--db", str(tmp_path / "k.sqlite3"), "--json")
    report = json.loads(out)[0]
    assert code == 0
    assert report["problems"] == [{"sheet": "架電ログ", "row": 15, "column": "日付", "code": "bad_date",
                                   "value": "未定"}]
    assert report["unknown_words"] == {"担当者外出": 2}
    assert [(s["sheet"], s["layout"], s["header_row"], s["selected"]) for s in report["sheets"]] == [
        ("架電ログ", "activity_log", 4, True), ("メモ", None, None, False)]


def test_dry_run_stores_nothing(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "kpi.sqlite3"
    path = t.daily_counts(tmp_path / "daily.xlsx")
    code, out, _ = run_cli(capsys, "import", str(path), "--db", str(db), "--dry-run")
    assert code == 0 and "daily_counts" in out
    assert summary(capsys, db) == {}


def test_refused_file_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    fake = tmp_path / "tracker.xlsx"
    fake.write_text("日付,担当者\n2025/4/1,山田\n", encoding="utf-8")
    good = t.deals(tmp_path / "deals.xlsx")
    code, _, err = run_cli(capsys, "import", str(fake), str(good), "--db", str(tmp_path / "k.sqlite3"))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"error: {fake}: ")
    assert summary(capsys, tmp_path / "k.sqlite3") == nonzero(t.DEAL_TOTALS)


def test_mapping_file_changes_only_the_columns_it_names(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = t.daily_counts(tmp_path / "daily.xlsx")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": {"通電数": "", "アポ数": "", "商談数": "", "受注数": "",
                                               "受注金額（千円）": ""}}), encoding="utf-8")
    db = tmp_path / "k.sqlite3"
    code, _, _ = run_cli(capsys, "import", str(path), "--db", str(db), "--mapping", str(mapping))
    assert code == 0
    assert summary(capsys, db) == {"2025-04": {"calls": 85}, "2025-05": {"calls": 62}}  # 日付/担当者/架電数 stay


def test_cp932_names_are_kept_as_written_and_matched_across_spacing(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture) -> None:
    from desktop.models.store import Store

    db = tmp_path / "kpi.sqlite3"
    run_cli(capsys, "import", str(t.salesforce_calls_cp932(tmp_path / "sf.csv")), "--db", str(db))
    store = Store.open(db)
    try:
        assert [m.name for m in store.members()] == ["髙橋 美咲"]  # 髙橋 美咲 = 髙橋美咲, never 郄
        assert "株式会社アオバ物産" in {lead.company for lead in store.leads()}
    finally:
        store.close()


def test_rep_merged_down_over_days_counts_for_every_day(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "2025年9月"
    ws.append(["担当者", "日付", "架電数", "アポ数"])
    ws.append(["山田 太郎", "9/1", 30, 1])
    ws.append([None, "9/2", 25, 0])
    ws.append([None, "9/3", 35, 2])
    ws.append(["佐藤 花子", "9/1", 20, 1])
    ws.append([None, "9/2", 22, 1])
    ws.merge_cells("A2:A4")
    ws.merge_cells("A5:A6")
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    db = tmp_path / "kpi.sqlite3"
    code, _, _ = run_cli(capsys, "import", str(path), "--db", str(db))
    assert code == 0
    assert summary(capsys, db) == {"2025-09": {"calls": 132, "appointments": 5}}


def test_month_sheet_with_day_numbers_and_rep_by_metric_rows(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Sheet 2025年5月: 担当者 | 指標 | 1 | 2 … 5 | 合計, a rep's name only on their first row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "2025年5月"
    ws.append(["5月 行動量"])
    ws.append(["担当者", "指標", 1, 2, 3, 4, 5, "合計"])
    ws.append(["山田 太郎", "架電数", 30, 0, 25, 28, 31, 114])
    ws.append([None, "アポ数", 1, 0, 0, 2, 1, 4])
    ws.append(["佐藤 花子", "架電数", 20, 22, "－", 18, 25, 85])
    ws.append([None, "アポ数", 0, 1, None, 1, 0, 2])
    ws.append(["合計", None, 50, 22, 25, 46, 56, 199])
    path = tmp_path / "may.xlsx"
    wb.save(path)
    db = tmp_path / "kpi.sqlite3"
    code, _, _ = run_cli(capsys, "import", str(path), "--db", str(db))
    assert code == 0
    assert summary(capsys, db) == {"2025-05": {"calls": 199, "appointments": 6}}


def test_sheet_option_imports_only_that_sheet(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "kpi.sqlite3"
    code, _, _ = run_cli(capsys, "import", str(t.daily_counts(tmp_path / "d.xlsx")), "--db", str(db), "--sheet", "5月")
    assert code == 0
    assert summary(capsys, db) == nonzero({"2025-05": t.DAILY_TOTALS["2025-05"]})
    code, _, err = run_cli(capsys, "import", str(tmp_path / "d.xlsx"), "--db", str(db), "--sheet", "6月")
    assert code == 2 and err.startswith("error: ") and "6月" not in summary(capsys, db)
