"""The lead funnel's stages, MQL → SQL → 商談, and what recording one implies.

A lead that reached a stage passed every stage before it: recording SQL for a lead with no MQL day
records MQL on the same day, so MQL数 ≥ SQL数 ≥ 商談化 for any cohort and the rates stay within
100 % (desktop.kpi.metrics.LEAD_RATES).
"""

from __future__ import annotations

from datetime import date

STAGES: tuple[str, ...] = ("mql", "sql", "opportunity")


def implied_days(status: str, day: date, known: dict[str, date]) -> dict[str, date]:
    """The (stage, day) rows to store when a lead reaches `status` on `day`, given the days it has:
    the stage itself, and each earlier stage it lacks, or has only after `day`, on `day`."""
    if status not in STAGES:
        raise ValueError(status)
    out = {status: day}
    for earlier in STAGES[:STAGES.index(status)]:
        if earlier not in known or known[earlier] > day:
            out[earlier] = day
    return out
