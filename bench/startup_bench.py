"""Cold start to the first painted dashboard, a million activities against an empty database; app memory.

Each run is a whole command in a fresh process, as a user starts it:
`python -m desktop gui --db X --screenshot out.png --view dashboard --lang ja --today END_DAY`
(offscreen Qt) with KPIDESK_BENCH_FIRST_PAINT=1, which makes desktop/app.py print the wall-clock time
the page on screen first painted (cards and numbers, the chart panels still empty) and when the
charts, built right after that frame, first painted. Start-up = when the whole dashboard, charts
included, has painted − the moment before the process was spawned: that is what is judged; the
first frame (cards) is a note. `--today` is the generated data's last day, so the dashboard's month
is a month full of the million activities, not an empty one.

The app's own modules are compiled to bytecode first (`compileall`, as `make run` and an installed
app have them): this environment sets PYTHONDONTWRITEBYTECODE, and without the .pyc files every start
compiled ~70 modules from source again (~0.1 s, and more on a loaded host). The full run times 21
starts of each database, so that p95 is the second-slowest start, not the slowest of a few.
"""

from __future__ import annotations

import compileall
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.data import END_DAY, make_database
from bench.harness import Case

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120
MAX_EXTRA = 0.5  # seconds more than the empty database


def cases(quick: bool, workdir: Path) -> list[Case]:
    from desktop.models.store import Store

    size = 50_000 if quick else 1_000_000
    label = f"{size // 1000}k" if size < 1_000_000 else f"{size // 1_000_000}M"
    empty, full = workdir / "empty.sqlite3", make_database(workdir / "full.sqlite3", activities=size)
    Store.open(empty).close()
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    runs = 2 if quick else 21
    seen: dict[str, list[float]] = {}
    env = _env(workdir)
    empty_name = "cold start → first painted dashboard, empty database"
    return [
        Case(empty_name, run=lambda: None, target="(baseline)",
             samples=lambda: _starts(empty, workdir, env, runs, seen, "empty"),
             notes=lambda: _charts_notes(seen, "empty")),
        Case(f"cold start → first painted dashboard, {label} activities", run=lambda: None,
             target="≤ 1.5 s; ≤ +0.5 s vs empty", seconds_max=None if quick else 1.5, baseline=empty_name,
             samples=lambda: _starts(full, workdir, env, runs, seen, "full"),
             notes=lambda: {**_charts_notes(seen, "full"), **_extra_notes(seen, full, workdir, env, quick)}),
        Case(f"app after visiting every page, {label} activities", run=lambda: None, target="RSS ≤ 300 MB",
             samples=lambda: _visit(full, env, seen, 1 if quick else 3),
             notes=lambda: _rss_notes(seen, quick)),
        Case("headless: kpidesk plan … (whole process)", run=lambda: _headless(PLAN, env), target="(note)",
             repeat=5, notes=lambda: _heavy_imports(PLAN, env)),
        Case(f"headless: kpidesk summary --by month, {label} (whole process)", target="(note)", repeat=5,
             run=lambda: _headless(["summary", "--db", str(full), "--json"], env),
             notes=lambda: _heavy_imports(["summary", "--db", str(full), "--json"], env)),
    ]


PLAN = ["plan", "--revenue", "1億", "--deal-size", "120万", "--win-rate", "13%", "--opportunity-rate", "27%",
        "--appointment-rate", "9%", "--connect-rate", "15%", "--fiscal-year", "2025", "--members", "20"]
HEAVY = ("PySide6", "pyqtgraph", "openpyxl", "python_calamine", "alembic", "sqlmodel")


def _headless(args: list[str], env: dict[str, str], *flags: str) -> str:
    done = subprocess.run([sys.executable, *flags, "-m", "desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stderr


def _heavy_imports(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Which of the expensive packages the command imported (python -X importtime)."""
    log = _headless(args, env, "-X", "importtime")
    loaded = [name for name in HEAVY if re.search(rf"\|\s+{name}$", log, re.M)]
    return {"imports": " ".join(loaded) or "none of " + "/".join(HEAVY[:3])}


def _env(workdir: Path) -> dict[str, str]:
    home = workdir / "home"
    home.mkdir(exist_ok=True)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KPIDESK_BENCH_FIRST_PAINT": "1",
            "KPIDESK_DATA_DIR": str(workdir / "data"), "KPIDESK_LOG_DIR": str(workdir / "log"),
            "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "PYTHONDONTWRITEBYTECODE": "1"}


def _starts(db: Path, workdir: Path, env: dict[str, str], runs: int, seen: dict[str, list[float]],
            key: str) -> list[float]:
    """One warm-up start (it also takes the day's backup), then `runs` timed starts: when the whole
    dashboard had painted, charts included; the first frame's times go to seen[key + " cards"]."""
    _start(db, workdir, env)
    stamps = [_start(db, workdir, env) for _ in range(runs)]
    if any(charts is None for _, charts in stamps):
        raise RuntimeError("the app printed no KPIDESK_CHARTS_PAINTED line: the dashboard's charts never painted")
    seen[key + " cards"] = [first for first, _ in stamps]
    seen[key] = [charts for _, charts in stamps]
    return list(seen[key])


def _start(db: Path, workdir: Path, env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from spawn to the first paint, and to the charts' first paint (None if not printed)."""
    shot = workdir / "shot.png"
    args = [sys.executable, "-m", "desktop", "gui", "--db", str(db), "--lang", "ja",
            "--screenshot", str(shot), "--view", "dashboard", "--today", END_DAY.isoformat()]
    spawned = time.time()
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"gui exited {done.returncode}: {done.stderr.strip()[-500:]}")
    stamps = dict(line.split()[:2] for line in done.stdout.splitlines() if line.startswith("KPIDESK_"))
    if "KPIDESK_FIRST_PAINT" not in stamps:
        raise RuntimeError("the app printed no KPIDESK_FIRST_PAINT line (is the hook in desktop/app.py?)")
    charts = stamps.get("KPIDESK_CHARTS_PAINTED")
    return float(stamps["KPIDESK_FIRST_PAINT"]) - spawned, charts and float(charts) - spawned


def _charts_notes(seen: dict[str, list[float]], key: str) -> dict[str, Any]:
    """When the first frame (cards and numbers, chart panels empty) painted: median and p95."""
    values = sorted(seen.get(key + " cards", []))
    if not values:
        return {}
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    return {"cards painted": statistics.median(values), "cards p95": p95}


def _extra_notes(seen: dict[str, list[float]], db: Path, workdir: Path, env: dict[str, str],
                 quick: bool) -> dict[str, Any]:
    extra = statistics.median(seen["full"]) - statistics.median(seen["empty"])
    notes: dict[str, Any] = {"more than empty": extra}
    if not quick:
        notes["ok"] = extra <= MAX_EXTRA
    return notes


def _visit(db: Path, env: dict[str, str], seen: dict[str, Any], runs: int) -> list[float]:
    """Seconds to show and paint every page, in fresh processes; keeps each run's memory figures."""
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-m", "bench.visit_all", str(db), END_DAY.isoformat()], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=TIMEOUT)
        if done.returncode != 0:
            raise RuntimeError(f"visit_all exited {done.returncode}: {done.stderr.strip()[-500:]}")
        report = json.loads(done.stdout.strip().splitlines()[-1])
        seen.setdefault("rss", []).append(report)
        times.append(report["seconds"])
    return times


def _rss_notes(seen: dict[str, Any], quick: bool) -> dict[str, Any]:
    peak = max(r["peak_rss_mb"] for r in seen["rss"])
    notes: dict[str, Any] = {"pages": seen["rss"][0]["pages"], "peak RSS MB": round(peak),
                             "RSS at the end MB": round(max(r["rss_mb"] for r in seen["rss"]))}
    if not quick:
        notes["ok"] = peak <= 300
    return notes
