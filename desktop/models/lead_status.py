"""Store operations on dated lead-status changes (MQL → SQL → 商談) and their rollup.

Each stage a lead reaches is a `LeadStatus` row dated on its day and counted for its member (the
lead's owner unless named). The DailyCount rollup carries MQL数 / SQL数 and the cohort counts of
the lead rates (rollup._lead_sql): every write refreshes the (day, member) keys of the lead's rows
before and after, so a later SQL updates the count of the MQL day's cohort too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, update

from desktop.kpi.lead_funnel import STAGES, implied_days
from desktop.models import rollup
from desktop.models.tables import Lead, LeadStatus

_LEAD_WORD = {"mql": "mql", "sql": "sql", "opportunity": "sql"}  # lead.status that follows a stage


def _rows(s: Any, lead_ids: Iterable[int]) -> list[dict[str, Any]]:
    """The stage rows of these leads, as dicts (through a Session or a Connection alike)."""
    table = LeadStatus.__table__
    found = s.execute(select(table).where(table.c.lead_id.in_(list(lead_ids)))).mappings().all()
    return [dict(r) for r in found]


def _keys(rows: Iterable[dict[str, Any]]) -> set[tuple[date, int]]:
    return {(r["day"], r["member_id"]) for r in rows}


class LeadStatusOps:
    """Record, read and undo lead-status changes."""

    def set_lead_status(self, lead_id: int, status: str, day: date, member_id: int | None = None) -> dict[str, Any]:
        """The lead reached `status` on `day` (and the earlier stages it lacks, on the same day).

        Counted for `member_id`, else the lead's owner; ValueError("no_owner") when neither is known.
        Returns what `restore_lead_status` needs to undo it."""
        if status not in STAGES:
            raise ValueError(status)
        with self._write() as s:
            lead = s.get(Lead, lead_id)
            if lead is None:
                raise KeyError(lead_id)
            member = member_id or lead.owner_id
            if member is None:
                raise ValueError("no_owner")
            before = _rows(s, [lead_id])
            known = {r["status"]: r["day"] for r in before}
            token = {"lead_id": lead_id, "rows": before, "lead_status": lead.status}
            changes = implied_days(status, day, known)
            s.execute(delete(LeadStatus).where(LeadStatus.lead_id == lead_id, LeadStatus.status.in_(list(changes))))
            s.execute(insert(LeadStatus), [{"lead_id": lead_id, "status": st, "day": d, "member_id": member}
                                           for st, d in changes.items()])
            stages = set(known) | set(changes)
            lead.status = _LEAD_WORD[max(stages, key=STAGES.index)]
            s.flush()
            rollup.refresh_keys(s.connection(), _keys(before) | _keys(_rows(s, [lead_id])))
        self.publish("updated", "lead", [lead_id])
        self.publish("updated", "leadstatus")
        return token

    def restore_lead_status(self, token: dict[str, Any]) -> None:
        """Undo `set_lead_status`: the lead's stage rows and status as they were."""
        lead_id = token["lead_id"]
        with self._write() as s:
            now = _rows(s, [lead_id])
            s.execute(delete(LeadStatus).where(LeadStatus.lead_id == lead_id))
            if token["rows"]:
                s.execute(insert(LeadStatus), [dict(r) for r in token["rows"]])
            lead = s.get(Lead, lead_id)
            lead.status = token["lead_status"]
            s.flush()
            rollup.refresh_keys(s.connection(), _keys(now) | _keys(token["rows"]))
        self.publish("updated", "lead", [lead_id])
        self.publish("updated", "leadstatus")

    def add_lead_stages(self, rows: Sequence[dict[str, Any]]) -> None:
        """Stages in bulk (the demo, imports): what a lead has already stays (see `add_stages`)."""
        with self._write() as s:
            rollup.refresh_keys(s.connection(), add_stages(s, rows))
        self.publish("reset", "lead")
        self.publish("reset", "leadstatus")

    def lead_stages(self, lead_ids: Sequence[int] | None = None) -> dict[int, dict[str, date]]:
        """{lead id: {stage: day}} for the leads given (every lead with a stage when None)."""
        return {lead: {stage: day for stage, (day, _m) in stages.items()}
                for lead, stages in self.lead_stage_rows(lead_ids).items()}

    def lead_stage_rows(self, lead_ids: Sequence[int] | None = None) -> dict[int, dict[str, tuple[date, int]]]:
        """{lead id: {stage: (day, member id it counts for)}}."""
        query = select(LeadStatus.lead_id, LeadStatus.status, LeadStatus.day, LeadStatus.member_id)
        if lead_ids is not None:
            query = query.where(LeadStatus.lead_id.in_(list(lead_ids)))
        out: dict[int, dict[str, tuple[date, int]]] = {}
        with self._read() as s:
            for lead_id, status, day, member in s.execute(query):
                out.setdefault(lead_id, {})[status] = (day if isinstance(day, date) else date.fromisoformat(day), member)
        return out

def merge_stages(s: Any, keep: int, others: Sequence[int]) -> list[dict[str, Any]]:
    """Inside a merge of leads: `keep` takes each stage on the earliest day any of them reached it.
    Returns the rows as they were, for `unmerge_stages`."""
    rows = _rows(s, [keep, *others])
    if not rows:
        return []
    first: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: (r["day"], r["lead_id"] != keep)):
        first.setdefault(r["status"], {**r, "lead_id": keep, "id": None})
    s.execute(delete(LeadStatus).where(LeadStatus.lead_id.in_([keep, *others])))
    s.execute(insert(LeadStatus), [{k: v for k, v in r.items() if k != "id"} for r in first.values()])
    rollup.refresh_keys(s.connection(), _keys(rows))
    return rows


def unmerge_stages(s: Any, keep: int, rows: Sequence[dict[str, Any]]) -> None:
    """Undo `merge_stages` (after the merged leads are back)."""
    if not rows:
        return
    s.execute(delete(LeadStatus).where(LeadStatus.lead_id == keep))
    s.execute(insert(LeadStatus), [dict(r) for r in rows])
    rollup.refresh_keys(s.connection(), _keys(rows))


def add_stages(s: Any, rows: Sequence[dict[str, Any]]) -> set[tuple[date, int]]:
    """Insert stage rows (lead_id, status, day, member_id[, batch_id]) in bulk, a lead's stage that is
    there already kept; each lead's status follows its furthest stage. Returns the rollup keys."""
    if not rows:
        return set()
    have = {(r["lead_id"], r["status"]) for r in _rows(s, {r["lead_id"] for r in rows})}
    fresh = {(r["lead_id"], r["status"]): r for r in rows if (r["lead_id"], r["status"]) not in have}
    if fresh:
        s.execute(insert(LeadStatus), list(fresh.values()))
    furthest: dict[int, str] = {}
    for lead_id, status in set(fresh) | have:
        if STAGES.index(status) >= STAGES.index(furthest.get(lead_id, status)):
            furthest[lead_id] = status
    for lead_id, status in furthest.items():
        s.execute(update(Lead).where(Lead.id == lead_id).values(status=_LEAD_WORD[status]))
    return _keys(fresh.values())
