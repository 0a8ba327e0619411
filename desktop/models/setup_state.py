"""What the setup wizard changes (tree, targets, alert rules, domain settings, schedule), saved and put back whole."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, text
from sqlmodel import col, select

from desktop.models.tables import AlertRule, KpiNode, Setting, Target

SETUP_SETTINGS = ("domain", "pdca_schedule")


class SetupStateOps:
    """One wizard page = one undo step: the state before and after, restored in one transaction."""

    def setup_state(self) -> dict[str, Any]:
        with self._read() as s:
            return {"nodes": [n.model_dump() for n in s.exec(select(KpiNode))],
                    "targets": [t.model_dump() for t in s.exec(select(Target))],
                    "rules": [r.model_dump() for r in s.exec(select(AlertRule))],
                    "settings": {r.key: r.value for r in s.exec(select(Setting).where(
                        col(Setting.key).in_(SETUP_SETTINGS)))}}

    def restore_setup_state(self, state: dict[str, Any]) -> None:
        """Put the tree, targets, alert rules and setup settings back exactly as `setup_state` saw them."""
        with self._write() as s:
            s.execute(text("PRAGMA defer_foreign_keys = ON"))  # ids come back before commit
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
        for table in ("kpinode", "target", "alertrule", "setting"):
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
