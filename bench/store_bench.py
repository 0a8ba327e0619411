"""`summary --by month` over a million activities against a plain SQL GROUP BY, and the rollup rebuild.

The baseline is what a user with the raw table would write: one GROUP BY month over `activity`
with conditional sums for calls, connects and appointments. KPI Desk answers from the DailyCount
rollup, through `Store.counts_by` and through the real command line (`desktop.cli.main`).
"""

from __future__ import annotations

import contextlib
import io
import random
import shutil
import sqlite3
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from bench.data import make_database
from bench.harness import Case, peak_rss_mb

RAW_MONTHS = """
SELECT strftime('%Y-%m', day) AS month,
       SUM(kind = 'call') AS calls,
       SUM(outcome IN ('connected', 'appointment', 'rejected')) AS connects,
       SUM(outcome = 'appointment') AS appointments
FROM activity GROUP BY month ORDER BY month
"""


def cases(quick: bool, workdir: Path) -> list[Case]:
    from desktop.models.store import Store

    size = 50_000 if quick else 1_000_000
    path = make_database(workdir / "store.sqlite3", activities=size)
    store = Store.open(path)
    start, end = store.data_range()
    raw = sqlite3.connect(path)
    cli_args = ["summary", "--db", str(path), "--by", "month", "--json"]
    label = f"{size // 1000}k" if size < 1_000_000 else f"{size // 1_000_000}M"
    baseline = f"plain SQL GROUP BY month, {label} activities"
    goal = None if quick else 0.1  # the rollup does not shrink with the row count: judge only at 1M
    return [
        Case(baseline, lambda: raw.execute(RAW_MONTHS).fetchall(), target="(baseline)",
             notes=lambda: {"file MB": round(path.stat().st_size / 2**20)}),
        Case(f"summary --by month (Store.counts_by), {label}", lambda: store.counts_by("month", start, end),
             baseline=baseline, target="≤ 0.1× plain SQL", ratio_max=goal, repeat=7,
             notes=lambda: {"same numbers": _same_numbers(store, raw, start, end)}),
        Case(f"summary --by month (CLI, --json), {label}", lambda: _cli(cli_args), baseline=baseline,
             target="≤ 0.1× plain SQL", ratio_max=goal, repeat=5),
        Case(f"rebuild_rollups, {label}", store.rebuild_rollups, target="(note)", repeat=3,
             notes=lambda: _rebuild_notes(store, workdir, size)),
        Case(f"daily backup, {label} (a worker, 3 s after the first paint)", store.backup_rotating,
             setup=lambda: shutil.rmtree(store.backup_dir, ignore_errors=True), target="(note)", repeat=3),
    ]


def _cli(args: list[str]) -> str:
    from desktop.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(args)
    if code != 0:
        raise RuntimeError(f"summary exited {code}")
    return out.getvalue()


def _same_numbers(store: Any, raw: sqlite3.Connection, start: date, end: date) -> str:
    """The rollup's calls/connects/appointments per month equal the raw GROUP BY (no tallies on these)."""
    ours = store.counts_by("month", start, end)
    theirs = {m: (c, k, a) for m, c, k, a in raw.execute(RAW_MONTHS)}
    mine = {m: (int(v["calls"]), int(v["connects"]), int(v["appointments"])) for m, v in ours.items()}
    return "yes" if mine == theirs else "NO"


def _rebuild_notes(store: Any, workdir: Path, size: int) -> dict[str, Any]:
    return {"rebuild == incremental": rebuild_equals_incremental(workdir / "incremental.sqlite3", size),
            "peak RSS MB": round(peak_rss_mb())}


def rebuild_equals_incremental(path: Path, size: int, writes: int = 300, seed: int = 5) -> str:
    """On a copy of the database: many Store writes (incremental rollup), then a rebuild; same rows?"""
    from desktop.models.store import Store

    make_database(path, activities=size)
    store = Store.open(path)
    try:
        apply_writes(store, random.Random(seed), writes)
        before = rollup_rows(store.path)
        store.rebuild_rollups()
        after = rollup_rows(store.path)
    finally:
        store.close()
    return "yes" if before == after and before else "NO"


def rollup_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT day, member_id, metric, source, value FROM dailycount "
                            "ORDER BY day, member_id, metric, source").fetchall()
    finally:
        conn.close()


def apply_writes(store: Any, rng: random.Random, n: int) -> None:
    """A realistic mix of user actions: log, delete, restore, tally, add and win deals."""
    from desktop.models.tables import ActivityIn, DealIn, TallyIn

    lo, hi = store.data_range()
    members = [m.id for m in store.members()]
    span = (hi - lo).days
    removed: list[list[dict]] = []
    for i in range(n):
        day, member = lo + timedelta(days=rng.randrange(span + 1)), rng.choice(members)
        step = i % 6
        if step == 0:
            outcome = rng.choice(("no_answer", "gatekeeper", "connected", "appointment", "rejected"))
            store.add_activities([ActivityIn(day=day, at=time(10, rng.randrange(60)), member_id=member,
                                             kind="call", outcome=outcome)])
        elif step == 1:
            removed.append(store.remove_activities([rng.randint(1, 20_000)]))
        elif step == 2 and removed:
            store.restore_activities(removed.pop(rng.randrange(len(removed))))
        elif step == 3:
            store.set_tallies([TallyIn(day=day, member_id=member, metric=rng.choice(("calls", "meetings")),
                                       count=rng.randint(0, 60))])
        elif step == 4:
            store.add_deals([DealIn(member_id=member, created_day=day, amount=rng.randint(5, 300) * 10_000)])
        else:
            deal = rng.choice(store.deals())
            store.update_deal(deal.id, stage="won", closed_day=deal.created_day + timedelta(days=20))

