"""`kpidesk import FILE…`: bring trackers in without a window, with the automatic mapping."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.commands.common import CliError, default_db, language, open_store, text

REASONS: dict[str, tuple[str, str]] = {
    "encrypted": ("パスワードで保護されています", "it is password-protected"),
    "corrupt": ("ファイルが壊れています", "the file is damaged"),
    "cell_too_long": ("長すぎるセルがあります (1 セル 131,072 文字まで)", "a cell is too long (at most 131,072 characters)"),
    "not_spreadsheet": ("表計算ファイルではありません", "it is not a spreadsheet"),
    "wrong_extension": ("拡張子と中身が一致しません", "its contents do not match its extension"),
    "zip_bomb": ("展開すると大きすぎます (圧縮爆弾の疑い)", "it expands to an absurd size (zip bomb)"),
    "too_large": ("ファイルが大きすぎます", "the file is too large"),
    "too_many_cells": ("セル数が多すぎます", "it has too many cells"),
    "xml_attack": ("危険な XML を含んでいます", "it contains unsafe XML"),
    "empty": ("データがありません", "it holds no data"),
    "unreadable": ("読み込めません", "it cannot be read"),
    "timeout": ("読み込みに時間がかかりすぎました", "reading it took too long"),
    "reader_crashed": ("読み込み中にリーダーが停止しました", "the reader stopped while reading it"),
    "unknown_encoding": ("文字コードを判別できません", "its text encoding is unknown"),
    "cancelled": ("キャンセルしました", "cancelled"),
    "not_found": ("ファイルがありません", "no such file"),
    "sheet_not_found": ("指定したシートがありません", "no such sheet"),
    "changed": ("読み込んだ後にファイルが変更されました。もう一度開いてください", "it changed after it was read: open it again"),
    "no_layout": ("取り込める表が見つかりません", "no table it can import was found"),
    "bad_mapping": ("対応付けファイルが読めません", "the mapping file cannot be read"),
}


def reason(code: str) -> str:
    ja, en = REASONS.get(code, (code, code))
    return ja if language() == "ja" else en


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import Excel/CSV trackers")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--db", default=None, help="database file (default: the app's)")
    p.add_argument("--sheet", action="append", help="only this sheet (repeatable)")
    p.add_argument("--mapping", help="JSON {column label: field} to use instead of the automatic mapping")
    p.add_argument("--dry-run", action="store_true", help="read and check, store nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def _overrides(path: str | None) -> dict[str, str] | None:
    if not path:
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CliError("import_refused", path=path, detail=reason("bad_mapping")) from exc
    data = data.get("columns", data) if isinstance(data, dict) else None
    if not isinstance(data, dict):
        raise CliError("import_refused", path=path, detail=reason("bad_mapping"))
    return {str(k): str(v or "") for k, v in data.items()}


def run(args: argparse.Namespace) -> int:
    from desktop.importers.files import ImportRefused
    from desktop.importers.session import import_path

    overrides = _overrides(args.mapping)
    opened: list[Any] = []

    def store() -> Any:
        """Opened when the first file's reader has started: SQLAlchemy loads while it parses."""
        if not opened:
            opened.append(open_store(default_db() if args.db is None else args.db))
        return opened[0]

    reports: list[dict[str, Any]] = []
    refused: list[CliError] = []
    try:
        for name in args.files:
            try:
                report = import_path(store, Path(name), sheets=args.sheet, overrides=overrides,
                                     dry_run=args.dry_run)
            except ImportRefused as exc:
                refused.append(CliError("import_refused", path=name, detail=reason(exc.code)))
                continue
            if not any(p.selected and p.layout for p in report.plans):
                refused.append(CliError("import_refused", path=name, detail=reason("no_layout")))
            reports.append(report.summary())
    finally:
        if opened:
            opened[0].close()
    if reports or args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2, default=str) if args.json else render(reports))
    for err in refused:
        print(f"error: {err.message()}", file=sys.stderr)
    return 2 if refused else 0


def render(reports: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for r in reports:
        lines.append(text("import_done", path=r["file"], detail=f"{r['added']}/{r['replaced']}/{r['skipped']}"))
        for s in r["sheets"]:
            mark = "✓" if s["selected"] and s["layout"] else "-"
            lines.append(f"  {mark} {s['sheet']}: {s['layout'] or '?'} (header row {s['header_row']})")
        for p in r["problems"][:20]:
            lines.append(f"    {p['sheet']}!{p['row']} [{p['column']}] {p['code']}: {p['value']}")
        if r["problem_count"] > 20:
            lines.append(f"    … {r['problem_count'] - 20} more")
        for word, n in r["unknown_words"].items():
            lines.append(f"    ? {word} ×{n}")
    return "\n".join(lines)
