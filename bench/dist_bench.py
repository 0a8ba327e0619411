"""The desktop bundle beside `make run`: its size, and the cold start to the painted dashboard of each.

Not in `python -m bench`'s default list (it needs a built bundle): `make test-dist` runs it quick as a
smoke test after building one, and `python -m bench --only dist_bench` after `make dist` gives the
figures of the README. Each start is a fresh process on the same empty database, timed as
startup_bench times `make run`'s (spawn → the whole dashboard, charts included, has painted; the first
frame is the "cards painted" note), with the app's modules compiled to bytecode as `make run` has
them. The page cache is warm for both (a start right after another), as for a user's second start.
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.harness import Case
from bench.startup_bench import ROOT, TIMEOUT, _env

BUNDLE = ROOT / "dist" / "kpidesk"
LAUNCHER = BUNDLE / ("kpidesk.exe" if sys.platform == "win32" else "kpidesk")
TODAY = "2025-11-20"


def cases(quick: bool, workdir: Path) -> list[Case]:
    from desktop.models.store import Store

    if not LAUNCHER.is_file():
        raise SystemExit(f"no bundle at {LAUNCHER}: run `make dist` first")
    db = workdir / "empty.sqlite3"
    Store.open(db).close()
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    runs, env, seen = (2 if quick else 21), _env(workdir), {}
    python = [sys.executable, "-m", "desktop"]
    baseline = "cold start → painted dashboard, empty database: make run (python -m desktop)"
    return [
        Case(baseline, run=lambda: None, target="(baseline)",
             samples=lambda: _starts(python, db, workdir, env, runs, seen, "python"),
             notes=lambda: _cards(seen, "python")),
        Case("cold start → painted dashboard, empty database: the bundle (dist/kpidesk)", run=lambda: None,
             target="(note)", baseline=baseline,
             samples=lambda: _starts([str(LAUNCHER)], db, workdir, env, runs, seen, "bundle"),
             notes=lambda: {**_cards(seen, "bundle"), **bundle_size()}),
    ]


def bundle_size() -> dict[str, Any]:
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    return {"bundle MB": round(sum(p.stat().st_size for p in files) / 1e6), "files": len(files)}


def _starts(command: list[str], db: Path, workdir: Path, env: dict[str, str], runs: int,
            seen: dict[str, list[float]], key: str) -> list[float]:
    _start(command, db, workdir, env)  # warm-up (and the day's backup)
    stamps = [_start(command, db, workdir, env) for _ in range(runs)]
    seen[key + " cards"] = [first for first, _ in stamps]
    seen[key] = [charts for _, charts in stamps]
    return list(seen[key])


def _start(command: list[str], db: Path, workdir: Path, env: dict[str, str]) -> tuple[float, float]:
    args = [*command, "gui", "--db", str(db), "--lang", "ja", "--screenshot", str(workdir / "shot.png"),
            "--view", "dashboard", "--today", TODAY]
    spawned = time.time()
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    stamps = dict(line.split()[:2] for line in done.stdout.splitlines() if line.startswith("KPIDESK_"))
    if "KPIDESK_CHARTS_PAINTED" not in stamps:
        raise RuntimeError(f"{command[0]} printed no KPIDESK_CHARTS_PAINTED line")
    return float(stamps["KPIDESK_FIRST_PAINT"]) - spawned, float(stamps["KPIDESK_CHARTS_PAINTED"]) - spawned


def _cards(seen: dict[str, list[float]], key: str) -> dict[str, Any]:
    values = sorted(seen.get(key + " cards", []))
    return {"cards painted": statistics.median(values)} if values else {}
