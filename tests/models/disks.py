"""Real file-system trouble for the fault tests: a small or read-only tmpfs in a private mount
namespace (`unshare -rm`, util-linux), and a user without permission to read a file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def on_tmpfs(db: Path, argv: list[str], *, size_kb: int | None = None, read_only: bool = False,
             copy: bool = True) -> subprocess.CompletedProcess:
    """Run `python ARGV…` on a copy of `db` placed on its own tmpfs ("{db}" in ARGV names the copy).

    `size_kb` makes the disk that small (a full disk), `read_only` remounts it read-only after the copy;
    `copy=False` leaves the disk empty ("{db}" then names a file to write there).
    """
    if shutil.which("unshare") is None:
        pytest.fail("util-linux `unshare` is needed for the disk tests")
    mount = Path(tempfile.mkdtemp(dir=db.parent, prefix="disk-"))
    placed = mount / db.name
    options = f"size={size_kb}k" if size_kb else "size=64m"
    script = (f'mount -t tmpfs -o {options} tmpfs "$1" && ' + ('cp "$2" "$3" && ' if copy else '')
              + ('mount -o remount,ro "$1" && ' if read_only else '') + 'cd "$4" && shift 4 && exec "$@"')
    args = [a.replace("{db}", str(placed)) for a in argv]
    return subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(mount), str(db), str(placed), str(ROOT),
                           sys.executable, *args], capture_output=True, text=True, timeout=180)


def without_permission(db: Path, argv: list[str]) -> subprocess.CompletedProcess:
    """Run the child ARGV as a user who may not read `db` (it turns into nobody when the tests run as root)."""
    folder = Path(tempfile.mkdtemp(prefix="kpidesk-perm-"))
    try:
        folder.chmod(0o755)
        copy = folder / db.name
        shutil.copy(db, copy)
        copy.chmod(0o600 if os.geteuid() == 0 else 0o000)
        args = [a.replace("{db}", str(copy)) for a in argv]
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        if os.geteuid() == 0:  # the child becomes nobody once its code is imported
            env["KPIDESK_TEST_UID"] = "65534"
        return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=180, env=env)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
