"""Before Qt starts: a system without Qt's libraries gets one line naming the packages to install."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands import system_libs

PYSIDE_QT = Path(__import__("PySide6").__file__).parent / "Qt"
ALL = {**system_libs.GUI_LIBRARIES, **system_libs.XCB_LIBRARIES}
C_RUNTIME = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2",
             "libpthread.so.0", "libdl.so.2", "librt.so.1"}


def elf_needed(path: Path) -> set[str]:
    """The DT_NEEDED sonames of a 64-bit little-endian ELF file (what the loader must find)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names = set()
    for _name, kind, _flags, _addr, offset, size, link, *_ in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == 1:  # DT_NEEDED
                names.add(data[strtab + value: data.index(b"\0", strtab + value)].decode())
    return names


def system_copy_without(tmp_path: Path, left_out: set[str]) -> Path:
    """A library folder holding this system's copy of every library Qt needs, except `left_out`."""
    folder = tmp_path / "lib"
    folder.mkdir()
    everywhere = system_libs.search_dirs({}) + system_libs.cached_dirs()
    for name in set(ALL) - left_out:
        found = next(d / name for d in everywhere if (d / name).exists())
        (folder / name).symlink_to(found.resolve())
    return folder


@pytest.fixture
def wants_a_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":1")


def point_the_check_at(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(system_libs, "search_dirs", lambda env: [folder])
    monkeypatch.setattr(system_libs, "cached_dirs", lambda: [])


@pytest.mark.parametrize(("lang", "words"), [("en", "on Debian/Ubuntu install them with: sudo apt install"),
                                             ("ja", "Debian/Ubuntu では次で入ります: sudo apt install")])
def test_missing_xcb_libraries_are_named_as_packages_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], wants_a_window: None,
        lang: str, words: str) -> None:
    folder = system_copy_without(tmp_path, {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"})
    point_the_check_at(monkeypatch, folder)
    code = main(["--lang", lang, "gui", "--db", str(tmp_path / "kpi.sqlite3")])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("error: ") and words in err
    assert err.rstrip().endswith("sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")
    assert not (tmp_path / "kpi.sqlite3").exists()  # nothing was opened or created


def test_the_same_folder_with_every_library_lets_the_app_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               wants_a_window: None) -> None:
    folder = system_copy_without(tmp_path, set())
    assert system_libs.missing_packages(dirs=[folder]) == []
    system_libs.check_can_start_qt()  # this machine's real search finds them all: no false alarm


def test_offscreen_and_wayland_starts_need_no_xcb_libraries(tmp_path: Path) -> None:
    assert not system_libs.uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not system_libs.uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"})
    assert system_libs.uses_xcb({"DISPLAY": ":0"}) and system_libs.uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert system_libs.missing_packages({"QT_QPA_PLATFORM": "offscreen"}, [tmp_path]) == sorted(
        set(system_libs.GUI_LIBRARIES.values()))


def test_no_display_is_one_line_not_qts_abort(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    code = main(["--lang", "ja", "gui", "--db", str(tmp_path / "kpi.sqlite3")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "DISPLAY" in err and "ディスプレイ" in err


def test_every_system_library_qts_xcb_plugin_links_has_a_package() -> None:
    """The table follows the installed PySide6: each soname its GUI libraries and the xcb plugin need
    that PySide6 does not ship itself has a Debian/Ubuntu package to name."""
    shipped = {p.name for p in (PYSIDE_QT / "lib").iterdir()}
    linked = set()
    for lib in ("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6", "lib/libQt6Gui.so.6",
                "lib/libQt6Widgets.so.6", "lib/libQt6Core.so.6", "lib/libQt6DBus.so.6"):
        linked |= elf_needed(PYSIDE_QT / lib)
    unnamed = linked - shipped - C_RUNTIME - set(ALL)
    assert "libxcb-cursor.so.0" in linked and not unnamed


HIDE_AND_RUN = r"""
set -eu
lib="$1"; shift
orig="$WORK/orig"; fake="$WORK/fake"
mkdir -p "$orig" "$fake"
mount --bind "$lib" "$orig"
for f in "$orig"/*; do ln -s "$f" "$fake/"; done
rm -f "$fake"/libxcb-cursor.so.0* "$fake"/libxcb-icccm.so.4* "$fake"/libxcb-keysyms.so.1*
mount --bind "$fake" "$lib"
"$@"
"""


def run_without_three_xcb_libraries(tmp_path: Path, *command: str) -> subprocess.CompletedProcess:
    """`command` in a private mount namespace where the system's library folder lacks three xcb
    libraries (as on a minimal desktop): the real loader, and Qt itself, cannot find them there."""
    real = next(d for d in system_libs.cached_dirs() if (d / "libxcb-cursor.so.0").exists()).resolve()
    work = tmp_path / f"namespace-{len(list(tmp_path.glob('namespace-*')))}"
    work.mkdir()
    env = {**os.environ, "WORK": str(work), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    return subprocess.run(["unshare", "-m", "--propagation", "private", "bash", "-c", HIDE_AND_RUN, "hide",
                           str(real), *command], env=env, capture_output=True, text=True, timeout=120)


def test_where_qt_itself_aborts_for_want_of_xcb_libraries_kpidesk_says_what_to_install(tmp_path: Path) -> None:
    qt_alone = run_without_three_xcb_libraries(
        tmp_path, sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])")
    assert qt_alone.returncode != 0  # the abort users saw, for want of the libraries (not of a display)
    assert 'Could not load the Qt platform plugin "xcb"' in qt_alone.stderr and "xcb-cursor0" in qt_alone.stderr
    ours = run_without_three_xcb_libraries(tmp_path, sys.executable, "-m", "desktop", "--lang", "ja", "gui",
                                           "--db", str(tmp_path / "kpi.sqlite3"))
    assert ours.returncode == 2 and ours.stderr.count("\n") == 1, ours.stderr[-1500:]
    assert ours.stderr == ("error: 画面を開けません: Qt が使うシステムのライブラリが足りません。"
                           "Debian/Ubuntu では次で入ります: sudo apt install libxcb-cursor0 libxcb-icccm4 "
                           "libxcb-keysyms1\n")
