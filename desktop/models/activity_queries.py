"""Store queries and edits behind the 活動 page: paged activity table, quick log, tally grid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.sql import ColumnElement

from desktop.kpi.daily import DayTarget, day_target
from desktop.kpi.tree_targets import SHARE
from desktop.kpi.outcomes import CONNECT_OUTCOMES, Outcome
from desktop.kpi.periods import PeriodKind, period_containing
from desktop.models import rollup
from desktop.models.people_ops import PeopleOps
from desktop.models.quality_queries import QualityQueries
from desktop.models.tables import Activity, ActivityIn, Lead, Member

A, L, M = Activity.__table__, Lead.__table__, Member.__table__

# The table's columns in display order and the SQL they sort by (id breaks ties).
SORT_KEYS: tuple[tuple[ColumnElement, ...], ...] = (
    (A.c.day, A.c.at), (A.c.at,), (M.c.name,), (L.c.company,), (A.c.kind,), (A.c.outcome,),
    (A.c.note,), (A.c.batch_id,),
)
EDITABLE = ("kind", "outcome", "note", "lead_id")


@dataclass(frozen=True)
class ActivityFilter:
    """Which activities the table shows; None means any."""

    start: date | None = None
    end: date | None = None
    member_id: int | None = None
    kind: str | None = None
    outcomes: tuple[str, ...] | None = None
    lead_id: int | None = None
    company: str = ""
    batch_id: int | None = None
    text: str = ""

    @classmethod
    def for_metric(cls, metric: str | None, **kw: Any) -> ActivityFilter:
        """The rows behind a count metric: calls, connects, appointments, emails, follow-ups."""
        outcome = kw.pop("outcome", None)
        outcomes = (outcome,) if outcome else None
        kind = kw.pop("kind", None)
        if metric == "connects":
            outcomes = tuple(sorted(o.value for o in CONNECT_OUTCOMES))
        elif metric == "appointments":
            outcomes = (Outcome.APPOINTMENT.value,)
        elif metric in ("calls", "emails", "follow_ups", "meetings"):
            kind = {"calls": "call", "emails": "email", "follow_ups": "follow_up", "meetings": "meeting"}[metric]
        return cls(kind=kind, outcomes=outcomes, **kw)

    def where(self) -> list[ColumnElement]:
        conds: list[ColumnElement] = []
        for value, cond in ((self.start, lambda v: A.c.day >= v), (self.end, lambda v: A.c.day <= v),
                            (self.member_id, lambda v: A.c.member_id == v), (self.kind, lambda v: A.c.kind == v),
                            (self.outcomes, lambda v: A.c.outcome.in_(v)), (self.lead_id, lambda v: A.c.lead_id == v),
                            (self.batch_id, lambda v: A.c.batch_id == v)):
            if value is not None:
                conds.append(cond(value))
        if self.text.strip():
            conds.append(A.c.note.contains(self.text.strip(), autoescape=True))
        if self.company.strip():
            like = select(L.c.id).where(L.c.company.contains(self.company.strip(), autoescape=True))
            conds.append(A.c.lead_id.in_(like))
        return conds


@dataclass(frozen=True)
class ActivityRow:
    """One row of the activity table, with the names it shows."""

    id: int
    day: date
    at: time | None
    member_id: int
    member: str
    lead_id: int | None
    company: str
    kind: str
    outcome: str | None
    note: str
    batch_id: int | None


class ActivityQueries(PeopleOps, QualityQueries):
    """The activity table (paged), the quick log's numbers, and the tally grid's cells."""

    def activity_count(self, f: ActivityFilter) -> int:
        query = select(func.count()).select_from(A)
        if f.where():
            query = query.where(and_(*f.where()))
        with self._read() as s:
            return int(s.execute(query).scalar_one())

    def activity_page(self, f: ActivityFilter, sort: int = 0, descending: bool = True,
                      offset: int = 0, limit: int = 200, total: int | None = None) -> list[ActivityRow]:
        """One page of rows in the sort order (LIMIT/OFFSET over the sort index).

        With `total` (the filter's row count), a page in the far half is read from the other end in
        the reverse order, so the last page of a million rows skips a few rows, not a million.
        """
        if total is not None and offset > total // 2:
            start = max(0, total - offset - limit)
            rows = self._page(f, sort, not descending, start, min(limit, total - offset))
            return rows[::-1]
        return self._page(f, sort, descending, offset, limit)

    def _page(self, f: ActivityFilter, sort: int, descending: bool, offset: int, limit: int) -> list[ActivityRow]:
        cols = [A.c.id, A.c.day, A.c.at, A.c.member_id, M.c.name, A.c.lead_id, L.c.company, A.c.kind,
                A.c.outcome, A.c.note, A.c.batch_id]
        keys = [*SORT_KEYS[sort], A.c.id]
        query = (select(*cols).select_from(A.join(M, M.c.id == A.c.member_id).outerjoin(L, L.c.id == A.c.lead_id))
                 .order_by(*[k.desc() if descending else k.asc() for k in keys]).offset(offset).limit(limit))
        if f.where():
            query = query.where(and_(*f.where()))
        with self._read() as s:
            return [ActivityRow(*(r[:6]), r[6] or "", *(r[7:9]), r[9] or "", r[10]) for r in s.execute(query)]

    def update_activity(self, activity_id: int, **changes: Any) -> dict[str, Any]:
        """Change kind / outcome / note / lead of one activity; returns the old values for undo."""
        bad = set(changes) - set(EDITABLE)
        if bad:
            raise ValueError(f"not editable: {sorted(bad)}")
        with self._write() as s:
            row = s.get(Activity, activity_id)
            if row is None:
                raise KeyError(activity_id)
            old = {k: getattr(row, k) for k in changes}
            ActivityIn.model_validate({**row.model_dump(), **changes})
            self.require_rows(s.execute(update(A).where(A.c.id == activity_id).values(**changes)))
            rollup.refresh_keys(s.connection(), {(row.day, row.member_id)})
        self.publish("updated", "activity", [activity_id])
        return old

    def recent_activities(self, member_id: int, day: date, limit: int = 12) -> list[ActivityRow]:
        """The member's latest entries of the day, newest first."""
        rows = self.activity_page(ActivityFilter(start=day, end=day, member_id=member_id), 0, True, 0, limit)
        return rows

    # ---- quick log ---------------------------------------------------------------

    def month_target(self, metric: str, member_id: int | None, day: date) -> tuple[float | None, str]:
        """The member's (or team's) month target by the one rule, and which it is: member / team_share /
        team / none."""
        found = self.resolved_target(metric, period_containing(PeriodKind.MONTH, day), member_id)
        if found is None:
            return None, "none"
        if member_id is None:
            return found.value, "team"
        return found.value, "team_share" if found.source == SHARE else "member"

    def day_target(self, metric: str, member_id: int | None, today: date) -> DayTarget:
        """Today's count and target for a metric (the month target re-planned over the days left)."""
        settings = self.domain_settings()
        month = period_containing(PeriodKind.MONTH, today)
        target, _scope = self.month_target(metric, member_id, today)
        before = self.totals(month.start, today.replace(day=today.day), member_id)
        done_today = self.totals(today, today, member_id).get(metric, 0)
        done_before = before.get(metric, 0) - done_today
        return day_target(metric, month, today, target, done_before, done_today,
                          settings.calendar(), settings.thresholds())

    def batch_choices(self) -> list[tuple[int, str]]:
        """(id, file name) of the imports not undone, for the activity filter."""
        from sqlalchemy import text

        with self._read() as s:
            return [(i, n) for i, n in s.execute(text(_batches_sql()))]

    def lead_companies(self) -> list[tuple[int, str]]:
        with self._read() as s:
            return [(i, c) for i, c in s.execute(select(L.c.id, L.c.company).order_by(L.c.company))]

    def find_lead(self, company: str) -> int | None:
        """The lead whose company name matches (after normalisation), if any."""
        from desktop.kpi.outcomes import normalize_word

        key = normalize_word(company)
        with self._read() as s:
            return s.execute(select(L.c.id).where(L.c.company_key == key).order_by(L.c.id)).scalars().first()

    # ---- tally grid ----------------------------------------------------------------

    def tally_cells(self, start: date, end: date) -> dict[tuple[int, str], tuple[int | None, int]]:
        """{(member, metric): (tally sum or None, logged count)} over the days, from the rollup."""
        sql = ("SELECT member_id, metric, SUM(CASE WHEN source='tally' THEN value END), "
               "SUM(CASE WHEN source<>'tally' THEN value ELSE 0 END) FROM dailycount "
               "WHERE day BETWEEN :a AND :b GROUP BY member_id, metric")
        from sqlalchemy import text

        with self._read() as s:
            rows = s.execute(text(sql), {"a": start.isoformat(), "b": end.isoformat()})
            return {(m, k): (None if t is None else int(t), int(n or 0)) for m, k, t, n in rows}

    def clear_tallies(self, keys: list[tuple[date, int, str]]) -> list[dict[str, Any]]:
        """Remove day counts; returns what was there (for restore_tallies)."""
        from desktop.models.tables import Tally

        T = Tally.__table__
        with self._read() as s:
            before = []
            for day, member_id, metric in keys:
                n = s.execute(select(T.c.count).where(T.c.day == day, T.c.member_id == member_id,
                                                      T.c.metric == metric)).scalar()
                before.append({"day": day, "member_id": member_id, "metric": metric, "count": n})
        self.restore_tallies([{**b, "count": None} for b in before])
        return before


def _batches_sql() -> str:
    return "SELECT id, file_name FROM importbatch WHERE undone_at IS NULL ORDER BY id DESC"
