"""The dashboard's figures come from one read of the rollup (a team's server answers each statement
over the network), and equal what the Store's own count queries say, on both backends."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from desktop.kpi.periods import PeriodKind, period_containing
from desktop.models.tables import ActivityIn, DealIn, MemberIn, TallyIn

TODAY = date(2025, 5, 14)


def _history(store) -> tuple[int, int]:  # noqa: ANN001
    """Two reps: calls in April (the previous month) and May, a won deal, and a tally of 山田's May
    12th calls that (the default override mode) replaces the 3 calls he logged that day."""
    yamada, sato = store.add_member(MemberIn(name="山田 太郎")).id, store.add_member(MemberIn(name="佐藤 花子")).id
    rows = [ActivityIn(day=date(2025, 4, d), member_id=yamada, outcome="connected") for d in (1, 2, 30)]
    rows += [ActivityIn(day=date(2025, 5, 12), member_id=yamada, outcome="no_answer") for _ in range(3)]
    rows += [ActivityIn(day=date(2025, 5, 13), member_id=sato, outcome="appointment") for _ in range(2)]
    rows += [ActivityIn(day=date(2025, 5, 20), member_id=sato, outcome="connected")]  # after today: not counted
    store.add_activities(rows)
    store.set_tallies([TallyIn(day=date(2025, 5, 12), member_id=yamada, metric="calls", count=10)])
    store.add_deals([DealIn(member_id=sato, created_day=date(2025, 4, 20), amount=800_000, stage="won",
                            closed_day=date(2025, 5, 2))])
    return yamada, sato


def test_the_dashboards_figures_are_the_stores_counts_read_in_five_statements(store) -> None:  # noqa: ANN001
    yamada, sato = _history(store)
    may = period_containing(PeriodKind.MONTH, TODAY)
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731 - (conn, cursor, statement, …)
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        data = store.dashboard(may, TODAY)
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    statements = [s for s in statements if not s.startswith("BEGIN")]  # SQLite's own; psycopg sends none here
    reads = [s for s in statements if "dailycount" in s]
    assert len(reads) == 1 and len(statements) == 5, statements  # settings, targets, members, nodes, counts
    totals = store.totals(may.start, TODAY)
    assert (totals["calls"], totals["appointments"], totals["wins"]) == (12, 2, 1)  # 10 tallied + 2
    assert sum(data.daily[:14]) == 12 and data.daily[11] == 10  # days after today are not drawn (NaN)
    assert {c.metric: c.actual for c in data.cards}["calls"] == 12
    assert data.member_counts == {yamada: {**store.member_counts(may.start, TODAY)[yamada]},
                                  sato: store.member_counts(may.start, TODAY)[sato]}
    assert data.member_counts[yamada]["calls"] == 10
    assert sum(w.get("calls", 0) for w in data.week_counts) == 15  # April's 3 and May's 12
    assert dict(zip([s.metric for s in data.funnel], [s.previous for s in data.funnel]))["calls"] == 2  # April 1–14
    assert data.kgi.actual_to_date == 800_000


def test_one_members_dashboard_reads_only_theirs(store) -> None:  # noqa: ANN001
    yamada, _sato = _history(store)
    data = store.dashboard(period_containing(PeriodKind.MONTH, TODAY), TODAY, member_id=yamada)
    assert sum(data.daily[:14]) == 10 and sum(w.get("appointments", 0) for w in data.week_counts) == 0
    assert data.kgi.actual_to_date == 0
