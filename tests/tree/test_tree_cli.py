"""`kpidesk tree` prints the evaluated tree without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.cli import main


def test_tree_json_on_the_demo_db(demo_file: Path, capsys) -> None:  # noqa: ANN001
    assert main(["tree", "--db", str(demo_file), "--period", "2025-10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == "2025-10" and data["business_days"] == 22
    kinds = [n["kind"] for n in data["nodes"]]
    assert kinds[0] == "kgi" and kinds.count("ksf") == 2 and kinds.count("kpi") == 5
    calls = next(n for n in data["nodes"] if n["metric"] == "calls")
    assert calls["actual"] == 4154  # the demo's October calls (see `kpidesk summary`)
    assert calls["target"] is not None and calls["status"] in ("on_track", "at_risk", "behind")
    assert {lk["rate"] for lk in data["links"]} == {"connect_rate", "appointment_rate", "opportunity_rate",
                                                    "win_rate"}


def test_bad_period_is_one_line_and_exit_2(demo_file: Path, capsys) -> None:  # noqa: ANN001
    assert main(["tree", "--db", str(demo_file), "--period", "April"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read the period: April") and err.count("\n") == 1


def test_tree_command_does_not_import_qt(demo_file: Path) -> None:
    code = ("import sys; from desktop.cli import main; main(['tree', '--db', sys.argv[1]]); "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]")
    subprocess.run([sys.executable, "-c", code, str(demo_file)], check=True, capture_output=True,
                   cwd=Path(__file__).resolve().parents[2])
