"""Sentences for alert codes and their numbers (the core returns codes, the view words them)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.views.shell.text import count, fmt, metric_name, percent

_PERIOD = {"day": QT_TRANSLATE_NOOP("Alerts", "today"), "week": QT_TRANSLATE_NOOP("Alerts", "this week"),
           "month": QT_TRANSLATE_NOOP("Alerts", "this month"), "quarter": QT_TRANSLATE_NOOP("Alerts", "this quarter"),
           "year": QT_TRANSLATE_NOOP("Alerts", "this fiscal year")}


def _pace(p: dict[str, Any], metric: str) -> str:
    text = fmt(QCoreApplication.translate("Alerts", "%1 are at %2 of pace (%3 of %4 expected by now)."),
               metric, percent(p.get("ratio"), 0), count(p.get("actual")), count(p.get("expected")))
    if p.get("risk_metric"):
        period = QCoreApplication.translate("Alerts", _PERIOD.get(str(p.get("period")), _PERIOD["month"]))
        risk = fmt(QCoreApplication.translate("Alerts", "At today's rates, %1's %2 will end at %3 of %4."),
                   period, metric_name(p["risk_metric"]), count(p.get("risk_projected")), count(p.get("risk_target")))
        # Japanese puts no space after 。
        text = fmt(QCoreApplication.translate("Alerts", "%1 %2", "two sentences of one alert"), text, risk)
    return text


def _import_failed(p: dict[str, Any]) -> str:
    """A watched folder's file that stored nothing, and why (the 取り込み page's words)."""
    from desktop.views.imports.text import word

    reason = str(p.get("reason", ""))
    if reason == "no_layout":
        why = QCoreApplication.translate("Alerts", "no table it can import was found")
    elif reason == "nothing_stored":
        why = QCoreApplication.translate("Alerts", "no row could be stored")
        if p.get("detail"):
            why = fmt(QCoreApplication.translate("Alerts", "%1 (%2)", "why, then the first reason"), why,
                      word(str(p["detail"])))
    else:
        why = word(reason)
    return fmt(QCoreApplication.translate("Alerts", "A file in the watched folder was not imported: %1 — %2"),
               p.get("file", ""), why)


def alert_message(code: str, params_json: str, names: Mapping[int, str]) -> str:
    """One sentence for an alert event, naming the member when the rule watches one."""
    p = json.loads(params_json or "{}")
    if code == "import_failed":
        return _import_failed(p)
    metric = metric_name(str(p.get("metric", "")))
    if code == "pace_below":
        text = _pace(p, metric)
    elif code == "rate_below_band":
        text = fmt(QCoreApplication.translate("Alerts", "%1 is %2, below the benchmark band %3–%4."),
                   metric, percent(p.get("rate")), percent(p.get("low"), 0), percent(p.get("high"), 0))
    elif code == "rate_below_baseline":
        text = fmt(QCoreApplication.translate("Alerts", "%1 is %2, below the team's own baseline of %3."),
                   metric, percent(p.get("rate")), percent(p.get("baseline")))
    else:
        text = fmt(QCoreApplication.translate("Alerts", "No %1 logged yet today (by %2:00)."),
                   metric, p.get("hour", 11))
    member = names.get(p.get("member_id")) if p.get("member_id") else None
    if not member:
        return text
    return fmt(QCoreApplication.translate("Alerts", "%1: %2", "a member's name, then the alert"), member, text)
