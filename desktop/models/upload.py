"""Upload a person's local SQLite history to the team's server, once: a second upload adds nothing.

Each local fact gets a stable key: an imported activity or deal keeps its import key (so the same
tracker imported on the server later matches it too); one logged by hand gets
``upload:<the local database's id>:<table>:<row id>``, the database's id being a UUID the local
file keeps in its settings. The server's unique dedupe keys (and day counts' own key) then refuse
what is already there. Leads are matched by their company key, as an import matches them, so a
lead the server has already (uploaded before, or imported there) is linked rather than added again;
activities and deals keep their lead, and a deal the activity it came from. A rep uploads only
their own rows and the leads that are theirs, nobody's or named by their rows (row-level security
would refuse the rest); a manager uploads everyone's, members matched by name.
Dated lead stages (MQL, SQL, 商談) go with their leads: a lead reaches each stage once, so the second
upload finds it there.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert, select

from desktop.models import rollup
from desktop.models.imports import _ids_by_key
from desktop.models.tables import Activity, Contract, Deal, Lead, LeadStatus, Member, Tally

DB_ID = "database_uuid"
_ACTIVITY = ("day", "at", "kind", "outcome", "note")
_DEAL = ("title", "created_day", "amount", "stage", "closed_day", "expected_close", "lost_reason")
_LEAD = ("company", "person", "phone", "email", "source", "status", "next_action_day", "company_key")
_CONTRACT = ("start_day", "end_day", "term_months", "monthly_amount", "cancelled_day")


def local_id(local: Any) -> str:
    """The local database's own UUID (made once, kept in its settings)."""
    known = local.setting(DB_ID)
    if not known:
        known = uuid.uuid4().hex
        local.set_setting(DB_ID, known)
    return known


def _key(prefix: str, table: str, row: Any) -> str:
    return row.dedupe_key or f"upload:{prefix}:{table}:{row.id}"


def has_history(local: Any) -> bool:
    """Whether this PC's database holds anything an upload would carry (facts, stages or leads)."""
    tables = (Activity, Deal, Tally, LeadStatus, Lead)
    with local._read() as s:
        return any(s.execute(select(t.id).limit(1)).first() is not None for t in tables)


def upload_from(local: Any, server: Any) -> int:
    """This PC's history (`local`, a Store on its SQLite file) into the team's `server`, once: a
    rep's own rows, a manager's (or an admin's) everyone's; returns how many records were added.
    `kpidesk team join --upload` and the app's チームのデータベースに接続… both run this."""
    from sqlalchemy.engine import make_url

    login = make_url(server.backend.url).username
    mine = next((m for m in server.members() if m.login == login), None)
    manager = mine is None or mine.role == "manager"
    facts = history(local, None if manager else mine.name_key)
    return server.upload_history(facts, local_id(local))


def history(local: Any, member_key: str | None) -> dict[str, list]:
    """The local facts to upload: everyone's, or one member's (by name key)."""
    members = {m.id: m for m in local.members() if member_key is None or m.name_key == member_key}
    with local._read() as s:
        rows = {t.__tablename__: [r for r in s.execute(select(t)).scalars().all() if r.member_id in members]
                for t in (Activity, Deal, Tally, LeadStatus)}
        deals = {d.id for d in rows["deal"]}
        rows["contract"] = [c for c in s.execute(select(Contract).order_by(Contract.id)).scalars().all()
                            if c.deal_id in deals]
        named = {r.lead_id for r in rows["activity"] + rows["deal"] + rows["leadstatus"] if r.lead_id is not None}
        leads = [ld for ld in s.execute(select(Lead).order_by(Lead.id)).scalars().all()
                 if ld.id in named or ld.owner_id is None or ld.owner_id in members]
    return {"members": list(members.values()), "lead": leads, **rows}


class UploadOps:
    """The server side of `kpidesk team join --upload`."""

    def upload_history(self, facts: dict[str, list], prefix: str) -> int:
        """Add the facts this server lacks, in one transaction; returns how many were added."""
        ids = self.member_ids_by_name([m.name for m in facts["members"]], create=self._may_add_members())
        by_local = {m.id: ids[m.name] for m in facts["members"] if m.name in ids}
        mine = [a for a in facts["activity"] if a.member_id in by_local]
        acts = [{**{k: getattr(a, k) for k in _ACTIVITY}, "member_id": by_local[a.member_id],
                 "dedupe_key": _key(prefix, "activity", a)} for a in mine]
        tallies = [{"day": t.day, "member_id": by_local[t.member_id], "metric": t.metric, "count": t.count}
                   for t in facts["tally"] if t.member_id in by_local]
        with self._write() as s:
            conn = s.connection()
            leads, added = _upload_leads(conn, facts.get("lead", []), by_local)
            for row, a in zip(acts, mine):
                row["lead_id"] = leads.get(a.lead_id)
            added += _insert_missing(conn, Activity, acts, ["dedupe_key"])
            sources = {d.source_activity_id for d in facts["deal"]}
            keys = {a.id: row["dedupe_key"] for row, a in zip(acts, mine) if a.id in sources}
            server = _ids_by_key(conn, Activity.dedupe_key, Activity.id, list(keys.values()))
            by_activity = {local: server[k] for local, k in keys.items() if k in server}
            deals = [{**{k: getattr(d, k) for k in _DEAL}, "member_id": by_local[d.member_id],
                      "lead_id": leads.get(d.lead_id), "source_activity_id": by_activity.get(d.source_activity_id),
                      "dedupe_key": _key(prefix, "deal", d)} for d in facts["deal"] if d.member_id in by_local]
            added += _insert_missing(conn, Deal, deals, ["dedupe_key"])
            added += _insert_missing(conn, Tally, tallies, ["day", "member_id", "metric"])
            stages = [{"lead_id": leads[r.lead_id], "status": r.status, "day": r.day,
                       "member_id": by_local[r.member_id]} for r in facts.get("leadstatus", [])
                      if r.member_id in by_local and r.lead_id in leads]
            added += _insert_missing(conn, LeadStatus, stages, ["lead_id", "status"])
            keys = {(r["day"], r["member_id"]) for r in acts + tallies + stages}
            keys |= {(r[d], r["member_id"]) for r in deals for d in ("created_day", "closed_day") if r[d]}
            added += _upload_contracts(conn, facts, prefix, keys)
            rollup.refresh_keys(conn, keys)
        for table in ("lead", "leadstatus", "activity", "deal", "tally", "dailycount"):
            self.publish("reset", table)
        return added

    def _may_add_members(self) -> bool:
        """A rep's login cannot add members (the policy refuses it): their own must be there."""
        with self._read() as s:
            me = s.execute(select(Member.role).where(Member.login == _current_user(s))).scalars().first()
        return me != "rep"


def _upload_contracts(conn: Any, facts: dict[str, list], prefix: str, keys: set) -> int:
    """The contracts of the uploaded deals, each linked to the server's deal (found by the deal's key) and
    to the server's copy of the term it renews; adds their due days to the rollup keys."""
    deal_keys = {d.id: _key(prefix, "deal", d) for d in facts["deal"]}
    found = conn.execute(select(Deal.dedupe_key, Deal.id, Deal.member_id)
                         .where(Deal.dedupe_key.in_(list(deal_keys.values()))))
    server_deals = {k: (i, m) for k, i, m in found}
    by_local: dict[int, int] = {}
    added = 0
    for c in facts.get("contract", []):  # oldest first: a renewal after the term it renews
        deal = server_deals.get(deal_keys.get(c.deal_id))
        if deal is None:
            continue
        key = _key(prefix, "contract", c)
        row = {**{k: getattr(c, k) for k in _CONTRACT}, "deal_id": deal[0], "dedupe_key": key,
               "renewal_of": by_local.get(c.renewal_of)}
        added += _insert_missing(conn, Contract, [row], ["dedupe_key"])
        by_local[c.id] = conn.execute(select(Contract.id).where(Contract.dedupe_key == key)).scalar_one()
        if c.end_day:
            keys.add((c.end_day, deal[1]))
    return added


def _current_user(session: Any) -> str:
    return session.connection().exec_driver_sql("SELECT current_user").scalar_one()


def _upload_leads(conn: Any, leads: list[Any], by_local: dict[int, int]) -> tuple[dict[int, int], int]:
    """Local lead id → the server's, adding the leads whose company the server does not know yet."""
    found = _ids_by_key(conn, Lead.company_key, Lead.id, sorted({ld.company_key for ld in leads}))
    new: dict[str, dict[str, Any]] = {}
    for ld in leads:
        if ld.company_key not in found and ld.company_key not in new:
            new[ld.company_key] = {**{k: getattr(ld, k) for k in _LEAD}, "owner_id": by_local.get(ld.owner_id)}
    if new:
        conn.execute(insert(Lead), list(new.values()))
        found.update(_ids_by_key(conn, Lead.company_key, Lead.id, list(new)))
    return {ld.id: found[ld.company_key] for ld in leads}, len(new)


def _insert_missing(conn: Any, table: Any, rows: list[dict[str, Any]], key: list[str]) -> int:
    if not rows:
        return 0
    from sqlalchemy.dialects.postgresql import insert

    added = conn.execute(insert(table).on_conflict_do_nothing(index_elements=key).returning(table.id), rows)
    return len(added.all())
