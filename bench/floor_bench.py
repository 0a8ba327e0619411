"""The whole `kpidesk import` process against the floor (python-calamine reading the file in a bare
process) and against pandas merely reading it, on files of different shape (issue #19).

Every case is a whole fresh process, so start-up is paid by all three. The three kinds are run
alternately, round after round (the host is shared and its load drifts), and each row reports the
median of its rounds; every import row shows its ratio to the floor (the ratio column) and to pandas
(the notes). The import goes into an empty database as the app leaves it at its first start, copied
before each round (`kpidesk import FILE --db DB`: process start to committed, rollups included; a
database the import itself creates adds ~0.17 s of Alembic migrations, all in the time the reader
parses the file) and reports its own peak RSS (VmHWM) and its reader child's. Before
any timing `desktop/` is byte-compiled once (`python -m compileall`, as an install and `make run` do):
where PYTHONDONTWRITEBYTECODE is set, each import process would otherwise compile ~110 modules again,
~0.13 s a user never pays. The files ($KPIDESK_FLOOR_CASES picks some, e.g. `daily,1m`):

- `tracker`: the columns of a typical Japanese activity log (日付, 時刻, 担当者, 会社名, 業種, 都道府県,
  電話番号, 活動種別, 結果, メモ, 金額): ~500 distinct days, 20 reps, 7 result words, free-text memo;
- `log`: import_bench's own call log (7 columns under a title block);
- `daily`: import_bench's daily-count workbook, 100k rows of 5 counts (500k counts), target ≤ 2×;
- `1m`: the tracker at 1,000,000 rows (written once into the bench cache), target ≤ 1.5× and the
  app's peak RSS ≤ 300 MB; pandas needs minutes there, so it is left out and the case runs 1 round.

`--quick` uses 500 rows (2,000 for the 1M case), 1 round, and enforces no target.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time as clock, timedelta
from pathlib import Path

from bench.harness import Case
from bench.import_bench import ROOT, cached_workbook, write_activity_log, write_daily_counts

REPS = tuple(f"{family} {given}" for family, given in zip(
    ("山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤",
     "吉田", "山本", "松本", "井上", "木村", "林", "斎藤", "清水", "山口", "森"),
    ("太郎", "花子", "一郎", "美咲", "健太", "誠", "彩", "翔", "葵", "陽介",
     "直樹", "由美", "大輔", "恵", "拓也", "真由", "亮", "裕子", "慎吾", "愛"), strict=True))
RESULTS = ("不在", "受付NG", "留守電", "接続", "資料送付", "アポ獲得", "NG")
WEIGHTS = (40, 20, 10, 14, 6, 4, 6)
INDUSTRIES = ("製造業", "IT・通信", "小売", "卸売", "建設", "不動産", "医療・福祉", "人材", "物流", "金融")
PREFECTURES = ("東京都", "大阪府", "神奈川県", "愛知県", "福岡県", "北海道", "埼玉県", "千葉県", "兵庫県", "京都府")
MEMOS = ("担当者不在、{h}時以降に再架電", "受付で断られた", "資料をメールで送付済み", "{m}月に予算確定とのこと",
         "決裁者は部長、来週アポ調整", "競合導入済み、契約更新は{m}月", "折り返し希望（{h}時頃）", "")
ROUNDS = int(os.environ.get("KPIDESK_BENCH_ROUNDS", "5"))  # alternated rounds of the three kinds
FILES = ("tracker", "log", "daily", "1m")  # what $KPIDESK_FLOOR_CASES may name (comma-separated)
RSS_MAX_MB = 300  # the app's own peak at 1M rows
TRACKER_VERSION = 1  # bump when write_tracker changes: the cached 1M tracker is written again
FLOOR = ("import sys\nfrom python_calamine import CalamineWorkbook\n"
         "with CalamineWorkbook.from_path(sys.argv[1]) as book:\n"
         "    n = sum(len(book.get_sheet_by_name(s).to_python(skip_empty_area=False)) for s in book.sheet_names)\n"
         "print(n)\n")
PANDAS = "import sys, pandas\npandas.read_excel(sys.argv[1], engine='openpyxl', sheet_name=None)\n"
# `python -m desktop import …`, then, on its last line, its own peak RSS (VmHWM: ru_maxrss would carry
# over the bench parent's RSS at fork) and that of its reaped reader child, in KiB.
IMPORT = ("import runpy\n"
          "try:\n"
          "    runpy.run_module('desktop', run_name='__main__', alter_sys=True)\n"
          "finally:\n"
          "    import resource\n"
          "    hwm = next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:'))\n"
          "    print('peak_rss_kib', hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, flush=True)\n")


@dataclass(frozen=True)
class Target:
    """What an import row must meet: its ratio to the floor and, where given, the app's own peak RSS."""

    floor_ratio: float
    rss_mb: int | None = None

    def text(self) -> str:
        rss = "" if self.rss_mb is None else f", RSS ≤ {self.rss_mb} MB"
        return f"≤ {self.floor_ratio:g}× the floor{rss}"


def write_tracker(path: Path, rows: int, seed: int = 19) -> Path:
    """One row per call, 11 columns, ~500 business days over two years; its header on row 1."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("活動履歴")
    ws.append(["日付", "時刻", "担当者", "会社名", "業種", "都道府県", "電話番号", "活動種別", "結果", "メモ", "金額"])
    companies = [(f"株式会社{INDUSTRIES[n % 10][:2]}{n:04d}", INDUSTRIES[n % 10], PREFECTURES[n * 7 % 10],
                  f"0{rng.randrange(3, 99)}-{rng.randrange(1000, 9999)}-{rng.randrange(10000):04d}")
                 for n in range(3000)]  # a call list: each company with its own industry, prefecture, phone
    days = [d for d in (date(2024, 4, 1) + timedelta(days=n) for n in range(730)) if d.weekday() < 5][:500]
    for i in range(rows):
        result = rng.choices(RESULTS, WEIGHTS)[0]
        memo = rng.choice(MEMOS).format(h=rng.randrange(10, 18), m=rng.randrange(1, 13)) or None
        company = companies[rng.randrange(len(companies))]
        ws.append([days[i * len(days) // rows], clock(9 + rng.randrange(9), rng.randrange(60)), rng.choice(REPS),
                   *company, "電話", result, memo, rng.randrange(10, 500) * 10_000 if result == "アポ獲得" else None])
    wb.save(path)
    return path


def cached_tracker(rows: int, seed: int = 19) -> Path:
    """The tracker of this size and seed from the bench cache (written once: ~2.5 min for 1M rows)."""
    return cached_workbook(f"tracker-{rows}-s{seed}-v{TRACKER_VERSION}.xlsx",
                           lambda path: write_tracker(path, rows, seed))


def _process(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], check=True, cwd=ROOT, capture_output=True, text=True)
    return time.perf_counter() - start, done.stdout


def _empty_database(workdir: Path) -> Path:
    """The empty database the app makes at its first start (migrated), made once per run."""
    empty = workdir / "empty.sqlite3"
    if not empty.exists():
        _process(["-c", f"from desktop.models.store import Store; Store.open({str(empty)!r}).close()"])
    return empty


def _rounds(path: Path, workdir: Path, rounds: int, kinds: tuple[str, ...]) -> dict[str, list[float]]:
    """The kinds one after the other, `rounds` times: seconds of each, and the import's peak RSS in MB
    ("app MB" its own, "reader MB" its reader child's)."""
    got: dict[str, list[float]] = {kind: [] for kind in (*kinds, "app MB", "reader MB")}
    empty = _empty_database(workdir)
    for n in range(rounds):
        db = workdir / f"{path.stem}-{n}.sqlite3"
        shutil.copyfile(empty, db)
        commands = {"floor": ["-c", FLOOR, str(path)], "pandas": ["-c", PANDAS, str(path)],
                    "import": ["-c", IMPORT, "import", str(path), "--db", str(db)]}
        for kind in kinds:
            seconds, out = _process(commands[kind])
            got[kind].append(seconds)
            if kind == "import":
                own, reader = (int(kib) / 1024 for kib in out.rsplit("peak_rss_kib", 1)[1].split()[:2])
                got["app MB"].append(own)
                got["reader MB"].append(reader)
        for p in workdir.glob(db.name + "*"):
            p.unlink()
    return got


def _cases_for(label: str, path: Path, workdir: Path, rounds: int, target: Target, *, enforce: bool,
               pandas: bool = True) -> list[Case]:
    got: dict[str, list[float]] = {}

    def samples(kind: str) -> Callable[[], list[float]]:
        def run() -> list[float]:
            if not got:
                got.update(_rounds(path, workdir, rounds, ("floor", "pandas", "import") if pandas else
                                   ("floor", "import")))
            return list(got[kind])
        return run

    def notes() -> dict[str, object]:
        app = max(got["app MB"])
        ratio = statistics.median(got["import"]) / statistics.median(got["pandas"]) if pandas else None
        extra: dict[str, object] = {"vs pandas": "not run" if ratio is None else f"{ratio:.2f}×", "rounds": rounds,
                                    "peak RSS MB": round(app), "reader's peak RSS MB": round(max(got["reader MB"]))}
        if enforce and target.rss_mb is not None:
            extra["ok"] = app <= target.rss_mb
        return extra

    floor = f"floor: calamine read, bare process, {label}"
    rows = [Case(floor, lambda: None, samples=samples("floor"))]
    if pandas:
        rows.append(Case(f"pandas.read_excel (openpyxl), {label}", lambda: None, samples=samples("pandas"),
                         baseline=floor))
    return [*rows, Case(f"kpidesk import --db DB (whole process), {label}", lambda: None,
                        samples=samples("import"), baseline=floor, target=target.text(),
                        ratio_max=target.floor_ratio if enforce else None, notes=notes)]


def cases(quick: bool, workdir: Path) -> list[Case]:
    chosen = _chosen()
    _compile_app()
    rows, big = (500, 2_000) if quick else (100_000, 1_000_000)
    rounds, enforce = (1, False) if quick else (ROUNDS, True)
    size = _size(rows)
    found: list[Case] = []
    if "tracker" in chosen:
        found += _cases_for(f"11-column tracker {size}", write_tracker(workdir / "tracker.xlsx", rows), workdir,
                            rounds, Target(1.5), enforce=enforce)
    if "log" in chosen:
        found += _cases_for(f"activity log {size}", write_activity_log(workdir / "activity_log.xlsx", rows),
                            workdir, rounds, Target(1.5), enforce=enforce)
    if "daily" in chosen:
        found += _cases_for(f"daily counts {size} rows ({_size(5 * rows)} counts)",
                            write_daily_counts(workdir / "daily_counts.xlsx", rows), workdir, rounds, Target(2.0),
                            enforce=enforce)
    if "1m" in chosen:
        path = write_tracker(workdir / "tracker_big.xlsx", big) if quick else cached_tracker(big)
        found += _cases_for(f"11-column tracker {_size(big)}, 1 round, no pandas (minutes at 1M rows)", path,
                            workdir, 1, Target(1.5, RSS_MAX_MB), enforce=enforce, pandas=False)
    return found


def _chosen() -> set[str]:
    """The FILES $KPIDESK_FLOOR_CASES names (comma-separated), or all of them."""
    named = {n.strip().lower() for n in os.environ.get("KPIDESK_FLOOR_CASES", "").split(",") if n.strip()}
    if unknown := named - set(FILES):
        raise ValueError(f"KPIDESK_FLOOR_CASES: unknown {sorted(unknown)}, choose from {', '.join(FILES)}")
    return named or set(FILES)


def _compile_app() -> None:
    """desktop/ as bytecode, as a user's install runs it (see the module docstring)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "desktop"], check=True, cwd=ROOT)


def _size(n: int) -> str:
    """1M, 100k, 2k or 2,500, as the row names give sizes."""
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    return f"{n // 1000}k" if n % 1000 == 0 else f"{n:,}"
