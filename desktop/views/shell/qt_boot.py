"""Import Qt for the app, without PySide6's per-import source scan.

Once PySide6 is imported, it answers for every module imported after it whether that module may
select a `__feature__` (snake_case, true_property): it reads the module's whole source with
`inspect.getsource` and looks for the word "PySide6". Modules that mention it default to "no
feature" (0), the others to "ignore this module" (-1: calls from it keep the current selection).
Nothing in this process ever selects a feature (a test keeps `__feature__` out of desktop/), so the
current selection is always "no feature" and both answers behave the same — but the scan reads
~600 source files at start-up (SQLAlchemy, pydantic, numpy, pyqtgraph): ~0.1 s of every start and
~35 MB, because `linecache` keeps every source it read for the life of the process. `import_qt()`
imports PySide6 and answers "ignore" at once. Call it before anything else imports PySide6: the GUI
command, the benchmarks that start the app, the tests.
"""

from __future__ import annotations

import sys
from types import ModuleType


def import_qt() -> None:
    """Import PySide6.QtCore and skip the per-import source scan (if this PySide6 has one)."""
    import PySide6.QtCore  # noqa: F401 - installs PySide6's import hook

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _selects_no_feature


def _selects_no_feature(_module: ModuleType) -> bool:
    return False
