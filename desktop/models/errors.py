"""Errors the Store raises: a code the views and the CLI turn into words, and the path."""

from __future__ import annotations


class StoreError(Exception):
    """A database that cannot be used as it is; nothing was changed."""

    def __init__(self, code: str, path: str = "", detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = path
        self.detail = detail


NOT_A_DATABASE = "not_a_database"
NOT_KPIDESK = "not_kpidesk"
DAMAGED = "damaged"
NEWER_SCHEMA = "newer_schema"
MIGRATION_FAILED = "migration_failed"
UNREADABLE = "unreadable"
