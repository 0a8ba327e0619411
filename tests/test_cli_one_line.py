"""The headless commands: one clear line for every bad input, and nothing created or half-written."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.models.store import Store
from desktop.models.tables import KpiNodeIn, MemberIn
from tests.models.test_upgrade_races import child

ARTICLE = ["plan", "--revenue", "1億", "--deal-size", "100万"]


def one_line(capsys) -> str:  # noqa: ANN001
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("rate", ["200%", "150%", "101", "0%", "-20%"])
def test_a_win_rate_over_100_percent_is_refused_not_read_as_2_percent(rate: str, capsys) -> None:  # noqa: ANN001
    assert main([*ARTICLE, f"--win-rate={rate}"]) == 2
    assert "at most 100%" in one_line(capsys)


@pytest.mark.parametrize("rate", ["20%", "20", "0.2", "２０％"])
def test_the_articles_win_rate_is_read_however_it_is_written(rate: str, capsys) -> None:  # noqa: ANN001
    assert main([*ARTICLE, "--win-rate", rate, "--fiscal-year", "2025", "--json"]) == 0
    assert '"year": 500' in capsys.readouterr().out  # 1億 ÷ 100万 ÷ 20% = 500 opportunities


@pytest.mark.parametrize(("args", "words"), [
    (["plan", "--wins", "0", "--win-rate", "20%"], "amounts must be above 0"),
    (["plan", "--wins", "9" * 5000, "--win-rate", "20%"], "at most 10^15"),
    (["plan", "--revenue", "1億", "--win-rate", "20%"], "(with --deal-size)"),
    (["plan", "--wins", "5", "--win-rate", "20%", "--fiscal-year", "-5"], "4-digit year"),
    (["plan", "--wins", "5", "--win-rate", "20%", "--members", "0"], "--members must be from 1"),
])
def test_bad_plan_arguments_get_words_not_codes_or_python_text(args: list[str], words: str, capsys) -> None:  # noqa: ANN001
    assert main(args) == 2
    err = one_line(capsys)
    assert words in err
    for raw in ("bad_wins", "bad_money", "no_deal_size", "Exceeds the limit", "out of range"):
        assert raw not in err


def test_control_characters_in_a_value_are_shown_not_echoed(capsys) -> None:  # noqa: ANN001
    assert main([*ARTICLE, "--win-rate", "2\x1b[31m0\r"]) == 2
    err = one_line(capsys)
    assert "\x1b" not in err and "\r" not in err and "\\x1b[31m" in err


@pytest.mark.parametrize("command", [["summary"], ["check"], ["tree"], ["report", "--period", "2025-04",
                                                                        "--out", "r.xlsx"]])
def test_a_read_only_command_on_a_missing_file_says_so_and_creates_nothing(command: list[str], tmp_path: Path,
                                                                           capsys) -> None:  # noqa: ANN001
    typo = tmp_path / "kpdesk.sqlite3"
    assert main([command[0], "--db", str(typo), *command[1:]]) == 2
    assert "no such file" in one_line(capsys)
    assert list(tmp_path.iterdir()) == [] or [p.name for p in tmp_path.iterdir()] == ["data"]
    assert not typo.exists()


def test_a_read_only_command_on_an_empty_file_gives_it_no_schema(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["summary", "--db", str(empty)]) == 2
    assert "not a KPI Desk database" in one_line(capsys)
    assert empty.stat().st_size == 0


def test_an_empty_db_argument_is_refused_not_the_default_database(capsys) -> None:  # noqa: ANN001
    assert main(["summary", "--db", ""]) == 2
    assert "--db is empty" in one_line(capsys)
    assert not (Path(os.environ["KPIDESK_DATA_DIR"]) / "kpidesk.sqlite3").exists()


def test_another_programs_file_is_refused_before_its_journal_mode_is_touched(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "crm.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    sheet = tmp_path / "calls.csv"
    sheet.write_text("日付,担当者,結果\n2025-04-01,山田 太郎,アポ獲得\n", encoding="utf-8")
    assert main(["import", "--db", str(path), str(sheet)]) == 2
    assert "not a KPI Desk database" in one_line(capsys)
    assert path.read_bytes() == before, "the header (journal mode bytes 18-19) is as it was"


def test_a_refused_demo_day_leaves_no_file_and_the_next_run_works(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--today", "9999-12-31"]) == 2
    assert "--today must be between" in one_line(capsys)
    assert list(tmp_path.iterdir()) == [] or [p.name for p in tmp_path.iterdir()] == ["data"]
    assert main(["demo", "--db", str(path), "--today", "2025-11-20"]) == 0
    s = Store.open(path)
    assert len(s.members()) == 6
    s.close()


def test_a_demo_that_fails_midway_leaves_nothing_behind(tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    from desktop.models import demo

    real = demo.generate

    def dies_after_the_members(store, **kw):  # noqa: ANN001, ANN003, ANN202 - the demo stops halfway
        store.add_member(MemberIn(name="途中 太郎"))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo, "generate", dies_after_the_members)
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 2
    assert "disk is full" in one_line(capsys)
    assert not path.exists() and not [p for p in tmp_path.iterdir() if p.name != "data"]
    monkeypatch.setattr(demo, "generate", real)


def test_a_second_import_while_one_holds_the_lock_says_busy(tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    from desktop.models import db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "team.sqlite3"
    Store.open(path).close()
    sheet = tmp_path / "calls.csv"
    sheet.write_text("日付,担当者,結果\n2025-04-01,山田 太郎,アポ獲得\n", encoding="utf-8")
    importer = child("hold", str(path))
    assert importer.stdout.readline().strip() == "locked"
    try:
        assert main(["import", "--db", str(path), str(sheet)]) == 2
    finally:
        importer.stdin.write("rollback\n")
        importer.stdin.flush()
        importer.wait(timeout=30)
    err = one_line(capsys)
    assert "another KPI Desk is using it" in err and "unexpected" not in err


def _tree_db(path: Path, titles: list[str]) -> Path:
    s = Store.open(path)
    kgi = s.add_node(KpiNodeIn(kind="kgi", title="売上 1億", metric="revenue"))
    for n, title in enumerate(titles):
        s.add_node(KpiNodeIn(parent_id=kgi.id, position=n, kind="kpi", title=title, metric="calls"))
    s.close()
    return path


def test_tree_xlsx_writes_formula_looking_titles_as_text(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    titles = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x.example","click")', "+1+1", "@SUM(A1)"]
    out = tmp_path / "tree.xlsx"
    assert main(["tree", "--db", str(_tree_db(tmp_path / "t.sqlite3", titles)), "--period", "2025-04",
                 "--xlsx", str(out)]) == 0
    ws = load_workbook(out).worksheets[0]
    cells = [ws.cell(row=r, column=1) for r in range(3, 3 + len(titles))]
    assert [c.value.strip() for c in cells] == titles
    assert all(c.data_type == "s" for c in cells), "text, never a live formula"


def test_characters_xml_forbids_do_not_break_the_workbook(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "tree.xlsx"
    db = _tree_db(tmp_path / "t.sqlite3", ["架電\ufffe数\uffff", "接続\x0b率"])
    assert main(["tree", "--db", str(db), "--period", "2025-04", "--xlsx", str(out)]) == 0
    ws = load_workbook(out).worksheets[0]  # Excel (and openpyxl) refuse a file holding them
    assert [ws.cell(row=r, column=1).value.strip() for r in (3, 4)] == ["架電数", "接続率"]


def test_exported_workbooks_follow_the_umask(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "tree.xlsx"
    old = os.umask(0o022)
    try:
        assert main(["tree", "--db", str(_tree_db(tmp_path / "t.sqlite3", ["架電数"])), "--xlsx", str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_a_report_out_naming_a_folder_says_it_is_a_folder(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    folder = tmp_path / "reports.xlsx"
    folder.mkdir()
    db = _tree_db(tmp_path / "t.sqlite3", ["架電数"])
    assert main(["report", "--db", str(db), "--period", "2025-04", "--out", str(folder)]) == 2
    assert "is a folder" in one_line(capsys)


def test_a_csv_with_a_one_megabyte_cell_is_not_called_damaged(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    sheet = tmp_path / "calls.csv"
    sheet.write_text("日付,担当者,結果,メモ\n2025-04-01,山田 太郎,アポ獲得," + "長" * 1_000_000 + "\n", encoding="utf-8")
    db = tmp_path / "team.sqlite3"
    Store.open(db).close()
    assert main(["import", "--db", str(db), str(sheet)]) == 2
    err = one_line(capsys)
    assert "a cell is too long" in err and "damaged" not in err


def _report_to_tmpfs(tmp_path: Path, **disk) -> str:  # noqa: ANN003
    from tests.models.disks import on_tmpfs

    db = _tree_db(tmp_path / "t.sqlite3", ["架電数"])
    done = on_tmpfs(db, ["-m", "desktop", "report", "--db", str(db), "--period", "2025-04", "--out", "{db}.xlsx"],
                    copy=False, **disk)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def test_a_report_to_a_read_only_place_says_so_not_close_it_in_excel(tmp_path: Path) -> None:
    err = _report_to_tmpfs(tmp_path, read_only=True)
    assert "read-only" in err and "Excel" not in err and "unexpected" not in err


def test_a_report_on_a_full_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    err = _report_to_tmpfs(tmp_path, size_kb=4)
    assert "disk is full" in err and "unexpected" not in err
