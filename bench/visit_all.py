"""`python -m bench.visit_all DB [TODAY]`: open DB in the real app (offscreen), visit every page, print memory as JSON.

Run in a fresh process by bench/startup_bench.py so the figure is the app's own: the window is
built by `desktop.app.Controller` exactly as `kpidesk gui` builds it, then every page in
`desktop.views.shell.pages.PAGE_NAMES` is shown and painted in turn. TODAY (YYYY-MM-DD) is the day the pages
take as today, as `kpidesk gui --today` does.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path


def main(db: str, today: date | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.views.shell.qt_boot import import_qt

    import_qt()  # as `kpidesk gui` does
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import Controller, install_translator
    from desktop.views.shell.pages import PAGE_NAMES
    from desktop.views.shell.ui_settings import UiSettings

    app = QApplication(sys.argv[:1])
    install_translator(app, "ja")
    controller = Controller(app, UiSettings(QSettings("KPIDesk", "KPIDesk")), lock=False, today=today)
    if not controller.open(Path(db)):
        return 2
    window = controller.window
    window.resize(1366, 860)
    window.show()
    started = time.perf_counter()
    for name in PAGE_NAMES:
        page = window.show_page(name)
        if hasattr(page, "prepare_screenshot"):
            page.prepare_screenshot()
        window.repaint()
        app.processEvents()
    elapsed = time.perf_counter() - started
    print(json.dumps({"pages": len(PAGE_NAMES), "seconds": elapsed, "peak_rss_mb": _peak_mb(),
                      "rss_mb": _current_mb()}))
    window.close()
    controller.store.close()
    return 0


def _peak_mb() -> float:
    """This process's own high-water mark (VmHWM): ru_maxrss would include the parent's RSS at fork."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return _peak_mb()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else None))
