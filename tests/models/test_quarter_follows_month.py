"""A hand-typed month under a planned year: the quarter row follows its months (their sum), the
year stays as planned, undo puts both back (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from desktop.kpi.periods import parse_period
from desktop.models.tables import KpiNodeIn, TargetIn

Q1 = parse_period("2025-Q1")  # fiscal Q1 from April: April, May, June


def _plan(store) -> int:  # noqa: ANN001
    """A planned year of 1,200 calls: each quarter 300, each month 100."""
    node = store.add_node(KpiNodeIn(kind="kpi", title="架電数", metric="calls")).id
    rows = [TargetIn(node_id=node, metric="calls", period_kind="year", period_start=date(2025, 4, 1),
                     value=1200, planned=True)]
    for q in range(4):
        rows.append(TargetIn(node_id=node, metric="calls", period_kind="quarter",
                             period_start=date(2025 + (3 + 3 * q) // 12, (3 + 3 * q) % 12 + 1, 1), value=300,
                             planned=True))
    for m in range(12):
        rows.append(TargetIn(node_id=node, metric="calls", period_kind="month",
                             period_start=date(2025 + (3 + m) // 12, (3 + m) % 12 + 1, 1), value=100, planned=True))
    store.set_targets(rows)
    return node


def _value(store, node: int, kind: str, start: date) -> float:  # noqa: ANN001
    [row] = [t for t in store.targets("calls", kind) if t.period_start == start and t.node_id == node]
    return row.value


def test_a_typed_month_moves_its_quarter_and_undo_moves_it_back(store) -> None:  # noqa: ANN001
    node = _plan(store)
    done = store.set_targets([TargetIn(node_id=node, metric="calls", period_kind="month",
                                       period_start=date(2025, 5, 1), value=160)])
    assert _value(store, node, "quarter", Q1.start) == 100 + 160 + 100
    assert store.target_for("calls", Q1, node_id=node) == 360
    assert _value(store, node, "quarter", date(2025, 7, 1)) == 300, "the other quarters stay"
    assert _value(store, node, "year", date(2025, 4, 1)) == 1200, "the year stays as planned"
    second = store.set_targets([TargetIn(node_id=node, metric="calls", period_kind="month",
                                         period_start=date(2025, 6, 1), value=40)])
    assert _value(store, node, "quarter", Q1.start) == 100 + 160 + 40, "a second typed month follows too"
    store.revert_targets(second)
    assert _value(store, node, "quarter", Q1.start) == 360
    store.revert_targets(done)
    assert (_value(store, node, "quarter", Q1.start), _value(store, node, "month", date(2025, 5, 1))) == (300, 100)


def test_a_hand_typed_quarter_is_left_as_typed(store) -> None:  # noqa: ANN001
    node = _plan(store)
    store.set_targets([TargetIn(node_id=node, metric="calls", period_kind="quarter", period_start=Q1.start,
                                value=500)])
    store.set_targets([TargetIn(node_id=node, metric="calls", period_kind="month",
                                period_start=date(2025, 5, 1), value=160)])
    assert _value(store, node, "quarter", Q1.start) == 500
