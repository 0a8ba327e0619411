"""Quick-log entries that could not be stored before quitting, kept in a file beside the database.

Written atomically (a temporary file, fsync, rename), read back on the next start and put into the
quick log's queue again. Every entry carries its own dedupe key (``quicklog:<uuid>``), so an entry
that was stored but not yet taken out of the file (the app killed in between) is recognised and
stored exactly once.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

SUFFIX = ".quicklog-pending.json"


def path_for(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def save(database: Path, entries: list[dict[str, Any]]) -> None:
    """Replace the kept entries with `entries` (none: the file goes). OSError when it cannot be written."""
    path = path_for(database)
    if not entries:
        path.unlink(missing_ok=True)
        return
    partial = path.with_name(f".{path.name}.partial")
    with partial.open("w", encoding="utf-8") as fh:
        json.dump({"version": 1, "entries": entries}, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, path)


def load(database: Path) -> list[dict[str, Any]]:
    """The kept entries (rows to add, or the keys an undo removes), oldest first; [] when there are
    none or the file is unreadable."""
    try:
        data = json.loads(path_for(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = data.get("entries") if isinstance(data, dict) else None
    wanted = [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
    return [e for e in wanted if e.get("rows") or (isinstance(e.get("remove"), list) and e["remove"])]
