"""Entry point of the frozen bundle: `kpidesk …` exactly as the installed command.

A bundle has no Python interpreter: `sys.executable` is this launcher. The importer starts its
sandboxed reader as `sys.executable -I <path of a desktop/ module>.py` (desktop/importers/child.py),
so the launcher answers that form as Python would, by running that module of the bundle as __main__.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path


def _module_of(script: str) -> str | None:
    """desktop.importers._calamine_child for …/desktop/importers/_calamine_child.py inside the bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent))
    try:
        rel = Path(script).resolve().relative_to(base.resolve())
    except ValueError:
        return None
    return ".".join(rel.with_suffix("").parts) if rel.suffix == ".py" and rel.parts[0] == "desktop" else None


def main() -> int:
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "-I" and (module := _module_of(args[1])):
        sys.argv = args[1:]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
