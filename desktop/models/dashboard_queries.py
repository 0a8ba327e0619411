"""The dashboard's numbers in one read: counts from the rollup, targets, and the kpi computations on them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session, col, select

from desktop.kpi import dashboard as dash
from desktop.kpi.kgi import KgiSeries, kgi_series
from desktop.kpi.metrics import COUNT_METRICS, Metric, is_rate
from desktop.kpi.phases import daily_benchmark
from desktop.kpi.periods import Period, PeriodKind, period_containing, split
from desktop.kpi.series import BurnUp, burn_up, daily_target, daily_values
from desktop.kpi.tree_targets import scoped_target
from desktop.models.counts import day_and_member_counts, fold_days
from desktop.models.settings import DomainSettings, domain_settings_in
from desktop.models.tables import KpiNode, Member, Target
from desktop.models.targets import first_node, pick_scope

WEEKS_SHOWN = 12


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard draws for one period, member filter and chart metric."""

    period: Period
    previous: Period
    today: date
    member_id: int | None
    metric: str
    days: list[date]
    business: list[bool]
    daily: list[float]
    daily_target: float | None
    daily_benchmark: float | None  # launch phase: 34 calls a business day per rep
    target: float | None
    burnup: BurnUp
    cards: list[dash.Card]
    funnel: list[dash.Stage]
    weeks: list[Period]
    week_counts: list[dict[str, float]]
    members: dict[int, str]
    member_counts: dict[int, dict[str, float]]
    kgi: KgiSeries
    lead_funnel: list[dash.Stage] = field(default_factory=list)  # MQL → SQL → 商談 (dash.LEAD_STAGES)


class _Reads:
    """The rollup reads of one dashboard refresh, made at once (one statement, `day_and_member_counts`):
    per day over every span the cards and charts need, and per member over the period to date."""

    def __init__(self, session: Session, override: bool, member_id: int | None, days: list[tuple[date, date]],
                 members: tuple[date, date]) -> None:
        self.by_day, by_member = day_and_member_counts(session.connection(), days, members, override=override,
                                                       member_id=member_id)
        self.by_member = {int(k): v for k, v in by_member.items()}

    def days(self, start: date, end: date, metric: str | None = None) -> dict[str, dict[str, float]]:
        """{ISO day: {metric: count}} for the days in [start, end] that have counts (of `metric`)."""
        lo, hi = start.isoformat(), end.isoformat()
        if metric is None:
            return {k: v for k, v in self.by_day.items() if lo <= k <= hi}
        return {k: {metric: v[metric]} for k, v in self.by_day.items() if lo <= k <= hi and metric in v}

    def folded(self, key: Callable[[str], str], start: date, end: date, metric: str | None = None) -> dict[str, dict[str, float]]:
        """Per-day counts summed into the groups `key(ISO day)` names."""
        return fold_days(self.days(start, end, metric), key)


@dataclass(frozen=True)
class _Basis:
    """What a refresh needs besides counts: every target row, the reps who share them, the cards."""

    targets: list[Target]
    nodes: list[KpiNode]
    reps: tuple[int, ...]
    names: dict[int, str]
    cards: list[tuple[int | None, str, str, str]]  # node id, metric, title, node kind

    def target(self, code: str, period: Period, member_id: int | None, settings: DomainSettings,
               node_id: int | None = None) -> float | None:
        """The one target rule (`models.targets`), on the rows this refresh read."""
        node_id = node_id if node_id is not None else first_node(self.nodes, code)
        scope = pick_scope(self.targets, code, node_id, settings.fiscal_start_month, self.reps)
        found = scoped_target(code, scope, period, settings.calendar(), member_id)
        return None if found is None else found.value


def _basis(targets: list[Target], members: list[Member], nodes: list[KpiNode]) -> _Basis:
    active = [m for m in members if m.active]
    reps = tuple(m.id for m in active if m.role == "rep") or tuple(m.id for m in active)
    names = {m.id: m.name for m in active if m.role == "rep"}
    cards = [(n.id, n.metric, n.title, n.kind) for n in nodes if n.on_dashboard and n.metric]
    return _Basis(targets, nodes, reps, names, cards or [(None, code, "", "kpi") for code in dash.DEFAULT_CARD_METRICS])


class DashboardQueries:
    """Reads for the dashboard page; all counts come from the DailyCount rollup."""

    def dashboard(self, period: Period, today: date, member_id: int | None = None,
                  metric: str = Metric.CALLS.value) -> DashboardData:
        """The dashboard's data for `period` as of `today`, for the team or one member."""
        with self._read() as s:  # one session: on a team's server each statement is a round trip
            settings = domain_settings_in(s)
            basis = _basis(list(s.exec(select(Target))), list(s.exec(select(Member).order_by(Member.id))),
                           list(s.exec(select(KpiNode).order_by(col(KpiNode.parent_id).asc().nulls_first(),
                                                                KpiNode.position, KpiNode.id))))
            return _Assembly(s, settings, basis, period, today, member_id).data(metric)

class _Assembly:
    """Builds DashboardData from one session's reads and the pure kpi computations."""

    def __init__(self, session: Session, settings: DomainSettings, basis: _Basis, period: Period, today: date,
                 member_id: int | None) -> None:
        self.settings, self.basis = settings, basis
        self.period, self.today, self.member_id = period, today, member_id
        self.calendar = settings.calendar()
        self.year = period_containing(PeriodKind.YEAR, today, settings.fiscal_start_month)
        self.previous = dash.comparable_previous(period, today, self.calendar)
        self.weeks = _week_periods(min(today, period.end))
        spans = [(period.start, period.end), (self.previous.start, self.previous.end),
                 (self.weeks[0].start, min(self.weeks[-1].end, today)), (self.year.start, today)]
        self.r = _Reads(session, settings.tally_mode != "sum", member_id, spans,
                        (period.start, min(period.end, today)))

    def target_for(self, code: str, node_id: int | None = None, period: Period | None = None) -> float | None:
        return self.basis.target(code, period or self.period, self.member_id, self.settings, node_id)

    def data(self, metric: str) -> DashboardData:
        p, today, mid, cal = self.period, self.today, self.member_id, self.calendar
        by_day = {date.fromisoformat(k): v for k, v in self.r.days(p.start, p.end).items()}
        days = p.days()
        rows = [by_day.get(d, {}) if d <= today else {} for d in days]
        totals = _sum_rows(rows)
        cards = [self._kgi_card(nid, code, title) if kind == "kgi" and not is_rate(code) else
                 dash.card(code, title, totals, rows, self.target_for(code, nid), p, today, cal,
                           self.settings.thresholds()) for nid, code, title, kind in self.basis.cards]
        daily, target = daily_values(days, by_day, metric, today), self.target_for(metric)
        previous = self.previous
        before = self.r.folded(lambda _day: "all", previous.start, previous.end).get("all", {})
        weeks, week_counts = self._weeks(min(today, p.end))
        members = self.r.by_member
        return DashboardData(
            p, previous, today, mid, metric, days, [cal.is_business_day(d) for d in days], daily,
            daily_target(target, p, cal), daily_benchmark(metric, self.settings.phase, 1 if mid else len(self.basis.reps)),
            target, burn_up(days, daily, cal, target, today), cards,
            dash.funnel(totals, before), weeks, week_counts, self.basis.names, members, self._kgi(),
            dash.funnel(totals, before, dash.LEAD_STAGES))

    def _kgi_card(self, node_id: int | None, code: str, title: str) -> dash.Card:
        """The KGI's card is its fiscal year to date, whatever the period: a 年間 title over the year's numbers."""
        year = self.year
        by_month = self.r.folded(lambda day: day[:7], year.start, min(self.today, year.end))
        rows = [by_month.get(m.label, {}) for m in split(year, PeriodKind.MONTH, year.fiscal_start_month)
                if m.start <= self.today]
        return dash.card(code, title, _sum_rows(rows), rows, self.target_for(code, node_id, year), year,
                         self.today, self.calendar, self.settings.thresholds())

    def _weeks(self, last: date) -> tuple[list[Period], list[dict[str, float]]]:
        weeks = self.weeks
        by_week = self.r.folded(_monday, weeks[0].start, min(weeks[-1].end, last))
        return weeks, [by_week.get(w.start.isoformat(), {}) for w in weeks]

    def _kgi(self) -> KgiSeries:
        year = self.year
        revenue = self.r.folded(lambda day: day[:7], year.start, self.today, Metric.REVENUE.value)
        by_month = {k: v.get(Metric.REVENUE.value, 0) for k, v in revenue.items()}
        code = Metric.REVENUE.value
        year_target = self.target_for(code, period=year)
        months = {m.start: v for m in split(year, PeriodKind.MONTH, year.fiscal_start_month)
                  if (v := self.target_for(code, period=m)) is not None}
        return kgi_series(year, by_month, self.today, self.calendar, year_target, months)


def _week_periods(last: date) -> list[Period]:
    """The WEEKS_SHOWN weeks up to the one holding `last`, oldest first."""
    end_week = period_containing(PeriodKind.WEEK, last)
    return [period_containing(PeriodKind.WEEK, end_week.start - timedelta(weeks=n))
            for n in range(WEEKS_SHOWN - 1, -1, -1)]


def _monday(day: str) -> str:
    """The Monday of an ISO day's week, as an ISO day."""
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


def _sum_rows(rows: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for row in rows:
        for k, v in row.items():
            total[k] += v
    return {m.value: total.get(m.value, 0.0) for m in COUNT_METRICS}
