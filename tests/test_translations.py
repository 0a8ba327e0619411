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


def test_one_glossary_the_screens_say_what_the_reports_and_exports_say(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLocale

    from desktop.app import _translators, install_translator
    from desktop.kpi.metrics import ALL_METRIC_CODES
    from desktop.reports.labels import word
    from desktop.reports.tree_sheet import METRICS_JA
    from desktop.views.shell.text import metric_name

    font = qapp.font()
    try:
        install_translator(qapp, "ja")
        screen = {code: metric_name(code) for code in ALL_METRIC_CODES}
    finally:
        for translator in _translators:
            qapp.removeTranslator(translator)
        _translators.clear()
        qapp.setFont(font)
        QLocale.setDefault(QLocale.system())
    assert screen["connect_rate"] == "接続率" and screen["appointment_rate"] == "アポ率"
    assert {c: word(c) for c in ALL_METRIC_CODES} == screen
    assert {c: screen[c] for c in METRICS_JA} == METRICS_JA
