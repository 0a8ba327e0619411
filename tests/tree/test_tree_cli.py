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


def test_tree_xlsx_holds_the_evaluated_tree(demo_file: Path, tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    monkeypatch.setenv("KPIDESK_LANG", "ja")
    out = tmp_path / "tree.xlsx"
    assert main(["tree", "--db", str(demo_file), "--period", "2025-10", "--xlsx", str(out)]) == 0
    ws = load_workbook(out)["KPIツリー 2025-10"]
    rows = {str(r[0]).strip(): r for r in ws.iter_rows(min_row=2, values_only=True)}
    calls = rows["架電数"]
    assert calls[2] == "架電数" and calls[4] == 4154 and calls[6] in ("順調", "注意", "遅れ")
    assert ws["A1"].value == "名称" and ws.cell(row=2, column=1).value == "年間売上 4,000万円"
    assert "架電数" in capsys.readouterr().out


def test_tree_xlsx_to_a_missing_folder_is_one_line(demo_file: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["tree", "--db", str(demo_file), "--xlsx", str(tmp_path / "no" / "such" / "t.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.endswith("the folder does not exist\n") and err.count("\n") == 1
