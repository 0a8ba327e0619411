"""Store operations on the facts: members, leads, activities, tallies and deals.

Every write refreshes the DailyCount rollup for the (day, member) keys it
touched, inside the same transaction, so the rollup is never out of date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import col, select

from desktop.kpi.outcomes import normalize_word
from desktop.models import rollup
from desktop.models.tables import (
    Activity,
    ActivityIn,
    Contract,
    Deal,
    DealIn,
    Lead,
    LeadIn,
    Member,
    MemberIn,
    Tally,
    TallyIn,
)


def member_key(name: str) -> str:
    """The matching key for a person's name: 山田 太郎 = 山田太郎 = 山田　太郎."""
    return normalize_word(name)


def _row(obj: Any) -> dict[str, Any]:
    return obj.model_dump()


class FactOps:
    """Members, leads, activities, tallies and deals."""

    # ---- members -------------------------------------------------------------

    def add_member(self, data: MemberIn) -> Member:
        member = Member.model_validate(data, update={"name_key": member_key(data.name)})
        with self._write() as s:
            s.add(member)
            s.flush()
        self.publish("added", "member", [member.id])
        return member

    def members(self, active_only: bool = False) -> list[Member]:
        with self._read() as s:
            query = select(Member).order_by(Member.id)
            if active_only:
                query = query.where(Member.active == True)  # noqa: E712 - SQL expression
            return list(s.exec(query).all())

    def member_ids_by_name(self, names: Iterable[str], create: bool = True) -> dict[str, int]:
        """Ids for every spelling given (matched by key), creating missing members when asked."""
        keys = {n: member_key(n) for n in names if n and n.strip()}
        first: dict[str, str] = {}
        for name, key in keys.items():
            first.setdefault(key, name.strip())
        with self._write() as s:
            found = {m.name_key: m.id for m in s.exec(select(Member).where(col(Member.name_key).in_(first)))}
            new = [Member(name=name, name_key=key) for key, name in first.items() if key not in found]
            if create and new:
                s.add_all(new)
                s.flush()
                found.update({m.name_key: m.id for m in new})
        if create and new:
            self.publish("added", "member", [m.id for m in new])
        return {name: found[key] for name, key in keys.items() if key in found}

    # ---- leads ---------------------------------------------------------------

    def add_lead(self, data: LeadIn) -> Lead:
        lead = Lead.model_validate(data, update={"company_key": normalize_word(data.company)})
        with self._write() as s:
            s.add(lead)
            s.flush()
        self.publish("added", "lead", [lead.id])
        return lead

    def leads(self) -> list[Lead]:
        with self._read() as s:
            return list(s.exec(select(Lead).order_by(Lead.id)).all())

    # ---- activities ------------------------------------------------------------

    def add_activities(self, rows: Iterable[ActivityIn]) -> list[int]:
        new = [Activity.model_validate(r) for r in rows]
        with self._write() as s:
            s.add_all(new)
            s.flush()
            ids = [a.id for a in new]
            rollup.refresh_keys(s.connection(), {(a.day, a.member_id) for a in new})
        self.publish("added", "activity", ids)
        return ids

    def add_activities_once(self, rows: Iterable[ActivityIn]) -> list[int]:
        """add_activities for rows that carry a dedupe key: a key stored already is not added again.

        Returns every row's id, found or new (the quick log retries and restores entries by key).
        """
        new = [Activity.model_validate(r) for r in rows]
        keys = [a.dedupe_key for a in new]
        with self._write() as s:
            found = dict(s.exec(select(Activity.dedupe_key, Activity.id).where(col(Activity.dedupe_key).in_(keys))).all())
            fresh = [a for a in new if a.dedupe_key is None or a.dedupe_key not in found]
            s.add_all(fresh)
            s.flush()
            if fresh:
                rollup.refresh_keys(s.connection(), {(a.day, a.member_id) for a in fresh})
        if fresh:
            self.publish("added", "activity", [a.id for a in fresh])
        return [found.get(a.dedupe_key) or a.id for a in new]

    def activities(self, ids: Sequence[int]) -> list[Activity]:
        with self._read() as s:
            return list(s.exec(select(Activity).where(col(Activity.id).in_(ids))).all())

    def remove_activities(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Delete rows; returns them (with ids) so `restore_activities` can put them back."""
        return self._remove_activities(col(Activity.id).in_(ids))

    def remove_activities_by_key(self, keys: Sequence[str]) -> list[dict[str, Any]]:
        """remove_activities for the rows with these dedupe keys; a key no row has (any more) is
        skipped, so an undo the quick log kept at quit is applied once even when applied again."""
        return self._remove_activities(col(Activity.dedupe_key).in_(keys))

    def _remove_activities(self, which: Any) -> list[dict[str, Any]]:
        with self._write() as s:
            gone = [_row(a) for a in s.exec(select(Activity).where(which))]
            self.require_rows(s.execute(delete(Activity).where(col(Activity.id).in_([r["id"] for r in gone]))),
                              len(gone))
            rollup.refresh_keys(s.connection(), {(r["day"], r["member_id"]) for r in gone})
        self.publish("removed", "activity", [r["id"] for r in gone])
        return gone

    def restore_activities(self, rows: Sequence[dict[str, Any]]) -> None:
        """Put back rows returned by `remove_activities`, with their original ids."""
        if not rows:
            return
        with self._write() as s:
            s.execute(insert(Activity), [dict(r) for r in rows])
            rollup.refresh_keys(s.connection(), {(r["day"], r["member_id"]) for r in rows})
        self.publish("added", "activity", [r["id"] for r in rows])

    # ---- tallies ---------------------------------------------------------------

    def set_tallies(self, rows: Iterable[TallyIn]) -> list[dict[str, Any]]:
        """Upsert day counts; returns what was there before (count None = nothing) for undo."""
        rows = [TallyIn.model_validate(r) for r in rows]
        before: list[dict[str, Any]] = []
        with self._write() as s:
            for r in rows:
                old = s.exec(select(Tally).where(Tally.day == r.day, Tally.member_id == r.member_id,
                                                 Tally.metric == r.metric)).first()
                before.append({"day": r.day, "member_id": r.member_id, "metric": r.metric,
                               "count": None if old is None else old.count})
                if old is None:
                    s.add(Tally.model_validate(r))
                else:
                    old.count, old.batch_id = r.count, r.batch_id
            s.flush()
            rollup.refresh_keys(s.connection(), {(r.day, r.member_id) for r in rows})
        self.publish("updated", "tally")
        return before

    def restore_tallies(self, before: Sequence[dict[str, Any]]) -> None:
        """Undo `set_tallies`: put back the previous counts, removing ones that were new."""
        with self._write() as s:
            for r in before:
                s.execute(delete(Tally).where(Tally.day == r["day"], Tally.member_id == r["member_id"],
                                              Tally.metric == r["metric"]))
                if r["count"] is not None:
                    s.add(Tally(day=r["day"], member_id=r["member_id"], metric=r["metric"], count=r["count"]))
            s.flush()
            rollup.refresh_keys(s.connection(), {(r["day"], r["member_id"]) for r in before})
        self.publish("updated", "tally")

    def tallies(self, start: date, end: date) -> list[Tally]:
        with self._read() as s:
            return list(s.exec(select(Tally).where(Tally.day >= start, Tally.day <= end)).all())

    # ---- deals -------------------------------------------------------------------

    def add_deals(self, rows: Iterable[DealIn]) -> list[int]:
        new = [Deal.model_validate(r) for r in rows]
        with self._write() as s:
            s.add_all(new)
            s.flush()
            rollup.refresh_keys(s.connection(), _deal_keys(new))
        self.publish("added", "deal", [d.id for d in new])
        return [d.id for d in new]

    def update_deal(self, deal_id: int, **changes: Any) -> Deal:
        """Change a deal (stage, amount, closed_day …); the rollup follows old and new days."""
        with self._write() as s:
            deal = s.get(Deal, deal_id)
            if deal is None:
                raise KeyError(deal_id)
            keys = _deal_keys([deal])
            ends = s.execute(select(Contract.end_day).where(Contract.deal_id == deal_id)).scalars().all()
            keys |= {(d, deal.member_id) for d in ends if d}  # its contracts' due days follow a new owner
            checked = DealIn.model_validate({**deal.model_dump(), **changes})
            for key, value in checked.model_dump().items():
                setattr(deal, key, value)
            s.flush()
            keys |= {(d, deal.member_id) for d in ends if d}
            rollup.refresh_keys(s.connection(), keys | _deal_keys([deal]))
        self.publish("updated", "deal", [deal_id])
        return deal

    def deals(self) -> list[Deal]:
        with self._read() as s:
            return list(s.exec(select(Deal).order_by(Deal.id)).all())

    # ---- bulk (imports, demo) ---------------------------------------------------------

    def bulk_add(self, activities: Sequence[dict[str, Any]] = (), deals: Sequence[dict[str, Any]] = (),
                 tallies: Sequence[dict[str, Any]] = ()) -> None:
        """Core bulk inserts in one transaction, then one set-based rollup refresh."""
        with self._write() as s:
            conn = s.connection()
            for table, rows in ((Activity, activities), (Deal, deals), (Tally, tallies)):
                if rows:
                    conn.execute(insert(table), list(rows))
            keys = {(r["day"], r["member_id"]) for r in activities}
            keys |= {(r["day"], r["member_id"]) for r in tallies}
            keys |= _deal_keys([Deal(**r) for r in deals])
            rollup.refresh_keys(conn, keys)
        self.publish("reset", "activity")


def _deal_keys(deals: Iterable[Deal]) -> set[tuple[date, int]]:
    keys: set[tuple[date, int]] = set()
    for d in deals:
        keys.add((d.created_day, d.member_id))
        if d.closed_day is not None:
            keys.add((d.closed_day, d.member_id))
    return keys
