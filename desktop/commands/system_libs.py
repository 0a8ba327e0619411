"""Before Qt starts on Linux: name the Debian/Ubuntu packages a missing system library comes from.

Without them Qt aborts with its own English message ("could not load the Qt platform plugin xcb")
or PySide6 fails to import; this check finds the libraries first, the way the dynamic loader would
(LD_LIBRARY_PATH, the libraries shipped beside Qt, the ld.so cache, the standard folders), and says in
one line what to install. It imports no Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from importlib.util import find_spec
from pathlib import Path

from desktop.commands.common import CliError, language

# soname → the Debian/Ubuntu package that ships it: what Qt's GUI modules need in any case…
GUI_LIBRARIES: dict[str, str] = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libxkbcommon.so.0": "libxkbcommon0", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g", "libX11.so.6": "libx11-6",
}
# …and what the xcb platform plugin (a window on X11) needs on top
XCB_LIBRARIES: dict[str, str] = {
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-util.so.1": "libxcb-util1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
STANDARD_DIRS = ("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib",
                 "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
                 "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu")


def uses_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will try the xcb plugin: QT_QPA_PLATFORM names it, or names nothing outside Wayland."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen == "xcb"
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def needed(env: Mapping[str, str]) -> dict[str, str]:
    """The libraries this start needs, soname → package."""
    return {**GUI_LIBRARIES, **XCB_LIBRARIES} if uses_xcb(env) else dict(GUI_LIBRARIES)


def search_dirs(env: Mapping[str, str]) -> list[Path]:
    """Where the loader looks: LD_LIBRARY_PATH, Qt's own lib folder (and a frozen bundle's), the system's."""
    dirs = [Path(p) for p in env.get("LD_LIBRARY_PATH", "").split(":") if p]
    spec = find_spec("PySide6")
    if spec is not None and spec.origin:
        dirs.append(Path(spec.origin).parent / "Qt" / "lib")
    if getattr(sys, "frozen", False):
        dirs.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)))
    return dirs + [Path(d) for d in STANDARD_DIRS]


def cached_dirs() -> list[Path]:
    """The folders of the ld.so cache (`ldconfig -p`), where a distribution registers other folders."""
    for ldconfig in ("/sbin/ldconfig", "/usr/sbin/ldconfig"):
        if os.access(ldconfig, os.X_OK):
            try:
                out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, timeout=10).stdout
            except (OSError, subprocess.SubprocessError):
                return []
            return list(dict.fromkeys(Path(line.rpartition("=> ")[2]).parent
                                      for line in out.splitlines() if "=> " in line))
    return []


def missing(libraries: Mapping[str, str], dirs: Iterable[Path]) -> dict[str, str]:
    """The libraries (soname → package) found in none of `dirs`."""
    folders = [d for d in dirs if d.is_dir()]
    return {name: package for name, package in libraries.items()
            if not any((folder / name).exists() for folder in folders)}


def missing_packages(env: Mapping[str, str] | None = None, dirs: Iterable[Path] | None = None) -> list[str]:
    """The Debian/Ubuntu packages to install before Qt can start here (none off Linux).

    `dirs` replaces the whole search (the loader's folders and its cache), for a check of another
    library path."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return []
    gone = missing(needed(env), search_dirs(env) if dirs is None else dirs)
    if gone and dirs is None:  # only then pay for asking the ld.so cache
        gone = missing(gone, cached_dirs())
    return sorted(set(gone.values()))


def no_display(env: Mapping[str, str] | None = None) -> bool:
    """A window on X11 was asked for, but there is no display to put it on."""
    env = os.environ if env is None else env
    return sys.platform.startswith("linux") and uses_xcb(env) and not env.get("DISPLAY")


class MissingLibraries(CliError):
    """Qt cannot start here: one line naming what to install, instead of Qt's abort."""

    def __init__(self, packages: list[str]) -> None:
        super().__init__("missing_libraries", detail=" ".join(packages))

    def message(self) -> str:
        if language() == "ja":
            return ("画面を開けません: Qt が使うシステムのライブラリが足りません。"
                    f"Debian/Ubuntu では次で入ります: sudo apt install {self.detail}")
        return ("cannot open a window: this system lacks libraries Qt needs; "
                f"on Debian/Ubuntu install them with: sudo apt install {self.detail}")


class NoDisplay(CliError):
    """No X11 display (DISPLAY unset): Qt would abort with "could not connect to display"."""

    def __init__(self) -> None:
        super().__init__("no_display")

    def message(self) -> str:
        if language() == "ja":
            return ("画面を開けません: ディスプレイがありません (DISPLAY が未設定です)。"
                    "デスクトップのセッションから起動してください")
        return "cannot open a window: there is no display (DISPLAY is not set); start KPI Desk from a desktop session"


def check_can_start_qt(env: Mapping[str, str] | None = None) -> None:
    """Raise a one-line CliError when Qt's GUI could not start here; return quietly otherwise."""
    packages = missing_packages(env)
    if packages:
        raise MissingLibraries(packages)
    if no_display(env):
        raise NoDisplay()
