"""The offline copy of a team's numbers: the same numbers, read-only, with the time it was taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.models import errors, offline
from desktop.models.store import Store
from desktop.models.tables import ActivityIn, DealIn, KpiNodeIn, MemberIn, TallyIn

D = date(2025, 4, 3)


def _team_numbers(store: Store) -> None:
    yamada, sato = store.add_member(MemberIn(name="山田 太郎")), store.add_member(MemberIn(name="佐藤 花子"))
    store.add_activities([ActivityIn(day=D, member_id=yamada.id, outcome=o)
                          for o in ["no_answer"] * 6 + ["connected", "appointment"]])
    store.add_activities([ActivityIn(day=D, member_id=sato.id, outcome="connected") for _ in range(3)])
    store.set_tallies([TallyIn(day=date(2025, 4, 4), member_id=sato.id, metric="calls", count=40)])
    store.add_deals([DealIn(member_id=yamada.id, created_day=D, amount=900_000, stage="won", closed_day=D)])
    store.add_node(KpiNodeIn(kind="kgi", title="年間売上 1億円", metric="revenue"))


def test_the_copy_holds_the_servers_numbers_and_refuses_writes(pg_url: str, tmp_path: Path) -> None:
    server = Store.open(pg_url)
    _team_numbers(server)
    dest = tmp_path / "data" / "offline.sqlite3"
    dest.parent.mkdir(parents=True, exist_ok=True)
    at = server.refresh_offline_copy(dest)
    month = (date(2025, 4, 1), date(2025, 4, 30))
    expected = server.counts_by("month", *month), server.member_counts(*month)
    server.close()
    copy = Store.open(dest, read_only=True)
    try:
        assert (copy.counts_by("month", *month), copy.member_counts(*month)) == expected
        assert expected[0]["2025-04"]["calls"] == 8 + 3 + 40 and expected[0]["2025-04"]["revenue"] == 900_000
        assert [n.title for n in copy.nodes()] == ["年間売上 1億円"]
        assert offline.copied_at(copy) == at
        with pytest.raises(errors.StoreError) as info:
            copy.add_activities([ActivityIn(day=D, member_id=1)])
        assert info.value.code == errors.OFFLINE
    finally:
        copy.close()


def test_a_refresh_replaces_the_copy_whole(pg_url: str, tmp_path: Path) -> None:
    server = Store.open(pg_url)
    _team_numbers(server)
    dest = tmp_path / "offline.sqlite3"
    server.refresh_offline_copy(dest)
    member = server.members()[0]
    server.add_activities([ActivityIn(day=D, member_id=member.id) for _ in range(5)])
    server.refresh_offline_copy(dest)
    server.close()
    copy = Store.open(dest, read_only=True)
    try:
        assert copy.totals(D, D)["calls"] == 8 + 3 + 5
    finally:
        copy.close()
    assert not dest.with_name(dest.name + ".partial").exists()
