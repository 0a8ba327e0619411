"""Store operations on contracts: add, edit, renew (更新), cancel (解約), and undo each.

A contract's rollup rows (継続率's due and renewed counts) sit on its term's end day under the
deal's owner; every write refreshes those keys in the same transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select

from desktop.kpi import contracts as terms
from desktop.kpi.contracts import ContractFact
from desktop.models import rollup
from desktop.models.tables import Contract, ContractIn, Deal

C, D = Contract.__table__, Deal.__table__


def _keys(conn: Any, ids: list[int | None]) -> set[tuple[date, int]]:
    """The rollup keys of these contracts (a renewal's include the term it renews: its renewed count)."""
    ids = [i for i in ids if i is not None]
    ids += [r for r in conn.execute(select(C.c.renewal_of).where(C.c.id.in_(ids))).scalars() if r is not None]
    rows = conn.execute(select(C.c.end_day, D.c.member_id).select_from(C.join(D, D.c.id == C.c.deal_id))
                        .where(C.c.id.in_(ids), C.c.end_day.is_not(None)))
    return {(r[0], r[1]) for r in rows}


def checked(data: dict[str, Any]) -> dict[str, Any]:
    """A contract's values validated, its end day from the term when no end is given; ValueError
    ("bad_term", "end_before_start") on nonsense."""
    row = ContractIn.model_validate(data).model_dump()
    if row["end_day"] is None and row["term_months"]:
        row["end_day"] = terms.term_end(row["start_day"], row["term_months"])
    if row["end_day"] is not None and row["end_day"] < row["start_day"]:
        raise ValueError("end_before_start")
    return row


class ContractOps:
    """Contracts of won deals."""

    def contracts(self, deal_id: int | None = None) -> list[dict[str, Any]]:
        """The contract terms (of one deal), oldest first."""
        query = select(C).order_by(C.c.start_day, C.c.id)
        if deal_id is not None:
            query = query.where(C.c.deal_id == deal_id)
        with self._read() as s:
            return [dict(r._mapping) for r in s.execute(query)]

    def add_contract(self, **values: Any) -> int:
        """A contract on a won deal; ValueError("not_won") for any other deal."""
        row = checked(values)
        with self._write() as s:
            conn = s.connection()
            stage = conn.execute(select(D.c.stage).where(D.c.id == row["deal_id"])).scalar()
            if stage != "won":
                raise ValueError("not_won")
            new_id = conn.execute(insert(C).values(**row).returning(C.c.id)).scalar_one()
            rollup.refresh_keys(conn, _keys(conn, [new_id]))
        self.publish("added", "contract", [new_id])
        return new_id

    def update_contract(self, contract_id: int, **changes: Any) -> dict[str, Any]:
        """Change a contract; returns the old values (for undo)."""
        with self._write() as s:
            conn = s.connection()
            old = dict(conn.execute(select(C).where(C.c.id == contract_id)).one()._mapping)
            row = checked({**old, **changes})
            before = _keys(conn, [contract_id])
            self.require_rows(conn.execute(C.update().where(C.c.id == contract_id).values(**row)))
            rollup.refresh_keys(conn, before | _keys(conn, [contract_id]))
        self.publish("updated", "contract", [contract_id])
        return {k: old[k] for k in row if old[k] != row[k]}

    def renew_contract(self, contract_id: int, monthly_amount: int | None = None) -> int:
        """更新: the next term from the day after this one ends, as long, at the same (or a new) amount."""
        old = next(c for c in self.contracts() if c["id"] == contract_id)
        if old["cancelled_day"] is not None:
            raise ValueError("cancelled")
        if any(c["renewal_of"] == contract_id for c in self.contracts(old["deal_id"])):
            raise ValueError("renewed")
        start, end = terms.next_term(fact(old))
        return self.add_contract(deal_id=old["deal_id"], start_day=start, end_day=end,
                                 term_months=old["term_months"], renewal_of=contract_id,
                                 monthly_amount=old["monthly_amount"] if monthly_amount is None else monthly_amount)

    def cancel_contract(self, contract_id: int, day: date) -> dict[str, Any]:
        """解約 on `day` (no renewal follows); returns the old values."""
        return self.update_contract(contract_id, cancelled_day=day)

    def remove_contract(self, contract_id: int) -> dict[str, Any]:
        """Delete a contract that nothing renews (undo of add or renew); returns it for restore_contract."""
        with self._write() as s:
            conn = s.connection()
            if conn.execute(select(C.c.id).where(C.c.renewal_of == contract_id)).first():
                raise ValueError("renewed")
            row = dict(conn.execute(select(C).where(C.c.id == contract_id)).one()._mapping)
            keys = _keys(conn, [contract_id])
            self.require_rows(conn.execute(delete(C).where(C.c.id == contract_id)))
            rollup.refresh_keys(conn, keys)
        self.publish("removed", "contract", [contract_id])
        return row

    def restore_contract(self, row: dict[str, Any]) -> None:
        with self._write() as s:
            conn = s.connection()
            conn.execute(insert(C), [row])
            rollup.refresh_keys(conn, _keys(conn, [row["id"]]))
        self.publish("added", "contract", [row["id"]])

    def contract_facts(self, member_id: int | None = None) -> list[ContractFact]:
        """Every contract as kpi.contracts facts (one member's deals, or the team's)."""
        query = select(C, D.c.lead_id, D.c.amount, D.c.member_id).select_from(C.join(D, D.c.id == C.c.deal_id))
        if member_id is not None:
            query = query.where(D.c.member_id == member_id)
        with self._read() as s:
            return [fact(dict(r._mapping)) for r in s.execute(query)]

    def ltv(self, as_of: date, member_id: int | None = None) -> float | None:
        """LTV as of a day (kpi.contracts.ltv)."""
        return terms.ltv(self.contract_facts(member_id), as_of)


def fact(row: dict[str, Any]) -> ContractFact:
    lead = row.get("lead_id")
    return ContractFact(id=row["id"], customer=lead if lead is not None else f"deal:{row['deal_id']}",
                        start=row["start_day"], end=row["end_day"], monthly=row["monthly_amount"],
                        renewal_of=row["renewal_of"], cancelled=row["cancelled_day"],
                        deal_amount=row.get("amount") or 0, deal_id=row["deal_id"])


def take_batch_contracts(conn: Any, batch_id: int) -> tuple[list[dict[str, Any]], set[tuple[date, int]]]:
    """Delete the contracts of an import's deals (undoing the import deletes those deals); returns them
    (oldest first, for `put_back_contracts`) and their rollup keys."""
    of_batch = C.c.deal_id.in_(select(D.c.id).where(D.c.batch_id == batch_id))
    rows = [dict(r) for r in conn.execute(select(C).where(of_batch).order_by(C.c.id)).mappings()]
    keys = _keys(conn, [r["id"] for r in rows]) if rows else set()
    if rows:
        conn.execute(delete(C).where(of_batch))
    return rows, keys


def put_back_contracts(conn: Any, rows: list[dict[str, Any]]) -> set[tuple[date, int]]:
    """Insert contracts `take_batch_contracts` took (their deals are back); returns their rollup keys."""
    if not rows:
        return set()
    conn.execute(insert(C), rows)
    return _keys(conn, [r["id"] for r in rows])
