"""Reading a 100k-row activity log: read_workbook (sandboxed child + XML scan) vs raw calamine.

`python -m bench --only read_bench`. The raw case is the floor: python-calamine in this process,
no checks, '' for empty cells. read_workbook adds the zip and XML checks, the child process and
the trip of every row across the pipe.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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


def cases(quick: bool, workdir: Path) -> list[Case]:
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

    def notes() -> dict[str, object]:
        return {"rows": rows, "parent_peak_rss_mb": round(peak_rss_mb())}

    return [
        Case("read: calamine raw (in process)", raw, repeat=5),
        Case("read: read_workbook (checked, child)", ours, baseline="read: calamine raw (in process)",
             target="≤ 2× raw calamine", ratio_max=2.0, repeat=5, notes=notes),
    ]
