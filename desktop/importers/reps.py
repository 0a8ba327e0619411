"""Which columns are reps (across the columns, or as group headings over metric columns)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.importers import mapping as f
from desktop.importers.mapping import Match

REPS_ACROSS = "reps_across"


def rep_columns(labels: tuple[str, ...], columns: dict[int, Match], metric: str | None,
                is_person: Callable[[str], bool]) -> dict[int, Match]:
    """Column → Match(metric, member=rep) for rep columns: 'rep/metric' two-row labels, or bare rep
    names when the sheet names its metric. Empty when the sheet is not laid out that way."""
    out: dict[int, Match] = {}
    for c, label in enumerate(labels):
        if c in columns and columns[c].field == f.DAY:
            continue
        rep, _, below = label.partition("/")
        named = f.metric_of_label(below) if below else None
        if named and is_person(rep):
            out[c] = Match(named, evidence=(("header", 1.0), ("people", 1.0)), member=rep.strip())
        elif not below and metric and is_person(label):
            out[c] = Match(metric, evidence=(("people", 1.0),), member=label.strip())
    reps = {m.member for m in out.values()}
    return out if len(reps) >= 2 or (reps and any("/" in lab for lab in labels)) else {}
