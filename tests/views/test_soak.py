"""The GUI soak: a seeded random walk over every page's actions, offscreen (longer: bench/soak.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY
from tests.views.soak_walk import SoakWalk, open_on_two_copies

STEPS = 120


@pytest.mark.parametrize("seed", [16])
def test_a_random_walk_over_the_pages_raises_nothing_and_the_dashboard_equals_the_facts(
        qapp, qtlog, demo_file: Path, tmp_path: Path, seed: int) -> None:  # noqa: ANN001
    controller, paths = open_on_two_copies(qapp, demo_file, tmp_path, DEMO_TODAY)
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
