"""`kpidesk gui` (the default): start the desktop app."""

from __future__ import annotations

import argparse

from desktop.commands.common import parse_day

VIEWS = ("welcome", "dashboard", "activities", "tree", "import", "review", "checklist", "settings")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="start the app (default)")
    p.add_argument("--db", default=None, help="database file (default: the app's)")
    p.add_argument("--demo", action="store_true", help="open the demo database, creating it if needed")
    p.add_argument("--lang", choices=("ja", "en"), dest="gui_lang")
    p.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG and exit")
    p.add_argument("--view", choices=VIEWS, default=None, help="page to show (with --screenshot)")
    p.add_argument("--today", type=parse_day, help="the day the pages take as today (screenshots, benchmarks)")
    p.add_argument("--size", type=parse_size, default=(1366, 860), metavar="WxH",
                   help="window size for --screenshot (default 1366x860)")
    p.set_defaults(run=run)


def parse_size(text: str) -> tuple[int, int]:
    """'1024x700' → (1024, 700); a window between 640×480 and 7680×4320."""
    w, sep, h = text.lower().partition("x")
    if not (sep and w.isdigit() and h.isdigit() and 640 <= int(w) <= 7680 and 480 <= int(h) <= 4320):
        raise argparse.ArgumentTypeError("expected WIDTHxHEIGHT such as 1024x700")
    return int(w), int(h)


def run(args: argparse.Namespace) -> int:
    from desktop.commands.system_libs import check_can_start_qt
    from desktop.views.shell.qt_boot import import_qt  # Qt is imported only when the GUI starts

    check_can_start_qt()  # one clear line where Qt would abort (missing system libraries, no display)
    import_qt()
    from desktop.app import run_app

    return run_app(db=args.db, demo=args.demo, lang=args.gui_lang or args.lang,
                   screenshot=args.screenshot, view=args.view, today=args.today, size=args.size)
