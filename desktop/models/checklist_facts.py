"""The checklist's facts: one read of the tree, targets, data, alert rules and reviews."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import col, func, select

from desktop.kpi.checklist import RECENT_BUSINESS_DAYS, ChecklistFacts, business_days_back
from desktop.kpi.metrics import RATES_BY_CODE, is_rate
from desktop.kpi.periods import PeriodKind, period_containing
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
            smart_failing=self._smart_failing(kpis, today, settings.fiscal_start_month),
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

    def _smart_failing(self, kpis: list[KpiNode], today: date, fiscal_start_month: int) -> tuple[str, ...]:
        """The KPIs whose SMART badges (the same lint the tree page shows) are not all green."""
        month = period_containing(PeriodKind.MONTH, today, fiscal_start_month)
        evaluation = self.evaluate_tree(month, today=today) if kpis else None
        return tuple(n.title for n in kpis
                     if not all(c.ok for c in self.node_smart(n.id, month, evaluation.node(n.id).target).checks))

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

