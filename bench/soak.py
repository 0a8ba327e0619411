"""`python -m bench.soak [--steps 3000] [--seed 16]`: the GUI soak, long (make test runs 120 steps).

A seeded random walk over every page's actions (tests/views/soak_walk.py) on two demo databases,
offscreen. Prints what it did and fails (exit 1) on any exception raised in a slot, any Qt warning
about a deleted object, or a dashboard whose numbers differ from what the facts give.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak")
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    from desktop.views.shell.qt_boot import import_qt

    import_qt()
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop.app import Controller
    from desktop.models import demo
    from desktop.models.store import Store
    from desktop.views.shell.ui_settings import UiSettings
    from tests.conftest import DEMO_TODAY
    from tests.views.soak_walk import SoakWalk

    warnings: list[str] = []
    qInstallMessageHandler(lambda _kind, _ctx, text: warnings.append(text))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kpidesk-soak-") as tmp:
        folder = Path(tmp)
        os.environ["KPIDESK_DATA_DIR"] = str(folder / "data")
        paths = [folder / "a.sqlite3", folder / "b.sqlite3"]
        store = Store.open(paths[0])
        demo.generate(store, today=DEMO_TODAY)
        store.close()
        shutil.copy(paths[0], paths[1])
        controller = Controller(app, UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)),
                                lock=False, today=DEMO_TODAY)
        controller.open(paths[0])
        walk = SoakWalk(controller, paths, DEMO_TODAY, args.seed, folder)
        started = time.perf_counter()
        try:
            walk.run(args.steps)
            shown, facts = walk.dashboard_matches_the_facts()
        finally:
            walk.close()
        seconds = time.perf_counter() - started
        controller.window.close()
        controller.store.close()
    deleted = [w for w in warnings if "already deleted" in w or "destroyed" in w]
    print(f"soak: {args.steps} steps (seed {args.seed}) in {seconds:.1f} s: {dict(sorted(walk.done.items()))}")
    print(f"errors in slots: {len(walk.errors)}; Qt warnings about deleted objects: {len(deleted)}; "
          f"dashboard equals the facts: {shown == facts}")
    for line in (walk.errors + deleted)[:10]:
        print(f"  {line}")
    return 0 if not walk.errors and not deleted and shown == facts else 1


if __name__ == "__main__":
    raise SystemExit(main())
