"""Streaming test helpers: a cancel that comes after a given number of data rows."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.importers import extract as x


@contextmanager
def cancelled_after(rows: int) -> Iterator[tuple[threading.Event, list[int]]]:
    """(cancel, rows seen): `cancel` is set once the extractors have read `rows` data rows, so the
    next chunk hand-over sees it; the extractors read as usual again when the block ends."""
    cancel, seen = threading.Event(), []
    original = x.data_rows

    def rows_then_cancel(job, out):  # noqa: ANN001, ANN202 - the extractor's own types
        for n, row in original(job, out):
            seen.append(n)
            if len(seen) == rows:
                cancel.set()
            yield n, row

    x.data_rows = rows_then_cancel
    try:
        yield cancel, seen
    finally:
        x.data_rows = original
