"""The app follows another client's writes on a team's server without waiting for its timer."""

from __future__ import annotations

from datetime import date

from desktop.models.changes import Change
from desktop.models.store import Store
from desktop.models.tables import ActivityIn, MemberIn
from desktop.views.shell.signals import StoreSignals

D = date(2025, 4, 3)


def test_another_clients_write_reaches_the_signal_through_the_socket(qtbot, pg_url: str) -> None:
    here, there = Store.open(pg_url), Store.open(pg_url)
    member = there.add_member(MemberIn(name="山田 太郎"))
    signals = StoreSignals(here, poll_ms=3_600_000)  # the hourly timer never fires in this test
    seen: list[Change] = []
    signals.changed.connect(seen.append)
    try:
        qtbot.waitUntil(lambda: any(c.table == "member" for c in seen), timeout=5000)
        ids = there.add_activities([ActivityIn(day=D, member_id=member.id, outcome="appointment")])
        qtbot.waitUntil(lambda: ("activity", tuple(ids)) in [(c.table, c.ids) for c in seen], timeout=5000)
    finally:
        signals.close()
        here.close()
        there.close()
