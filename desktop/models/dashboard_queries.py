"""The dashboard's numbers in one read: counts from the rollup, targets, and the kpi computations on them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text

from desktop.kpi import dashboard as dash
from desktop.kpi.kgi import KgiSeries, kgi_series
from desktop.kpi.metrics import COUNT_METRICS, Metric, is_rate
from desktop.kpi.periods import Period, PeriodKind, period_containing, week_key
from desktop.kpi.series import BurnUp, TargetRow, burn_up, daily_target, daily_values, prorate_target

WEEKS_SHOWN = 12
# Without any tally (or when tallies add up), the rollup is a plain sum: no window function needed.
_SIMPLE = "SELECT {group} AS g, metric, SUM(value) FROM dailycount WHERE day BETWEEN :start AND :end {where} GROUP BY g, metric"
_OVERRIDE = """
SELECT {group} AS g, metric, SUM(value) FROM (
  SELECT day, member_id, metric, source, value,
         MAX(source = 'tally') OVER (PARTITION BY day, member_id, metric) AS has_tally
  FROM dailycount WHERE day BETWEEN :start AND :end {where}
) WHERE has_tally = 0 OR source = 'tally'
GROUP BY g, metric
"""


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
    target: float | None
    burnup: BurnUp
    cards: list[dash.Card]
    funnel: list[dash.Stage]
    weeks: list[Period]
    week_counts: list[dict[str, float]]
    members: dict[int, str]
    member_counts: dict[int, dict[str, float]]
    kgi: KgiSeries


class DashboardQueries:
    """Reads for the dashboard page; all counts come from the DailyCount rollup."""

    def dashboard(self, period: Period, today: date, member_id: int | None = None,
                  metric: str = Metric.CALLS.value) -> DashboardData:
        """The dashboard's data for `period` as of `today`, for the team or one member."""
        settings = self.domain_settings()
        calendar, thresholds = settings.calendar(), settings.thresholds()
        self._plain = settings.tally_mode == "sum" or not self._has_tallies()
        by_day = {date.fromisoformat(k): v for k, v in self._rollup("day", period.start, period.end, member_id).items()}
        days = period.days()
        rows = [by_day.get(d, {}) if d <= today else {} for d in days]
        totals = _sum_rows(rows)
        previous = dash.previous_period(period)
        targets = self._target_rows(member_id)
        share = self._member_share(member_id)

        def target_for(code: str, node_id: int | None = None) -> float | None:
            picked = [r for nid, m, r in targets if m == code and (node_id is None or nid == node_id)]
            value = prorate_target(picked or [r for _, m, r in targets if m == code], period, calendar,
                                   settings.fiscal_start_month, is_rate(code))
            return value if value is None or is_rate(code) else value * share

        cards = [dash.card(code, title, totals, rows, target_for(code, nid), period, today, calendar, thresholds)
                 for nid, code, title in self._card_specs()]
        daily = daily_values(days, by_day, metric, today)
        target = target_for(metric)
        weeks, week_counts = self._weeks(min(today, period.end), member_id)
        names = self._member_names()
        return DashboardData(
            period, previous, today, member_id, metric, days, [calendar.is_business_day(d) for d in days],
            daily, daily_target(target, period, calendar), target, burn_up(days, daily, calendar, target, today),
            cards, dash.funnel(totals, self._rollup("'all'", previous.start, previous.end, member_id).get("all", {})),
            weeks, week_counts, names,
            {int(k): v for k, v in self._rollup("member_id", period.start, min(period.end, today)).items()},
            self._kgi(today, member_id, target_for, share))

    # ---- pieces ------------------------------------------------------------------

    def _target_rows(self, member_id: int | None) -> list[tuple[int | None, str, TargetRow]]:
        rows = [t for t in self.targets() if t.member_id == member_id]
        if member_id is not None and not rows:
            rows = [t for t in self.targets() if t.member_id is None]
        return [(t.node_id, t.metric, TargetRow(t.period_kind, t.period_start, t.value)) for t in rows]

    def _member_share(self, member_id: int | None) -> float:
        """A member without targets of their own carries an equal share of the team's."""
        if member_id is None or any(t.member_id == member_id for t in self.targets()):
            return 1.0
        reps = [m for m in self.members(active_only=True) if m.role == "rep"]
        return 1.0 / max(1, len(reps))

    def _card_specs(self) -> list[tuple[int | None, str, str]]:
        chosen = [(n.id, n.metric, n.title) for n in self.nodes() if n.on_dashboard and n.metric]
        return chosen or [(None, code, "") for code in dash.DEFAULT_CARD_METRICS]

    def _weeks(self, last: date, member_id: int | None) -> tuple[list[Period], list[dict[str, float]]]:
        end_week = period_containing(PeriodKind.WEEK, last)
        weeks = [period_containing(PeriodKind.WEEK, end_week.start - timedelta(weeks=n))
                 for n in range(WEEKS_SHOWN - 1, -1, -1)]
        by_week: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for day, counts in self._rollup("day", weeks[0].start, min(weeks[-1].end, last), member_id).items():
            bucket = by_week[week_key(date.fromisoformat(day))]
            for metric, value in counts.items():
                bucket[metric] += value
        return weeks, [dict(by_week.get(week_key(w.start), {})) for w in weeks]

    def _member_names(self) -> dict[int, str]:
        return {m.id: m.name for m in self.members(active_only=True) if m.role == "rep"}

    def _kgi(self, today: date, member_id: int | None, target_for, share: float) -> KgiSeries:  # noqa: ANN001
        settings = self.domain_settings()
        year = period_containing(PeriodKind.YEAR, today, settings.fiscal_start_month)
        revenue = self._rollup("substr(day, 1, 7)", year.start, today, member_id, Metric.REVENUE.value)
        by_month = {k: v.get(Metric.REVENUE.value, 0) for k, v in revenue.items()}
        rows = [r for _, m, r in self._target_rows(member_id) if m == Metric.REVENUE.value]
        year_target = next((r.value * share for r in rows if r.kind == PeriodKind.YEAR and r.start == year.start),
                           None)
        months = {r.start: r.value * share for r in rows if r.kind == PeriodKind.MONTH}
        return kgi_series(year, by_month, today, settings.calendar(), year_target, months)

    def _has_tallies(self) -> bool:
        with self._read() as s:
            return bool(s.execute(text("SELECT EXISTS (SELECT 1 FROM tally)")).scalar())

    def _rollup(self, group: str, start: date, end: date, member_id: int | None = None,
                metric: str | None = None) -> dict[str, dict[str, float]]:
        """{group key: {metric: count}} from the rollup, honouring the tally mode (set by `dashboard`)."""
        where = ("AND member_id = :member " if member_id else "") + ("AND metric = :metric" if metric else "")
        sql = (_SIMPLE if getattr(self, "_plain", False) else _OVERRIDE).format(group=group, where=where)
        params = {"start": start.isoformat(), "end": end.isoformat(), "member": member_id, "metric": metric}
        out: dict[str, dict[str, float]] = defaultdict(dict)
        with self._read() as s:
            for key, name, value in s.execute(text(sql), params):
                out[str(key)][name] = value
        return dict(out)


def _sum_rows(rows: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for row in rows:
        for k, v in row.items():
            total[k] += v
    return {m.value: total.get(m.value, 0.0) for m in COUNT_METRICS}
