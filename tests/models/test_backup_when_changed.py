"""The daily backup is taken only when there is something new to keep since the last good one."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models import store as store_module
from desktop.models.store import Store
from desktop.models.tables import ActivityIn, MemberIn


def _on(day: date, monkeypatch: pytest.MonkeyPatch) -> None:
    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return datetime(day.year, day.month, day.day, 9, 0, tzinfo=tz)

    monkeypatch.setattr(store_module, "datetime", Clock)


def _daily(store: Store) -> list[str]:
    return sorted(p.name for p in store.backup_dir.glob("daily-*.sqlite3"))


def test_a_day_without_changes_takes_no_new_backup_and_an_edit_takes_one(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "team.sqlite3"
    store = Store.open(path)
    rep = store.add_member(MemberIn(name="山田 太郎"))
    [call] = store.add_activities([ActivityIn(day=date(2025, 6, 2), member_id=rep.id, outcome="no_answer")])
    _on(date(2025, 6, 2), monkeypatch)
    assert store.backup_rotating() is not None
    store.close()
    for day in (3, 4, 5):  # three starts, nothing written: the 2nd's backup is still the newest
        store = Store.open(path)
        _on(date(2025, 6, day), monkeypatch)
        assert store.backup_rotating() is None
        store.close()
    assert _daily(store) == ["daily-20250602.sqlite3"]
    store = Store.open(path)
    store.update_activity(call[0] if isinstance(call, tuple) else call, note="折り返し希望")  # same counts, new data
    _on(date(2025, 6, 6), monkeypatch)
    made = store.backup_rotating()
    assert made is not None and made.name == "daily-20250606.sqlite3"
    _on(date(2025, 6, 7), monkeypatch)
    assert store.backup_rotating() is None
    store.close()
    assert _daily(store) == ["daily-20250602.sqlite3", "daily-20250606.sqlite3"]


def test_a_backup_without_its_mark_does_not_stop_the_next_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(tmp_path / "team.sqlite3")
    store.add_member(MemberIn(name="佐藤 花子"))
    _on(date(2025, 6, 2), monkeypatch)
    first = store.backup_rotating()
    first.with_name(f".{first.name}.mark").unlink()  # killed between the rename and the mark
    _on(date(2025, 6, 3), monkeypatch)
    assert store.backup_rotating() is not None
    store.close()
