"""Every string a screen shows has a Japanese translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_translatable_string_has_japanese() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "missing"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, "untranslated:\n" + result.stdout[:3000]


def test_the_compiled_catalogue_exists() -> None:
    assert (ROOT / "desktop" / "resources" / "translations" / "kpidesk_ja.qm").stat().st_size > 1000
