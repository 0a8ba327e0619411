"""`python -m bench [--quick] [--json OUT] [--only NAME]`: run every benchmark module, print one table."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from bench.harness import compare, measure, table

MODULES = ("store_bench", "read_bench", "import_bench", "floor_bench", "write_floor_bench", "dashboard_bench", "table_bench", "tree_bench",
           "tree_scale_bench", "startup_bench", "team_bench")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small data, fewer runs (the smoke test)")
    parser.add_argument("--json", type=Path, help="write the results as JSON too")
    parser.add_argument("--only", action="append", help="run only these modules (e.g. import_bench)")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="kpidesk-bench-") as tmp:
        for name in args.only or MODULES:
            if importlib.util.find_spec(f"bench.{name}") is None:
                continue
            module = importlib.import_module(f"bench.{name}")
            workdir = Path(tmp) / name
            workdir.mkdir()
            cases = module.cases(args.quick, workdir)
            batch = [measure(case, args.quick) for case in cases]
            compare(batch, cases)
            results += batch
            print(f"# {name}: {len(batch)} cases done", file=sys.stderr, flush=True)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
