"""Store operations on leads, deals and members beyond adding them: edit, close, merge, undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from desktop.kpi.outcomes import normalize_word
from desktop.models import rollup
from desktop.models.facts import member_key
from desktop.models.lead_status import merge_stages, unmerge_stages
from desktop.models.tables import Activity, Deal, DealIn, Lead, LeadIn, Member, Tally, Target

A, D, L, M, T, G = (Activity.__table__, Deal.__table__, Lead.__table__, Member.__table__, Tally.__table__,
                    Target.__table__)

# Every fact that belongs to a member, and the column that says so.
MEMBER_COLUMNS = ((A, "member_id"), (D, "member_id"), (G, "member_id"), (L, "owner_id"))

_MEMBER_DAYS = """SELECT day, :m FROM activity WHERE member_id IN (:a, :b)
UNION SELECT day, :m FROM tally WHERE member_id IN (:a, :b)
UNION SELECT created_day, :m FROM deal WHERE member_id IN (:a, :b)
UNION SELECT closed_day, :m FROM deal WHERE member_id IN (:a, :b) AND closed_day IS NOT NULL
UNION SELECT c.end_day, :m FROM contract c JOIN deal d ON d.id = c.deal_id
  WHERE d.member_id IN (:a, :b) AND c.end_day IS NOT NULL"""


@dataclass(frozen=True)
class LeadRow:
    """A lead as the lead list shows it."""

    id: int
    company: str
    person: str
    phone: str
    email: str
    source: str
    status: str
    owner_id: int | None
    owner: str
    last_activity: date | None
    next_action_day: date | None


class PeopleOps:
    """Leads, deals and members: list, edit, close, merge."""

    # ---- leads -------------------------------------------------------------------

    def lead_rows(self, text: str = "", status: str | None = None) -> list[LeadRow]:
        # one seek per lead on ix_activity_lead_day, not a GROUP BY over every activity
        last = select(func.max(A.c.day)).where(A.c.lead_id == L.c.id).scalar_subquery()
        query = (select(L.c.id, L.c.company, L.c.person, L.c.phone, L.c.email, L.c.source, L.c.status,
                        L.c.owner_id, M.c.name, last, L.c.next_action_day)
                 .select_from(L.outerjoin(M, M.c.id == L.c.owner_id))
                 .order_by(L.c.company, L.c.id))
        if text.strip():
            query = query.where(L.c.company.contains(text.strip(), autoescape=True)
                                | L.c.person.contains(text.strip(), autoescape=True))
        if status:
            query = query.where(L.c.status == status)
        with self._read() as s:
            return [LeadRow(*r[:8], r[8] or "", r[9], r[10]) for r in s.execute(query)]

    def update_lead(self, lead_id: int, **changes: Any) -> dict[str, Any]:
        """Change a lead's fields; returns the old values (for undo)."""
        with self._write() as s:
            lead = s.get(Lead, lead_id)
            if lead is None:
                raise KeyError(lead_id)
            old = {k: getattr(lead, k) for k in changes}
            checked = LeadIn.model_validate({**lead.model_dump(), **changes})
            for key in changes:
                setattr(lead, key, getattr(checked, key))
            lead.company_key = normalize_word(lead.company)
        self.publish("updated", "lead", [lead_id])
        return old

    def remove_lead(self, lead_id: int) -> dict[str, Any]:
        """Delete a lead that no activity or deal refers to; returns it for restore_leads."""
        with self._write() as s:
            row = s.get(Lead, lead_id).model_dump()
            s.execute(delete(L).where(L.c.id == lead_id))
        self.publish("removed", "lead", [lead_id])
        return row

    def merge_leads(self, keep: int, others: list[int]) -> dict[str, Any]:
        """Point every activity and deal of `others` at `keep` and delete them; returns what moved."""
        others = [o for o in others if o != keep]
        with self._write() as s:
            moved = {"leads": [dict(r._mapping) for r in s.execute(select(L).where(L.c.id.in_(others)))],
                     "activity": {}, "deal": {}}
            for table, name in ((A, "activity"), (D, "deal")):
                for row_id, lead_id in s.execute(select(table.c.id, table.c.lead_id).where(table.c.lead_id.in_(others))):
                    moved[name][row_id] = lead_id
                s.execute(update(table).where(table.c.lead_id.in_(others)).values(lead_id=keep))
            moved["leadstatus"], moved["keep"] = merge_stages(s, keep, others), keep
            s.execute(delete(L).where(L.c.id.in_(others)))
        self.publish("updated", "lead", [keep, *others])
        return moved

    def unmerge_leads(self, moved: dict[str, Any]) -> None:
        """Undo merge_leads: recreate the merged leads and point their rows back at them."""
        with self._write() as s:
            if moved["leads"]:
                s.execute(insert(L), moved["leads"])
            for table, name in ((A, "activity"), (D, "deal")):
                for row_id, lead_id in moved[name].items():
                    s.execute(update(table).where(table.c.id == row_id).values(lead_id=lead_id))
            unmerge_stages(s, moved.get("keep"), moved.get("leadstatus", []))
        self.publish("updated", "lead", [r["id"] for r in moved["leads"]])

    # ---- deals -------------------------------------------------------------------------

    def deal_rows(self) -> list[dict[str, Any]]:
        query = (select(D, M.c.name.label("owner"), L.c.company)
                 .select_from(D.join(M, M.c.id == D.c.member_id).outerjoin(L, L.c.id == D.c.lead_id))
                 .order_by(D.c.created_day.desc(), D.c.id.desc()))
        with self._read() as s:
            return [dict(r._mapping) for r in s.execute(query)]

    def close_deal(self, deal_id: int, won: bool, day: date, amount: int | None = None,
                   reason: str | None = None) -> dict[str, Any]:
        """Mark won (with the amount, when given) or lost (with the reason), closed on `day`; returns the
        old values for undo."""
        changes: dict[str, Any] = {"stage": "won" if won else "lost", "closed_day": day}
        if won and amount is not None:
            changes["amount"] = amount
        if not won:
            changes["lost_reason"] = (reason or "").strip() or None
        return self.update_deal_values(deal_id, **changes)

    def deal_for_activity(self, activity_id: int) -> int | None:
        """The deal already opened from this appointment, if any."""
        with self._read() as s:
            return s.execute(select(D.c.id).where(D.c.source_activity_id == activity_id)
                             .order_by(D.c.id)).scalars().first()

    def update_deal_values(self, deal_id: int, **changes: Any) -> dict[str, Any]:
        """update_deal that returns the old values (for undo)."""
        old = {k: v for k, v in self.deals_by_id([deal_id])[0].items() if k in changes}
        self.update_deal(deal_id, **changes)
        return old

    def deals_by_id(self, ids: list[int]) -> list[dict[str, Any]]:
        with self._read() as s:
            return [dict(r._mapping) for r in s.execute(select(D).where(D.c.id.in_(ids)))]

    def deal_from_activity(self, activity_id: int, day: date | None = None) -> int:
        """Open a deal (初回商談) from an appointment once: same lead and member, dated on the
        appointment's day unless told; an appointment that has its deal gives that deal's id."""
        existing = self.deal_for_activity(activity_id)
        if existing is not None:
            return existing
        with self._read() as s:
            act = s.get(Activity, activity_id)
            company = s.execute(select(L.c.company).where(L.c.id == act.lead_id)).scalar() if act else None
        if act is None:
            raise KeyError(activity_id)
        return self.add_deals([DealIn(title=company or "", lead_id=act.lead_id, member_id=act.member_id,
                                      created_day=day or act.day, source_activity_id=activity_id)])[0]

    def remove_deal(self, deal_id: int) -> dict[str, Any]:
        with self._write() as s:
            row = s.get(Deal, deal_id).model_dump()
            s.execute(delete(D).where(D.c.id == deal_id))
            rollup.refresh_keys(s.connection(), _deal_keys(row))
        self.publish("removed", "deal", [deal_id])
        return row

    def restore_deal(self, row: dict[str, Any]) -> None:
        with self._write() as s:
            s.execute(insert(D), [row])
            rollup.refresh_keys(s.connection(), _deal_keys(row))
        self.publish("added", "deal", [row["id"]])

    # ---- members -------------------------------------------------------------------------

    def update_member(self, member_id: int, **changes: Any) -> dict[str, Any]:
        """Rename or (de)activate; returns the old values. History stays with the member."""
        with self._write() as s:
            member = s.get(Member, member_id)
            old = {k: getattr(member, k) for k in changes}
            for key, value in changes.items():
                setattr(member, key, value)
            member.name_key = member_key(member.name)
        self.publish("updated", "member", [member_id])
        return old

    def member_usage(self) -> dict[int, int]:
        """How many activities each member has (for the member list)."""
        with self._read() as s:
            return dict(s.execute(select(A.c.member_id, func.count()).group_by(A.c.member_id)).all())

    def merge_members(self, keep: int, other: int) -> dict[str, Any]:
        """Move everything of `other` to `keep` in one transaction and deactivate `other`."""
        with self._write() as s:
            conn = s.connection()
            moved: dict[str, Any] = {"keep": keep, "other": other, "tallies": []}
            for table, column in MEMBER_COLUMNS:
                ids = conn.execute(select(table.c.id).where(table.c[column] == other)).scalars().all()
                moved[table.name] = list(ids)
            moved["tallies"] = [dict(r._mapping) for r in conn.execute(select(T).where(T.c.member_id == other))]
            self._move(conn, moved, other, keep)
            moved["was_active"] = s.get(Member, other).active
            conn.execute(update(M).where(M.c.id == other).values(active=False))
            _refresh_members(conn, keep, other)
        self.publish("reset", "member", [keep, other])
        return moved

    def _move(self, conn: Any, moved: dict[str, Any], source: int, dest: int) -> None:
        for table, column in MEMBER_COLUMNS:
            conn.execute(update(table).where(table.c.id.in_(moved[table.name])).values({column: dest}))
        for t in moved["tallies"]:
            conn.execute(delete(T).where(T.c.id == t["id"]))
            dest_id = conn.execute(select(T.c.id).where(T.c.day == t["day"], T.c.member_id == dest,
                                                        T.c.metric == t["metric"])).scalar()
            if dest_id is None:
                conn.execute(insert(T), [{**t, "member_id": dest}])
            else:
                conn.execute(update(T).where(T.c.id == dest_id).values(count=T.c.count + t["count"]))

    def unmerge_members(self, moved: dict[str, Any]) -> None:
        """Undo merge_members: move exactly what moved back, and restore the other member."""
        keep, other = moved["keep"], moved["other"]
        with self._write() as s:
            conn = s.connection()
            for table, column in MEMBER_COLUMNS:
                conn.execute(update(table).where(table.c.id.in_(moved[table.name])).values({column: other}))
            for t in moved["tallies"]:
                dest = conn.execute(select(T.c.id, T.c.count).where(T.c.day == t["day"], T.c.member_id == keep,
                                                                    T.c.metric == t["metric"])).first()
                if dest is not None and dest.id != t["id"]:
                    conn.execute(update(T).where(T.c.id == dest.id).values(count=dest.count - t["count"]))
                else:
                    conn.execute(delete(T).where(T.c.id == t["id"]))
                conn.execute(insert(T), [t])
            conn.execute(update(M).where(M.c.id == other).values(active=moved["was_active"]))
            _refresh_members(conn, keep, other)
        self.publish("reset", "member", [keep, other])


def _refresh_members(conn: Any, keep: int, other: int) -> None:
    """Recompute the rollup for every day either member has anything, for both members."""
    sql = " UNION ".join(_MEMBER_DAYS.replace(":m", str(m)).replace(":a", str(keep)).replace(":b", str(other))
                         for m in (keep, other))
    conn.exec_driver_sql("DELETE FROM dailycount WHERE member_id IN (?, ?)", (keep, other))
    rollup.refresh_select(conn, sql)


def _deal_keys(row: dict[str, Any]) -> set[tuple[date, int]]:
    keys = {(row["created_day"], row["member_id"])}
    if row.get("closed_day"):
        keys.add((row["closed_day"], row["member_id"]))
    return keys
