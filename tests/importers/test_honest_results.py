"""A file that gives nothing says why in one line, exits 2, and leaves no history and no remembered
mapping; a hand mapping changes only the columns it names; --member gives rows a rep."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.importers.session import import_path
from desktop.models.store import Store
from tests.importers import lookalikes as look


def write(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_file_whose_rows_all_fail_exits_2_naming_the_reason_and_stores_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "old.csv", [["Date", "Agent", "Result"], ["1/2/1900", "Ann Lee", "Busy"],
                                        ["3/4/1899", "Ann Lee", "Voicemail"], ["", "Ann Lee", "Busy"]])
    db = tmp_path / "db.sqlite3"
    code, _out, err = run(capsys, "import", str(path), "--db", str(db))
    assert code == 2
    assert err.count("\n") == 1 and "no row could be stored" in err
    assert "the date is implausible" in err and "'1/2/1900'" in err and "(2 rows" in err
    store = Store.open(db)
    try:
        assert store.import_batches() == []
        plan_shape = import_path(store, path, dry_run=True).plans[0].shape
        assert store.remembered_mapping(plan_shape) is None
    finally:
        store.close()


def test_no_table_says_what_was_looked_for_and_what_the_nearest_sheet_lacked(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "durations.csv", [["Call Start Time", "Duration"], ["2025-04-01 10:00:00", "30"],
                                       ["2025-04-01 10:05:00", "45"]])
    monkeypatch.chdir(tmp_path)  # the line is capped in length: a long temporary path must not cut its end off
    code, _out, err = run(capsys, "import", "durations.csv", "--db", "db.sqlite3", "--dry-run")
    assert code == 2
    assert "looked for a header row with a date, a rep" in err
    assert "the nearest, sheet 'durations' (header row 1), lacks a result, type, count or stage column" in err


def test_a_dry_run_of_a_file_that_gives_nothing_exits_2_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "log.csv", [["Date", "Result"], ["2025-04-01", "Busy"], ["2025-04-02", "Voicemail"]])
    code, out, err = run(capsys, "import", str(path), "--db", str(tmp_path / "db.sqlite3"), "--dry-run", "--json")
    assert code == 2 and json.loads(out)[0]["nothing_stored"] is True
    assert "no rep (name one with --member)" in err


def test_member_option_gives_a_file_without_a_rep_column_its_rep(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "log.csv", [["Date", "Result"], ["2025-04-01", "Busy"], ["2025-04-02", "Connected"]])
    db = tmp_path / "db.sqlite3"
    code, _out, err = run(capsys, "import", str(path), "--db", str(db), "--member", "Ann Lee")
    assert code == 0, err
    store = Store.open(db)
    try:
        assert [m.name for m in store.members()] == ["Ann Lee"]
        assert store.import_batches()[0].rows_added == 2
    finally:
        store.close()


def test_a_mapping_file_changes_only_the_columns_it_names(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path, _calls = look.zoho_calls(tmp_path / "Calls.csv")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"Subject": "", "Call Purpose": "result"}), encoding="utf-8")
    code, out, _err = run(capsys, "import", str(path), "--db", str(tmp_path / "db.sqlite3"), "--dry-run",
                          "--json", "--mapping", str(mapping))
    assert code == 0
    got = json.loads(out)[0]["sheets"][0]["mapping"]
    assert got["Call Purpose"] == "result" and "Subject" not in got
    assert got["Call Start Time"] == "day" and got["Call Owner"] == "member"  # the automatic ones stay


def test_a_renamed_file_adds_nothing_again(store, tmp_path: Path) -> None:  # noqa: ANN001 - Store
    path, _calls = look.zoho_calls(tmp_path / "Calls.csv")
    first = import_path(store, path)
    renamed = path.rename(tmp_path / "Calls (1).csv")
    again = import_path(store, renamed)
    assert first.added == 60 and again.added == 0
