"""The checklist's facts: one read of the tree, targets, data, alert rules and reviews."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import col, func, select

from desktop.kpi.checklist import RECENT_BUSINESS_DAYS, ChecklistFacts, business_days_back
from desktop.kpi.metrics import RATES_BY_CODE, is_rate, metric_value
from desktop.kpi.periods import PeriodKind
from desktop.kpi.smart import SmartInput, lint
from desktop.models.tables import AlertRule, KpiNode, Review, ReviewAction, Target


def _ancestors(node: KpiNode, by_id: dict[int, KpiNode]) -> list[KpiNode]:
    out, seen = [], set()
    while node.parent_id is not None and node.parent_id in by_id and node.parent_id not in seen:
        seen.add(node.parent_id)
        node = by_id[node.parent_id]
        out.append(node)
    return out


def _base_metric(metric: str) -> str:
    """The count whose presence makes a metric measurable (a rate's denominator)."""
    return RATES_BY_CODE[metric].denominator.value if is_rate(metric) else metric


class ChecklistQueries:
    """Builds `ChecklistFacts` for the checklist page and the wizard."""

    def checklist_facts(self, today: date, quality_findings: int | None = None) -> ChecklistFacts:
        """The facts the 20 items are judged on; runs the data-quality check unless given its count."""
        if quality_findings is None and hasattr(self, "quality_findings"):
            quality_findings = len(self.quality_findings(today))
        settings = self.domain_settings()
        cal = settings.calendar()
        nodes = self.nodes()
        by_id = {n.id: n for n in nodes}
        kgis = [n for n in nodes if n.kind == "kgi"]
        kpis = [n for n in nodes if n.kind == "kpi"]
        targets = self._targets_by_node()
        span = self.data_range()
        history = self.totals(today - timedelta(days=90), today) if span else {}
        with_data = {m for m, v in history.items() if v}
        dash = [n for n in nodes if n.on_dashboard and n.metric]
        return ChecklistFacts(
            today=today, phase=settings.phase, **_kgi_facts(kgis[0] if kgis else None, targets),
            ksf_count=sum(1 for n in nodes if n.kind == "ksf"),
            kgi_ksf_kpi_path=any(self._on_path(n, by_id) for n in kpis),
            kpi_tiers=frozenset(n.tier for n in kpis if n.tier and n.metric),
            kpi_count=len(kpis),
            smart_failing=tuple(n.title for n in kpis if not self._smart_ok(n, by_id, targets, history, with_data)),
            last_data_day=span[1] if span else None,
            recent_start=business_days_back(cal, today, RECENT_BUSINESS_DAYS),
            live_start=business_days_back(cal, today, 2),
            quality_findings=quality_findings,
            dashboard_nodes=len(dash),
            dashboard_with_data=sum(1 for n in dash if _base_metric(n.metric) in with_data),
            alert_rules=self._enabled_rules(),
            **self._review_days(), manual=self.checklist_manual())

    @staticmethod
    def _on_path(node: KpiNode, by_id: dict[int, KpiNode]) -> bool:
        kinds = [a.kind for a in _ancestors(node, by_id)]
        return "ksf" in kinds and "kgi" in kinds[kinds.index("ksf"):]

    def _targets_by_node(self) -> dict[int, list[Target]]:
        out: dict[int, list[Target]] = {}
        with self._read() as s:
            for t in s.exec(select(Target).where(col(Target.node_id).is_not(None))):
                out.setdefault(t.node_id, []).append(t)
        return out

    @staticmethod
    def _smart_ok(node: KpiNode, by_id: dict[int, KpiNode], targets: dict[int, list[Target]],
                  history: dict[str, float], with_data: set[str]) -> bool:
        mine = [t for t in targets.get(node.id, []) if t.member_id is None]
        target = next((t for t in mine if t.period_kind == PeriodKind.MONTH), None) or (mine[0] if mine else None)
        inp = SmartInput(title=node.title, description=node.description, metric=node.metric,
                         has_data=bool(node.metric) and _base_metric(node.metric) in with_data,
                         target=target.value if target else None,
                         history_baseline=_baseline(node.metric, target, history),
                         has_kgi_path=any(a.kind == "kgi" for a in _ancestors(node, by_id)),
                         period_kind=target.period_kind if target else None)
        return all(check.ok for check in lint(inp))

    def _enabled_rules(self) -> int:
        with self._read() as s:
            return int(s.exec(select(func.count()).select_from(AlertRule)
                              .where(col(AlertRule.enabled).is_(True))).one())

    def _review_days(self) -> dict[str, Any]:
        with self._read() as s:
            last = {kind: s.exec(select(func.max(Review.held_on)).where(Review.kind == kind)).one()
                    for kind in ("weekly", "quarterly")}
            monthly = s.exec(select(func.max(Review.held_on)).join(
                ReviewAction, col(ReviewAction.review_id) == col(Review.id)).where(
                Review.kind == "monthly", ReviewAction.kind == "action")).one()
        return {"last_weekly": last["weekly"], "last_quarterly": last["quarterly"],
                "last_monthly_with_actions": monthly}


def _kgi_facts(kgi: KpiNode | None, targets: dict[int, list[Target]]) -> dict[str, Any]:
    kinds = {t.period_kind for t in targets.get(kgi.id, [])} if kgi else set()
    return {"kgi_metric": (kgi.metric or "") if kgi else None,
            "kgi_annual_target": PeriodKind.YEAR.value in kinds,
            "kgi_quarterly_target": PeriodKind.QUARTER.value in kinds}


def _baseline(metric: str | None, target: Target | None, history: dict[str, float]) -> float | None:
    """The team's own value over the last 90 days, in the target's period length."""
    if not metric or target is None or not history:
        return None
    if is_rate(metric):
        return metric_value(history, metric)
    per_day = (history.get(metric, 0) or 0) / 90
    days = {"day": 1, "week": 7, "month": 30.4, "quarter": 91, "year": 365}.get(target.period_kind)
    return None if days is None or per_day == 0 else per_day * days
