"""The command line: the GUI (default) and the headless commands.

Every failure prints one line, ``error: …``, and exits 2; no traceback ever
reaches the user (unexpected ones go to a log file the message names).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop.commands.common import CHOSEN_LANGUAGE, CliError, describe_unexpected, is_damage, text
from desktop.models import errors

# Each module defines `register(subparsers)`; the order is the order in --help.
COMMANDS = ("gui", "plan", "summary", "import_", "check", "tree", "report", "demo", "team")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + traceback-like noise
        raise CliError("usage", detail=message, prog=self.prog)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; only `command`'s when one is named (the others' modules are not
    imported: `demo` alone pulls in SQLAlchemy, and `import` starts its reader before that)."""
    parser = _Parser(prog="kpidesk", description=text("description"))
    parser.add_argument("--lang", choices=("ja", "en"), help=text("help_lang"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMANDS if command is None else [n for n in COMMANDS if n.rstrip("_") == command]:
        importlib.import_module(f"desktop.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = _with_command(list(sys.argv[1:] if argv is None else argv))
    chosen = CHOSEN_LANGUAGE.set(_lang_of(args_list))  # messages, parse errors included, in that language
    try:
        parser = build_parser(_command_of(args_list))
        args = parser.parse_args(args_list)
        return int(args.run(args) or 0)
    except CliError as exc:
        print(f"error: {exc.message()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the user must never see a traceback
        code = errors.failure_code(exc)  # busy, read-only, full disk, no permission: each its own line
        path = getattr(exc, "filename", None) or _db_of(args_list)
        if is_damage(exc):
            print(f"error: {CliError(errors.DAMAGED, path=_db_of(args_list)).message()}", file=sys.stderr)
        elif code is not None:
            print(f"error: {CliError(code, path=str(path)).message()}", file=sys.stderr)
        else:
            print(f"error: {describe_unexpected(exc)}", file=sys.stderr)
        return 2
    finally:
        CHOSEN_LANGUAGE.reset(chosen)


def _command_of(args: list[str]) -> str | None:
    """The command `args` (as _with_command gives them) name, or None for help or an unknown word."""
    at = _after_lang(args)
    return args[at] if at < len(args) and args[at] in _command_names() else None


def _after_lang(args: list[str]) -> int:
    at = 0
    while at < len(args) and (args[at] == "--lang" or args[at].startswith("--lang=")):
        at += 2 if args[at] == "--lang" else 1
    return at


def _with_command(args: list[str]) -> list[str]:
    """`gui` where no command follows the global options (`kpidesk --db X` starts the app;
    `kpidesk --lang ja summary …` runs summary in Japanese)."""
    at = _after_lang(args)
    if at == len(args) or args[at].startswith("-") and args[at] not in ("-h", "--help"):
        return [*args[:at], "gui", *args[at:]]
    return args  # a command, help, or a word argparse will call an invalid choice


def _command_names() -> set[str]:
    return {name.rstrip("_") for name in COMMANDS}


def _lang_of(args: list[str]) -> str | None:
    """The global `--lang` (before the command), if given as ja or en."""
    for at, arg in enumerate(args):
        if arg in _command_names():
            break
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            args[at + 1] if arg == "--lang" and at + 1 < len(args) else None)
        if value in ("ja", "en"):
            return value
    return None


def _db_of(args: list[str]) -> str:
    """The --db argument, to name the file in a message."""
    return args[args.index("--db") + 1] if "--db" in args[:-1] else "--db"
