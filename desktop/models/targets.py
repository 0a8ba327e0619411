"""Targets as every screen reads them: one scope per node (or metric), resolved by `kpi.tree_targets`.

The tree, the dashboard's cards and charts, alerts, the quick log, reviews and
reports all ask `target_for(metric, period, member_id, node_id)` (or the tree's
`target_scopes`), so the same (metric, period, member) is the same figure on
every screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from sqlmodel import col, select

from desktop.kpi.periods import Period, PeriodKind, period_containing
from desktop.kpi.tree_targets import ResolvedTarget, TargetScope, TargetSpan, scoped_target
from desktop.models.tables import KpiNode, Member, Target

_COLUMNS = (Target.node_id, Target.metric, Target.member_id, Target.period_kind, Target.period_start,
            Target.value, Target.planned)


def _scope(rows: Iterable[Any], fsm: int, reps: tuple[int, ...]) -> TargetScope:
    team: list[TargetSpan] = []
    members: dict[int, list[TargetSpan]] = {}
    for t in rows:
        span = TargetSpan(period_containing(PeriodKind(t.period_kind), t.period_start, fsm), t.value,
                          planned=t.planned)
        (team if t.member_id is None else members.setdefault(t.member_id, [])).append(span)
    return TargetScope(tuple(team), {m: tuple(v) for m, v in members.items()}, reps)


def first_node(nodes: Iterable[Any], metric: str) -> int | None:
    """The first node in tree order with the metric: where a plan's targets go and a metric's are read."""
    found = [n for n in nodes if n.metric == metric]
    best = min(found, key=lambda n: (n.parent_id is not None, n.position, n.id), default=None)
    return None if best is None else best.id


def pick_scope(rows: Iterable[Any], metric: str, node_id: int | None, fsm: int,
               reps: tuple[int, ...]) -> TargetScope:
    """From all target rows: the node's rows for the metric, else the metric's rows without a node."""
    rows = [t for t in rows if t.metric == metric]
    mine = [t for t in rows if t.node_id == node_id] if node_id is not None else []
    return _scope(mine or [t for t in rows if t.node_id is None], fsm, reps)


class TargetQueries:
    """The one way targets are read (see the module docstring)."""

    def rep_ids(self) -> tuple[int, ...]:
        """Active reps who share a team target (every active member when nobody is marked rep)."""
        with self._read() as s:
            active = list(s.exec(select(Member).where(col(Member.active)).order_by(Member.id)))
        reps = [m.id for m in active if m.role == "rep"]
        return tuple(reps or [m.id for m in active])

    def target_scopes(self, period: Period) -> dict[int, TargetScope]:
        """Each node's stored targets that can bear on `period` (a fiscal year starts at most a year before)."""
        fsm = self.domain_settings().fiscal_start_month
        with self._read() as s:
            rows = s.execute(select(*_COLUMNS).where(
                col(Target.node_id).is_not(None), col(Target.period_start) <= period.end,
                col(Target.period_start) >= period.start - timedelta(days=366))).all()
        by_node: dict[int, list[Any]] = {}
        for t in rows:
            by_node.setdefault(t.node_id, []).append(t)
        reps = self.rep_ids()
        return {nid: _scope(node_rows, fsm, reps) for nid, node_rows in by_node.items()}

    def metric_scope(self, metric: str, node_id: int | None = None) -> TargetScope:
        """The targets of `node_id`, else of the first node in tree order with the metric, else the
        metric's rows without a node."""
        fsm = self.domain_settings().fiscal_start_month
        with self._read() as s:
            if node_id is None:
                node_id = first_node(s.exec(select(KpiNode).where(KpiNode.metric == metric)).all(), metric)
            rows = s.execute(select(*_COLUMNS).where(Target.metric == metric)).all()
        return pick_scope(rows, metric, node_id, fsm, self.rep_ids())

    def resolved_target(self, metric: str, period: Period, member_id: int | None = None,
                        node_id: int | None = None, scope: TargetScope | None = None) -> ResolvedTarget | None:
        """The (metric, period, member) target with where it came from (set / derived / share)."""
        scope = scope if scope is not None else self.metric_scope(metric, node_id)
        return scoped_target(metric, scope, period, self.domain_settings().calendar(), member_id)

    def target_for(self, metric: str, period: Period, member_id: int | None = None,
                   node_id: int | None = None, scope: TargetScope | None = None) -> float | None:
        """The (metric, period, member) target every screen shows; None when none is set."""
        found = self.resolved_target(metric, period, member_id, node_id, scope)
        return None if found is None else found.value
