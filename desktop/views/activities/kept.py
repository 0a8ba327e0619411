"""Quick-log entries that could not be stored before quitting, kept in a file beside the database.

Written atomically (a temporary file, fsync, rename), read back on the next start and put into the
quick log's queue again. Every entry carries its own dedupe key (``quicklog:<uuid>``), so an entry
that was stored but not yet taken out of the file (the app killed in between) is recognised and
stored exactly once. When the database's folder cannot be written (read-only, full, no permission)
the file goes into the user data folder instead (``quicklog-pending/``, named after the database),
where the next start looks too. A file beside the database that cannot be removed once its entries
are stored (the folder turned read-only since) is marked as applied in the user data folder
(``…applied.json``, by the hash of its content), so a later start does not apply it again: a row
the user deleted since would otherwise come back.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from desktop.commands.common import data_dir

SUFFIX = ".quicklog-pending.json"
FALLBACK = "quicklog-pending"


def path_for(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def fallback_path(database: Path) -> Path:
    """The file in the user data folder for this database: its name and a hash of its full path."""
    digest = hashlib.sha256(os.path.abspath(database).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return data_dir() / FALLBACK / f"{database.name}-{digest}{SUFFIX}"


def applied_path(database: Path) -> Path:
    """Where the hashes of kept files already applied but not removable are listed."""
    fallback = fallback_path(database)
    return fallback.with_name(fallback.name.removesuffix(SUFFIX) + ".applied.json")


def save(database: Path, entries: list[dict[str, Any]]) -> Path | None:
    """Replace the kept entries with `entries` (none: the files go); where they were written.

    Beside the database when its folder can be written, else in the user data folder; OSError when
    neither can be written."""
    if not entries:
        beside = path_for(database)
        try:
            _remove(beside)
        except OSError:
            _mark_applied(database, beside)  # OSError when the user data folder cannot be written either
        _remove(fallback_path(database))
        return None
    try:
        _write(path_for(database), entries)
    except OSError:
        target = fallback_path(database)
        target.parent.mkdir(parents=True, exist_ok=True)
        _write(target, entries)
        return target
    _remove(fallback_path(database))  # its entries were restored, so they are in `entries` too
    return path_for(database)


def _write(path: Path, entries: list[dict[str, Any]]) -> None:
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as fh:
            json.dump({"version": 1, "entries": entries}, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError:
        try:
            partial.unlink(missing_ok=True)  # a full disk leaves half a file
        except OSError:
            pass
        raise


def _remove(*paths: Path) -> None:
    failed: OSError | None = None
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            failed = exc
    if failed is not None:
        raise failed


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _applied(database: Path) -> set[str]:
    try:
        data = json.loads(applied_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {h for h in data.get("applied", []) if isinstance(h, str)} if isinstance(data, dict) else set()


def _mark_applied(database: Path, path: Path) -> None:
    marker = applied_path(database)
    marker.parent.mkdir(parents=True, exist_ok=True)
    partial = marker.with_name(f".{marker.name}.partial")
    partial.write_text(json.dumps({"applied": sorted(_applied(database) | {_digest(path)})}), encoding="utf-8")
    os.replace(partial, marker)


def found_in(database: Path) -> list[Path]:
    """The kept files there are for this database (beside it, then in the user data folder), but not
    one already applied that could not be removed."""
    try:
        places = [path_for(database), fallback_path(database)]
        done = _applied(database)
    except OSError:  # no user data folder
        places, done = [path_for(database)], set()
    found = []
    for p in places:
        try:
            if p.is_file() and not (done and _digest(p) in done):
                found.append(p)
        except OSError:
            continue
    return found


def load(database: Path) -> list[dict[str, Any]]:
    """The kept entries (rows to add, or the keys an undo removes), oldest first, from every place
    `found_in` finds; [] when there are none or the files are unreadable."""
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in found_in(database):
        for entry in _read(path):
            same = json.dumps(entry, sort_keys=True, ensure_ascii=False)
            if same not in seen:  # written to the fallback while the old file beside could not go
                seen.add(same)
                entries.append(entry)
    return entries


def _read(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = data.get("entries") if isinstance(data, dict) else None
    wanted = [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
    return [e for e in wanted if e.get("rows") or (isinstance(e.get("remove"), list) and e["remove"])]
