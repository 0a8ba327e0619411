"""`kpidesk report --period 2025-W15|2025-04|2025-Q1 --out FILE.xlsx|.pdf`: the review report, headless."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from desktop.commands.common import CliError, default_db, language, open_store, parse_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write the weekly / monthly / quarterly report (Excel or PDF)")
    p.add_argument("--db", default=None, help="database file (default: the app's)")
    p.add_argument("--period", required=True, help="2025-W15, 2025-04 or 2025-Q1 (fiscal quarter)")
    p.add_argument("--out", required=True, help="FILE.xlsx or FILE.pdf")
    p.add_argument("--today", type=parse_day, default=None, help="count data up to this day (default: today)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop.kpi.periods import parse_period
    from desktop.reports.report_data import ReportError, build_report

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise CliError("bad_report_file", detail=args.out)
    if out.is_dir():
        raise CliError("is_folder", path=args.out)
    store = open_store(default_db() if args.db is None else args.db, check=False, existing=True)
    try:
        fsm = store.domain_settings().fiscal_start_month
        try:
            period = parse_period(args.period, fsm)
            data = build_report(store, period, args.today or date.today())
        except ValueError as exc:
            raise CliError("bad_report_period", detail=args.period) from exc
        except ReportError as exc:
            raise CliError(exc.code, detail=exc.detail or args.period, path=exc.path) from exc
    finally:
        store.close()
    _write(data, out, suffix)
    print(str(out))
    return 0


def _write(data, out: Path, suffix: str) -> None:  # noqa: ANN001 - ReportData
    from desktop.reports.report_data import ReportError

    try:
        if suffix == ".xlsx":
            from desktop.reports.excel_report import write_report

            write_report(data, out, language())
        else:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from desktop.views.reviews.pdf_report import write_pdf  # Qt only for the PDF

            write_pdf(data, out, language())
    except ReportError as exc:
        raise CliError(exc.code, detail=exc.detail, path=exc.path) from exc
