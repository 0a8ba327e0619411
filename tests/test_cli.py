"""The headless commands: exact numbers out, one clear line and exit 2 on bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_reproduces_the_articles_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "--revenue", "100000000", "--deal-size", "1000000",
                       "--win-rate", "0.2", "--fiscal-year", "2025", "--json")
    assert code == 0
    opportunities = {s["metric"]: s for s in json.loads(out)["steps"]}["opportunities"]
    assert (opportunities["year"], opportunities["month"], opportunities["week"]) == (500, 42, 10)


def test_plan_reads_japanese_amounts_and_percentages(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "--revenue", "1億", "--deal-size", "100万円", "--win-rate", "20%",
                       "--opportunity-rate", "２５％", "--fiscal-year", "2025", "--json")
    steps = {s["metric"]: s["year"] for s in json.loads(out)["steps"]}
    assert code == 0 and steps == {"revenue": 100_000_000, "wins": 100, "opportunities": 500, "appointments": 2000}


@pytest.mark.parametrize("args", [
    ["plan", "--revenue", "abc", "--deal-size", "1", "--win-rate", "0.2"],
    ["plan", "--revenue", "100000000", "--win-rate", "0.2"],
    ["plan", "--revenue", "100000000", "--deal-size", "1000000", "--win-rate", "0"],
    ["plan", "--wins", "10", "--win-rate", "0.2", "--members", "0"],
    ["summary", "--from", "2025-13-01"],
    ["gui", "--size", "10x10", "--screenshot", "shot.png"],
    ["gui", "--size", "wide", "--screenshot", "shot.png"],
    ["nonsense"],
])
def test_bad_input_prints_one_error_line_and_exits_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_summary_refuses_a_file_that_is_not_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bogus = tmp_path / "tracker.xlsx"
    bogus.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    code, _, err = run(capsys, "summary", "--db", str(bogus))
    assert code == 2 and str(bogus) in err and err.count("\n") == 1


def test_summary_counts_equal_a_direct_count_from_the_facts(capsys: pytest.CaptureFixture[str],
                                                             demo_file: Path) -> None:
    code, out, _ = run(capsys, "summary", "--db", str(demo_file), "--by", "month", "--json")
    assert code == 0
    months = json.loads(out)
    with sqlite3.connect(demo_file) as conn:
        direct = dict(conn.execute("SELECT substr(day, 1, 7), count(*) FROM activity WHERE kind='call' GROUP BY 1"))
        appts = dict(conn.execute("SELECT substr(day, 1, 7), count(*) FROM activity "
                                  "WHERE outcome='appointment' GROUP BY 1"))
        wins = dict(conn.execute("SELECT substr(closed_day, 1, 7), count(*) FROM deal WHERE stage='won' GROUP BY 1"))
    assert {m: v["calls"] for m, v in months.items()} == direct
    assert {m: v["appointments"] for m, v in months.items() if v["appointments"]} == appts
    assert {m: v["wins"] for m, v in months.items() if v["wins"]} == wins
    april = months["2025-04"]
    assert april["connect_rate"] == round(april["connects"] / april["calls"], 4)


def test_summary_for_one_member_by_any_spelling(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    _, team, _ = run(capsys, "summary", "--db", str(demo_file), "--json", "--from", "2025-04-01", "--to", "2025-04-30")
    _, one, _ = run(capsys, "summary", "--db", str(demo_file), "--json", "--member", "山田太郎",
                    "--from", "2025-04-01", "--to", "2025-04-30")
    assert 0 < json.loads(one)["2025-04"]["calls"] < json.loads(team)["2025-04"]["calls"]
    code, _, err = run(capsys, "summary", "--db", str(demo_file), "--member", "存在しない人")
    assert code == 2 and "存在しない人" in err


def test_demo_refuses_to_write_into_a_database_with_data(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--today", "2025-11-20")[0] == 0
    code, _, err = run(capsys, "demo", "--db", str(path))
    assert code == 2 and "error:" in err


def _damage_the_rollup(tmp_path: Path, damage) -> Path:  # noqa: ANN001 - (page bytes, offset) -> None
    """A database of 3000 calls whose rollup (dailycount) pages are changed by `damage`."""
    from desktop.models.store import Store
    from desktop.models.tables import ActivityIn, MemberIn

    path = tmp_path / "team.sqlite3"
    store = Store.open(path)
    member = store.add_member(MemberIn(name="山田 太郎"))
    store.add_activities([ActivityIn(day="2025-04-01", member_id=member.id) for _ in range(3000)])
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0, "every page is in the file"
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'dailycount'")]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        damage(data, (page - 1) * 4096)
    path.write_bytes(bytes(data))
    return path


def _overwrite(data: bytearray, start: int) -> None:
    data[start + 8: start + 4096] = b"\xff" * (4096 - 8)


def _point_past_the_page(data: bytearray, start: int) -> None:
    """Every cell pointer moved 4096 bytes on: SQLite masks it back onto the cell unless it checks."""
    cells = int.from_bytes(data[start + 3: start + 5], "big")
    for n in range(cells):
        at = start + 8 + 2 * n
        data[at: at + 2] = (int.from_bytes(data[at: at + 2], "big") + 4096).to_bytes(2, "big")


@pytest.mark.parametrize("damage", [_overwrite, _point_past_the_page])
def test_a_damaged_database_gets_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, damage) -> None:  # noqa: ANN001
    path = _damage_the_rollup(tmp_path, damage)
    code, out, err = run(capsys, "summary", "--db", str(path), "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(path) in err and "damaged" in err


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_global_lang_option_goes_before_a_command_and_sets_its_language(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str) -> None:
    code, out, err = run(capsys, "--lang", lang, "plan", "--revenue", "1億", "--deal-size", "100万",
                         "--win-rate", "20%", "--fiscal-year", "2025", "--json")
    assert (code, err) == (0, "") and json.loads(out)["steps"]  # the command ran, not the GUI
    missing = str(tmp_path / "no such folder" / "kpi.sqlite3")
    code, _, err = run(capsys, f"--lang={lang}", "summary", "--db", missing)
    assert code == 2 and err.startswith("error: ")
    assert ("ありません" in err) == (lang == "ja")  # the fixture's KPIDESK_LANG=en is overridden by --lang ja
