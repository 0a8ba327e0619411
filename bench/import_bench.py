"""The whole import (read, normalise, validate, store, rollups) against pandas merely reading the file.

Both run in a child process, so start-up is paid by both sides. The import goes into a database
that exists (a copy of an empty one, made before the clock starts), as a team imports into its
own; it reports its own peak memory (the app's side) and the sandboxed reader's.

The 1,000,000-row workbook is built once and kept in the bench cache (bench/data.py's folder);
pandas needs minutes on it, so that pair runs once each, without a warm-up.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
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
    partial = path.with_name(path.name + ".partial")
    wb.save(partial)
    partial.replace(path)
    return path


def cached_activity_log(rows: int) -> Path:
    """The activity log workbook of this size from the bench cache (written once: ~70 s for 1M)."""
    return cached_workbook(f"activity-log-{rows}.xlsx", lambda path: write_activity_log(path, rows))


def cached_workbook(name: str, write: Callable[[Path], object]) -> Path:
    """`name` from the bench cache (bench/data.py's folder, or $KPIDESK_BENCH_CACHE), written once by
    `write` to a partial file that is renamed when complete (an interrupted run leaves nothing to reuse).
    The name must carry everything the contents depend on (rows, seed, generator version)."""
    from bench.data import CACHE  # not at the top: bench.data loads SQLAlchemy, the import's child must not

    folder = Path(os.environ.get("KPIDESK_BENCH_CACHE") or CACHE)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.exists():
        partial = folder / (name + ".partial")
        write(partial)
        partial.replace(path)
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


def run_import(path: str, db: str, preview: bool = False) -> None:
    """The child: the whole import of one file into the database, as `kpidesk import` does it (the
    database is opened once the reader has started, so SQLAlchemy loads while the file is parsed);
    or (`preview`) the 取り込み page's preview of it, which stores nothing."""
    from desktop.importers.session import import_path, preview_file

    opened = []

    def store():  # noqa: ANN202 - Store, imported here
        from desktop.models.store import Store

        opened.append(Store.open(db))
        return opened[0]

    try:
        if preview:
            assert preview_file(store, Path(path)).facts > 0
        else:
            report = import_path(store, Path(path))
            assert report.added > 0, report.summary()
    finally:
        for s in opened:
            s.close()
    # VmHWM belongs to this process's own address space; ru_maxrss would carry over the parent's
    # RSS at fork time (Linux keeps it across exec), so a big bench parent would inflate it.
    reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak_rss_kib {_vm_hwm_kib()} {reader}")


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


def _cases_for(label: str, path: Path, workdir: Path, *, repeat: int = 3, warmup: int = 1) -> list[Case]:
    peak: dict[str, float] = {}
    empty, db = workdir / "empty.sqlite3", workdir / f"{path.stem}.sqlite3"
    if not empty.exists():
        _child(f"from desktop.models.store import Store; Store.open({str(empty)!r}).close()")

    def fresh() -> None:
        for p in db.parent.glob(db.name + "*"):
            p.unlink()
        shutil.copyfile(empty, db)

    def importer(preview: bool = False) -> None:
        out = _child(f"from bench.import_bench import run_import; run_import({str(path)!r}, {str(db)!r}, {preview})")
        own, reader = (int(n) for n in out.rsplit("peak_rss_kib", 1)[1].split()[:2])
        side = "preview" if preview else "app"
        peak[side] = max(peak.get(side, 0.0), own / 1024)
        peak["reader"] = max(peak.get("reader", 0.0), reader / 1024)

    def notes() -> dict[str, object]:
        return {"peak RSS MB": round(peak.get("app", 0.0)), "reader's peak RSS MB": round(peak.get("reader", 0.0)),
                "ok": peak.get("app", 0.0) <= RSS_MAX_MB}

    def preview_notes() -> dict[str, object]:
        return {"peak RSS MB": round(peak.get("preview", 0.0)), "ok": peak.get("preview", 0.0) <= RSS_MAX_MB}

    return [
        Case(f"pandas.read_excel {label}", lambda: _child(
            f"from bench.import_bench import run_pandas; run_pandas({str(path)!r})"), repeat=repeat, warmup=warmup),
        Case(f"import {label}", importer, setup=fresh, baseline=f"pandas.read_excel {label}",
             target=f"≤ 0.25× pandas, RSS ≤ {RSS_MAX_MB} MB", ratio_max=0.25, repeat=repeat, warmup=warmup,
             notes=notes),
        Case(f"取り込み page preview {label} (stores nothing)", lambda: importer(preview=True), setup=fresh,
             baseline=f"pandas.read_excel {label}", target=f"(note) RSS ≤ {RSS_MAX_MB} MB", repeat=repeat,
             warmup=warmup, notes=preview_notes),
    ]


def cases(quick: bool, workdir: Path) -> list[Case]:
    rows, big = (10_000, 30_000) if quick else (100_000, 1_000_000)
    log = write_activity_log(workdir / "activity_log.xlsx", rows)
    daily = write_daily_counts(workdir / "daily_counts.xlsx", rows)
    large = write_activity_log(workdir / "large_log.xlsx", big) if quick else cached_activity_log(big)
    label, big_label = f"{rows // 1000}k", f"{big // 1000}k" if big < 1_000_000 else f"{big // 1_000_000}M"
    return (_cases_for(f"activity log {label}", log, workdir)
            + _cases_for(f"daily counts {label}", daily, workdir)
            + _cases_for(f"activity log {big_label} (streamed)", large, workdir, repeat=1, warmup=0))
