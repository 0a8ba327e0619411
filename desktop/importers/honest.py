"""Honest results: what a file that gives nothing lacked, the main reasons rows were skipped (each
with an example), and rows that go to a member the user named when the file names none."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from desktop.importers import mapping as f

_DATES = {f.DAY, f.CREATED, f.CLOSED, *f.STAGE_DAYS}
_WHAT = {f.KIND, f.RESULT, f.STATUS, f.CONNECTED, f.STAGE, f.AMOUNT, f.TITLE, f.COMPANY, f.NOTE, f.LEAD_STATUS,
         *f.COUNT_FIELDS}
_LISTS = ("activity_log", "crm_activity", "daily_counts", "deals", "crm_deals", "attempt_groups", "lead_list")


@dataclass(frozen=True)
class Reason:
    """Why rows were skipped: a problem code, how many rows, and the first example (sheet, column, value)."""

    code: str
    count: int
    sheet: str
    column: str
    value: str


def with_member(plan: Any, member: str | None) -> Any:
    """The plan with `member` as the rep of every row when the sheet has no rep column of its own."""
    if not member or plan.header is None or any(m.field == f.MEMBER for m in plan.columns.values()):
        return plan
    plan.context = replace(plan.context, member=member)
    return plan


def missing_for(plan: Any) -> list[str]:
    """What a sheet lacks to be imported, as codes: header, day, what (no fact columns), member."""
    if plan.header is None:
        return ["header"]
    fields = {m.field for m in plan.columns.values()}
    out: list[str] = []
    if not fields & _DATES and plan.layout != "wide_matrix" and plan.header.date_cells < 3:
        out.append("day")
    if plan.layout is None and not fields & _WHAT:
        out.append("what")
    if plan.layout in _LISTS and f.MEMBER not in fields and not plan.context.member:
        out.append("member")
    return out


def nearest(plans: list[Any]) -> Any | None:
    """The sheet that came closest to a table: the one with the most mapped columns."""
    found = [p for p in plans if p.header is not None]
    return max(found, key=lambda p: len(p.columns), default=None)


def reasons(report: Any, top: int = 3) -> list[Reason]:
    """The main reasons rows were skipped, most frequent first, with the first example of each."""
    result = report.result
    if result is None:
        return []
    counts = Counter(p.code for p in result.problems)
    first: dict[str, Any] = {}
    for p in result.problems:
        first.setdefault(p.code, p)
    return [Reason(code, n, first[code].sheet, first[code].column, first[code].value)
            for code, n in counts.most_common(top)]
