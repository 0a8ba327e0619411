"""Reading a 100k-row activity log: read_workbook (sandboxed child + XML scan) vs raw calamine.

`python -m bench --only read_bench`. The raw case is the floor: python-calamine in this process,
no checks, '' for empty cells. read_workbook adds the zip and XML checks, the child process and
the trip of every row across the pipe.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import resource
import statistics
from collections.abc import Callable

from bench.harness import Case, peak_rss_mb

REPS = ["山田 太郎", "髙橋 花子", "佐藤 次郎", "鈴木 一郎", "田中 美咲"]
RESULTS = ["不在", "接続", "アポ", "担当者不在", "受付拒否"]


def make_log(path: Path, rows: int) -> Path:
    """An activity log as a team keeps it: title, blank row, header, then one row per call."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("架電ログ")
    ws.append(["2025年度 架電ログ"])
    ws.append([])
    ws.append(["日付", "時刻", "担当者", "会社名", "活動", "結果", "メモ", "金額"])
    start = dt.date(2025, 4, 1)
    for n in range(rows):
        ws.append([start + dt.timedelta(days=n % 240), dt.time(9 + n % 9, n % 60), REPS[n % 5],
                   f"株式会社サンプル{n % 3000}", "架電", RESULTS[n % 5],
                   "折り返し希望" if n % 7 == 0 else None, (n % 50) * 10_000])
    wb.save(path)
    return path


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the reader runs in one)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _counting(run: Callable[[], None], spent: list[float]) -> Callable[[], None]:
    def timed() -> None:
        start = _cpu()
        run()
        spent.append(_cpu() - start)
    return timed


def cases(quick: bool, workdir: Path) -> list[Case]:
    """Raw calamine and read_workbook on the same generated log, CPU seconds in the notes."""
    from python_calamine import CalamineWorkbook

    from desktop.importers.files import read_workbook

    rows = 10_000 if quick else 100_000
    path = make_log(workdir / "log.xlsx", rows)

    def raw() -> None:
        with CalamineWorkbook.from_path(str(path)) as book:
            data = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
        assert len(data) == rows + 3

    def ours() -> None:
        data = read_workbook(path).sheets[0].rows
        assert len(data) == rows + 3 and data[3][2] == REPS[0]

    raw_cpu: list[float] = []
    our_cpu: list[float] = []

    def notes() -> dict[str, object]:
        raw_s, our_s = statistics.median(raw_cpu), statistics.median(our_cpu)
        return {"rows": rows, "cpu": our_s, "raw cpu": raw_s,
                "cpu ratio": f"{our_s / raw_s:.2f}×", "parent peak RSS MB": round(peak_rss_mb())}

    return [
        Case("read: calamine raw (in process)", _counting(raw, raw_cpu), repeat=5),
        Case("read: read_workbook (checked, child)", _counting(ours, our_cpu),
             baseline="read: calamine raw (in process)", target="≤ 2× raw calamine (100k rows)",
             ratio_max=None if quick else 2.0,
             repeat=5, notes=notes),
    ]
