"""The SMART column explained: what each letter checks and, per KPI, why a letter is not met yet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.kpi.smart import SmartCheck
from desktop.views.tree.smart_badges import LETTERS, REASONS


def _t(text: str) -> str:
    return QCoreApplication.translate("SmartBadges", text)


def smart_tooltip(checks: Sequence[SmartCheck]) -> str:
    """One line per letter; without checks, just what the five letters mean."""
    if not checks:
        return "\n".join(f"{letter}: {_t(name)}" for letter, name in LETTERS.items())
    lines = []
    for c in checks:
        why = "" if c.ok or c.reason not in REASONS else " " + _t(REASONS[c.reason])
        lines.append(f"{c.letter} {_t(LETTERS[c.letter])}: {'✓' if c.ok else '×'}{why}")
    return "\n".join(lines)
