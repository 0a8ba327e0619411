"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call and aborts."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_references_to_none(qapp) -> None:  # noqa: ANN001
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("kpidesk")
        qapp.processEvents()
    # the broken pair loses one reference per call: -4000 here; unrelated noise is a few at most
    assert abs(sys.getrefcount(None) - before) < 50
