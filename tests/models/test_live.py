"""Other people's writes reach every client: LISTEN/NOTIFY plus a change sequence on PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import psycopg
import pytest
from sqlalchemy import insert

from desktop.models.pg_backend import CHANNEL, driver_url
from desktop.models.store import Store
from desktop.models.tables import Activity, ActivityIn, LeadIn, MemberIn

D = date(2025, 4, 3)


@pytest.fixture
def two_clients(pg_url: str):
    """Two KPI Desk clients on one team database, as two PCs would be."""
    a, b = Store.open(pg_url), Store.open(pg_url)
    yield a, b
    a.close()
    b.close()


def _plain(url: str) -> str:
    return driver_url(url).replace("postgresql+psycopg://", "postgresql://")


def test_a_notification_names_the_table_and_ids_and_arrives_only_after_commit(pg_url: str) -> None:
    writer = Store.open(pg_url)
    member = writer.add_member(MemberIn(name="山田 太郎"))
    with psycopg.connect(_plain(pg_url), autocommit=True) as listener:
        listener.execute(f"LISTEN {CHANNEL}")
        with writer.engine.connect() as conn:
            tx = conn.begin()
            conn.execute(insert(Activity), [{"day": D, "member_id": member.id, "kind": "call", "note": ""}])
            assert list(listener.notifies(timeout=0.2)) == [], "nothing is announced before COMMIT"
            tx.commit()
        notes = [json.loads(n.payload) for n in listener.notifies(timeout=2, stop_after=1)]
    writer.close()
    assert [(n["table"], len(n["ids"])) for n in notes] == [("activity", 1)] and notes[0]["seq"] > 0


def test_a_write_on_one_client_reaches_the_other_with_its_ids(two_clients) -> None:
    a, b = two_clients
    member = a.add_member(MemberIn(name="山田 太郎"))
    ids = a.add_activities([ActivityIn(day=D, member_id=member.id, outcome="appointment")])
    seen = b.external_changes(wait=2)  # returns as soon as the notification is there
    assert ("member", (member.id,)) in [(c.table, c.ids) for c in seen]
    assert ("activity", tuple(ids)) in [(c.table, c.ids) for c in seen]
    assert a.external_changes() == [], "a client's own writes are not someone else's"
    assert b.external_changes() == [], "each change is reported once"
    assert b.totals(D, D)["appointments"] == 1


def test_a_lead_stage_reaches_the_other_client_and_its_counts(two_clients) -> None:
    a, b = two_clients
    member = a.add_member(MemberIn(name="山田 太郎"))
    lead = a.add_lead(LeadIn(company="サクラ商事", owner_id=member.id)).id
    b.external_changes(wait=2)
    a.set_lead_status(lead, "sql", D)  # MQL and SQL on the day: two rows
    seen = b.external_changes(wait=2)
    assert sum(len(c.ids) for c in seen if c.table == "leadstatus") == 2
    assert ("lead", (lead,)) in [(c.table, c.ids) for c in seen]
    assert (b.totals(D, D)["mqls"], b.totals(D, D)["sqls"]) == (1, 1)


def test_a_client_that_lost_its_connection_catches_up_by_sequence(two_clients, pg_server) -> None:
    a, b = two_clients
    member = a.add_member(MemberIn(name="佐藤 花子"))
    b.external_changes(wait=2)
    with pg_server.admin() as admin:  # the server drops b's listening connection (a network blip)
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE query LIKE 'LISTEN%%' AND datname = current_database()")
    ids = a.add_activities([ActivityIn(day=D, member_id=member.id) for _ in range(3)])
    seen = b.external_changes(wait=2)  # its NOTIFY went nowhere: the change sequence says what was missed
    assert ("activity", tuple(ids)) in [(c.table, c.ids) for c in seen]
    more = a.add_activities([ActivityIn(day=D, member_id=member.id)])
    assert [(c.table, c.ids) for c in b.external_changes(wait=2)] == [("activity", tuple(more))], "listening again"


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004", "0005", "0006_deal", "0007"])
def test_a_team_database_upgrades_from_each_older_revision_keeping_its_rows(pg_url: str, revision: str) -> None:
    from desktop.models import migrate
    from desktop.models.pg_backend import PostgresBackend

    engine = PostgresBackend(pg_url).make_engine()
    migrate.upgrade(engine, target=revision)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO member (name, name_key, team, role, active) "
                             "VALUES ('山田 太郎', '山田太郎', '', 'rep', true)")
        conn.exec_driver_sql("INSERT INTO activity (day, member_id, kind, outcome, note, dedupe_key) VALUES "
                             "('2025-04-01', 1, 'call', 'appointment', '', 'k1'), "
                             "('2025-04-02', 1, 'call', 'no_answer', '', '2025-04-02:k2')")
    engine.dispose()
    store = Store.open(pg_url)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        store.rebuild_rollups()
        assert store.totals(date(2025, 4, 1), date(2025, 4, 2))["calls"] == 2
        with store.engine.connect() as conn:
            keys = sorted(k for (k,) in conn.exec_driver_sql("SELECT dedupe_key FROM activity"))
        assert keys == (["2025-04-01:k1", "2025-04-02:k2"] if revision < "0005" else ["2025-04-02:k2", "k1"])
        ids = store.add_activities([ActivityIn(day=date(2025, 4, 3), member_id=1)])
        assert ids == [3], "the id sequence continues after rows the old revision stored"
    finally:
        store.close()
