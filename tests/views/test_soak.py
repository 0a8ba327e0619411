"""The GUI soak: a seeded random walk over every page's actions, offscreen (longer: bench/soak.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.app import Controller
from desktop.views.shell.ui_settings import UiSettings
from tests.conftest import DEMO_TODAY
from tests.views.soak_walk import SoakWalk

STEPS = 120


@pytest.mark.parametrize("seed", [16])
def test_a_random_walk_over_the_pages_raises_nothing_and_the_dashboard_equals_the_facts(
        qapp, qtlog, demo_file: Path, tmp_path: Path, seed: int) -> None:  # noqa: ANN001
    paths = [tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"]
    for p in paths:
        shutil.copy(demo_file, p)
    ui = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    controller = Controller(qapp, ui, lock=False, today=DEMO_TODAY)
    assert controller.open(paths[0])
    walk = SoakWalk(controller, paths, DEMO_TODAY, seed, tmp_path)
    try:
        walk.run(STEPS)
        shown, facts = walk.dashboard_matches_the_facts()
    finally:
        walk.close()
    assert walk.errors == []
    deleted = [r.message for r in qtlog.records if "already deleted" in r.message or "destroyed" in r.message]
    assert deleted == []
    assert shown == facts
    assert {"log", "undo", "import", "convert", "switch", "dialog"} <= set(walk.done)
    controller.window.close()
    controller.store.close()
