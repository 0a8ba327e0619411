"""A seeded random walk over the pages' actions, for the GUI soak test and its longer bench run.

Each step is what a user does: log calls by key, undo and redo, edit an activity, type a day
count, import a tracker (through the headless command: another writer on the same file),
open a deal from an appointment on a filtered list, switch periods and pages, open and close a
dialog, switch databases. At the end the dashboard's numbers must equal what the facts give.
"""

from __future__ import annotations

import contextlib
import io
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.views.activities.commands import EditActivity, SetTallies
from desktop.views.shell.pages import PAGE_NAMES

ACTIONS = ("log", "log", "log", "log", "undo", "redo", "edit", "tally", "import", "convert", "period",
           "page", "dialog", "switch")


def open_on_two_copies(qapp, demo_file: Path, folder: Path, today: date):  # noqa: ANN001, ANN201 - a Controller
    """A Controller (no lock, its own settings file) open on the first of two copies of the demo
    file in `folder`; (controller, [path a, path b])."""
    import shutil

    from PySide6.QtCore import QSettings

    from desktop.app import Controller
    from desktop.views.shell.ui_settings import UiSettings

    paths = [folder / "a.sqlite3", folder / "b.sqlite3"]
    for p in paths:
        shutil.copy(demo_file, p)
    ui = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    controller = Controller(qapp, ui, lock=False, today=today)
    assert controller.open(paths[0])
    return controller, paths


class SoakWalk:
    """Drives the app a `Controller` has open; `errors` collects every exception a slot raised."""

    def __init__(self, controller, paths: list[Path], today: date, seed: int, folder: Path) -> None:  # noqa: ANN001
        self.controller, self.paths, self.today, self.folder = controller, paths, today, folder
        self.rng = random.Random(seed)
        self.done: Counter[str] = Counter()
        self.errors: list[str] = []
        self.trace = bool(__import__("os").environ.get("KPIDESK_SOAK_TRACE"))
        self._hook = sys.excepthook
        sys.excepthook = self._record

    def _record(self, kind, exc, tb) -> None:  # noqa: ANN001
        import traceback

        self.errors.append(f"{kind.__name__}: {exc}")
        if self.trace:
            traceback.print_exception(kind, exc, tb)

    def close(self) -> None:
        sys.excepthook = self._hook

    @property
    def window(self):  # noqa: ANN201
        return self.controller.window

    @property
    def context(self):  # noqa: ANN201
        return self.window.context

    def run(self, steps: int) -> None:
        for _ in range(steps):
            name = self.rng.choice(ACTIONS)
            if self.trace:
                print(f"soak step {sum(self.done.values())}: {name}", file=sys.stderr, flush=True)
            getattr(self, f"_{name}")()
            self.done[name] += 1
            QCoreApplication.processEvents()

    # ---- the actions --------------------------------------------------------------

    def _activities(self):  # noqa: ANN202
        return self.window.show_page("activities")

    def _log(self) -> None:
        page = self._activities()
        page.tabs.setCurrentWidget(page.quick_log)
        QTest.keyClick(page.quick_log, self.rng.choice("123456EFM"))

    def _undo(self) -> None:
        self.settle()
        self.context.undo.undo()

    def _redo(self) -> None:
        self.settle()
        self.context.undo.redo()

    def _recent(self):  # noqa: ANN202
        members = self.context.store.members(active_only=True)
        if not members:
            return []
        return self.context.store.recent_activities(self.rng.choice(members).id, self.today, limit=30)

    def _edit(self) -> None:
        rows = self._recent()
        if rows:
            row = self.rng.choice(rows)
            self.context.undo.push(EditActivity(self.context.store, row.id, {"note": f"soak {self.rng.random():.4f}"},
                                                "edit"))

    def _tally(self) -> None:
        members = self.context.store.members(active_only=True)
        if members:
            cell = (self.today, self.rng.choice(members).id, "emails", self.rng.choice([None, 3, 7]))
            self.context.undo.push(SetTallies(self.context.store, [cell], "tally"))

    def _import(self) -> None:
        from desktop.cli import main

        members = self.context.store.members(active_only=True)
        if not members:
            return
        n = self.done["import"]
        sheet = self.folder / f"soak-{n}.csv"
        lines = [f"{self.today.isoformat()},{self.rng.choice(members).name},アポ獲得,soak import {n}-{i}" for i in range(5)]
        sheet.write_text("日付,担当者,結果,メモ\n" + "\n".join(lines) + "\n", encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):  # the command's own report line
            main(["import", "--db", str(self.context.store.path), str(sheet)])
        self.context.signals.check_external()  # as the once-a-second poll would

    def _convert(self) -> None:
        page = self._activities()
        page.tabs.setCurrentWidget(page.table)
        members = self.context.store.members(active_only=True)
        page.table.apply_options(start=self.today, end=self.today, outcome="appointment",
                                 member_id=self.rng.choice(members).id if members and self.rng.random() < 0.5 else None)
        if page.table.model.rowCount() > 0:
            page.table.view.selectRow(self.rng.randrange(page.table.model.rowCount()))
            _close_the_dialog_it_opens()  # an appointment made a deal before opens that deal's editor
            page.table.deal_from_selected()

    def _period(self) -> None:
        page = self.window.show_page("dashboard")
        box = page.filters.period_box
        box.setCurrentIndex(self.rng.randrange(box.count()))

    def _page(self) -> None:
        self.window.show_page(self.rng.choice(PAGE_NAMES))

    def _dialog(self) -> None:
        page = self.window.show_page("dashboard")
        _close_the_dialog_it_opens()
        page._on_layout()

    def _switch(self) -> None:
        self.settle()
        now = self.context.store.path
        self.controller.open(next(p for p in self.paths if p != now))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old window really goes

    # ---- the check ----------------------------------------------------------------

    def settle(self) -> None:
        """Every queued quick-log entry stored and every signal delivered."""
        page = self.window.page_widget("activities")
        assert page.quick_log.queue.wait_idle(30), "the quick log stored everything"
        QCoreApplication.processEvents()

    def dashboard_matches_the_facts(self) -> tuple[dict, dict]:
        """(what the dashboard shows, what the facts give after the rollup is rebuilt)."""
        self.settle()
        page = self.window.show_page("dashboard")
        page.coalescer.flush()
        shown = {c.metric: c.actual for c in page.data.cards}
        store = self.context.store
        store.rebuild_rollups()
        fresh = store.dashboard(page.data.period, page.data.today, page.data.member_id, page.data.metric)
        return shown, {c.metric: c.actual for c in fresh.cards}


def _close_the_dialog_it_opens() -> None:
    """The next step's modal dialog (exec() spins the event loop) is cancelled as a user would."""
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().reject())
