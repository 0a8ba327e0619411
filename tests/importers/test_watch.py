"""`kpidesk import --watch DIR`: a new or changed file is imported once, by itself, and recorded in
the history; an unchanged one is left alone; a file that fails says why and exits 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.models.store import Store
from tests.importers import lookalikes as look


def watch(capsys: pytest.CaptureFixture[str], folder: Path, db: Path) -> tuple[int, str, str]:
    code = main(["--lang", "en", "import", "--watch", str(folder), "--once", "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def batches(db: Path) -> list[tuple[str, int]]:
    store = Store.open(db)
    try:
        return [(b.file_name, b.rows_added) for b in store.import_batches()]
    finally:
        store.close()


def test_a_watched_folder_imports_new_and_changed_files_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder, db = tmp_path / "exports", tmp_path / "db.sqlite3"
    folder.mkdir()
    path, _ = look.dialer_log(folder / "call_log.csv")
    (folder / "~$call_log.xlsx").write_bytes(b"lock")  # Excel's lock file is no tracker
    code, out, _ = watch(capsys, folder, db)
    assert code == 0 and "call_log.csv: added/replaced/skipped = 30/0/0" in out
    assert watch(capsys, folder, db)[:2] == (0, "")  # unchanged: not read again, no new history entry
    assert batches(db) == [("call_log.csv", 30)]
    with path.open("a", encoding="utf-8") as fh:
        fh.write("John Smith,Busy,5,10099,2025-05-09 3:00 PM,5551239999\n")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    code, out, _ = watch(capsys, folder, db)
    assert code == 0 and "added/replaced/skipped = 1/0/30" in out  # only the new row is added
    assert [n for _, n in batches(db)] == [1, 30]


def test_a_file_that_fails_in_a_watched_folder_exits_2_saying_why(capsys: pytest.CaptureFixture[str],
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "old.csv").write_text("Date,Agent,Result\n1/2/1900,Ann Lee,Busy\n", encoding="utf-8")
    code, _out, err = watch(capsys, folder, tmp_path / "db.sqlite3")
    assert code == 2 and "old.csv: no row could be stored: the date is implausible" in err
    assert watch(capsys, folder, tmp_path / "db.sqlite3")[0] == 0  # tried again only once it changes
