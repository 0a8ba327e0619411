"""bench/floor_bench.py's 11-column tracker is what it claims to be: every row imports, every column is
recognised and every result word is known (timings are not tested)."""

from __future__ import annotations

from pathlib import Path

from bench import floor_bench
from desktop.importers.session import import_path
from desktop.models.store import Store


def test_generated_eleven_column_tracker_imports_every_row_with_known_words(tmp_path: Path) -> None:
    path = floor_bench.write_tracker(tmp_path / "tracker.xlsx", 700)
    store = Store.open(tmp_path / "t.sqlite3")
    try:
        report = import_path(store, path)
        summary = report.summary()
        assert (report.added, report.skipped) == (700, 0)
        assert summary["unknown_words"] == {}
        fields = {e["field"] for e in summary["sheets"][0]["evidence"].values()}
        assert {"day", "time", "member", "company", "phone", "kind", "result", "note"} <= fields
        assert len(store.members()) == len(floor_bench.REPS)
    finally:
        store.close()
