"""A second import while another process holds the database says it is busy, never "failed (…SQL…)"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.models import db
from desktop.models.store import Store
from desktop.views.imports.page import ImportPage
from tests.conftest import make_context
from tests.importers import trackers as t
from tests.models.test_upgrade_races import child


def test_an_import_while_another_process_writes_says_busy_and_can_be_done_after(
        qapp, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    store = Store.open(tmp_path / "team.sqlite3")
    context = make_context(store, tmp_path)
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.open_files([t.daily_counts(tmp_path / "daily.xlsx")])
    other = child("hold", str(store.path))  # as another KPI Desk's import holds the write lock
    assert other.stdout.readline().strip() == "locked"
    try:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.importing, timeout=30_000)
    finally:
        other.stdin.write("rollback\n")
        other.stdin.flush()
        other.wait(timeout=30)
    text = page.message.text()
    assert "another KPI Desk or import is writing" in text and "Nothing from this file was stored" in text
    assert "SELECT" not in text and "INSERT" not in text
    assert store.totals(date(2025, 4, 1), date(2025, 4, 30)).get("calls", 0) == 0
    page.open_files([tmp_path / "daily.xlsx"])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history.table.rowCount() == 1, timeout=30_000)
    assert store.totals(date(2025, 4, 1), date(2025, 4, 30))["calls"] == 85
    context.signals.close()
    store.close()
