"""Icons: the one place that knows where `resources/` is."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


@cache
def icon(name: str) -> QIcon:
    """resources/icons/NAME.svg as a QIcon; raises FileNotFoundError when it is missing."""
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(path)
    return QIcon(str(path))
