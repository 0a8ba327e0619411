"""What a weekly / monthly / quarterly report shows, gathered once for Excel and PDF alike."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.kpi.metrics import Metric
from desktop.kpi.periods import Period, PeriodKind, split
from desktop.kpi.series import BurnUp

KIND_OF_PERIOD = {PeriodKind.WEEK: "weekly", PeriodKind.MONTH: "monthly", PeriodKind.QUARTER: "quarterly"}
TREND_STEP = {PeriodKind.WEEK: PeriodKind.DAY, PeriodKind.MONTH: PeriodKind.WEEK,
              PeriodKind.QUARTER: PeriodKind.MONTH}


class ReportError(Exception):
    """A report that could not be written: a code and the path, for a one-line message."""

    def __init__(self, code: str, path: str = "", detail: str = "") -> None:
        super().__init__(code)
        self.code, self.path, self.detail = code, path, detail


@dataclass
class ReportData:
    """The report's content: KPI table, funnel, members, a trend, the review's notes."""

    kind: str
    period: str
    start: date
    end: date
    today: date
    snapshot: dict[str, Any]
    trend: list[tuple[str, float, float]]  # (label, calls, appointments)
    findings: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    review_held_on: date | None = None
    members: list[str] = field(default_factory=list)  # the active team, for the header
    days: list[date] = field(default_factory=list)  # the period's days, for the charts
    daily_calls: list[float] = field(default_factory=list)  # NaN after today
    business: list[bool] = field(default_factory=list)
    daily_target: float | None = None
    burnup: BurnUp | None = None  # calls: the cumulative actual against the pace to the target


def build_report(store: Any, period: Period, today: date) -> ReportData:
    """Read everything the report needs; the review's own frozen snapshot wins when there is one."""
    if period.kind not in KIND_OF_PERIOD:
        raise ReportError("bad_report_period", detail=period.label)
    kind = KIND_OF_PERIOD[period.kind]
    review = next((r for r in store.reviews(kind) if r.period_start == period.start), None)
    snapshot = json.loads(review.snapshot) if review and review.snapshot not in ("", "{}") else None
    snapshot = snapshot or store.review_snapshot(kind, period, today)
    names = store.member_names()
    notes = store.review_actions(review.id) if review else []
    rows = [_note(a, names) for a in notes]
    board = store.dashboard(period, today, None, Metric.CALLS.value)
    return ReportData(kind=kind, period=period.label, start=period.start, end=period.end, today=today,
                      snapshot=snapshot, trend=_trend(store, period, today),
                      findings=[r for r in rows if r["kind"] == "finding"],
                      actions=[r for r in rows if r["kind"] != "finding"],
                      review_held_on=review.held_on if review else None,
                      members=[m.name for m in store.members(active_only=True)], days=board.days,
                      daily_calls=board.daily, business=board.business, daily_target=board.daily_target,
                      burnup=board.burnup)


def _trend(store: Any, period: Period, today: date) -> list[tuple[str, float, float]]:
    """Calls and appointments per day (business days only), week or month of the period."""
    calendar = store.domain_settings().calendar()
    out = []
    for part in split(period, TREND_STEP[period.kind], period.fiscal_start_month):
        if part.start > today:
            break
        if part.kind == PeriodKind.DAY and not calendar.is_business_day(part.start):
            continue
        totals = store.totals(part.start, min(part.end, today))
        out.append((part.label, totals.get("calls", 0), totals.get("appointments", 0)))
    return out


def _note(action: Any, names: dict[int, str]) -> dict[str, Any]:
    return {"kind": action.kind, "text": action.text, "owner": names.get(action.owner_id, ""),
            "due": action.due, "metric": action.metric or "", "status": action.status,
            "decision": action.decision or ""}
