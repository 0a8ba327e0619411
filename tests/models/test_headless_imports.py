"""Headless commands stay light: no Qt, pyqtgraph or openpyxl ever, SQLModel only with a database,
Alembic only when a migration is due (it costs ~230 ms to import)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from desktop.models import migrate
from desktop.models.store import Store

ROOT = Path(__file__).resolve().parents[2]
PLAN = ["plan", "--revenue", "1億", "--deal-size", "120万", "--win-rate", "13%", "--fiscal-year", "2025"]


def imported(*args: str) -> set[str]:
    """Top-level packages a fresh `python -m desktop …` imported (python -X importtime)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-1000:]
    return {m.split(".")[0] for m in re.findall(r"\|\s*([\w.]+)$", done.stderr, re.M)}


def test_plan_and_help_import_neither_qt_nor_the_database_layer() -> None:
    for args in (PLAN, ["summary", "--help"], ["--help"]):
        heavy = imported(*args) & {"PySide6", "pyqtgraph", "openpyxl", "python_calamine", "sqlmodel", "alembic"}
        assert heavy == set(), (args, heavy)


def test_summary_on_a_current_database_skips_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite3"
    Store.open(path).close()  # created and migrated to the head here
    loaded = imported("summary", "--db", str(path), "--json")
    assert "sqlmodel" in loaded  # the database layer is there…
    assert not loaded & {"alembic", "PySide6", "pyqtgraph", "openpyxl"}  # …and nothing else heavy


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    assert migrate._script_head() == migrate.head_revision()
