"""An attribute named like a Qt method (self.metric, self.event …) hides the C++ virtual: Qt then calls
the attribute during paint and raises. Seen twice; this keeps it from coming back."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QDialog, QMainWindow, QWizard, QWizardPage

VIEWS = Path(__file__).resolve().parents[2] / "desktop" / "views"
ASSIGN = re.compile(r"\bself\.([A-Za-z_]\w*)\s*(?::[^=\n]+)?=(?!=)")
# `self.store, self.id, self.new = …`: every name of a tuple assignment (an undo command's self.id
# hid QUndoCommand.id(); QUndoStack.push then crashed in libshiboken, with no message)
TUPLE = re.compile(r"^\s*((?:self\.\w+\s*,\s*)+self\.\w+)\s*=(?!=)")
# C++ virtuals Qt calls back into Python (shadowing a non-virtual only affects Python callers)
CALLED_BY_QT = {"metric", "event", "sizeHint", "minimumSizeHint", "heightForWidth", "hasHeightForWidth",
                "paintEngine", "initPainter", "redirected", "sharedPainter", "inputMethodQuery",
                "focusNextPrevChild", "nativeEvent", "setVisible", "eventFilter", "devType",
                "initializePage", "cleanupPage", "validatePage", "isComplete", "nextId", "validateCurrentPage",
                "accept", "reject", "undo", "redo", "id", "mergeWith"}
QT_NAMES = {"id", "mergeWith"} | {name for cls in (QMainWindow, QDialog, QWizard, QWizardPage, QAbstractItemView)
            for name in dir(cls) if name in CALLED_BY_QT or name.endswith("Event")}


def test_no_view_assigns_an_attribute_that_hides_a_qt_method() -> None:
    clashes = []
    for path in sorted(VIEWS.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            tuple_names = [n.strip().removeprefix("self.") for m in TUPLE.findall(line) for n in m.split(",")]
            for name in ASSIGN.findall(line) + tuple_names:
                if name in QT_NAMES:
                    clashes.append(f"{path.name}:{n}: self.{name}")
    assert not clashes, "rename these attributes:\n" + "\n".join(clashes)
