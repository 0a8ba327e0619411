"""The tree model adapts the Store's nodes: Qt's model tester, drops, renames, all undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.kpi.periods import parse_period
from desktop.views.tree.model import KpiTreeModel
from tests.conftest import DEMO_TODAY


def _model(context):  # noqa: ANN001, ANN202
    store = context.store
    model = KpiTreeModel(store, context.undo)
    period = parse_period("2025-11")
    model.reload(store.evaluate_tree(period, today=DEMO_TODAY), store.nodes(),
                 {m.id: m.name for m in store.members()})
    return model


def test_model_passes_qt_model_tester_on_the_demo_tree(demo_context, qtmodeltester) -> None:  # noqa: ANN001
    model = _model(demo_context)
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)


def test_demo_tree_shows_actual_and_target(demo_context) -> None:  # noqa: ANN001
    model = _model(demo_context)
    kgi = model.index(0, 0)
    assert model.data(kgi) == "年間売上 4,000万円"
    calls_node = next(n for n in demo_context.store.nodes() if n.metric == "calls")
    result = model.result(calls_node.id)
    counts = demo_context.store.totals(parse_period("2025-11").start, parse_period("2025-11").end)
    assert result.actual == counts["calls"] > 0
    assert model.data(model.index_of(calls_node.id, 5)) == f"{counts['calls']:,.0f}"
    assert result.target is not None and model.data(model.index_of(calls_node.id, 4)) == f"{result.target:,.0f}"


def test_drop_moves_a_node_and_undo_moves_it_back(demo_context) -> None:  # noqa: ANN001
    model = _model(demo_context)
    store = demo_context.store
    calls_node = next(n for n in store.nodes() if n.metric == "calls")
    kgi = model.index(0, 0)
    data = model.mimeData([model.index_of(calls_node.id)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, kgi)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, kgi)
    moved = next(n for n in store.nodes() if n.id == calls_node.id)
    assert (moved.parent_id, moved.position) == (kgi.internalId(), 0)
    demo_context.undo.undo()
    back = next(n for n in store.nodes() if n.id == calls_node.id)
    assert back.parent_id == calls_node.parent_id
    # a node cannot be dropped inside itself
    assert not model.canDropMimeData(model.mimeData([kgi]), Qt.DropAction.MoveAction, 0, 0,
                                     model.index_of(calls_node.id))


def test_model_stays_consistent_through_reloads_and_number_updates(demo_context, qtmodeltester) -> None:  # noqa: ANN001
    model = _model(demo_context)
    qtmodeltester.check(model, force_py=True)  # keeps watching every signal below
    store = demo_context.store
    calls_node = next(n for n in store.nodes() if n.metric == "calls")
    store.move_node(calls_node.id, None, 1)  # a second root
    nov = parse_period("2025-11")
    assert model.reload(store.evaluate_tree(nov, today=DEMO_TODAY), store.nodes(), {}) is True
    assert model.rowCount() == 2
    assert model.reload(store.evaluate_tree(parse_period("2025-10"), today=DEMO_TODAY), store.nodes(), {}) is False
    assert model.result(calls_node.id).actual == 4154
    qtmodeltester.check(model, force_py=True)


def test_pace_tooltip_explains_expected_to_date(demo_context) -> None:  # noqa: ANN001
    model = _model(demo_context)
    calls_node = next(n for n in demo_context.store.nodes() if n.metric == "calls")
    result = model.result(calls_node.id)
    tip = model.data(model.index_of(calls_node.id, 7), Qt.ItemDataRole.ToolTipRole)
    # November 2025: 18 business days, 13 of them done by the 20th
    assert tip == f"Expected by today: {result.target * 13 / 18:,.0f} (13 of 18 business days)"
