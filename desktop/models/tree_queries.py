"""Store queries and edits for the KPI tree page: evaluation, moves, plans, presets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from sqlmodel import col, select

from desktop.kpi.metrics import DEFAULT_RATES, Metric, add_counts, is_rate, metric_value, rate_value
from desktop.kpi.periods import Period, PeriodKind, period_containing
from desktop.kpi.plan_targets import PlannedTarget
from desktop.kpi.smart import SmartCheck, SmartInput, lint, suggest_target
from desktop.kpi.tree_eval import EvalInput, NodeSpec, TreeEvaluation, evaluate
from desktop.kpi.tree_targets import TargetSpan
from desktop.models.tree import TargetWrite
from desktop.models.tables import KpiNode, KpiNodeIn, Target, TargetIn


@dataclass(frozen=True)
class NodeSmart:
    """A node's five SMART checks, its value last period and a target suggested from it."""

    checks: tuple[SmartCheck, ...]
    last_value: float | None
    suggested: int | None


@dataclass(frozen=True)
class OwnRates:
    """The team's own funnel over recent months: rates (None without data) and deal size."""

    rates: dict[str, float | None]
    deal_size: float | None
    months: int
    start: date
    end: date


def node_spec(node: KpiNode) -> NodeSpec:
    """A stored node as the pure evaluator's record."""
    return NodeSpec(node.id, node.parent_id, node.kind, node.title, node.metric, node.tier,
                    node.derive, node.position)


class TreeQueries:
    """Evaluation of the tree and the edits the tree page makes."""

    def reference_day(self, today: date | None = None) -> date:
        """Today, or the last day with data when the file ends earlier (a demo, an old export)."""
        today = today or date.today()
        span = self.data_range()
        return min(today, span[1]) if span else today

    def evaluate_tree(self, period: Period, member_id: int | None = None,
                      today: date | None = None, deal_size: float | None = None) -> TreeEvaluation:
        """Every node's actual, target, pace and forecast for the period (one member or the team)."""
        settings = self.domain_settings()
        nodes = [node_spec(n) for n in self.nodes()]
        counts = self.totals(period.start, period.end, member_id)
        if deal_size is None and not (counts.get(Metric.WINS) and counts.get(Metric.REVENUE)):
            deal_size = self._usual_deal_size()  # only needed until the period has its own win
        inp = EvalInput(nodes, self.target_scopes(period), counts, period, today or self.reference_day(),
                        settings.calendar(), settings.thresholds(), deal_size, member_id)
        return evaluate(inp)

    def _usual_deal_size(self) -> float | None:
        """Revenue per win over all the data: the deal size until the period has its own win."""
        span = self.data_range()
        counts = self.totals(*span) if span else {}
        wins, revenue = counts.get(Metric.WINS, 0), counts.get(Metric.REVENUE, 0)
        return revenue / wins if wins and revenue else None

    def rep_count(self) -> int:
        """Active reps who share a team target (every active member when nobody is marked rep)."""
        active = self.members(active_only=True)
        return max(1, len([m for m in active if m.role == "rep"]) or len(active))

    def metric_nodes(self) -> dict[str, int]:
        """The first node (in tree order) for each metric: where a plan's targets go."""
        out: dict[str, int] = {}
        for node in sorted(self.nodes(), key=lambda n: (n.parent_id is not None, n.position, n.id)):
            if node.metric and node.metric not in out:
                out[node.metric] = node.id
        return out

    def kgi_year_goal(self) -> float | None:
        """The revenue KGI's fiscal-year target, if one is set (the planner starts from it)."""
        for node in self.nodes():
            if node.kind == "kgi" and node.metric == Metric.REVENUE:
                for t in self.node_targets(node.id):
                    if t.period_kind == PeriodKind.YEAR:
                        return t.value
        return None

    def node_targets(self, node_id: int) -> list[Target]:
        """One node's stored targets, newest period first."""
        with self._read() as s:
            query = select(Target).where(Target.node_id == node_id)
            return list(s.exec(query.order_by(col(Target.period_start).desc(), Target.period_kind)).all())

    def move_node(self, node_id: int, parent_id: int | None, position: int) -> tuple[int | None, int]:
        """Move a node under parent at position, keeping sibling positions 0..n-1; returns the old place."""
        with self._write() as s:
            node = s.get(KpiNode, node_id)
            if node is None or _is_inside(s, parent_id, node_id):
                raise ValueError("bad_move")
            old = (node.parent_id, node.position)
            _renumber(s, node.parent_id, exclude=node_id)
            siblings = _children(s, parent_id, exclude=node_id)
            siblings.insert(max(0, min(position, len(siblings))), node)
            node.parent_id = parent_id
            for i, sibling in enumerate(siblings):
                sibling.position = i
        self.publish("updated", "kpinode", [node_id])
        return old

    def write_targets(self, rows: Sequence[TargetIn | PlannedTarget], planned: bool = True) -> TargetWrite:
        """Write planned (逆算) or hand-set targets in one undoable step (see TreeOps.replace_targets)."""
        return self.replace_targets([TargetIn.model_validate({**_plain(r), "planned": planned}) for r in rows])

    def add_nodes(self, rows: Sequence[tuple[KpiNodeIn, int | None]]) -> list[int]:
        """Add a small tree in one step; each row's int is the index of its parent row (or None)."""
        ids: list[int] = []
        with self._write() as s:
            for data, parent in rows:
                node = KpiNode.model_validate(data)
                if parent is not None:
                    node.parent_id = ids[parent]
                s.add(node)
                s.flush()
                ids.append(node.id)
        self.publish("added", "kpinode", ids)
        return ids

    def own_rates(self, last_n_months: int = 3, end: date | None = None) -> OwnRates:
        """Funnel rates and deal size over the last n whole months before the reference month."""
        month = period_containing(PeriodKind.MONTH, end or self.reference_day())
        first = month
        for _ in range(last_n_months):
            first = first.previous()
        stop = month.start - timedelta(days=1)
        counts = add_counts([self.totals(first.start, stop)])
        rates = {r.code: rate_value(counts, r) for r in DEFAULT_RATES}
        wins, revenue = counts.get(Metric.WINS, 0), counts.get(Metric.REVENUE, 0)
        return OwnRates(rates, revenue / wins if wins and revenue else None, last_n_months, first.start, stop)

    def metric_actual(self, metric: str, period: Period, member_id: int | None = None) -> float | None:
        """A metric's value over one period (for SMART suggestions and baselines)."""
        return metric_value(self.totals(period.start, period.end, member_id), metric)

    def node_smart(self, node_id: int, period: Period, target: float | None,
                   member_id: int | None = None) -> NodeSmart:
        """The SMART lint for one node, with last period's value and a +20% suggestion."""
        nodes = {n.id: n for n in self.nodes()}
        node = nodes[node_id]
        last = self.metric_actual(node.metric, period.previous(), member_id) if node.metric else None
        stored = self.node_targets(node_id)
        inp = SmartInput(node.title, node.description, node.metric, bool(last) or _has_data(self, node.metric),
                         target, last, _reaches_kgi(nodes, node_id),
                         str(period.kind) if stored else None)
        suggested = None
        if node.metric and not is_rate(node.metric) and last is not None:
            suggested = suggest_target(node.metric, last)
        return NodeSmart(lint(inp), last, suggested)


def _has_data(store: Any, metric: str | None) -> bool:
    span = store.data_range()
    return bool(metric and span and metric_value(store.totals(*span), metric))


def _reaches_kgi(nodes: dict[int, KpiNode], node_id: int) -> bool:
    seen: set[int] = set()
    current: int | None = node_id
    while current is not None and current in nodes and current not in seen:
        seen.add(current)
        if nodes[current].kind == "kgi":
            return current != node_id
        current = nodes[current].parent_id
    return False


def _plain(row: TargetIn | PlannedTarget) -> dict[str, Any]:
    if isinstance(row, PlannedTarget):
        return {"node_id": row.node_id, "metric": row.metric, "period_kind": str(row.period_kind),
                "period_start": row.period_start, "value": row.value, "member_id": row.member_id}
    return row.model_dump()


def _children(s: Any, parent_id: int | None, exclude: int) -> list[KpiNode]:
    parent = KpiNode.parent_id == parent_id if parent_id is not None else col(KpiNode.parent_id).is_(None)
    rows = s.exec(select(KpiNode).where(parent, KpiNode.id != exclude).order_by(KpiNode.position, KpiNode.id))
    return list(rows)


def _renumber(s: Any, parent_id: int | None, exclude: int) -> None:
    for i, sibling in enumerate(_children(s, parent_id, exclude)):
        sibling.position = i


def _is_inside(s: Any, parent_id: int | None, node_id: int) -> bool:
    """True when parent_id is node_id or one of its descendants (a move that would make a loop)."""
    while parent_id is not None:
        if parent_id == node_id:
            return True
        parent = s.get(KpiNode, parent_id)
        parent_id = parent.parent_id if parent is not None else None
    return False
