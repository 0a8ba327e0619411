"""The activity table on a million rows: open it, jump to the last row, filter by one member.

The Qt model pages rows from the Store (200 at a time); each step is timed as a user meets it:
the model built (COUNT) and its first row read, the last row read, a member filter applied and
its first row read. Target: each ≤ 200 ms.
"""

from __future__ import annotations

import os
from pathlib import Path

from bench.data import make_database
from bench.harness import Case

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_S = 0.2


def cases(quick: bool, workdir: Path) -> list[Case]:
    from PySide6.QtWidgets import QApplication

    from desktop.models.activity_queries import ActivityFilter
    from desktop.models.store import Store
    from desktop.views.activities.activity_model import ActivityTableModel

    QApplication.instance() or QApplication([])
    size = 50_000 if quick else 1_000_000
    store = Store.open(make_database(workdir / "table.sqlite3", activities=size))
    member = store.members()[3].id
    label = f"{size // 1000}k" if size < 1_000_000 else f"{size // 1_000_000}M"
    state: dict[str, ActivityTableModel] = {}

    def open_table() -> None:
        state["model"] = ActivityTableModel(store)
        _first_and_count(state["model"])

    def jump_to_end() -> None:
        model = state["model"]
        model.data(model.index(model.rowCount() - 1, 2))

    def filter_member() -> None:
        state["model"].set_filter(ActivityFilter(member_id=member))
        _first_and_count(state["model"])

    def fresh() -> None:
        state["model"] = ActivityTableModel(store)

    return [
        Case(f"activity table: open on {label} rows", open_table, target="≤ 200 ms", seconds_max=TARGET_S),
        Case(f"activity table: jump to the last of {label} rows", jump_to_end, setup=fresh,
             target="≤ 200 ms", seconds_max=TARGET_S),
        Case(f"activity table: filter {label} rows by member", filter_member, setup=fresh,
             target="≤ 200 ms", seconds_max=TARGET_S),
    ]


def _first_and_count(model) -> None:  # noqa: ANN001 - ActivityTableModel
    if model.rowCount() > 0:
        model.data(model.index(0, 2))
