"""Entries that cannot be stored at quit are kept beside the database and stored at the next start,
in order and exactly once, even when that start is killed midway (real child processes, a real file)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.store import Store
from desktop.models.tables import MemberIn
from desktop.views.activities import kept
from tests.models.test_upgrade_races import ROOT, child


def quick_log(*args: str, namespace: bool = False) -> subprocess.Popen:
    """The child; with `namespace` in a mount namespace of its own (`unshare -rm`: it may mount there)."""
    command = [sys.executable, "-m", "tests.views.child_quicklog", *args]
    return subprocess.Popen(["unshare", "-rm", *command] if namespace else command, cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def stored_calls(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT outcome, dedupe_key FROM activity ORDER BY id").fetchall()


def quit_while_locked(path: Path, mode: str, kept_line: str, *, namespace: bool = False) -> None:
    """The child app `mode` on a new file with one member quits while another process holds the write
    lock, and says `kept_line`."""
    store = Store.open(path)
    store.add_member(MemberIn(name="山田 太郎"))
    store.close()
    app = quick_log(mode, str(path), namespace=namespace)
    assert app.stdout.readline().strip() == "ready"
    holder = child("hold", str(path))
    assert holder.stdout.readline().strip() == "locked"
    app.stdin.write("go\n")
    app.stdin.flush()
    assert app.stdout.readline().strip() == kept_line
    assert app.wait(timeout=30) == 0
    holder.stdin.write("commit\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "committed"
    holder.wait(timeout=30)


@pytest.fixture
def kept_at_quit(tmp_path: Path) -> Path:
    """A file whose three calls could not be stored at quit: another process held the write lock."""
    quit_while_locked(tmp_path / "team.sqlite3", "keep", "kept 3")
    return tmp_path / "team.sqlite3"


def test_entries_not_stored_at_quit_are_kept_in_a_file_beside_the_database(kept_at_quit: Path) -> None:
    assert stored_calls(kept_at_quit) == []
    data = json.loads(kept.path_for(kept_at_quit).read_text(encoding="utf-8"))
    assert [e["label"] for e in data["entries"]] == ["call 0", "call 1", "call 2"]
    assert [e["rows"][0]["outcome"] for e in data["entries"]] == ["no_answer", "gatekeeper", "appointment"]
    assert not list(kept_at_quit.parent.glob(".*.partial")), "written under a temporary name, then renamed"


def test_the_next_start_stores_the_kept_entries_in_order_and_removes_the_file(kept_at_quit: Path) -> None:
    keys = [e["rows"][0]["dedupe_key"] for e in kept.load(kept_at_quit)]
    app = quick_log("restore", str(kept_at_quit))
    lines = app.communicate(timeout=60)[0].split("\n")
    assert lines[:5] == ["restoring 3", "stored call 0", "stored call 1", "stored call 2", "done"]
    assert stored_calls(kept_at_quit) == list(zip(("no_answer", "gatekeeper", "appointment"), keys))
    assert not kept.path_for(kept_at_quit).exists()


@pytest.mark.parametrize("kill_after", [1, 2, 3])
def test_a_next_start_killed_midway_still_stores_each_kept_entry_exactly_once(kept_at_quit: Path,
                                                                               kill_after: int) -> None:
    keys = [e["rows"][0]["dedupe_key"] for e in kept.load(kept_at_quit)]
    app = quick_log("restore", str(kept_at_quit))
    assert app.stdout.readline().strip() == "restoring 3"
    for _ in range(kill_after):
        assert app.stdout.readline().startswith("stored")
    os.kill(app.pid, signal.SIGKILL)  # stored, and maybe more, but the file may not be gone yet
    app.wait(timeout=30)
    assert len(stored_calls(kept_at_quit)) >= kill_after
    again = quick_log("restore", str(kept_at_quit))
    assert again.communicate(timeout=60)[0].rstrip().endswith("done")
    assert stored_calls(kept_at_quit) == list(zip(("no_answer", "gatekeeper", "appointment"), keys))
    assert not kept.path_for(kept_at_quit).exists()


def test_the_quick_log_stores_the_kept_entries_when_it_opens(kept_at_quit: Path, qapp, qtbot,
                                                                                 tmp_path: Path) -> None:  # noqa: ANN001
    from desktop.views.activities.quick_log import QuickLogPanel
    from tests.conftest import make_context
    from tests.views.test_quick_log_busy import _panel

    store = Store.open(kept_at_quit)
    context = make_context(store, tmp_path)
    panel = _panel(context, qtbot)
    assert isinstance(panel, QuickLogPanel)
    qtbot.waitUntil(lambda: not panel.queue.pending() and not kept.path_for(kept_at_quit).exists(), timeout=20_000)
    panel._refresher.flush()
    assert [outcome for outcome, _key in stored_calls(kept_at_quit)] == ["no_answer", "gatekeeper", "appointment"]
    assert panel.recent.count() == 3 and "山田 太郎" in panel.recent.item(0).text()
    context.signals.close()
    store.close()


@pytest.fixture
def undo_kept_at_quit(tmp_path: Path) -> Path:
    """Three stored calls; the undo of the last one could not be stored at quit (the lock was held)."""
    quit_while_locked(tmp_path / "team.sqlite3", "keep_undo", "kept 1")
    return tmp_path / "team.sqlite3"


def test_an_undo_not_stored_at_quit_is_kept_and_applied_once_on_the_next_start(undo_kept_at_quit: Path) -> None:
    calls = stored_calls(undo_kept_at_quit)
    assert [outcome for outcome, _ in calls] == ["no_answer", "gatekeeper", "appointment"], "not undone yet"
    assert [(e["label"], e["remove"]) for e in kept.load(undo_kept_at_quit)] == [("Log call 2", [calls[2][1]])]
    for _ in range(2):  # the file put back as if a start was killed before it went: still once
        saved = kept.path_for(undo_kept_at_quit).read_bytes()
        app = quick_log("restore", str(undo_kept_at_quit))
        assert app.communicate(timeout=60)[0].split("\n")[:3] == ["restoring 1", "stored Log call 2", "done"]
        assert stored_calls(undo_kept_at_quit) == calls[:2]
        assert not kept.path_for(undo_kept_at_quit).exists()
        kept.path_for(undo_kept_at_quit).write_bytes(saved)


def test_the_quick_log_applies_a_kept_undo_when_it_opens_and_says_so(undo_kept_at_quit: Path, qapp, qtbot,
                                                                      tmp_path: Path) -> None:  # noqa: ANN001
    from tests.conftest import make_context
    from tests.views.test_quick_log_busy import _panel

    store = Store.open(undo_kept_at_quit)
    context = make_context(store, tmp_path)
    panel = _panel(context, qtbot)
    qtbot.waitUntil(lambda: not kept.path_for(undo_kept_at_quit).exists() and not panel.queue.pending_steps(),
                    timeout=20_000)
    qtbot.waitUntil(lambda: panel.hint.text() == "Undone: Log call 2", timeout=20_000)  # not "Undoing: …"
    assert context.undo.count() == 0  # nothing to redo from a past run
    assert [outcome for outcome, _ in stored_calls(undo_kept_at_quit)] == ["no_answer", "gatekeeper"]
    context.signals.close()
    store.close()


def test_entries_are_kept_in_the_user_data_folder_when_the_databases_folder_is_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "team.sqlite3"
    fallback = kept.fallback_path(path)
    quit_while_locked(path, "keep_read_only", f"kept 3 in {fallback}", namespace=True)
    assert fallback.parent == tmp_path / "data" / "quicklog-pending" and not kept.path_for(path).exists()
    assert kept.found_in(path) == [fallback]
    again = quick_log("restore", str(path))  # the next start finds them there
    assert again.communicate(timeout=60)[0].split("\n")[:5] == ["restoring 3", "stored call 0", "stored call 1",
                                                               "stored call 2", "done"]
    assert [outcome for outcome, _ in stored_calls(path)] == ["no_answer", "gatekeeper", "appointment"]
    assert not fallback.exists()


def test_the_quick_log_says_where_entries_were_kept_when_not_beside_the_database(kept_at_quit: Path, qapp, qtbot,
                                                                                  tmp_path: Path) -> None:  # noqa: ANN001
    from tests.conftest import make_context
    from tests.views.test_quick_log_busy import _panel

    fallback = kept.fallback_path(kept_at_quit)  # as a quit on a read-only folder leaves them
    fallback.parent.mkdir(parents=True)
    kept.path_for(kept_at_quit).rename(fallback)
    store = Store.open(kept_at_quit)
    context = make_context(store, tmp_path)
    panel = _panel(context, qtbot)
    qtbot.waitUntil(lambda: str(fallback) in panel.hint.text(), timeout=20_000)
    assert "could not be written" in panel.hint.text() and not fallback.exists()
    assert panel.minimumSizeHint().width() < 1024 - 170, "the long path wraps; the window stays 1024 px wide"
    assert len(stored_calls(kept_at_quit)) == 3
    context.signals.close()
    store.close()


def test_a_kept_file_that_cannot_be_removed_once_stored_is_not_applied_again(tmp_path: Path) -> None:
    """The database's folder turned read-only after a quit kept entries beside it: the next start stores
    them but cannot remove the file. It is marked applied in the user data folder, so the start after
    does not add a row again that the user may have deleted since; a later file of new entries counts."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "team.sqlite3"
    entry = {"label": "call 0", "who": "山田 太郎", "rows": [{"day": "2025-04-01", "kind": "call",
                                                            "dedupe_key": "quicklog:0"}]}
    assert kept.save(path, [entry]) == kept.path_for(path)
    script = ("import sys; from pathlib import Path; from desktop.views.activities import kept; "
              "p = Path(sys.argv[1]); kept.save(p, []); print(len(kept.found_in(p)), len(kept.load(p)))")
    shell = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    done = subprocess.run(["unshare", "-rm", "sh", "-c", shell, "sh", str(folder), sys.executable, "-c", script,
                           str(path)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.split() == ["0", "0"], done.stderr
    assert kept.path_for(path).exists(), "the read-only folder kept the file"
    assert kept.found_in(path) == [] and kept.load(path) == []  # the next start does not apply it again
    later = {**entry, "label": "call 1", "rows": [{**entry["rows"][0], "dedupe_key": "quicklog:1"}]}
    kept.save(path, [later])  # the folder can be written again: a new quit keeps new entries there
    assert kept.found_in(path) == [kept.path_for(path)] and kept.load(path) == [later]
