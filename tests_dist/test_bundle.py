"""The desktop bundle (make dist) works without Python: it imports a tracker and renders the dashboard.

`make test-dist` builds dist/kpidesk/ and runs this. The bundled launcher is started as a user would,
offscreen, from a folder outside the checkout; its dashboard must be the checkout's own, in Japanese.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "kpidesk"
LAUNCHER = BUNDLE / ("kpidesk.exe" if sys.platform == "win32" else "kpidesk")
TODAY = "2025-05-20"

sys.path.insert(0, str(ROOT))
from tests.importers.trackers import activity_log  # noqa: E402 - the importer tests' real tracker


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "KPIDESK_"))}
    return {**keep, "QT_QPA_PLATFORM": "offscreen", "KPIDESK_DATA_DIR": str(tmp_path / "data"),
            "KPIDESK_LOG_DIR": str(tmp_path / "log"), "HOME": str(tmp_path / "home")}


def run(command: list[str], tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "catalogue" not in result.stderr
    return result


def screenshot(launcher: list[str], lang: str, tmp_path: Path, env: dict[str, str]) -> np.ndarray:
    from PySide6.QtGui import QImage

    shot = tmp_path / f"{len(launcher)}-{lang}.png"
    run([*launcher, "--lang", lang, "gui", "--db", "kpi.sqlite3", "--screenshot", str(shot), "--view", "dashboard",
         "--size", "1366x768", "--today", TODAY], tmp_path, env)
    image = QImage(str(shot)).convertToFormat(QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == (1366, 768)
    return np.frombuffer(image.constBits(), dtype=np.uint32).reshape(768, image.bytesPerLine() // 4).copy()


def test_the_bundle_carries_its_resources_and_qts_japanese() -> None:
    inside = BUNDLE / "_internal"
    assert LAUNCHER.is_file() and os.access(LAUNCHER, os.X_OK)
    assert (inside / "desktop" / "resources" / "translations" / "kpidesk_ja.qm").stat().st_size > 1000
    assert (inside / "desktop" / "resources" / "icons" / "app.svg").is_file()
    assert sorted(p.name[:4] for p in (inside / "desktop" / "models" / "migrations" / "versions").glob("0*.py"))[:1] == ["0001"]
    assert list(inside.rglob("qtbase_ja.qm"))


def test_the_bundle_imports_a_tracker_with_its_sandboxed_reader(tmp_path: Path, env: dict[str, str]) -> None:
    tracker = activity_log(tmp_path / "架電ログ.xlsx")
    imported = json.loads(run([str(LAUNCHER), "import", str(tracker), "--db", "kpi.sqlite3", "--json"],
                              tmp_path, env).stdout)
    assert (imported[0]["added"], imported[0]["skipped"]) == (9, 1)
    months = json.loads(run([str(LAUNCHER), "summary", "--db", "kpi.sqlite3", "--by", "month", "--json"],
                            tmp_path, env).stdout)
    april = months["2025-04"]
    assert (april["calls"], april["connects"], april["appointments"], april["emails"]) == (7, 3, 1, 1)
    assert months["2025-05"]["calls"] == 1


def test_the_bundles_dashboard_is_the_checkouts_in_japanese(tmp_path: Path, env: dict[str, str]) -> None:
    run([str(LAUNCHER), "import", str(activity_log(tmp_path / "log.xlsx")), "--db", "kpi.sqlite3"], tmp_path, env)
    bundled = screenshot([str(LAUNCHER)], "ja", tmp_path, env)
    checkout = screenshot([sys.executable, "-m", "desktop"], "ja", tmp_path, {**env, "PYTHONPATH": str(ROOT)})
    english = screenshot([str(LAUNCHER)], "en", tmp_path, env)
    assert np.mean(bundled != checkout) < 0.005  # the same page, pixel for pixel (fonts and all)
    assert np.mean(bundled != english) > 0.01  # …and it is the Japanese one
