"""Words in exported reports (Japanese or English): reports have no Qt, so no tr()."""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    "weekly": ("週次レポート", "Weekly report"),
    "monthly": ("月次レポート", "Monthly report"),
    "quarterly": ("四半期レポート", "Quarterly report"),
    "sheet_summary": ("KPI", "KPI"),
    "sheet_funnel": ("ファネル", "Funnel"),
    "sheet_members": ("担当者別", "Members"),
    "sheet_trend": ("推移", "Trend"),
    "sheet_review": ("レビュー", "Review"),
    "period": ("期間", "Period"),
    "made_on": ("作成日", "Made on"),
    "kpi": ("KPI", "KPI"),
    "metric": ("指標", "Metric"),
    "target": ("目標", "Target"),
    "actual": ("実績", "Actual"),
    "expected": ("現時点の目安", "Expected to date"),
    "pace": ("ペース", "Pace"),
    "status": ("状況", "Status"),
    "bottleneck": ("ボトルネック", "Bottleneck"),
    "open_alerts": ("未対応アラート", "Open alerts"),
    "none": ("なし", "none"),
    "step": ("段階", "Step"),
    "count": ("件数", "Count"),
    "member": ("担当者", "Member"),
    "label": ("区分", "Period"),
    "findings": ("課題", "Findings"),
    "actions": ("施策・決定", "Actions and decisions"),
    "text": ("内容", "Text"),
    "owner": ("担当", "Owner"),
    "due": ("期限", "Due"),
    "no_review": ("この期間のレビューはまだ記録されていません", "No review recorded for this period yet"),
    "held_on": ("レビュー実施日", "Review held on"),
    "chart_funnel": ("ファネル (件数)", "Funnel (counts)"),
    "chart_members": ("担当者別 架電数・アポ数", "Calls and appointments by member"),
    "chart_trend": ("架電数・アポ数の推移", "Calls and appointments over time"),
    "chart_burnup": ("架電数のバーンアップ", "Calls burn-up"),
    "chart_daily": ("日別架電数", "Calls per day"),
    "charts": ("グラフ", "Charts"),
    "pace_line": ("目標ペース", "Pace to target"), "forecast": ("着地予測", "Forecast"),
    "daily_target": ("日次目標", "Daily target"),
    "step_rate": ("前段階からの率", "Rate from the step before"),
    "no_kpis": ("KPI がまだ設定されていません", "No KPIs set up yet"),
    "team": ("チーム", "Team"), "people": ("%1名", "%1 people"), "and_more": (" ほか%1名", " and %1 more"),
    "unit_count": ("件", ""),
    # metrics, statuses
    "calls": ("架電数", "Calls"), "connects": ("接続数", "Connects"),
    "appointments": ("アポ数", "Appointments"), "opportunities": ("商談数", "Opportunities"),
    "wins": ("受注数", "Wins"), "revenue": ("売上", "Revenue"), "emails": ("メール送信数", "Emails"),
    "follow_ups": ("追客数", "Follow-ups"), "meetings": ("面談数", "Meetings"),
    "connect_rate": ("接続率", "Connect rate"), "appointment_rate": ("アポ率", "Appointment rate"),
    "opportunity_rate": ("商談化率", "Opportunity rate"), "win_rate": ("受注率", "Win rate"),
    "renewals_due": ("更新対象数", "Renewals due"), "renewals": ("更新数", "Renewals"),
    "retention": ("継続率", "Retention"), "ltv": ("LTV", "LTV"),
    "mqls": ("MQL数", "MQLs"), "sqls": ("SQL数", "SQLs"),
    "mql_sql_rate": ("MQL→SQL率", "MQL to SQL rate"), "sql_opportunity_rate": ("SQL→商談率", "SQL to opportunity rate"),
    "on_track": ("順調", "On track"), "at_risk": ("注意", "At risk"), "behind": ("遅れ", "Behind"),
    "no_target": ("目標なし", "No target"),
    "no_data": ("データなし", "No data"),
    "finding": ("課題", "Finding"), "action": ("施策", "Action"), "decision": ("決定", "Decision"),
    "open": ("未完了", "Open"), "done": ("完了", "Done"), "dropped": ("中止", "Dropped"),
    "keep": ("継続", "Keep"), "replace": ("置き換え", "Replace"), "retire": ("廃止", "Retire"),
}


def word(key: str | None, lang: str = "ja") -> str:
    """The report word for a key or code; the code itself when unknown."""
    if not key:
        return ""
    pair = _WORDS.get(key)
    return key if pair is None else pair[0 if lang == "ja" else 1]
