"""Evaluate a KPI tree (KGI → KSF → KPI) for one period, bottom-up.

Each node with a metric gets its actual from the period's summed counts (rates
are ratios of sums), its target from its stored targets (or one derived by
business-day share), expected-to-date, attainment, a linear forecast and a
status. A node without a metric derives from its children (sum / product) or
shows the worst status below it. A revenue (or wins) KGI's forecast follows its
drivers: forecast calls × the funnel's actual rates × the average deal size.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.kpi.metrics import RATES_BY_CODE, Metric, is_rate, metric_value
from desktop.kpi.pace import PaceStatus, Thresholds, pace_for_period, rate_status
from desktop.kpi.periods import BusinessCalendar, Period
from desktop.kpi.tree_drivers import DriverModel, RateLink, driver_model, funnel_links
from desktop.kpi.tree_targets import ResolvedTarget, TargetScope, TargetSpan, scoped_target

_SEVERITY = {PaceStatus.BEHIND: 3, PaceStatus.AT_RISK: 2, PaceStatus.ON_TRACK: 1, PaceStatus.NO_DATA: 0.5,
             PaceStatus.NO_TARGET: 0}


@dataclass(frozen=True)
class NodeSpec:
    """A KPI tree node as plain data (the Store's KpiNode row without the ORM)."""

    id: int
    parent_id: int | None
    kind: str
    title: str
    metric: str | None = None
    tier: str | None = None
    derive: str = "none"
    position: int = 0


@dataclass(frozen=True)
class NodeResult:
    """One node's numbers for the period; rates are fractions, counts are counts."""

    id: int
    parent_id: int | None
    depth: int
    kind: str
    title: str
    metric: str | None
    actual: float | None
    target: float | None
    target_source: str | None
    expected: float | None
    attainment: float | None
    forecast: float | None
    status: PaceStatus
    rate: bool = False
    bottleneck: bool = False
    below_band: bool = False


@dataclass(frozen=True)
class TreeEvaluation:
    """The evaluated nodes (depth-first, in sibling order) and the funnel links."""

    period: Period
    nodes: tuple[NodeResult, ...]
    links: tuple[RateLink, ...] = ()
    bottleneck: str | None = None
    drivers: DriverModel | None = None
    elapsed_days: int = 0
    total_days: int = 0
    by_id: dict[int, NodeResult] = field(default_factory=dict, compare=False, repr=False)

    def node(self, node_id: int) -> NodeResult:
        """One node's result by id."""
        return self.by_id[node_id]


@dataclass(frozen=True)
class EvalInput:
    """Everything one evaluation needs, resolved by the caller."""

    nodes: Sequence[NodeSpec]
    targets: Mapping[int, TargetScope | Sequence[TargetSpan]]  # plain spans: the team's
    counts: Mapping[str, float]
    period: Period
    today: date
    calendar: BusinessCalendar
    thresholds: Thresholds = Thresholds()
    deal_size: float | None = None  # the plan's, used until there is a won deal
    member_id: int | None = None  # None: the team


def _depth_first(nodes: Sequence[NodeSpec]) -> list[tuple[NodeSpec, int]]:
    children: dict[int | None, list[NodeSpec]] = {}
    ids = {n.id for n in nodes}
    for n in nodes:
        parent = n.parent_id if n.parent_id in ids else None
        children.setdefault(parent, []).append(n)
    out: list[tuple[NodeSpec, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for n in sorted(children.get(parent, []), key=lambda x: (x.position, x.id)):
            out.append((n, depth))
            walk(n.id, depth + 1)

    walk(None, 0)
    return out


def _metric_node(spec: NodeSpec, depth: int, inp: EvalInput) -> NodeResult:
    metric = spec.metric or ""
    spans = inp.targets.get(spec.id, ())
    scope = spans if isinstance(spans, TargetScope) else TargetScope(tuple(spans))
    target = scoped_target(metric, scope, inp.period, inp.calendar, inp.member_id)
    actual = metric_value(inp.counts, metric)
    if is_rate(metric):
        goal = target.value if target else None
        return _result(spec, depth, actual, target, expected=goal,
                       attainment=actual / goal if actual is not None and goal else None,
                       forecast=actual, status=rate_status(actual, goal, inp.thresholds), rate=True)
    p = pace_for_period(actual or 0.0, target.value if target else None, inp.period, inp.today,
                        inp.calendar, inp.thresholds)
    return _result(spec, depth, actual, target, p.expected, p.attainment, p.forecast, p.status)


def _result(spec: NodeSpec, depth: int, actual: float | None, target: ResolvedTarget | None,
            expected: float | None, attainment: float | None, forecast: float | None,
            status: PaceStatus, rate: bool = False) -> NodeResult:
    return NodeResult(spec.id, spec.parent_id, depth, spec.kind, spec.title, spec.metric, actual,
                      target.value if target else None, target.source if target else None,
                      expected, attainment, forecast, status, rate)


def _combine(values: list[float | None], how: str) -> float | None:
    if not values or any(v is None for v in values):
        return None
    total = 1.0 if how == "product" else 0.0
    for v in values:
        total = total * v if how == "product" else total + v
    return total


def _derived_node(spec: NodeSpec, depth: int, kids: list[NodeResult], inp: EvalInput) -> NodeResult:
    worst = max((k.status for k in kids), key=_SEVERITY.__getitem__, default=PaceStatus.NO_TARGET)
    if spec.derive not in ("sum", "product") or not kids:
        return NodeResult(spec.id, spec.parent_id, depth, spec.kind, spec.title, None, None, None,
                          None, None, None, None, worst)
    actual = _combine([k.actual for k in kids], spec.derive)
    target = _combine([k.target for k in kids], spec.derive)
    forecast = _combine([k.forecast for k in kids], spec.derive)
    attainment = actual / target if actual is not None and target else None
    status = inp.thresholds.status(attainment) if attainment is not None and spec.derive == "product" else worst
    return NodeResult(spec.id, spec.parent_id, depth, spec.kind, spec.title, None, actual, target,
                      "derived" if target is not None else None, None, attainment, forecast, status)


def _evaluate_nodes(inp: EvalInput) -> list[NodeResult]:
    order = _depth_first(inp.nodes)
    results: dict[int, NodeResult] = {}
    for spec, depth in reversed(order):  # children before parents
        if spec.metric:
            results[spec.id] = _metric_node(spec, depth, inp)
        else:
            kids = [results[c.id] for c, _ in order if c.parent_id == spec.id]
            results[spec.id] = _derived_node(spec, depth, kids, inp)
    return [results[spec.id] for spec, _ in order]


def _with_driver_forecast(node: NodeResult, drivers: DriverModel | None) -> NodeResult:
    if drivers is None or node.kind != "kgi" or node.metric not in (Metric.REVENUE, Metric.WINS):
        return node
    forecast = drivers.revenue if node.metric == Metric.REVENUE else drivers.wins
    return node if forecast is None else replace(node, forecast=forecast)


def _flag(node: NodeResult, links: Sequence[RateLink], bottleneck: str | None) -> NodeResult:
    link = next((lk for lk in links if lk.code == node.metric), None)
    if link is None:
        return node
    return replace(node, bottleneck=link.code == bottleneck, below_band=link.below_band)


def judged(link: RateLink, counts: Mapping[str, float]) -> bool:
    """A rate is judged once its denominator would, at the target rate, have made at least one
    conversion: 3 opportunities at a 20 % win rate (0.6 wins expected) are not a bottleneck yet."""
    if link.actual is None or link.target is None:
        return False
    denominator = counts.get(RATES_BY_CODE[link.code].denominator.value, 0) or 0
    return denominator * link.target >= 1


def bottleneck_of(links: Sequence[RateLink], counts: Mapping[str, float]) -> str | None:
    """The one bottleneck rule (tree, dashboard, reviews, reports): the judged rate furthest below
    its target; None when every judged rate meets it (or none can be judged yet)."""
    below = [lk for lk in links if judged(lk, counts) and lk.gap is not None and lk.gap < 0]
    worst = min(below, key=lambda lk: lk.gap or 0.0, default=None)
    return worst.code if worst else None


def evaluate(inp: EvalInput) -> TreeEvaluation:
    """Evaluate every node for the period, then the funnel links, bottleneck and driver forecast."""
    nodes = _evaluate_nodes(inp)
    links = funnel_links(inp.counts, nodes)
    code = bottleneck_of(links, inp.counts)
    drivers = driver_model(inp.counts, nodes, inp.period, inp.today, inp.calendar, inp.deal_size)
    final = tuple(_flag(_with_driver_forecast(n, drivers), links, code) for n in nodes)
    return TreeEvaluation(inp.period, final, tuple(links), code, drivers,
                          inp.calendar.elapsed(inp.period, inp.today),
                          inp.calendar.count(inp.period.start, inp.period.end),
                          {n.id: n for n in final})
