"""The Store's tests run on both backends: a SQLite file and a real PostgreSQL database.

A test that asks for `store` (or `backend`) runs once per backend; one marked
`@pytest.mark.sqlite_only` checks something only the SQLite file has (WAL, data_version, the
backup API) and runs on SQLite alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: checks what only the SQLite backend has")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("backend", ("sqlite",) if only else BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where a new, empty database of this backend is: a file path or a server URL."""
    if backend == "sqlite":
        return str(tmp_path / "kpidesk.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(location: str):
    from desktop.models.store import Store

    s = Store.open(location)
    yield s
    s.close()
