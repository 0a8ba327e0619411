"""KPI tree evaluation on the demo year: what one live refresh of the tree page costs."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from bench.harness import Case
from desktop.kpi.periods import parse_period

DEMO_TODAY = date(2025, 11, 20)


def cases(quick: bool, workdir: Path) -> list[Case]:
    @cache
    def store() -> Any:  # noqa: ANN401 - Store, built once on first use
        from desktop.models import demo
        from desktop.models.store import Store

        s = Store.open(workdir / "tree-demo.sqlite3")
        if demo.is_empty(s):
            demo.generate(s, today=DEMO_TODAY)
        return s

    def evaluate(label: str) -> Any:  # noqa: ANN401
        return lambda: store().evaluate_tree(parse_period(label), today=DEMO_TODAY)

    return [
        Case("tree: evaluate a month with a win (2025-09)", evaluate("2025-09"), setup=store,
             target="≤ 100 ms (one coalesced refresh)", seconds_max=0.1),
        Case("tree: evaluate a month without a win (2025-11)", evaluate("2025-11"), setup=store,
             target="≤ 100 ms", seconds_max=0.1),
        Case("tree: evaluate the fiscal year (FY2025)", evaluate("FY2025"), setup=store,
             target="≤ 150 ms", seconds_max=0.15),
    ]
