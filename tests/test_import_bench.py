"""Smoke test of bench/import_bench.py: its generated trackers import completely (timings are not tested)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench import import_bench
from desktop.models.store import Store


def test_generated_trackers_import_completely(tmp_path: Path) -> None:
    log = import_bench.write_activity_log(tmp_path / "log.xlsx", 600)
    daily = import_bench.write_daily_counts(tmp_path / "daily.xlsx", 300)
    import_bench.run_import(str(log), str(tmp_path / "a.sqlite3"))
    import_bench.run_import(str(daily), str(tmp_path / "b.sqlite3"))
    import_bench.run_import(str(log), str(tmp_path / "c.sqlite3"), preview=True)
    store = Store.open(tmp_path / "a.sqlite3")
    try:
        assert sum(store.totals(date(2024, 1, 1), date(2026, 12, 31)).values()) > 600
        assert store.import_batches()[0].rows_added == 600
    finally:
        store.close()
    store = Store.open(tmp_path / "b.sqlite3")
    try:
        assert store.import_batches()[0].rows_added == 300 * 5  # five count columns; 受注金額 is left empty
    finally:
        store.close()
    store = Store.open(tmp_path / "c.sqlite3")
    try:
        assert store.import_batches() == []  # the preview row stores nothing
    finally:
        store.close()
