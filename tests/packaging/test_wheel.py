"""The wheel is the app: built from the sdist, installed into a fresh venv, it starts in Japanese.

The sources are copied as git would ship them (tracked and new files, nothing ignored, so no .qm
left by `make`): the sdist must carry the .ts sources, and the wheel built from it the .qm the build
compiled from them. The fresh venv gets the wheel and its declared dependencies from the package
index as a user's `pip install` would, and the app runs from a folder outside the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
JAPANESE = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
import desktop
from desktop.app import install_translator
app = QApplication([])
print(install_translator(app, "ja"), desktop.__file__)
print(QCoreApplication.translate("Pages", "Dashboard"), QCoreApplication.translate("MainWindow", "&File"))
"""


def _source_tree(dest: Path) -> Path:
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            (dest / name).write_bytes((ROOT / name).read_bytes())
    return dest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel): `python -m build` makes the sdist, then the wheel from it (this venv's backend)."""
    work = tmp_path_factory.mktemp("build")
    src = _source_tree(work / "src")
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(work / "dist"), str(src)],
                   check=True, capture_output=True, timeout=600)
    return next((work / "dist").glob("*.tar.gz")), next((work / "dist").glob("*.whl"))


@pytest.fixture(scope="module")
def fresh(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding only the wheel and what it declares it needs."""
    env_dir = tmp_path_factory.mktemp("fresh") / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(built[1])],
                   check=True, capture_output=True, timeout=900)
    return env_dir


def _outside_env(tmp_path: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "KPIDESK_"))}
    return {**keep, "QT_QPA_PLATFORM": "offscreen", "KPIDESK_DATA_DIR": str(tmp_path / "data"),
            "KPIDESK_LOG_DIR": str(tmp_path / "log"), "HOME": str(tmp_path / "home")}


def test_the_sdist_ships_the_translation_sources_and_no_compiled_catalogue(built: tuple[Path, Path]) -> None:
    with tarfile.open(built[0]) as sdist:
        names = sdist.getnames()
    assert sum(n.endswith("_ja.ts") for n in names) >= 10
    assert not [n for n in names if n.endswith(".qm")]


def test_the_wheel_carries_icons_migrations_and_the_catalogue_built_from_the_sources(
        built: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(built[1]) as wheel:
        names = set(wheel.namelist())
        catalogue = wheel.read("desktop/resources/translations/kpidesk_ja.qm")
    assert {"desktop/resources/icons/app.svg", "desktop/resources/icons/dashboard.svg",
            "desktop/models/migrations/env.py", "desktop/importers/_calamine_child.py"} <= names
    assert any(n.startswith("desktop/models/migrations/versions/0001") for n in names)
    assert catalogue.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))  # Qt's .qm magic
    assert "ダッシュボード".encode("utf-16-be") in catalogue
    assert not [n for n in names if n.endswith(".ts")]


def test_the_installed_app_renders_the_dashboard_from_outside_the_checkout(fresh: Path, tmp_path: Path) -> None:
    shot = tmp_path / "dashboard.png"
    result = subprocess.run([str(fresh / "bin" / "kpidesk"), "--lang", "ja", "gui", "--db", str(tmp_path / "kpi.sqlite3"),
                             "--screenshot", str(shot), "--view", "dashboard", "--size", "1366x768"],
                            cwd=tmp_path, env=_outside_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "catalogue" not in result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)


def test_the_installed_app_speaks_japanese_from_its_own_files(fresh: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(fresh / "bin" / "python"), "-c", JAPANESE], cwd=tmp_path,
                            env=_outside_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    chosen, where = result.stdout.splitlines()[0].split(" ", 1)
    assert chosen == "ja" and Path(where).is_relative_to(fresh)
    assert result.stdout.splitlines()[1] == "ダッシュボード ファイル(&F)"
