"""The benchmark harness: warm-up, several timed runs, medians with min–max, side-by-side ratios.

A benchmark module `bench/<name>_bench.py` defines `cases(quick: bool, workdir: Path) -> list[Case]`.
A case that names a `baseline` is reported as a ratio to that case's median from the same run.
"""

from __future__ import annotations

import gc
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Case:
    name: str
    run: Callable[[], Any]  # one measured run
    setup: Callable[[], Any] | None = None  # before every run, not timed
    baseline: str | None = None  # another case's name: report run/baseline
    target: str = ""  # the target as people read it: "≤ 0.25× pandas", "p95 ≤ 50 ms"
    ratio_max: float | None = None  # pass when median / baseline median ≤ this
    seconds_max: float | None = None  # pass when the median (or `samples` p95) ≤ this
    repeat: int = 5
    warmup: int = 1
    samples: Callable[[], list[float]] | None = None  # a case that measures many latencies itself
    notes: Callable[[], dict[str, Any]] | None = None  # extra figures (peak RSS …) after the runs;
    # a notes key "ok" (bool) is a further target (memory, a difference): it is and-ed into `met`


@dataclass
class Result:
    name: str
    median: float
    low: float
    high: float
    target: str = ""
    ratio: float | None = None
    ok: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(case: Case, quick: bool) -> Result:
    if case.samples is not None:
        values = case.samples()
        values.sort()
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        result = Result(case.name, statistics.median(values), values[0], values[-1], case.target,
                        extra={"p95": p95, "n": len(values)})
        result.ok = None if case.seconds_max is None else p95 <= case.seconds_max
    else:
        times = [_once(case, timed=False) for _ in range(0 if quick else case.warmup)]
        times = [_once(case) for _ in range(max(1, 2 if quick else case.repeat))]
        result = Result(case.name, statistics.median(times), min(times), max(times), case.target)
        if case.seconds_max is not None:
            result.ok = result.median <= case.seconds_max
    if case.notes is not None:
        result.extra.update(case.notes())
        if "ok" in result.extra:
            extra_ok = bool(result.extra.pop("ok"))
            result.ok = extra_ok if result.ok is None else result.ok and extra_ok
    return result


def _once(case: Case, timed: bool = True) -> float:
    if case.setup is not None:
        case.setup()
    gc.collect()
    start = time.perf_counter()
    case.run()
    return time.perf_counter() - start


def compare(results: list[Result], cases: list[Case]) -> None:
    """Fill ratios against baselines measured in the same run."""
    by_name = {r.name: r for r in results}
    for case, result in zip(cases, results, strict=True):
        if case.baseline and case.baseline in by_name:
            result.ratio = result.median / by_name[case.baseline].median
            if case.ratio_max is not None:  # and-ed with what is already judged (a notes "ok": RSS …)
                within = result.ratio <= case.ratio_max
                result.ok = within if result.ok is None else result.ok and within


def table(results: list[Result]) -> str:
    rows = [("benchmark", "median", "min–max", "vs baseline", "target", "met", "notes")]
    for r in results:
        notes = ", ".join(f"{k} {_fmt(v)}" for k, v in r.extra.items())
        rows.append((r.name, _secs(r.median), f"{_secs(r.low)}–{_secs(r.high)}",
                     "" if r.ratio is None else f"{r.ratio:.2f}×", r.target,
                     {True: "yes", False: "NO", None: ""}[r.ok], notes))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows)


def _secs(s: float) -> str:
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return _secs(v) if v < 60 else f"{v:.0f}"
    return str(v)
