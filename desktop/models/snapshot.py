"""Review snapshots: each KPI against its target and pace, the bottleneck, the funnel, the members.

Also the numbers the monthly and quarterly reviews need: each action's measured
effect and each KPI's quarter against target, phase band and a suggested target.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import col, func, select

from desktop.kpi.metrics import FUNNEL, RATES_BY_CODE, add_counts, is_rate, metric_value
from desktop.kpi.pace import pace_for_period, rate_status
from desktop.kpi.periods import Period, PeriodKind, period_containing
from desktop.kpi.phases import benchmark_band
from desktop.kpi.reviews import DEFAULT_EFFECT_WEEKS, Effect, action_effect, suggest_quarter_target
from desktop.kpi.tree_targets import TargetScope
from desktop.models.tables import AlertEvent, KpiNode, Member, ReviewAction


class SnapshotQueries:
    """What a review shows, computed from the rollup and the tree."""

    def _metric_nodes(self) -> list[KpiNode]:
        return [n for n in self.nodes() if n.metric]

    def open_alert_count(self) -> int:
        with self._read() as s:
            return int(s.exec(select(func.count()).select_from(AlertEvent)
                              .where(col(AlertEvent.acknowledged_at).is_(None))).one())

    def kpi_status(self, period: Period, today: date) -> list[dict[str, Any]]:
        """Each KGI/KPI with a metric: target, actual, expected-to-date, pace ratio, status."""
        settings = self.domain_settings()
        cal = settings.calendar()
        totals = self.totals(period.start, min(period.end, today))
        scopes = self.target_scopes(period)
        rows = []
        for node in self._metric_nodes():
            target = self.target_for(node.metric, period, node_id=node.id, scope=scopes.get(node.id, TargetScope()))
            actual = metric_value(totals, node.metric)
            row = {"node_id": node.id, "title": node.title, "kind": node.kind, "metric": node.metric,
                   "tier": node.tier, "target": target, "actual": actual}
            if is_rate(node.metric):
                row.update(expected=target, pace_ratio=_div(actual, target),
                           status=rate_status(actual, target, settings.thresholds()).value)
            else:
                p = pace_for_period(actual or 0, target, period, today, cal, settings.thresholds())
                row.update(expected=p.expected, pace_ratio=p.pace_ratio, status=p.status.value)
            rows.append(row)
        return rows

    def member_table(self, period: Period, today: date) -> list[dict[str, Any]]:
        """Per member: the funnel counts and the default rates, busiest first."""
        names = {m.id: m.name for m in self.members()}
        rows = []
        for member_id, counts in self.member_counts(period.start, min(period.end, today)).items():
            row = {"member": names.get(member_id, str(member_id))}
            row.update({m.value: counts.get(m.value, 0) for m in FUNNEL})
            row.update({code: metric_value(counts, code) for code in RATES_BY_CODE})
            rows.append(row)
        return sorted(rows, key=lambda r: -r["calls"])

    def review_snapshot(self, kind: str, period: Period, today: date) -> dict[str, Any]:
        """The frozen picture saved with a review (JSON-ready)."""
        kpis = self.kpi_status(period, today)
        totals = self.totals(period.start, min(period.end, today))
        return {"kind": kind, "period": period.label, "start": period.start.isoformat(),
                "end": period.end.isoformat(), "today": today.isoformat(), "kpis": kpis,
                "bottleneck": self.evaluate_tree(period, today=today).bottleneck,  # the tree's own rule
                "open_alerts": self.open_alert_count(),
                "funnel": {m.value: totals.get(m.value, 0) for m in FUNNEL},
                "rates": {code: metric_value(totals, code) for code in RATES_BY_CODE},
                "members": self.member_table(period, today)}

    # ---- monthly: did the actions work -------------------------------------------------

    def weekly_counts(self, start: date, end: date) -> dict[date, dict[str, float]]:
        """{monday: {metric: count}} for the weeks overlapping [start, end]."""
        out: dict[date, dict[str, float]] = {}
        for day, counts in self.daily_counts(start, end).items():
            monday = day - timedelta(days=day.weekday())
            out[monday] = add_counts([out.get(monday, {}), counts])
        return out

    def action_effects(self, actions: list[ReviewAction], today: date,
                       weeks: int = DEFAULT_EFFECT_WEEKS) -> dict[int, Effect]:
        """Each action with a KPI and a start day → its measured effect."""
        measurable = [a for a in actions if a.started_on and (a.metric or a.node_id)]
        if not measurable:
            return {}
        metrics = {n.id: n.metric for n in self._metric_nodes()}
        first = min(a.started_on for a in measurable) - timedelta(weeks=weeks + 1)
        weekly = self.weekly_counts(first, today)
        out = {}
        for a in measurable:
            metric = a.metric or metrics.get(a.node_id)
            if metric:
                out[a.id] = action_effect(metric, weekly, a.started_on, today, weeks)
        return out

    # ---- quarterly: each KPI against target, band and own history ------------------------

    def quarter_rows(self, quarter: Period, today: date) -> list[dict[str, Any]]:
        """Each KPI's quarter actual, target, phase band and a target suggestion for next quarter."""
        monthly = [self.totals(m.start, m.end) for m in last_full_months(today, 3)]
        rows = []
        for row in self.kpi_status(quarter, today):
            if row["kind"] != "kpi":
                continue
            band = benchmark_band(row["metric"])
            row.update(band=None if band is None else (band.low, band.high),
                       band_position=None if band is None or row["actual"] is None
                       else band.position(row["actual"]),
                       suggested=suggest_quarter_target(row["metric"], monthly))
            rows.append(row)
        return rows

    def setup_history(self, today: date) -> tuple[dict[str, float], dict[str, float | None]]:
        """Last whole month's counts, and each metric's own baseline (counts: last month; rates: 3 months)."""
        months = last_full_months(today, 3)
        last = self.totals(months[-1].start, months[-1].end)
        three = self.totals(months[0].start, months[-1].end)
        baseline: dict[str, float | None] = {k: (v or None) for k, v in last.items()}
        baseline.update({code: metric_value(three, code) for code in RATES_BY_CODE})
        return last, baseline

    def member_names(self) -> dict[int, str]:
        with self._read() as s:
            return {m.id: m.name for m in s.exec(select(Member))}


def last_full_months(today: date, n: int) -> list[Period]:
    """The n whole months before the month containing today, oldest first."""
    month = period_containing(PeriodKind.MONTH, today).previous()
    out = []
    for _ in range(n):
        out.insert(0, month)
        month = month.previous()
    return out


def _div(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b
