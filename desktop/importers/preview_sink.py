"""The preview's sink: what the import would store, counted and sampled, with nothing stored."""

from __future__ import annotations

from collections import Counter
from typing import Any

from desktop.importers.result import ImportResult
from desktop.importers.sheet_kinds import SAMPLE


class PreviewSink:
    """A Sink that stores nothing: keeps the first `keep` facts of each sheet, counts them all, and
    applies the store's rule for counts across chunks (a sheet's split counts add up; a count
    another sheet gave first is refused), so the preview promises what the import will store."""

    def __init__(self, keep: int, store: Any = None) -> None:
        self.keep, self.store = keep, store
        self.changes: dict[str, Counter[str]] = {}  # sheet → added / replaced / unchanged, as the store would
        self.samples: dict[str, set[int]] = {}  # sheet → a sample of its fact keys' hashes (sheet_kinds.repeats)
        self.kept: Counter[str] = Counter()
        self.activities: list[dict[str, Any]] = []
        self.tallies: list[dict[str, Any]] = []
        self.deals: list[dict[str, Any]] = []
        self.lead_stages: list[dict[str, Any]] = []
        self.first: dict[tuple, str] = {}  # (day, member, metric) → the sheet that gave it
        self.kept_tallies: dict[tuple, dict[str, Any]] = {}
        self.facts = 0

    def __call__(self, out: ImportResult) -> list[tuple[str, str, str]]:
        acts, deals, tallies, stages = out.activities, out.deals, out.tallies, out.lead_stages
        out.activities, out.deals, out.tallies, out.fresh_members, out.fresh_leads = [], [], [], [], []
        out.lead_stages = []
        self.facts += len(acts) + len(deals) + len(stages)
        for rows, kept in ((acts, self.activities), (deals, self.deals)):
            for r in rows:
                self._keep(r, kept)
                self._sample(r["sheet"], hash(r["dedupe_key"]))
        for r in stages:
            self._keep(r, self.lead_stages)
            self._sample(r["sheet"], hash((r["company"], r["status"])))
        for r in tallies:
            self._sample(r["sheet"], hash((r["day"], r["member"], r["metric"])))
        elsewhere: list[tuple[str, str, str]] = []
        given: list[dict[str, Any]] = []
        for r in tallies:
            key = (r["day"], r["member"], r["metric"])
            first = self.first.get(key)
            if first is None:
                self.first[key] = r["sheet"]
                given.append(r)
                self.facts += 1
                if self._keep(r, self.tallies):
                    self.kept_tallies[key] = r
            elif first == r["sheet"]:
                shown = self.kept_tallies.get(key)
                if shown is not None:
                    shown["count"] += r["count"]
            else:
                elsewhere.append((r["sheet"], r["metric"], first))
        if self.store is not None:
            for sheet, code in self.store.fact_changes(acts, deals, given):
                self.changes.setdefault(sheet, Counter())[code] += 1
        return elsewhere

    def _sample(self, sheet: str, h: int) -> None:
        if h % SAMPLE == 0:
            self.samples.setdefault(sheet, set()).add(h)

    def _keep(self, row: dict[str, Any], kept: list[dict[str, Any]]) -> bool:
        if self.kept[row["sheet"]] >= self.keep:
            return False
        self.kept[row["sheet"]] += 1
        kept.append(row)
        return True
