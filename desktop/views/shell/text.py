"""Words for the codes the core returns (metrics, outcomes, tiers, statuses), translated once.

Pages call `metric_name("calls")` rather than spelling 架電数 themselves, so a
term reads the same on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.kpi.numbers import figure

_TERMS: dict[str, str] = {
    # count metrics
    "calls": QT_TRANSLATE_NOOP("Terms", "Calls"),
    "connects": QT_TRANSLATE_NOOP("Terms", "Connects"),
    "appointments": QT_TRANSLATE_NOOP("Terms", "Appointments"),
    "opportunities": QT_TRANSLATE_NOOP("Terms", "Opportunities"),
    "wins": QT_TRANSLATE_NOOP("Terms", "Wins"),
    "revenue": QT_TRANSLATE_NOOP("Terms", "Revenue"),
    "emails": QT_TRANSLATE_NOOP("Terms", "Emails"),
    "follow_ups": QT_TRANSLATE_NOOP("Terms", "Follow-ups"),
    "meetings": QT_TRANSLATE_NOOP("Terms", "Meetings"),
    "renewals_due": QT_TRANSLATE_NOOP("Terms", "Renewals due"),
    "renewals": QT_TRANSLATE_NOOP("Terms", "Renewals"),
    "ltv": QT_TRANSLATE_NOOP("Terms", "LTV"),
    "retention": QT_TRANSLATE_NOOP("Terms", "Retention"),
    "calls_per_day": QT_TRANSLATE_NOOP("Terms", "Calls per day"),
    "mqls": QT_TRANSLATE_NOOP("Terms", "MQLs"),
    "sqls": QT_TRANSLATE_NOOP("Terms", "SQLs"),
    "mqls_to_sql": QT_TRANSLATE_NOOP("Terms", "MQLs that became SQL"),
    "sqls_to_opportunity": QT_TRANSLATE_NOOP("Terms", "SQLs that reached opportunity"),
    # rates
    "connect_rate": QT_TRANSLATE_NOOP("Terms", "Connect rate"),
    "appointment_rate": QT_TRANSLATE_NOOP("Terms", "Appointment rate"),
    "opportunity_rate": QT_TRANSLATE_NOOP("Terms", "Opportunity rate"),
    "win_rate": QT_TRANSLATE_NOOP("Terms", "Win rate"),
    "mql_sql_rate": QT_TRANSLATE_NOOP("Terms", "MQL to SQL rate"),
    "sql_opportunity_rate": QT_TRANSLATE_NOOP("Terms", "SQL to opportunity rate"),
    # outcomes
    "no_answer": QT_TRANSLATE_NOOP("Terms", "No answer"),
    "gatekeeper": QT_TRANSLATE_NOOP("Terms", "Gatekeeper"),
    "connected": QT_TRANSLATE_NOOP("Terms", "Connected"),
    "appointment": QT_TRANSLATE_NOOP("Terms", "Appointment"),
    "rejected": QT_TRANSLATE_NOOP("Terms", "Rejected"),
    "other": QT_TRANSLATE_NOOP("Terms", "Other"),
    # activity kinds
    "call": QT_TRANSLATE_NOOP("Terms", "Call"),
    "email": QT_TRANSLATE_NOOP("Terms", "Email"),
    "follow_up": QT_TRANSLATE_NOOP("Terms", "Follow-up"),
    "meeting": QT_TRANSLATE_NOOP("Terms", "Meeting"),
    # tiers and node kinds
    "action": QT_TRANSLATE_NOOP("Terms", "Action"),
    "result": QT_TRANSLATE_NOOP("Terms", "Result"),
    "outcome": QT_TRANSLATE_NOOP("Terms", "Outcome"),
    "kgi": QT_TRANSLATE_NOOP("Terms", "KGI"),
    "ksf": QT_TRANSLATE_NOOP("Terms", "KSF"),
    "kpi": QT_TRANSLATE_NOOP("Terms", "KPI"),
    # pace
    "on_track": QT_TRANSLATE_NOOP("Terms", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("Terms", "At risk"),
    "behind": QT_TRANSLATE_NOOP("Terms", "Behind"),
    "no_target": QT_TRANSLATE_NOOP("Terms", "No target"),
    "no_data": QT_TRANSLATE_NOOP("Terms", "No data"),
    # phases
    "launch": QT_TRANSLATE_NOOP("Terms", "Launch phase"),
    "growth": QT_TRANSLATE_NOOP("Terms", "Growth phase"),
    "stable": QT_TRANSLATE_NOOP("Terms", "Stable phase"),
    # periods
    "day": QT_TRANSLATE_NOOP("Terms", "Day"),
    "week": QT_TRANSLATE_NOOP("Terms", "Week"),
    "month": QT_TRANSLATE_NOOP("Terms", "Month"),
    "quarter": QT_TRANSLATE_NOOP("Terms", "Quarter"),
    "year": QT_TRANSLATE_NOOP("Terms", "Fiscal year"),
    # deal stages and lead statuses
    "first_meeting": QT_TRANSLATE_NOOP("Terms", "First meeting"),
    "proposal": QT_TRANSLATE_NOOP("Terms", "Proposal"),
    "quote": QT_TRANSLATE_NOOP("Terms", "Quote"),
    "won": QT_TRANSLATE_NOOP("Terms", "Won"),
    "lost": QT_TRANSLATE_NOOP("Terms", "Lost"),
    "new": QT_TRANSLATE_NOOP("Terms", "New"),
    "mql": QT_TRANSLATE_NOOP("Terms", "MQL"),
    "sql": QT_TRANSLATE_NOOP("Terms", "SQL"),
    "opportunity": QT_TRANSLATE_NOOP("Terms", "Opportunity reached"),
    "nurturing": QT_TRANSLATE_NOOP("Terms", "Nurturing"),
    "disqualified": QT_TRANSLATE_NOOP("Terms", "Disqualified"),
}


# how a metric is computed, where the words alone do not say it (kpi/contracts.py says the same)
_FORMULAS: dict[str, str] = {
    "retention": QT_TRANSLATE_NOOP("Formulas", "Retention = customers renewed ÷ customers due for renewal in the "
                                   "period (a contract is due when its term ends)."),
    "ltv": QT_TRANSLATE_NOOP("Formulas", "LTV = (won amounts + monthly amount × months billed so far) ÷ customers: "
                             "the average revenue per customer over the lifetime observed so far."),
}


def formula(code: str | None) -> str:
    """The translated formula of a metric (継続率, LTV), or "" for one whose name says it."""
    source = _FORMULAS.get(code or "")
    return QCoreApplication.translate("Formulas", source) if source else ""


def term(code: str | None) -> str:
    """The translated word for a core code; the code itself when unknown."""
    if not code:
        return ""
    source = _TERMS.get(code)
    return QCoreApplication.translate("Terms", source) if source else code


metric_name = outcome_name = tier_name = status_name = phase_name = term


def fmt(text: str, *values: object) -> str:
    """Fill Qt-style %1 %2 … placeholders in a translated string."""
    for n in range(len(values), 0, -1):
        text = text.replace(f"%{n}", str(values[n - 1]))
    return text


def yen(value: float | None) -> str:
    return "—" if value is None else f"¥{value:,.0f}"


def percent(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def count(value: float | None) -> str:
    """A count; a fraction under 10 (a per-day or per-rep target) keeps a decimal (kpi.numbers.figure)."""
    return "—" if value is None else figure(value)
