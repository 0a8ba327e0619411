"""What an import produces: plain rows to store, problems with their place, and dedupe keys."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


from desktop.kpi.outcomes import normalize_word as _normalize

normalize_word = lru_cache(maxsize=65536)(_normalize)  # names and companies repeat row after row


class Cancelled(Exception):
    """The user cancelled; nothing was stored."""


@dataclass(frozen=True)
class Problem:
    """One skipped cell or row: sheet, Excel row (1-based), column label, reason code, the value."""

    sheet: str
    row: int
    column: str
    code: str
    value: str = ""


@dataclass
class SheetCounts:
    rows: int = 0  # data rows read
    facts: int = 0  # activities, tallies and deals produced
    skipped: int = 0  # rows skipped with a problem


@dataclass
class ImportResult:
    """Rows ready for Store.import_batch: members and companies by name, never ids."""

    activities: list[dict[str, Any]] = field(default_factory=list)
    tallies: list[dict[str, Any]] = field(default_factory=list)
    deals: list[dict[str, Any]] = field(default_factory=list)
    leads: dict[str, dict[str, Any]] = field(default_factory=dict)  # company key → lead fields
    members: dict[str, str] = field(default_factory=dict)  # name key → name as written
    problems: list[Problem] = field(default_factory=list)
    unknown_words: Counter = field(default_factory=Counter)
    sheets: dict[str, SheetCounts] = field(default_factory=dict)

    @property
    def fact_count(self) -> int:
        return len(self.activities) + len(self.tallies) + len(self.deals)

    def note_member(self, name: str) -> str:
        key = normalize_word(name)
        self.members.setdefault(key, name.strip())
        return key

    def note_lead(self, company: str, **extra: str) -> str:
        key = normalize_word(company)
        lead = self.leads.setdefault(key, {"company": company.strip(), "person": "", "phone": ""})
        for k, v in extra.items():
            if v and not lead.get(k):
                lead[k] = v
        return key


class Deduper:
    """Dedupe keys: sha of (shape, sheet, fact fields, occurrence) so repeats in one file are kept."""

    def __init__(self, shape: str, sheet: str) -> None:
        self.prefix = f"{shape}\x1f{sheet}"
        self.seen: Counter = Counter()

    def key(self, *fields: object) -> str:
        body = "\x1f".join("" if v is None else str(v) for v in fields)
        self.seen[body] += 1
        raw = f"{self.prefix}\x1f{body}\x1f{self.seen[body]}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def shape_key(layout: str, labels: tuple[str, ...]) -> str:
    """A file-shape key: the layout and the header labels (what a later version of a tracker keeps)."""
    body = layout + "\x1f" + "\x1f".join(normalize_word(x) for x in labels if x)
    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:16]
