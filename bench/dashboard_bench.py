"""Dashboard speed: write → every chart redrawn (p50/p95 over single writes), and first paint, on 1M activities.

The database is bench/data.py's cached build (20 reps over two years ending on its END_DAY), copied
once per run, with monthly call targets added; the dashboard's "today" is END_DAY, so "this month"
is full of data. The empty database has the same reps and targets and no facts.
"""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path

from bench.data import END_DAY, make_database
from bench.harness import Case

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MEMBERS = 20


def add_targets(path: Path, activities: int, today: date, members: int = 0) -> None:
    """Monthly call targets over the two years (and `members` reps for a database that has none)."""
    from desktop.kpi.periods import BusinessCalendar, PeriodKind, period_containing
    from desktop.models.store import Store
    from desktop.models.tables import TargetIn

    store = Store.open(path)
    try:
        if members:
            store.member_ids_by_name([f"担当者{n:02d}" for n in range(members)])
        days = BusinessCalendar().business_days(today - timedelta(days=730), today)
        per_day = max(1, activities // len(days))
        month = period_containing(PeriodKind.MONTH, days[0])
        targets = []
        while month.start <= today:
            targets.append(TargetIn(metric="calls", period_kind="month", period_start=month.start,
                                    value=per_day * 22))
            month = month.next()
        store.set_targets(targets)
    finally:
        store.close()


class Bench:
    """One offscreen QApplication, a dashboard per database, and the measurements."""

    def __init__(self, workdir: Path, activities: int, writes: int) -> None:
        self.workdir, self.activities, self.writes = workdir, activities, writes
        self.today = END_DAY
        self.full, self.empty = workdir / "full.sqlite3", workdir / "empty.sqlite3"
        self._built = False

    def prepare(self) -> None:
        if not self._built:
            started = time.perf_counter()
            make_database(self.full, activities=self.activities)
            add_targets(self.full, self.activities, self.today)
            add_targets(self.empty, self.activities, self.today, members=MEMBERS)
            self.build_seconds = time.perf_counter() - started
            self._built = True

    def open_context(self, path: Path):  # noqa: ANN201 - AppContext
        """The app's state before the dashboard is shown: the Store is open (its integrity check is not ours)."""
        from PySide6.QtCore import QSettings
        from desktop.views.shell.undo_stack import UndoStack
        from PySide6.QtWidgets import QApplication

        from desktop.models.store import Store
        from desktop.views.shell.context import AppContext
        from desktop.views.shell.signals import StoreSignals
        from desktop.views.shell.ui_settings import UiSettings

        self.app = QApplication.instance() or QApplication([])
        store = Store.open(path)
        ui = UiSettings(QSettings(str(self.workdir / "ui.ini"), QSettings.Format.IniFormat))
        context = AppContext(store=store, signals=StoreSignals(store), undo=UndoStack(), ui=ui)
        context.extras["today"] = lambda: self.today
        return context

    def show_page(self, context):  # noqa: ANN001, ANN201 - AppContext → DashboardPage
        """Build the dashboard with its charts and paint it once (what "first paint" measures here).

        The app paints the cards first and builds the charts right after (bench/startup_bench.py
        times both); here the charts are asked for before the paint, so it is the whole page.
        """
        from desktop.views.dashboard.page import DashboardPage

        page = DashboardPage(context)
        page.resize(1366, 860)
        page.show()
        page.charts  # noqa: B018 - built now, not after the first frame
        page.grab()
        return page

    def open_page(self, path: Path):  # noqa: ANN201 - (page, context)
        context = self.open_context(path)
        return self.show_page(context), context

    def ready(self, path: Path) -> None:
        """Untimed: open the store for the next first-paint run."""
        self.prepare()
        self.context = self.open_context(path)

    def first_paint(self) -> None:
        page, context = self.show_page(self.context), self.context
        page.shutdown()
        page.deleteLater()
        context.signals.close()
        context.store.close()
        self.app.processEvents()

    def write_latencies(self) -> list[float]:
        from desktop.models.tables import ActivityIn

        self.prepare()
        page, context = self.open_page(self.full)
        store, out = context.store, []
        for n in range(self.writes):
            started = time.perf_counter()
            store.add_activities([ActivityIn(day=self.today, member_id=1 + n % MEMBERS, kind="call",
                                             outcome="connected")])
            page.coalescer.flush()  # the burst is over: the one refresh a user would see
            page.grab()  # every chart repainted
            out.append(time.perf_counter() - started)
        self.refreshes = page.refresh_count
        page.shutdown()
        context.signals.close()
        store.close()
        return out


def cases(quick: bool, workdir: Path) -> list[Case]:
    bench = Bench(workdir, 50_000 if quick else 1_000_000, 20 if quick else 200)
    size = "50k" if quick else "1M"
    return [
        Case("dashboard first paint, empty db", bench.first_paint, setup=lambda: bench.ready(bench.empty),
             repeat=3),
        Case(f"dashboard first paint, {size} activities", bench.first_paint, setup=lambda: bench.ready(bench.full),
             baseline="dashboard first paint, empty db", target="≤ 1.5 s", seconds_max=1.5,
             repeat=3, notes=lambda: {"prepare s": round(bench.build_seconds, 1)}),
        Case(f"write → all charts repainted, {size}", lambda: None, samples=bench.write_latencies,
             target="p95 ≤ 50 ms", seconds_max=0.050, notes=lambda: {"refreshes": bench.refreshes}),
    ]
