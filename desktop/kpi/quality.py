"""データ品質チェック: pure rules over plain counts and rows, returning Findings.

The Store gathers the inputs (counts per member and day, candidate duplicate
groups, rows with missing values); these rules decide what is wrong.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

ERROR, WARNING, INFO = "error", "warning", "info"

# The funnel steps that can never exceed the step above them.
FUNNEL_PAIRS: tuple[tuple[str, str], ...] = (
    ("connects", "calls"), ("appointments", "connects"), ("wins", "opportunities"),
)
DAY_PAIRS = FUNNEL_PAIRS[:2]  # both counted from the same activities, so true on any day
OUTLIER_FACTOR = 3.0
OUTLIER_MIN_CALLS = 20  # a day needs at least this many calls to be called an outlier
BASELINE_MIN_DAYS = 10

Counts = Mapping[str, float]


@dataclass(frozen=True)
class Finding:
    """One problem: a code, how bad, whose and which day, the rows behind it and its numbers."""

    code: str
    severity: str
    member_id: int | None = None
    day: date | None = None
    refs: tuple[int, ...] = ()
    numbers: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "severity": self.severity, "member_id": self.member_id,
                "day": self.day.isoformat() if self.day else None, "refs": list(self.refs),
                "numbers": dict(self.numbers)}


def no_activity(business_days: Iterable[date], members: Mapping[int, tuple[date, date]],
                logged: set[tuple[int, date]]) -> list[Finding]:
    """Business days inside a member's active span (first to last logged day) with nothing logged."""
    out = []
    for day in business_days:
        for member_id, (first, last) in members.items():
            if first <= day <= last and (member_id, day) not in logged:
                out.append(Finding("no_activity", INFO, member_id, day))
    return out


def impossible_funnel(counts: Counts, member_id: int | None, day: date | None,
                      period: str = "day", pairs: Sequence[tuple[str, str]] = FUNNEL_PAIRS) -> list[Finding]:
    """connects > calls, appointments > connects, wins > opportunities."""
    out = []
    for lower, upper in pairs:
        low, up = counts.get(lower, 0) or 0, counts.get(upper, 0) or 0
        if low > up:
            out.append(Finding(f"funnel_{lower}_over_{upper}", ERROR, member_id, day,
                               numbers={lower: low, upper: up, "period_" + period: 1}))
    return out


def funnel_findings(by_member_day: Mapping[tuple[int, date], Counts],
                    by_member_month: Mapping[tuple[int, date], Counts],
                    by_member_total: Mapping[int, Counts]) -> list[Finding]:
    """Calls → connects → appointments per member-day and per month; wins vs opportunities overall.

    A deal is won on another day (often another month) than it was opened, so wins can
    only be compared with opportunities over a member's whole history.
    """
    out = []
    for (member_id, day), counts in sorted(by_member_day.items()):
        out += impossible_funnel(counts, member_id, day, "day", DAY_PAIRS)
    days_flagged = {(f.member_id, f.code, f.day.replace(day=1)) for f in out if f.day}
    for (member_id, month), counts in sorted(by_member_month.items()):
        for f in impossible_funnel(counts, member_id, month, "month", DAY_PAIRS):
            if (member_id, f.code, month) not in days_flagged:  # already explained by its days
                out.append(f)
    for member_id, counts in sorted(by_member_total.items()):
        out += impossible_funnel(counts, member_id, None, "all", FUNNEL_PAIRS[2:])
    return out


def outliers(calls: Mapping[tuple[int, date], float], factor: float = OUTLIER_FACTOR) -> list[Finding]:
    """Days with ≥ factor × the member's own median calls (over days with calls)."""
    per_member: dict[int, list[tuple[date, float]]] = defaultdict(list)
    for (member_id, day), n in calls.items():
        if n > 0:
            per_member[member_id].append((day, n))
    out = []
    for member_id, days in sorted(per_member.items()):
        if len(days) < BASELINE_MIN_DAYS:
            continue
        median = statistics.median(n for _, n in days)
        for day, n in sorted(days):
            if n >= max(OUTLIER_MIN_CALLS, factor * median):
                out.append(Finding("outlier_calls", WARNING, member_id, day,
                                   numbers={"calls": n, "median": median}))
    return out


def duplicate_activities(groups: Iterable[tuple[int, date, Sequence[int]]]) -> list[Finding]:
    """Activity groups (member, day, ids) that share member, lead, kind, outcome and minute."""
    return [Finding("duplicate_activities", WARNING, member_id, day, tuple(sorted(ids)),
                    {"rows": len(ids)}) for member_id, day, ids in groups if len(ids) > 1]


_CORP = re.compile(r"\(株\)|株式会社")
_LTD = re.compile(r"\(有\)|有限会社")
_SPACES = re.compile(r"\s+")


def company_key(name: str) -> str:
    """㈱ = (株) = 株式会社, full/half width and spaces ignored: the key to find duplicate leads."""
    text = unicodedata.normalize("NFKC", name)
    text = _SPACES.sub("", text).lower()
    return _LTD.sub("有限会社", _CORP.sub("株式会社", text))


def duplicate_leads(leads: Iterable[tuple[int, str]]) -> list[Finding]:
    """Leads whose company names are equal after normalisation."""
    groups: dict[str, list[int]] = defaultdict(list)
    for lead_id, company in leads:
        groups[company_key(company)].append(lead_id)
    return [Finding("duplicate_leads", WARNING, refs=tuple(sorted(ids)), numbers={"rows": len(ids)})
            for _key, ids in sorted(groups.items()) if len(ids) > 1]


def missing(code: str, rows: Iterable[tuple[int, int | None, date | None]]) -> list[Finding]:
    """One finding per (member, day) for rows missing a value (no outcome, no amount, no owner)."""
    groups: dict[tuple[int | None, date | None], list[int]] = defaultdict(list)
    for row_id, member_id, day in rows:
        groups[(member_id, day)].append(row_id)
    return [Finding(code, WARNING, m, d, tuple(sorted(ids)), {"rows": len(ids)})
            for (m, d), ids in sorted(groups.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1] or date.min))]
