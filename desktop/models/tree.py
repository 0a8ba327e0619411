"""Store operations on the KPI tree (KGI → KSF → KPI nodes) and targets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import col, select

from desktop.kpi.contracts import add_months
from desktop.kpi.metrics import is_rate
from desktop.models.tables import KpiNode, KpiNodeIn, Target, TargetIn


@dataclass(frozen=True)
class TargetWrite:
    """What a target write did, so `revert_targets` can undo it exactly."""

    new_ids: tuple[int, ...]
    replaced: tuple[dict[str, Any], ...]


class TreeOps:
    """KpiNode and Target rows."""

    def add_node(self, data: KpiNodeIn) -> KpiNode:
        node = KpiNode.model_validate(data)
        with self._write() as s:
            s.add(node)
            s.flush()
        self.publish("added", "kpinode", [node.id])
        return node

    def nodes(self) -> list[KpiNode]:
        with self._read() as s:
            return list(s.exec(select(KpiNode).order_by(col(KpiNode.parent_id).asc().nulls_first(), KpiNode.position, KpiNode.id)).all())

    def update_node(self, node_id: int, **changes: Any) -> KpiNode:
        with self._write() as s:
            node = s.get(KpiNode, node_id)
            if node is None:
                raise KeyError(node_id)
            checked = KpiNodeIn.model_validate({**node.model_dump(), **changes})
            for key, value in checked.model_dump().items():
                setattr(node, key, value)
        self.publish("updated", "kpinode", [node_id])
        return node

    def remove_nodes(self, node_ids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
        """Delete nodes with their subtrees and targets; returns rows for `restore_nodes`."""
        with self._write() as s:
            all_nodes = list(s.exec(select(KpiNode)))
            doomed = _subtree_ids(all_nodes, node_ids)
            nodes = [n.model_dump() for n in all_nodes if n.id in doomed]
            targets = [t.model_dump() for t in s.exec(select(Target).where(col(Target.node_id).in_(doomed)))]
            s.execute(delete(Target).where(col(Target.node_id).in_(doomed)))
            s.execute(delete(KpiNode).where(col(KpiNode.id).in_(doomed)))
        self.publish("removed", "kpinode", sorted(doomed))
        return {"nodes": nodes, "targets": targets}

    def restore_nodes(self, saved: dict[str, list[dict[str, Any]]]) -> None:
        """Put back what `remove_nodes` returned, with the original ids (parents first)."""
        nodes = _parents_first(saved["nodes"])
        with self._write() as s:
            if nodes:
                s.execute(insert(KpiNode), nodes)
            if saved["targets"]:
                s.execute(insert(Target), saved["targets"])
        self.publish("added", "kpinode", [n["id"] for n in nodes])

    # ---- targets ----------------------------------------------------------------

    def set_targets(self, rows: Iterable[TargetIn]) -> TargetWrite:
        """Write targets as given (each row's own `planned` flag); see `replace_targets`."""
        return self.replace_targets([TargetIn.model_validate(r) for r in rows])

    def replace_targets(self, rows: Sequence[TargetIn]) -> TargetWrite:
        """Write targets in one transaction, replacing rows for the same node/metric/member/period."""
        with self._write() as s:
            rows = [*rows, *_quarters_following(s, rows)]
            replaced = [t.model_dump() for r in rows for t in s.exec(_same_target(r))]
            if replaced:
                s.execute(delete(Target).where(col(Target.id).in_([r["id"] for r in replaced])))
            new = [Target.model_validate(r) for r in rows]
            s.add_all(new)
            s.flush()
            ids = tuple(t.id for t in new)
        self.publish("updated", "target", ids)
        return TargetWrite(ids, tuple(replaced))

    def revert_targets(self, done: TargetWrite) -> None:
        """Undo `replace_targets`: remove what it wrote and put back what it replaced."""
        with self._write() as s:
            s.execute(delete(Target).where(col(Target.id).in_(done.new_ids)))
            if done.replaced:
                s.execute(insert(Target), list(done.replaced))
        self.publish("updated", "target", done.new_ids)

    def targets(self, metric: str | None = None, period_kind: str | None = None,
                start: date | None = None, end: date | None = None) -> list[Target]:
        with self._read() as s:
            query = select(Target)
            if metric is not None:
                query = query.where(Target.metric == metric)
            if period_kind is not None:
                query = query.where(Target.period_kind == period_kind)
            if start is not None:
                query = query.where(Target.period_start >= start)
            if end is not None:
                query = query.where(Target.period_start <= end)
            return list(s.exec(query.order_by(Target.period_start)).all())


def _same_target(r: TargetIn):  # noqa: ANN202 - a select statement
    return select(Target).where(
        Target.node_id == r.node_id if r.node_id is not None else col(Target.node_id).is_(None),
        Target.metric == r.metric,
        Target.member_id == r.member_id if r.member_id is not None else col(Target.member_id).is_(None),
        Target.period_kind == r.period_kind,
        Target.period_start == r.period_start,
    )


def _quarters_following(s: Any, rows: Sequence[TargetIn]) -> list[TargetIn]:
    """A planned quarter over a hand-typed month follows its months: it becomes their sum (with the
    month as typed), so the quarter row never keeps the year's share beside a changed month."""
    out: dict[tuple, TargetIn] = {}
    typed = {(r.node_id, r.metric, r.member_id, r.period_start): r.value for r in rows
             if r.period_kind == "month" and not r.planned and not is_rate(r.metric)}
    for node_id, metric, member_id, start in typed:
        scope = (Target.node_id == node_id if node_id is not None else col(Target.node_id).is_(None),
                 Target.metric == metric,
                 Target.member_id == member_id if member_id is not None else col(Target.member_id).is_(None))
        quarter = s.exec(select(Target).where(*scope, Target.period_kind == "quarter", col(Target.planned),
                                              Target.period_start <= start,
                                              Target.period_start > add_months(start, -3))).first()
        if quarter is None:
            continue
        months = [add_months(quarter.period_start, n) for n in range(3)]
        stored = {t.period_start: t.value for t in s.exec(select(Target).where(
            *scope, Target.period_kind == "month", col(Target.period_start).in_(months)))}
        values = [typed.get((node_id, metric, member_id, m), stored.get(m)) for m in months]
        if None not in values:
            row = TargetIn.model_validate({**quarter.model_dump(), "value": float(sum(values))})
            out[(node_id, metric, member_id, quarter.period_start)] = row
    return list(out.values())


def _subtree_ids(nodes: list[KpiNode], roots: Sequence[int]) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for n in nodes:
        children.setdefault(n.parent_id, []).append(n.id)
    out: set[int] = set()
    stack = list(roots)
    while stack:
        nid = stack.pop()
        if nid not in out:
            out.add(nid)
            stack.extend(children.get(nid, []))
    return out


def _parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = {r["id"] for r in rows}
    done: set[int] = set()
    ordered: list[dict[str, Any]] = []
    pending = list(rows)
    while pending:
        ready = [r for r in pending if r["parent_id"] not in ids or r["parent_id"] in done]
        ordered += ready
        done |= {r["id"] for r in ready}
        pending = [r for r in pending if r["id"] not in done]
    return ordered
