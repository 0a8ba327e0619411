"""UI state only (window geometry, last folder, language, chosen rep, watched folders) in QSettings."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class UiSettings:
    """Typed access to QSettings; tests pass a QSettings on an INI file."""

    def __init__(self, settings: QSettings) -> None:
        self._s = settings

    def value(self, key: str, default: Any = None, kind: type | None = None) -> Any:
        if kind is None:
            return self._s.value(key, default)
        return self._s.value(key, default, type=kind)

    def set(self, key: str, value: Any) -> None:
        self._s.setValue(key, value)
        self._s.sync()

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.set("window/geometry", geometry)
        self.set("window/state", state)

    def language(self) -> str:
        return str(self._s.value("ui/language", "auto"))

    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> None:
        files = [path] + [f for f in self.recent_files() if f != path]
        self.set("files/recent", files[:MAX_RECENT])

    def last_folder(self) -> str:
        return str(self._s.value("files/last_folder", ""))

    def set_last_folder(self, folder: str) -> None:
        self.set("files/last_folder", folder)

    def watch_folders(self) -> tuple[bool, list[str]]:
        """The watched import folders of this computer (設定), and whether watching is on."""
        try:
            folders = json.loads(str(self._s.value("import/watch_folders", "[]")))
        except ValueError:
            folders = []
        on = str(self._s.value("import/watch_on", "false")).lower() == "true"
        return on, [str(f) for f in folders if isinstance(f, str)]

    def set_watch_folders(self, on: bool, folders: list[str]) -> None:
        self.set("import/watch_on", "true" if on else "false")
        self.set("import/watch_folders", json.dumps(folders, ensure_ascii=False))
