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

# team mode (PostgreSQL)
SERVER_UNREACHABLE = "server_unreachable"
LOGIN_FAILED = "login_failed"
NOT_YOURS = "not_yours"  # row-level security refused a write to another member's rows
NETWORK_FOLDER = "network_folder"  # a SQLite file on a network drive: use team mode
READ_ONLY = "read_only"  # the offline copy of a team's numbers takes no writes


def server_error(location: str, exc: BaseException) -> StoreError:
    """A server that cannot be reached, or refuses the login, in one code."""
    words = str(getattr(exc, "orig", exc)).lower()
    if "password" in words or "authentication" in words or "role" in words and "does not exist" in words:
        return StoreError(LOGIN_FAILED, location)
    if "connect" in words or "timeout" in words or "could not translate" in words or "refused" in words:
        return StoreError(SERVER_UNREACHABLE, location, str(getattr(exc, "orig", exc)).splitlines()[0][:200])
    return StoreError(UNREADABLE, location, str(getattr(exc, "orig", exc)).splitlines()[0][:200])


def is_refused(exc: BaseException) -> bool:
    """PostgreSQL's row-level security refusing a row (SQLSTATE 42501), or an ORM UPDATE that matched 0 rows."""
    if type(exc).__name__ == "StaleDataError":
        return True
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501"
