"""The whole import (read, normalise, validate, store, rollups) against pandas merely reading the file.

Both run in a child process, so start-up is paid by both sides; the import's child reports its
own peak memory and that of the reader process it waits for (RUSAGE_SELF / RUSAGE_CHILDREN).
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

from bench.harness import Case

REPS = ("山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太", "伊藤 誠", "渡辺 彩", "中村 翔",
        "小林 葵", "加藤 陽介")
RESULTS = ("不在", "不在", "不在", "受付NG", "受付NG", "接続", "NG", "アポ", "資料送付")
RSS_MAX_MB = 400
ROOT = Path(__file__).resolve().parents[1]


def write_activity_log(path: Path, rows: int, seed: int = 3) -> Path:
    """A call log under a title block: 日付, 時刻, 担当者, 会社名, 種別, 結果, メモ."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("架電ログ")
    ws.append(["2025年度 架電ログ"])
    ws.append([])
    ws.append(["日付", "時刻", "担当者", "会社名", "種別", "結果", "メモ"])
    start = date(2024, 4, 1)
    for i in range(rows):
        ws.append([start + timedelta(days=i * 700 // rows), time(9 + rng.randrange(9), rng.randrange(60)),
                   rng.choice(REPS), f"株式会社サンプル{rng.randrange(3000)}", "電話", rng.choice(RESULTS),
                   "資料送付希望" if rng.random() < 0.1 else None])
    wb.save(path)
    return path


def write_daily_counts(path: Path, rows: int, seed: int = 5) -> Path:
    """One row per rep per day: 日付, 担当者, 架電数, 通電数, アポ数, 商談数, 受注数, 受注金額."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("日次")
    ws.append(["行動量管理表"])
    ws.append(["日付", "担当者", "架電数", "通電数", "アポ数", "商談数", "受注数", "受注金額"])
    reps = [f"担当者{n:03d}" for n in range(100)]
    start = date(2000, 1, 1)
    for i in range(rows):
        calls = rng.randint(20, 60)
        ws.append([start + timedelta(days=i // len(reps)), reps[i % len(reps)], calls, calls // 6,
                   rng.randint(0, 3), rng.randint(0, 1), 0, None])
    wb.save(path)
    return path


def run_import(path: str, db: str) -> None:
    """The child: the whole import of one file into a fresh database (what `kpidesk import` does)."""
    from desktop.importers.session import import_path
    from desktop.models.store import Store

    store = Store.open(db)
    try:
        report = import_path(store, Path(path))
        assert report.added > 0, report.summary()
    finally:
        store.close()
    # VmHWM belongs to this process's own address space; ru_maxrss would carry over the parent's
    # RSS at fork time (Linux keeps it across exec), so a big bench parent would inflate it.
    own = _vm_hwm_kib()
    reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak_rss_kib {max(own, reader)}")


def _vm_hwm_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_pandas(path: str) -> None:
    import pandas

    pandas.read_excel(path, engine="openpyxl", sheet_name=None)


def _child(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True,
                          text=True).stdout


def _cases_for(label: str, path: Path, db: Path) -> list[Case]:
    peak: dict[str, float] = {}

    def fresh() -> None:
        for p in db.parent.glob(db.name + "*"):
            p.unlink()

    def importer() -> None:
        out = _child(f"from bench.import_bench import run_import; run_import({str(path)!r}, {str(db)!r})")
        kib = int(out.rsplit("peak_rss_kib", 1)[1].split()[0])
        peak["mb"] = max(peak.get("mb", 0.0), kib / 1024)

    return [
        Case(f"pandas.read_excel {label}", lambda: _child(
            f"from bench.import_bench import run_pandas; run_pandas({str(path)!r})"), repeat=3),
        Case(f"import {label}", importer, setup=fresh, baseline=f"pandas.read_excel {label}",
             target=f"≤ 0.25× pandas, RSS ≤ {RSS_MAX_MB} MB", ratio_max=0.25, repeat=3,
             notes=lambda: {"peak RSS MB": round(peak.get("mb", 0.0))}),
    ]


def cases(quick: bool, workdir: Path) -> list[Case]:
    rows = 10_000 if quick else 100_000
    log = write_activity_log(workdir / "activity_log.xlsx", rows)
    daily = write_daily_counts(workdir / "daily_counts.xlsx", rows)
    label = f"{rows // 1000}k"
    return (_cases_for(f"activity log {label}", log, workdir / "log.sqlite3")
            + _cases_for(f"daily counts {label}", daily, workdir / "daily.sqlite3"))
