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
    totals: int = 0  # 合計/小計 rows left out (they repeat the rows above them)
    first_total: int = 0  # the Excel row of the first of them


@dataclass
class ImportResult:
    """Rows ready for Store.import_batch: members and companies by name, never ids."""

    activities: list[dict[str, Any]] = field(default_factory=list)
    tallies: list[dict[str, Any]] = field(default_factory=list)
    deals: list[dict[str, Any]] = field(default_factory=list)
    lead_stages: list[dict[str, Any]] = field(default_factory=list)  # company, member, status, day
    leads: dict[str, dict[str, Any]] = field(default_factory=dict)  # company key → lead fields
    members: dict[str, str] = field(default_factory=dict)  # name key → name as written
    problems: list[Problem] = field(default_factory=list)
    impossible: list[Problem] = field(default_factory=list)  # rows stored as written whose funnel cannot be
    unknown_words: Counter = field(default_factory=Counter)
    sheets: dict[str, SheetCounts] = field(default_factory=dict)
    fresh_members: list[str] = field(default_factory=list)  # keys noted since a sink last took them
    fresh_leads: list[str] = field(default_factory=list)  # … and leads given a person or phone since
    aliases: dict[str, str] = field(default_factory=dict)  # name key → the member it means (importers.members)
    aliased: dict[str, str] = field(default_factory=dict)  # names as written that aliases put on a member

    @property
    def fact_count(self) -> int:
        return len(self.activities) + len(self.tallies) + len(self.deals) + len(self.lead_stages)

    def note_member(self, name: str) -> str:
        key = normalize_word(name)
        if key in self.aliases:  # 「山田」 the team said is 「山田 太郎」
            self.aliased[name.strip()] = name = self.aliases[key]
            key = normalize_word(name)
        if key not in self.members:
            self.members[key] = name.strip()
            self.fresh_members.append(key)
        return key

    def note_lead(self, company: str, person: str, phone: str) -> str:
        """The lead's key; a person or phone it lacks is filled from this row."""
        key = normalize_word(company)
        lead = self.leads.get(key)
        if lead is None:
            self.leads[key] = {"company": company.strip(), "person": person, "phone": phone}
            self.fresh_leads.append(key)
        elif (person and not lead["person"]) or (phone and not lead["phone"]):
            lead["person"], lead["phone"] = lead["person"] or person, lead["phone"] or phone
            self.fresh_leads.append(key)  # a sink that stored the lead already fills these in
        return key


class Deduper:
    """Dedupe keys: sha of (layout, fact fields, occurrence) so repeats in one sheet are kept. No file
    or sheet name is in the key: a renamed file or sheet (Calls (1).csv, 4月 → 2025年4月) adds nothing.

    Occurrences are counted by the hash of the fields' text, not the text itself: a million rows
    cost a million small ints here, not a million strings."""

    def __init__(self, shape: str, sheet: str) -> None:
        self.prefix = f"{shape}\x1f{sheet}"
        self.seen: dict[int, int] = {}

    def key(self, *fields: object) -> str:
        return self.key_of("\x1f".join(["" if v is None else str(v) for v in fields]))

    def key_of(self, body: str) -> str:
        """The key for fields already joined by \\x1f (None as ''), as `key` joins them."""
        h = hash(body)
        n = self.seen[h] = self.seen.get(h, 0) + 1
        return hashlib.sha1(f"{self.prefix}\x1f{body}\x1f{n}".encode()).hexdigest()


def shape_key(layout: str, labels: tuple[str, ...]) -> str:
    """A file-shape key: the layout and the header labels (what a later version of a tracker keeps)."""
    body = layout + "\x1f" + "\x1f".join(normalize_word(x) for x in labels if x)
    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:16]
