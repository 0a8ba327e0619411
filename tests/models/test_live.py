"""Other people's writes reach every client: LISTEN/NOTIFY plus a change sequence on PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import psycopg
import pytest
from sqlalchemy import insert

from desktop.models.pg_backend import CHANNEL, driver_url
from desktop.models.store import Store
from desktop.models.tables import Activity, ActivityIn, MemberIn

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
