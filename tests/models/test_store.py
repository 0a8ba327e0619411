"""The Store on real SQLite files and a real PostgreSQL server: opening, refusing, migrating, backups, rollups."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop.models import errors, migrate, rollup
from desktop.models.db import make_engine, sqlite_url
from desktop.models.settings import TALLY_SUM
from desktop.models.store import Store
from desktop.models.tables import ActivityIn, DealIn, MemberIn, TallyIn
from tests.models import engine_at

D = date(2025, 4, 3)


def _counts(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return sorted(conn.exec_driver_sql("SELECT day, member_id, metric, source, value FROM dailycount"))


@pytest.mark.sqlite_only
def test_a_new_file_uses_wal_foreign_keys_and_full_sync(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("日付,担当者\n2025/4/1,山田\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(errors.StoreError) as info:
        Store.open(path)
    assert info.value.code == errors.NOT_A_DATABASE
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(errors.StoreError) as info:
        Store.open(path)
    assert info.value.code == errors.NOT_KPIDESK
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["customers"]


def _kpidesk_file(tmp_path: Path) -> Path:
    path = tmp_path / "broken.sqlite3"
    s = Store.open(path)
    member = s.add_member(MemberIn(name="山田 太郎"))
    s.add_activities([ActivityIn(day=D, member_id=member.id, outcome="connected") for _ in range(2000)])
    s.close()
    with sqlite3.connect(path) as conn:  # fold the WAL back so the damage lands in the main file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _scribble(path: Path, first_page: int, last_page: int) -> Path:
    """Overwrite the contents of pages first..last (1-based, 4 KiB) as a failing disk would."""
    data = bytearray(path.read_bytes())
    for page in range(first_page, last_page + 1):
        offset = (page - 1) * 4096
        data[offset + 100: offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    return path


def _damaged_file(tmp_path: Path) -> Path:
    path = _kpidesk_file(tmp_path)
    return _scribble(path, 3, path.stat().st_size // 4096 - 1)


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.StoreError) as info:
        Store.open(_damaged_file(tmp_path))
    assert info.value.code == errors.DAMAGED


def test_the_background_check_finds_damage_and_keeps_it_out_of_the_backups(tmp_path: Path) -> None:
    path = _kpidesk_file(tmp_path)
    with sqlite3.connect(path) as conn:  # damage only pages of the activity table: opening reads none
        pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'activity'")]
    for page in pages[-3:]:
        _scribble(path, page, page)
    store = Store.open(path, check=False)  # what the app does, to paint sooner
    with pytest.raises(errors.StoreError) as info:
        store.check_integrity()
    assert info.value.code == errors.DAMAGED
    with pytest.raises(errors.StoreError):
        store.backup_rotating()
    assert not list(store.backup_dir.glob("daily-*.sqlite3"))
    store.close()


def test_upgrading_from_the_oldest_migration_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = engine_at(path, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO activity (day, member_id, kind, outcome, note) VALUES "
                             "('2025-04-01', 1, 'call', 'appointment', 'アポ獲得'), "
                             "('2025-04-02', 1, 'call', 'no_answer', '')")
    engine.dispose()
    assert migrate.current_revision(make_engine(sqlite_url(path))) == "0001"
    s = Store.open(path)
    assert migrate.current_revision(s.engine) == migrate.head_revision() != "0001"
    assert [m.name for m in s.members()] == ["山田 太郎"]
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM activity").scalar() == 2
    assert list(s.backup_dir.glob("pre-migration-*.sqlite3")), "a backup is taken before migrating"
    s.close()


def test_the_rollup_keeps_its_rows_when_it_loses_its_rowid(tmp_path: Path) -> None:
    """Migration 0004 re-keys DailyCount (day, metric, member, source) WITHOUT ROWID; not one count changes."""
    path = tmp_path / "v3.sqlite3"
    engine = engine_at(path, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO member (id, name, name_key, team, role, active) "
                             "VALUES (2, '佐藤 花子', '佐藤花子', '', 'rep', 1)")
        conn.exec_driver_sql("INSERT INTO activity (day, member_id, kind, outcome, note) VALUES "
                             "('2025-04-01', 1, 'call', 'appointment', ''), ('2025-04-01', 2, 'call', 'no_answer', ''), "
                             "('2025-04-02', 1, 'email', NULL, ''), ('2025-04-02', 2, 'call', 'connected', '')")
        conn.exec_driver_sql("INSERT INTO tally (day, member_id, metric, count) VALUES ('2025-04-02', 2, 'calls', 40)")
        rollup.rebuild(conn)  # as the old version did: no lead stages (0008) or contracts (0009) yet
        before = sorted(conn.exec_driver_sql("SELECT day, member_id, metric, source, value FROM dailycount"))
    engine.dispose()
    s = Store.open(path)
    try:
        assert _counts(s) == before and len(before) > 6
        with s.engine.connect() as conn:
            table = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'dailycount'").scalar()
        assert "WITHOUT ROWID" in table and "PRIMARY KEY (day, metric, member_id, source)" in table
        assert s.totals(date(2025, 4, 1), date(2025, 4, 2))["calls"] == 2 + 40  # the tally replaces one logged call
    finally:
        s.close()


def test_a_failed_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, target="0001")
    engine.dispose()

    def explode(conn, target):  # noqa: ANN001 - stands in for a migration that dies midway
        conn.exec_driver_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("killed midway")

    monkeypatch.setattr(migrate, "_run_alembic", explode)
    with pytest.raises(errors.StoreError) as info:
        Store.open(path)
    assert info.value.code == errors.MIGRATION_FAILED
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half_done" not in tables
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"


@pytest.mark.sqlite_only  # the server keeps its own backups (pg_dump, the provider's snapshots)
def test_backup_then_restore_round_trips(store: Store, tmp_path: Path) -> None:
    member = store.add_member(MemberIn(name="佐藤 花子"))
    store.add_activities([ActivityIn(day=D, member_id=member.id, outcome="appointment")])
    backup = store.backup(tmp_path / "backup.sqlite3")
    store.add_activities([ActivityIn(day=D, member_id=member.id, outcome="no_answer") for _ in range(3)])
    assert store.totals(D, D)["calls"] == 4
    store.restore(backup)
    assert store.totals(D, D)["calls"] == 1
    assert store.totals(D, D)["appointments"] == 1


def test_restore_refuses_a_file_that_is_not_a_backup(store: Store, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    member = store.add_member(MemberIn(name="佐藤 花子"))
    store.add_activities([ActivityIn(day=D, member_id=member.id)])
    with pytest.raises(errors.StoreError):
        store.restore(bogus)
    assert store.totals(D, D)["calls"] == 1


def test_incremental_rollups_equal_a_rebuild(demo_store: Store) -> None:
    members = [m.id for m in demo_store.members()]
    demo_store.set_tallies([TallyIn(day=D, member_id=members[0], metric="calls", count=55)])
    deal = demo_store.add_deals([DealIn(member_id=members[1], created_day=D, amount=1_500_000)])[0]
    demo_store.update_deal(deal, stage="won", closed_day=date(2025, 5, 8))
    gone = demo_store.remove_activities(list(range(1, 400)))
    demo_store.restore_activities(gone[:100])
    incremental = _counts(demo_store)
    demo_store.rebuild_rollups()
    assert _counts(demo_store) == incremental


def test_rollup_counts_equal_a_direct_count_from_the_facts(demo_store: Store) -> None:
    start, end = date(2025, 4, 1), date(2025, 4, 30)
    totals = demo_store.totals(start, end)
    with demo_store.engine.connect() as conn:
        calls = conn.exec_driver_sql("SELECT count(*) FROM activity WHERE kind='call' AND day BETWEEN "
                                     "'2025-04-01' AND '2025-04-30'").scalar()
        connects = conn.exec_driver_sql(
            "SELECT count(*) FROM activity WHERE outcome IN ('connected','appointment','rejected') "
            "AND day BETWEEN '2025-04-01' AND '2025-04-30'").scalar()
        revenue = conn.exec_driver_sql("SELECT coalesce(sum(amount),0) FROM deal WHERE stage='won' AND "
                                       "closed_day BETWEEN '2025-04-01' AND '2025-04-30'").scalar()
    assert (totals["calls"], totals["connects"], totals["revenue"]) == (calls, connects, revenue)
    assert calls > 1000


def test_a_tally_replaces_or_adds_to_logged_calls_as_the_team_chose(store: Store) -> None:
    member = store.add_member(MemberIn(name="鈴木 一郎"))
    store.add_activities([ActivityIn(day=D, member_id=member.id) for _ in range(7)])
    store.set_tallies([TallyIn(day=D, member_id=member.id, metric="calls", count=30)])
    assert store.totals(D, D)["calls"] == 30  # the default: the tally overrides
    store.save_domain_settings(store.domain_settings().__class__(tally_mode=TALLY_SUM))
    assert store.totals(D, D)["calls"] == 37


def test_undoing_a_tally_puts_back_what_was_there(store: Store) -> None:
    member = store.add_member(MemberIn(name="鈴木 一郎"))
    first = store.set_tallies([TallyIn(day=D, member_id=member.id, metric="calls", count=30)])
    second = store.set_tallies([TallyIn(day=D, member_id=member.id, metric="calls", count=45)])
    assert store.totals(D, D)["calls"] == 45
    store.restore_tallies(second)
    assert store.totals(D, D)["calls"] == 30
    store.restore_tallies(first)
    assert store.totals(D, D)["calls"] == 0


def test_a_write_from_another_connection_is_noticed(store: Store, location: str) -> None:
    assert store.poll_external_change() is False
    member = store.add_member(MemberIn(name="高橋 美咲"))
    assert store.poll_external_change() is False, "our own writes are not 'external'"
    other = Store.open(location)
    other.add_activities([ActivityIn(day=D, member_id=member.id)])
    other.close()
    assert store.poll_external_change(wait=2) is True  # PostgreSQL: as soon as the NOTIFY arrives
    assert store.poll_external_change() is False


def test_names_match_regardless_of_spacing(store: Store) -> None:
    ids = store.member_ids_by_name(["山田 太郎", "山田太郎", "山田　太郎", "佐藤花子"])
    assert ids["山田 太郎"] == ids["山田太郎"] == ids["山田　太郎"] != ids["佐藤花子"]
    assert len(store.members()) == 2


def test_changes_are_published_after_commit(store: Store) -> None:
    seen = []
    store.changes.subscribe(seen.append)
    member = store.add_member(MemberIn(name="田中 健太"))
    ids = store.add_activities([ActivityIn(day=D, member_id=member.id)])
    assert [(c.kind, c.table, c.ids) for c in seen] == [("added", "member", (member.id,)),
                                                        ("added", "activity", tuple(ids))]


def test_an_invalid_row_writes_nothing(store: Store) -> None:
    member = store.add_member(MemberIn(name="田中 健太"))
    with pytest.raises(Exception):
        store.add_activities([ActivityIn(day=D, member_id=member.id), ActivityIn(day=D, member_id=9999)])
    assert store.totals(D, D)["calls"] == 0
    engine = store.backend.make_engine()  # a connection of its own, as another program would have
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM activity").scalar() == 0
    engine.dispose()


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite's
def test_a_leads_last_activity_is_one_index_seek(store: Store) -> None:
    with store.engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN SELECT max(day) FROM activity WHERE lead_id = 1").fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "ix_activity_lead_day" in details and "SCAN" not in details


MOUNTS = """sysfs /sys sysfs rw,nosuid 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
//nas.office.local/sales /mnt/office\\040share cifs rw,vers=3.0 0 0
nas:/export/home /home/yamada/nfs nfs4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize("path, network", [
    ("/mnt/office share/kpi.sqlite3", True), ("/home/yamada/nfs/営業/kpi.sqlite3", True),
    ("\\\\\\\\nas\\\\sales\\\\kpi.sqlite3", True), ("//nas/sales/kpi.sqlite3", True),
    ("/home/yamada/kpi.sqlite3", False), ("/tmp/kpi.sqlite3", False),
])
def test_network_folders_are_told_from_local_ones(path: str, network: bool) -> None:
    from desktop.models.backend import is_network_path

    assert is_network_path(path, MOUNTS) is network


def test_a_sqlite_file_on_a_network_folder_is_refused_and_points_to_team_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """This machine's own /proc/mounts, with one more line saying tmp_path is an SMB share."""
    from desktop.cli import main
    from desktop.models import backend

    shared = tmp_path / "kpi.sqlite3"
    mounts = Path("/proc/mounts").read_text() + f"//nas/sales {tmp_path} cifs rw 0 0\n"
    original = backend.is_network_path
    monkeypatch.setattr("desktop.models.store.is_network_path", lambda p: original(p, mounts))
    with pytest.raises(errors.StoreError) as info:
        Store.open(shared)
    assert info.value.code == errors.NETWORK_FOLDER and not shared.exists()
    assert main(["summary", "--db", str(shared)]) == 2
    assert "kpidesk team" in capsys.readouterr().err
