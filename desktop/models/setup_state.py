"""What the setup wizard changes (tree, targets, alert rules, members, settings, schedule), saved and put back whole."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, text, update
from sqlmodel import col, select

from desktop.models.people_ops import MEMBER_COLUMNS
from desktop.models.tables import AlertRule, KpiNode, Member, Setting, Target

SETUP_SETTINGS = ("domain", "pdca_schedule", "plan_inputs")


class SetupStateOps:
    """One wizard page = one undo step: the state before and after, restored in one transaction."""

    def setup_state(self) -> dict[str, Any]:
        with self._read() as s:
            return {"nodes": [n.model_dump() for n in s.exec(select(KpiNode))],
                    "targets": [t.model_dump() for t in s.exec(select(Target))],
                    "rules": [r.model_dump() for r in s.exec(select(AlertRule))],
                    "settings": {r.key: r.value for r in s.exec(select(Setting).where(
                        col(Setting.key).in_(SETUP_SETTINGS)))},
                    "members": [m.model_dump() for m in s.exec(select(Member))]}

    def restore_setup_state(self, state: dict[str, Any], since: dict[str, Any] | None = None) -> None:
        """Put the tree, targets, alert rules and setup settings back exactly as `setup_state` saw them.

        Members change only when `since` (the state being left) is given, and then only those that
        differ between the two: a member added since is removed (deactivated if it has history by now).
        """
        with self._write() as s:
            s.execute(text("PRAGMA defer_foreign_keys = ON"))  # ids come back before commit
            if since is not None:
                _restore_members(s, state.get("members", []), since.get("members", []))
            s.execute(delete(Target))
            s.execute(delete(KpiNode))
            if state["nodes"]:
                s.execute(insert(KpiNode), state["nodes"])
            if state["targets"]:
                s.execute(insert(Target), state["targets"])
            self._restore_rules(s, state["rules"])
            s.execute(delete(Setting).where(col(Setting.key).in_(SETUP_SETTINGS)))
            if state["settings"]:
                s.execute(insert(Setting), [{"key": k, "value": v} for k, v in state["settings"].items()])
        for table in ("kpinode", "target", "alertrule", "setting", "member"):
            self.publish("reset", table)

    @staticmethod
    def _restore_rules(s: Any, rules: list[dict[str, Any]]) -> None:
        keep = [r["id"] for r in rules]
        s.execute(delete(AlertRule).where(col(AlertRule.id).not_in(keep)))
        for r in rules:
            row = s.get(AlertRule, r["id"])
            if row is None:
                s.execute(insert(AlertRule), [r])
            else:
                for key, value in r.items():
                    setattr(row, key, value)


def _restore_members(s: Any, wanted: list[dict[str, Any]], left: list[dict[str, Any]]) -> None:
    keep = {m["id"]: m for m in wanted}
    for m in left:
        if m["id"] not in keep:
            used = any(s.execute(select(t.c.id).where(t.c[c] == m["id"]).limit(1)).first()
                       for t, c in MEMBER_COLUMNS)
            query = update(Member).where(col(Member.id) == m["id"])
            s.execute(query.values(active=False) if used else delete(Member).where(col(Member.id) == m["id"]))
    was = {m["id"]: m for m in left}
    for m in wanted:
        if was.get(m["id"]) != m:
            row = s.get(Member, m["id"])
            if row is None:
                s.execute(insert(Member), [m])
            else:
                for key, value in m.items():
                    setattr(row, key, value)
