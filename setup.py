"""Build hook: the wheel's Japanese catalogue is compiled from the .ts sources at build time.

The .ts files under desktop/resources/translations are the one source of truth (the sdist carries
them, never a .qm); `build_py` runs Qt's lrelease (from PySide6-Essentials, a build requirement) to
write kpidesk_ja.qm into the wheel. An editable install (`pip install -e .`) writes it next to the
sources instead, so a checkout starts in Japanese without `make` too. Everything else is in
pyproject.toml.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("desktop", "resources", "translations")
CATALOGUE = "kpidesk_ja.qm"
# PySide6's own wrapper finds lrelease inside the PySide6 package on Linux, Windows and macOS alike
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_catalogue(sources: list[Path], target: Path) -> None:
    """lrelease every .ts into one .qm; fails the build when a source does not compile."""
    if not sources:
        raise SystemExit(f"no translation sources in {TRANSLATIONS}")
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", LRELEASE, "-silent", *map(str, sources), "-qm", str(target)],
                   check=True)
    if not target.is_file() or target.stat().st_size == 0:
        raise SystemExit(f"lrelease wrote no catalogue at {target}")


class BuildPyWithCatalogue(build_py):
    """build_py, then the compiled catalogue beside the package's other resources."""

    def run(self) -> None:
        super().run()
        base = Path(".") if self.editable_mode else Path(self.build_lib)  # the build runs in the project
        target = base / TRANSLATIONS / CATALOGUE
        compile_catalogue(sorted(TRANSLATIONS.glob("*.ts")), target)
        self._catalogue = str(target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        catalogue = getattr(self, "_catalogue", None)
        return outputs + [catalogue] if catalogue and not self.editable_mode else outputs


setup(cmdclass={"build_py": BuildPyWithCatalogue})
