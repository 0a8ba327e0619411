"""Rep names the team does not know are listed before they are stored; each can be mapped onto an
existing member (「山田」 → 「山田 太郎」), and the answer is remembered team-wide for the next import."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.importers.members import SETTING
from desktop.importers.session import import_path, preview_file
from desktop.models.store import Store
from desktop.models.tables import MemberIn


def log(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A call log: (day, rep) per call."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["日付", "担当者", "会社名", "結果"])
        for i, (day, rep) in enumerate(rows):
            w.writerow([day, rep, f"株式会社テスト{i}", "不在"])
    return path


CALLS = [("2025-04-01", "山田")] * 3 + [("2025-04-02", "佐藤 花子")] * 2 + [("2025-04-03", "山田 太郎")] * 4


def team(db: Path) -> None:
    store = Store.open(db)
    try:
        store.add_member(MemberIn(name="山田 太郎"))
    finally:
        store.close()


def calls_by_name(db: Path) -> dict[str, int]:
    store = Store.open(db)
    try:
        names = {m.id: m.name for m in store.members()}
        counts = store.member_counts(date(2025, 4, 1), date(2025, 4, 30))
        return {names[i]: c["calls"] for i, c in counts.items() if c["calls"]}
    finally:
        store.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "ja", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_dry_run_lists_the_new_names_and_stores_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    team(db)
    code, out, _err = run(capsys, "import", str(log(tmp_path / "calls.csv", CALLS)), "--db", str(db), "--dry-run")
    assert code == 0
    line = next(x for x in out.splitlines() if "新しい担当者" in x).strip()
    assert line.startswith("新しい担当者 (取り込むと登録されます): 佐藤 花子, 山田 —")
    assert '--member-map "佐藤 花子=担当者名"' in line
    assert calls_by_name(db) == {}


def test_a_member_map_puts_the_short_name_on_the_member_and_is_remembered(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    team(db)
    code, out, err = run(capsys, "import", str(log(tmp_path / "calls.csv", CALLS)), "--db", str(db),
                         "--member-map", "山田=山田　太郎")  # a full-width space: the same member
    assert code == 0, err
    assert [x.strip() for x in out.splitlines() if "新しい担当者" in x][0].startswith(
        "新しい担当者として登録しました: 佐藤 花子 —")
    assert calls_by_name(db) == {"山田 太郎": 7, "佐藤 花子": 2}
    # the next month's file: 山田 maps itself, nothing new is listed
    may = log(tmp_path / "may.csv", [("2025-04-20", "山田")] * 5)
    code, out, _err = run(capsys, "import", str(may), "--db", str(db))
    assert code == 0 and "新しい担当者" not in out
    assert calls_by_name(db) == {"山田 太郎": 12, "佐藤 花子": 2}


def test_the_preview_lists_only_names_no_member_has(store, tmp_path: Path) -> None:  # noqa: ANN001 - Store
    store.add_member(MemberIn(name="山田 太郎"))
    preview = preview_file(store, log(tmp_path / "calls.csv", CALLS))
    assert preview.new_members == ["佐藤 花子", "山田"]
    store.set_setting(SETTING, {"山田": "山田 太郎"})
    assert preview_file(store, log(tmp_path / "calls.csv", CALLS)).new_members == ["佐藤 花子"]
    report = import_path(store, tmp_path / "calls.csv")
    assert report.new_members == ["佐藤 花子"] and report.added == len(CALLS)


@pytest.mark.parametrize(("given", "said"), [
    ("山田", '--member-map は "ファイル上の名前=担当者名" の形で指定してください'),
    ("山田=山田 次郎", "'山田 次郎' という担当者はいません"),
])
def test_a_bad_member_map_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          given: str, said: str) -> None:
    db = tmp_path / "db.sqlite3"
    team(db)
    code, out, err = run(capsys, "import", str(log(tmp_path / "calls.csv", CALLS)), "--db", str(db),
                         "--member-map", given)
    assert code == 2 and said in err and err.count("\n") == 1 and "Traceback" not in err
    assert calls_by_name(db) == {}
    store = Store.open(db)
    try:
        assert store.setting(SETTING) is None and [m.name for m in store.members()] == ["山田 太郎"]
    finally:
        store.close()
