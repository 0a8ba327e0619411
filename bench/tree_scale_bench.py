"""Evaluate a 200-node KPI tree for a month on the big database, as the tree page does.

The tree (KGI → one KSF per metric → a team KPI and one KPI per rep) is written through
`Store.add_node` / `Store.set_targets` with monthly targets for the fiscal year. The measured
call is `Store.evaluate_tree(period)` (desktop/kpi/tree_eval.py does the work); without that
module this bench has no cases and says so on stderr.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from typing import Any

from bench.data import make_database
from bench.harness import Case

NODES = 200
MONTH = "2025-10"
TODAY = date(2025, 10, 20)
METRICS = ("calls", "connects", "connect_rate", "appointments", "appointment_rate", "opportunities",
           "wins", "follow_ups", "emails")
PER_DAY = {"calls": 70, "connects": 10, "appointments": 1, "opportunities": 0.3, "wins": 0.05,
           "follow_ups": 10, "emails": 18}
RATES = {"connect_rate": 0.15, "appointment_rate": 0.09, "win_rate": 0.13}


def cases(quick: bool, workdir: Path) -> list[Case]:
    if importlib.util.find_spec("desktop.kpi.tree_eval") is None:
        print("# tree_scale_bench: desktop.kpi.tree_eval is not here yet: no cases", file=sys.stderr)
        return []
    from desktop.kpi.periods import parse_period
    from desktop.models.store import Store

    size = 50_000 if quick else 1_000_000
    store = Store.open(make_database(workdir / "tree.sqlite3", activities=size))
    if not hasattr(store, "evaluate_tree"):
        print("# tree_scale_bench: Store.evaluate_tree is missing: no cases", file=sys.stderr)
        return []
    count = build_tree(store)
    period = parse_period(MONTH)
    label = f"{size // 1000}k" if size < 1_000_000 else f"{size // 1_000_000}M"
    return [Case(f"evaluate a {count}-node KPI tree for {MONTH}, {label} activities",
                 lambda: store.evaluate_tree(period, today=TODAY), target="≤ 20 ms",
                 seconds_max=None if quick else 0.020, repeat=3 if quick else 21)]


def build_tree(store: Any) -> int:
    """KGI, a KSF per metric, a team KPI and a KPI per rep under each: 200 nodes with monthly targets."""
    from desktop.models.tables import KpiNodeIn

    members = [m.id for m in store.members()]
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間売上 4億円", metric="revenue", derive="product",
                                   on_dashboard=True))
    targets = _targets(kgi.id, "revenue", None, 4e8 / 12)
    made = 1
    for metric in METRICS:
        ksf = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="ksf", title=f"{metric} の確保"))
        team = store.add_node(KpiNodeIn(parent_id=ksf.id, kind="kpi", title=f"チームの{metric}", metric=metric))
        targets += _targets(team.id, metric, None, _monthly(metric, len(members)))
        made += 2
        for position, member in enumerate(members):
            if made >= NODES:
                break
            node = store.add_node(KpiNodeIn(parent_id=ksf.id, kind="kpi", title=f"{metric} #{member}",
                                            metric=metric, owner_id=member, position=position + 1))
            targets += _targets(node.id, metric, member, _monthly(metric, 1))
            made += 1
    last = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="kpi", title="受注率", metric="win_rate"))
    targets += _targets(last.id, "win_rate", None, RATES["win_rate"])
    store.set_targets(targets)
    return made + 1


def _monthly(metric: str, people: int) -> float:
    return RATES.get(metric) or PER_DAY[metric] * 20 * people


def _targets(node_id: int, metric: str, member_id: int | None, value: float) -> list[Any]:
    from desktop.models.tables import TargetIn

    months = [date(2025, m, 1) for m in range(4, 13)] + [date(2026, m, 1) for m in range(1, 4)]
    return [TargetIn(node_id=node_id, metric=metric, member_id=member_id, period_kind="month",
                     period_start=start, value=value) for start in months]
