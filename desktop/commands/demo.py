"""`kpidesk demo`: write a realistic demo year into a new database, whole or not at all.

A file is written beside its place and renamed into it once complete; a team's server
(`--db postgresql://…`) gets the whole year in one transaction."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from desktop.commands.common import CliError, demo_db, open_store, parse_day
from desktop.models.backend import is_server_url

FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)  # a demo year the calendar can hold


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="write a demo year (5 reps, calls, deals, a KPI tree)")
    p.add_argument("--db", default=None,
                   help="database file to create, or an empty team database's URL (default: the app's demo file)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--today", type=parse_day, help="last day of the demo year (default: today)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.models import demo

    if args.db is not None and not args.db.strip():
        raise CliError("empty_db")
    if args.today is not None and not FIRST_DAY <= args.today <= LAST_DAY:
        raise CliError("bad_demo_day", detail=args.today.isoformat())
    if args.db is not None and is_server_url(args.db):
        return _into_server(args.db, args.today, args.seed)
    path = Path(demo_db() if args.db is None else args.db)
    store = open_store(path) if path.exists() and path.stat().st_size else None
    if store is not None:
        empty = demo.is_empty(store)
        store.close()
        if not empty:
            raise CliError("has_data", path=str(path))
    _report(str(path), _generate_aside(path, args.today, args.seed))
    return 0


def _report(where: str, written: dict[str, int]) -> None:
    print(f"{where}: " + ", ".join(f"{k} {v:,}" for k, v in written.items()))


def _into_server(url: str, today: date | None, seed: int) -> int:
    """The demo year into an empty team database, in one transaction: all of it or nothing."""
    from desktop.models import demo

    store = open_store(url)
    try:
        if not demo.is_empty(store):
            raise CliError("server_has_data", path=store.location)
        with store.atomic():
            written = demo.generate(store, today=today, seed=seed)
        _report(store.location, written)
    finally:
        store.close()
    return 0


def _generate_aside(path: Path, today: date | None, seed: int) -> dict[str, int]:
    """Write the demo into a file beside `path` and rename it into place only once it is complete."""
    from desktop.models import demo

    partial = path.with_name(f".{path.name}.partial")
    _remove(partial)
    try:
        store = open_store(partial)
        try:
            written = demo.generate(store, today=today, seed=seed)
        finally:
            store.close()
        os.replace(partial, path)
    except BaseException:
        _remove(partial)
        raise
    return written


def _remove(path: Path) -> None:
    for left in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        left.unlink(missing_ok=True)
