"""`kpidesk import FILE…`: bring trackers in without a window, with the automatic mapping."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
from collections.abc import Iterator
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
    "nothing_stored": ("保存できる行がありませんでした", "no row could be stored"),
    "no_files": ("ファイルか --watch フォルダを指定してください", "name a file or a --watch folder"),
    "bad_member_map": ("--member-map は \"ファイル上の名前=担当者名\" の形で指定してください",
                       "give --member-map as \"name in the file=member name\""),
    "unknown_member": ("という担当者はいません (既存の担当者の名前を指定してください)",
                       "is no member (name an existing member)"),
}
NEW_MEMBERS = {
    True: ("新しい担当者 (取り込むと登録されます): {names} — 既存の担当者と同じ人なら --member-map \"{first}=担当者名\"",
           "new members (the import would add them): {names} — for an existing member, --member-map \"{first}=member\""),
    False: ("新しい担当者として登録しました: {names} — 既存の担当者と同じ人なら取り消して --member-map \"{first}=担当者名\"",
            "added as new members: {names} — for an existing member, undo and --member-map \"{first}=member\""),
}
# Why rows were skipped (importers' problem codes), for the one-line refusal of a file that gives nothing.
SKIPS: dict[str, tuple[str, str]] = {
    "missing_date": ("日付が空です", "the date is empty"),
    "bad_date": ("日付として読めません", "it is not a date"),
    "implausible_date": ("ありえない日付です (2000年より前か来年より後)", "the date is implausible (before 2000 or after next year)"),
    "missing_member": ("担当者が空です (--member で指定できます)", "no rep (name one with --member)"),
    "not_completed": ("未完了の活動です (完了のみ数えます)", "the activity is not completed (only completed ones count)"),
    "bad_number": ("数値として読めません", "it is not a number"),
    "no_metric": ("指標が分かりません", "no metric is named"),
}
# What a sheet lacked to be a table.
LACKS: dict[str, tuple[str, str]] = {
    "header": ("見出し行", "a header row"),
    "day": ("日付の列", "a date column"),
    "what": ("結果・種別・件数・ステージなどの列", "a result, type, count or stage column"),
    "member": ("担当者の列 (--member で指定できます)", "a rep column (name one with --member)"),
}
# Why a sheet was left out of a plain import (importers.sheet_kinds), as the preview says it.
LEFT_OUT: dict[str, tuple[str, str]] = {
    "pivot": ("シート '{sheet}' はピボットテーブル (他の行の集計) なので取り込みませんでした",
              "sheet '{sheet}' left out: a pivot table, made from other rows"),
    "summary": ("シート '{sheet}' は月別・合計の集計表 (1日1行の表ではありません) なので取り込みませんでした",
                "sheet '{sheet}' left out: a summary by month or of totals, not one row per day"),
    "repeats": ("シート '{sheet}' は他のシートと同じ行の繰り返しなので取り込みませんでした",
                "sheet '{sheet}' left out: it repeats the rows of other sheets"),
}
LOOKED_FOR = ("日付・担当者と、結果・種別・件数・ステージのいずれかの列がある見出し行を探しました",
              "looked for a header row with a date, a rep and a result, type, count or stage column")


def reason(code: str, table: dict[str, tuple[str, str]] = REASONS) -> str:
    ja, en = table.get(code, (code, code))
    return ja if language() == "ja" else en


def nothing_detail(summary: dict[str, Any]) -> str:
    """'no row could be stored: the date is empty (42 rows, e.g. Calls!Call Start Time '…') …'."""
    parts = []
    for r in summary["reasons"]:
        example = f"{r['sheet']}!{r['column']} '{r['value']}'" if r["value"] else f"{r['sheet']}!{r['column']}"
        rows = f"{r['count']} 行" if language() == "ja" else f"{r['count']} rows"
        parts.append(f"{reason(r['code'], SKIPS)} ({rows}, {example})")
    lacks = [reason(code, LACKS) for s in summary["sheets"] if s["selected"] for code in s["missing"]]
    parts += lacks[:2]
    return reason("nothing_stored") + (": " + "; ".join(parts) if parts else "")


def no_layout_detail(summary: dict[str, Any]) -> str:
    """What was looked for, and what the sheet that came closest lacked."""
    ja = language() == "ja"
    text = reason("no_layout") + ": " + (LOOKED_FOR[0] if ja else LOOKED_FOR[1])
    near = max((s for s in summary["sheets"] if s["header_row"]), key=lambda s: len(s["mapping"]), default=None)
    if near is not None and near["missing"]:
        lacks = "・".join(reason(code, LACKS) for code in near["missing"])
        text += (f"。最も近いシート '{near['sheet']}' ({near['header_row']} 行目が見出し) には {lacks} がありません" if ja
                 else f"; the nearest, sheet '{near['sheet']}' (header row {near['header_row']}), lacks {lacks}")
    return text


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import Excel/CSV trackers")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--watch", metavar="DIR", help="import each new or changed file in DIR, again and again")
    p.add_argument("--once", action="store_true", help="with --watch: look at the folder once and exit")
    p.add_argument("--interval", type=float, default=60.0, help="with --watch: seconds between looks (default 60)")
    p.add_argument("--db", default=None, help="database file (default: the app's)")
    p.add_argument("--sheet", action="append", help="only this sheet (repeatable)")
    p.add_argument("--mapping", help="JSON {column label: field} merged over the automatic mapping ('' ignores a column)")
    p.add_argument("--member", help="the rep of every row, for a file without a rep column")
    p.add_argument("--member-map", action="append", metavar="NAME=MEMBER",
                   help="the file's rep name NAME is the existing member MEMBER (repeatable; remembered team-wide)")
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


GC_YOUNG = 20_000  # container allocations between young collections while the rows stream (700 by default)


@contextlib.contextmanager
def _collections_for_import() -> Iterator[None]:
    """No collection while the importer and SQLAlchemy load (nothing they make is garbage), then the
    store() below lets young collections run only every GC_YOUNG allocations: 100k rows spent
    ~0.1 s in ~500 collections, ~0.005 s in ~13. Afterwards the thresholds are as before (tests run
    commands in-process); what store() froze stays frozen, as it always has."""
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if enabled:
            gc.enable()


def run(args: argparse.Namespace) -> int:
    if args.watch:
        return watch(args)
    if not args.files:
        raise CliError("import_refused", path="", detail=reason("no_files"))
    with _collections_for_import():
        return _import_files(args)


def _import_files(args: argparse.Namespace) -> int:
    from desktop.importers.files import ImportRefused
    from desktop.importers.session import import_path

    overrides = _overrides(args.mapping)
    opened: list[Any] = []

    def store() -> Any:
        """Opened when the first file's reader has started: SQLAlchemy loads while it parses."""
        if not opened:
            opened.append(open_store(default_db() if args.db is None else args.db))
            gc.freeze()  # SQLAlchemy & co. live as long as the process: full collections skip them
            gc.set_threshold(GC_YOUNG, 10, 10)
            gc.enable()
        return opened[0]

    reports: list[dict[str, Any]] = []
    refused: list[CliError] = []
    try:
        if args.member_map:
            _remember_members(args, opened)
        for name in args.files:
            try:
                report = import_path(store, Path(name), sheets=args.sheet, overrides=overrides,
                                     dry_run=args.dry_run, member=args.member)
            except ImportRefused as exc:
                refused.append(CliError("import_refused", path=name, detail=reason(exc.code)))
                continue
            summary = report.summary()
            if not any(p.selected and p.layout for p in report.plans):
                refused.append(CliError("import_refused", path=name, detail=no_layout_detail(summary)))
            elif report.nothing:
                refused.append(CliError("import_refused", path=name, detail=nothing_detail(summary)))
            reports.append(summary)
    finally:
        if opened:
            opened[0].close()
    if reports or args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2, default=str) if args.json
              else render(reports, args.dry_run))
    for err in refused:
        print(f"error: {err.message()}", file=sys.stderr)
    return 2 if refused else 0


def _remember_members(args: argparse.Namespace, opened: list[Any]) -> None:
    """`--member-map`, checked whole and saved team-wide before any file is read (a bad one: nothing saved)."""
    from desktop.importers.members import UnknownMember, parse_map, remember

    try:
        answers = parse_map(args.member_map)
    except ValueError as exc:
        raise CliError("import_refused", path=str(exc), detail=reason("bad_member_map")) from exc
    opened.append(open_store(default_db() if args.db is None else args.db))  # run() closes it
    try:
        remember(opened[0], answers)
    except UnknownMember as exc:
        raise CliError("import_refused", path="--member-map", detail=f"'{exc.name}' {reason('unknown_member')}") from exc


def new_members_line(names: list[str], dry_run: bool) -> str:
    shown = ", ".join(names[:20]) + (f" … (+{len(names) - 20})" if len(names) > 20 else "")
    ja, en = NEW_MEMBERS[dry_run]
    return (ja if language() == "ja" else en).format(names=shown, first=names[0])


def render(reports: list[dict[str, Any]], dry_run: bool = False) -> str:
    lines: list[str] = []
    for r in reports:
        if not r["nothing_stored"]:
            lines.append(text("import_done", path=r["file"], detail=f"{r['added']}/{r['replaced']}/{r['skipped']}"))
        left_out = {x["sheet"]: x["why"] for x in r.get("left_out", ())}
        for s in r["sheets"]:
            mark = "✓" if s["selected"] and s["layout"] and not r["nothing_stored"] else "-"
            lines.append(f"  {mark} {s['sheet']}: {s['layout'] or '?'} (header row {s['header_row']})")
            if s["sheet"] in left_out:
                lines.append("      " + reason(left_out[s["sheet"]], LEFT_OUT).format(sheet=s["sheet"]))
            for label, e in s["evidence"].items():
                why = ", ".join(e["evidence"])
                lines.append(f"      {label} → {e['field']} ({round(100 * e['confidence'])}%: {why})")
        for p in r["problems"][:20]:
            lines.append(f"    {p['sheet']}!{p['row']} [{p['column']}] {p['code']}: {p['value']}")
        if r["problem_count"] > 20:
            lines.append(f"    … {r['problem_count'] - 20} more")
        for p in r["impossible"][:20]:  # stored as written, but the funnel cannot be: 接続 > 架電
            lines.append(f"    ! {p['sheet']}!{p['row']} [{p['column']}] {p['code']}: {p['value']}")
        for word, n in r["unknown_words"].items():
            lines.append(f"    ? {word} ×{n}")
        if r["new_members"] and not r["nothing_stored"]:
            lines.append("  " + new_members_line(r["new_members"], dry_run))
    return "\n".join(lines)


def watch(args: argparse.Namespace) -> int:
    """`import --watch DIR`: each new or changed file, imported once, a line for each; exit 2 when a
    file failed (with --once), else run until interrupted."""
    import time

    from desktop.importers.files import ImportRefused
    from desktop.importers.watch import scan

    store = open_store(args.db or default_db())
    failed = False

    def say(outcome: tuple[Any, Any]) -> None:
        nonlocal failed
        path, got = outcome
        if isinstance(got, ImportRefused):
            failed = True
            print(f"error: {CliError('import_refused', path=str(path), detail=reason(got.code)).message()}",
                  file=sys.stderr)
        elif got.nothing or not any(p.selected and p.layout for p in got.plans):
            failed = True
            detail = nothing_detail(got.summary()) if got.nothing else no_layout_detail(got.summary())
            print(f"error: {CliError('import_refused', path=str(path), detail=detail).message()}", file=sys.stderr)
        else:
            print(text("import_done", path=str(path), detail=f"{got.added}/{got.replaced}/{got.skipped}"), flush=True)

    try:
        while True:
            scan(store, Path(args.watch), member=args.member, on_file=say)
            if args.once:
                return 2 if failed else 0
            time.sleep(max(args.interval, 1.0))
    except ImportRefused as exc:
        raise CliError("import_refused", path=args.watch, detail=reason(exc.code)) from exc
    except KeyboardInterrupt:
        return 0
    finally:
        store.close()
