"""desktop.views.shell.qt_boot: Qt without PySide6's read-every-source scan, and nothing that needs it."""

from __future__ import annotations

import linecache
import re
import sys
from pathlib import Path

import pytest

from desktop.views.shell.qt_boot import import_qt

ROOT = Path(__file__).resolve().parents[2]


def test_modules_imported_after_qt_are_not_read_for_the_feature_scan(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import_qt()
    module = tmp_path / "kd_after_qt.py"
    module.write_text('"""A module imported after PySide6."""\nVALUE = 1\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()

    assert __import__("kd_after_qt").VALUE == 1  # an import statement: PySide6 hooks __import__

    assert str(module) not in linecache.cache  # PySide6's scan would have read it with inspect.getsource
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["kd_after_qt"] == -1  # "ignore this module": no feature, as before
    sys.modules.pop("kd_after_qt", None)


def test_no_module_of_the_app_selects_a_pyside_feature() -> None:
    """import_qt() is only right while nothing selects snake_case / true_property: keep it that way."""
    users = [str(path.relative_to(ROOT)) for folder in ("desktop", "bench", "tests")
             for path in (ROOT / folder).rglob("*.py")
             if re.search(r"^\s*from\s+__feature__\s+import", path.read_text(encoding="utf-8"), re.M)]
    assert users == []
