"""A watched folder (the article's KPI自動計測設定): each new or changed tracker in it is imported
with the automatic or remembered mapping, once; a file is read again only when it changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.importers.files import ImportRefused
from desktop.importers.session import FileReport, import_path

SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt"})
Outcome = tuple[Path, FileReport | ImportRefused]


def _key(folder: Path) -> str:
    return f"import_watch:{folder.resolve()}"


def candidates(folder: Path) -> list[Path]:
    """Tracker files in the folder: no Excel lock files (~$), no hidden ones."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not p.name.startswith(("~$", ".")))


def scan(store: Any, folder: Path, *, member: str | None = None,
         on_file: Callable[[Outcome], None] = lambda o: None) -> list[Outcome]:
    """Import every file that is new or changed since the last scan (size and modification time);
    a file that failed is tried again only once it changes. Returns what happened to each."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ImportRefused("not_found", folder, "not a folder")
    seen: dict[str, list[int]] = dict(store.setting(_key(folder)) or {})
    done: list[Outcome] = []
    for path in candidates(folder):
        stat = path.stat()
        stamp = [stat.st_size, stat.st_mtime_ns]
        if seen.get(path.name) == stamp:
            continue
        try:
            outcome: Outcome = (path, import_path(store, path, member=member))
        except ImportRefused as exc:
            outcome = (path, exc)
        seen[path.name] = stamp
        store.set_setting(_key(folder), seen)  # after each file: an interrupted scan resumes where it was
        done.append(outcome)
        on_file(outcome)
    return done
