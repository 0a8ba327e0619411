"""`kpidesk demo`: write a realistic demo year into a new database."""

from __future__ import annotations

import argparse

from desktop.commands.common import CliError, demo_db, open_store, parse_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="write a demo year (5 reps, calls, deals, a KPI tree)")
    p.add_argument("--db", default=None, help="database file to create (default: the app's demo file)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--today", type=parse_day, help="last day of the demo year (default: today)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.models import demo

    path = args.db or demo_db()
    store = open_store(path)
    try:
        if not demo.is_empty(store):
            raise CliError("has_data", path=str(path))
        written = demo.generate(store, today=args.today, seed=args.seed)
    finally:
        store.close()
    print(f"{store.location}: " + ", ".join(f"{k} {v:,}" for k, v in written.items()))
    return 0
