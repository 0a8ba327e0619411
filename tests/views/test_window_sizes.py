"""Every page, in Japanese, at 1024×700 and 1366×768: the window keeps the size asked for and no label
or button is cut (tests/views/clipping.py says what counts as cut)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.pages import PAGE_NAMES
from tests.conftest import DEMO_TODAY, make_context
from tests.views.clipping import clipped

SIZES = ((1024, 700), (1366, 768))



def _visit_every_tab(window: MainWindow, size: tuple[int, int]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name in PAGE_NAMES:
        page = window.show_page(name)
        if hasattr(page, "prepare_screenshot"):
            page.prepare_screenshot()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)] or [None]
        for tab in tabs:
            for i in range(tab.count() if tab else 1):
                if tab:
                    tab.setCurrentIndex(i)
                QApplication.processEvents()
                where = f"{name}/{tab.tabText(i)}" if tab else name
                assert window.size().toTuple() == size, f"{where} made the window {window.size().toTuple()}"
                if problems := clipped(window):
                    found[where] = problems
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("data", ["demo", "empty"])
def test_no_page_is_cut_at_small_window_sizes(qtbot, japanese, request, tmp_path: Path, size, data) -> None:  # noqa: ANN001
    store = request.getfixturevalue("demo_store" if data == "demo" else "store")
    context = make_context(store, tmp_path)
    context.extras["today"] = lambda: DEMO_TODAY
    context.extras["open_demo"] = lambda: None
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert _visit_every_tab(window, size) == {}
        assert not window.grab().isNull()  # the screenshot a user would see
    finally:
        window.close()  # its pages stop their timers
        context.signals.close()
