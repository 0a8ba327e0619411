"""Icons and the other package data: the one place that knows where `desktop/resources/` is.

The resources are package data found through importlib.resources, so a wheel, an sdist install and
a frozen bundle find them the same way as a checkout does.
"""

from __future__ import annotations

from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtGui import QIcon

_extracted = ExitStack()  # resources a zip import had to put on disk for Qt, kept for the process


def resource(*parts: str) -> Path:
    """desktop/resources/PARTS as a file path Qt can open (extracted first from a zipped install)."""
    item = files("desktop").joinpath("resources", *parts)
    if isinstance(item, Path):
        return item
    return _extracted.enter_context(as_file(item))


@cache
def icon(name: str) -> QIcon:
    """desktop/resources/icons/NAME.svg as a QIcon; raises FileNotFoundError when it is missing."""
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(path)
    return QIcon(str(path))
