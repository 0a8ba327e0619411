"""Words for the checklist's groups, items and reason codes (context "Checklist")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.kpi.checklist import ItemState
from desktop.views.shell.text import fmt

GROUPS: dict[str, str] = {
    "kgi": QT_TRANSLATE_NOOP("Checklist", "KGI"),
    "ksf": QT_TRANSLATE_NOOP("Checklist", "KSF"),
    "kpi": QT_TRANSLATE_NOOP("Checklist", "Choosing KPIs"),
    "measurement": QT_TRANSLATE_NOOP("Checklist", "Measurement"),
    "dashboard": QT_TRANSLATE_NOOP("Checklist", "Dashboard"),
    "pdca": QT_TRANSLATE_NOOP("Checklist", "PDCA"),
}

ITEMS: dict[str, str] = {
    "kgi_goal": QT_TRANSLATE_NOOP("Checklist", "The final goal (revenue or wins) is clear"),
    "kgi_targets": QT_TRANSLATE_NOOP("Checklist", "The KGI has an annual and a quarterly target"),
    "ksf_listed": QT_TRANSLATE_NOOP("Checklist", "The success factors (KSF) needed for the KGI are listed"),
    "kpi_tree": QT_TRANSLATE_NOOP("Checklist", "A KPI tree (KGI → KSF → KPI) exists"),
    "action_kpi": QT_TRANSLATE_NOOP("Checklist", "Action KPIs are set (calls, follow-ups …)"),
    "result_kpi": QT_TRANSLATE_NOOP("Checklist", "Result KPIs are set (connect rate, appointment rate …)"),
    "outcome_kpi": QT_TRANSLATE_NOOP("Checklist", "Outcome KPIs are set (win rate, revenue …)"),
    "smart": QT_TRANSLATE_NOOP("Checklist", "Every KPI passes SMART"),
    "kpi_count": QT_TRANSLATE_NOOP("Checklist", "The number of KPIs suits the phase"),
    "tool_selected": QT_TRANSLATE_NOOP("Checklist", "An MA/SFA tool is chosen (HubSpot, Salesforce …)"),
    "tool_integration": QT_TRANSLATE_NOOP("Checklist", "MA/SFA integration is set up (fields, workflows)"),
    "auto_measurement": QT_TRANSLATE_NOOP("Checklist", "Activity data is counted automatically"),
    "quality_check": QT_TRANSLATE_NOOP("Checklist", "Data quality is checked (gaps, duplicates)"),
    "dashboard_design": QT_TRANSLATE_NOOP("Checklist", "The dashboard is designed (which KPIs)"),
    "visualization": QT_TRANSLATE_NOOP("Checklist", "KPIs are shown as charts"),
    "live_updates": QT_TRANSLATE_NOOP("Checklist", "The numbers are up to date"),
    "alerts": QT_TRANSLATE_NOOP("Checklist", "Alerts are set for KPIs falling behind"),
    "weekly_review": QT_TRANSLATE_NOOP("Checklist", "A weekly review is held"),
    "monthly_cycle": QT_TRANSLATE_NOOP("Checklist", "A monthly improvement cycle runs (actions, effects)"),
    "quarterly_review": QT_TRANSLATE_NOOP("Checklist", "KPIs are reviewed every quarter"),
}

REASONS: dict[str, str] = {
    "no_kgi": QT_TRANSLATE_NOOP("Checklist", "No KGI yet."),
    "kgi_not_final": QT_TRANSLATE_NOOP("Checklist", "The KGI should measure revenue or wins."),
    "no_annual_target": QT_TRANSLATE_NOOP("Checklist", "The KGI has no annual target."),
    "no_quarterly_target": QT_TRANSLATE_NOOP("Checklist", "The KGI has no quarterly target."),
    "no_ksf": QT_TRANSLATE_NOOP("Checklist", "No KSF under the KGI yet."),
    "no_tree_path": QT_TRANSLATE_NOOP("Checklist", "No KPI sits under a KSF under the KGI."),
    "no_action_kpi": QT_TRANSLATE_NOOP("Checklist", "No action KPI yet."),
    "no_result_kpi": QT_TRANSLATE_NOOP("Checklist", "No result KPI yet."),
    "no_outcome_kpi": QT_TRANSLATE_NOOP("Checklist", "No outcome KPI yet."),
    "no_kpis": QT_TRANSLATE_NOOP("Checklist", "No KPIs yet."),
    "smart_failing": QT_TRANSLATE_NOOP("Checklist", "Not SMART yet: %1"),
    "too_few_kpis": QT_TRANSLATE_NOOP("Checklist", "Too few KPIs for the phase (%1)."),
    "too_many_kpis": QT_TRANSLATE_NOOP("Checklist", "Too many KPIs for the phase (%1)."),
    "no_data": QT_TRANSLATE_NOOP("Checklist", "No activity data yet."),
    "stale_data": QT_TRANSLATE_NOOP("Checklist", "No data in the last 7 business days (latest %1)."),
    "quality_not_run": QT_TRANSLATE_NOOP("Checklist", "The data-quality check has not reported yet."),
    "quality_no_data": QT_TRANSLATE_NOOP("Checklist", "There is no activity data to check yet."),
    "quality_findings": QT_TRANSLATE_NOOP("Checklist", "%1 data-quality findings are open."),
    "no_dashboard": QT_TRANSLATE_NOOP("Checklist", "No KPI is chosen for the dashboard."),
    "dashboard_no_data": QT_TRANSLATE_NOOP("Checklist", "The dashboard KPIs have no data to chart."),
    "not_live": QT_TRANSLATE_NOOP("Checklist", "The latest data is from %1."),
    "no_alert_rule": QT_TRANSLATE_NOOP("Checklist", "No alert rule yet."),
    "no_weekly_review": QT_TRANSLATE_NOOP("Checklist", "No weekly review in the last 8 days."),
    "no_monthly_review": QT_TRANSLATE_NOOP("Checklist", "No monthly review with actions in the last 35 days."),
    "no_quarterly_review": QT_TRANSLATE_NOOP("Checklist", "No quarterly KPI review in the last 100 days."),
    "manual": QT_TRANSLATE_NOOP("Checklist", "Tick this by hand when done: no data can show it."),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("Checklist", source)


def group_title(code: str) -> str:
    return _tr(GROUPS[code])


def item_title(code: str) -> str:
    return _tr(ITEMS[code])


def reason_text(item: ItemState) -> str:
    """The one-line reason an item is not met ("" when met)."""
    if not item.reason:
        return ""
    return fmt(_tr(REASONS.get(item.reason, item.reason)), item.detail)
