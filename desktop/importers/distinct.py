"""What extraction works out once per distinct value of a sheet (its days, times, kinds, notes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

KEPT = 8192  # values per kind kept: free-text memos and time stamps may all differ


@dataclass
class Seen:
    """What `activity` works out once per distinct value: a sheet's few days, times, kinds and notes."""

    days: dict[date, str] = field(default_factory=dict)  # day → its text in the dedupe key
    times: dict[object, tuple[Any, str]] = field(default_factory=dict)  # time cell → (time, its key text)
    kinds: dict[object, str] = field(default_factory=dict)
    notes: dict[object, str] = field(default_factory=dict)

    @staticmethod
    def get(seen: dict[object, Any], raw: object) -> Any:
        return None if raw.__class__ is bool else seen.get(raw)  # True == 1: no key for a bool

    @staticmethod
    def put(seen: dict[object, Any], raw: object, value: Any) -> Any:
        if raw.__class__ is not bool:
            if len(seen) >= KEPT:  # a million distinct memos are not all kept
                seen.clear()
            seen[raw] = value
        return value
