"""A crash leaves a trace in the log folder, and the next start says the app closed unexpectedly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.models.store import Store
from desktop.models.tables import MemberIn

ROOT = Path(__file__).resolve().parents[1]
SEGFAULT = "from desktop import crashlog; crashlog.start(); import faulthandler; faulthandler._sigsegv()"


def _run(args: list[str], log: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KPIDESK_LOG_DIR": str(log), "KPIDESK_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen", "KPIDESK_LANG": "en", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


def test_a_segfault_leaves_a_trace_and_the_next_start_says_where(tmp_path: Path) -> None:
    log = tmp_path / "log"
    crashed = _run(["-c", SEGFAULT], log, tmp_path)
    assert crashed.returncode != 0
    trace = (log / "crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in trace and "Current thread" in trace
    db = tmp_path / "kpidesk.sqlite3"
    s = Store.open(db)
    s.add_member(MemberIn(name="山田 太郎"))
    s.close()
    shot = ["-m", "desktop", "gui", "--db", str(db), "--screenshot", str(tmp_path / "shot.png"), "--view", "dashboard"]
    after = _run(shot, log, tmp_path)
    assert after.returncode == 0, after.stderr
    assert f"closed unexpectedly last time. What it left is in {log / 'crash.log'}" in after.stderr
    again = _run(shot, log, tmp_path)
    assert again.returncode == 0 and "closed unexpectedly" not in again.stderr, "a clean exit says nothing next time"
