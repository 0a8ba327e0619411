"""What the headless commands share: messages in Japanese or English, the data folder, errors."""

from __future__ import annotations

import locale
import os
import traceback
from contextvars import ContextVar
from datetime import date, datetime
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from desktop.models import errors

APP = "KPIDesk"

_TEXT: dict[str, tuple[str, str]] = {
    "description": ("KPI Desk: インサイドセールスのKPIを管理するオフラインアプリ",
                    "KPI Desk: offline KPI tracking for inside-sales teams"),
    "help_lang": ("表示言語 (ja / en)", "display language (ja / en)"),
    "usage": ("{prog}: {detail}", "{prog}: {detail}"),
    "bad_date": ("日付が読めません: {detail} (例: 2025-04-01)", "cannot read the date: {detail} (e.g. 2025-04-01)"),
    "bad_number": ("数値が読めません: {detail}", "not a number: {detail}"),
    "bad_rate": ("率は 0 より大きく 100% 以下で指定してください (例: 0.2 または 20%): {detail}",
                 "rates must be above 0 and at most 100% (e.g. 0.2 or 20%): {detail}"),
    "no_goal": ("--revenue (と --deal-size) か --wins のどちらかを指定してください",
                "give --revenue (with --deal-size) or --wins"),
    "bad_members": ("--members は 1 以上 10000 以下にしてください", "--members must be from 1 to 10000"),
    "bad_amount": ("金額・件数は 0 より大きく 1000兆 以下で指定してください (例: 1億, 100万): {detail}",
                   "amounts must be above 0 and at most 10^15 (e.g. 100000000 or 1億): {detail}"),
    "bad_year": ("年度は 4 桁の年で指定してください (例: 2025): {detail}", "the fiscal year must be a 4-digit year (e.g. 2025): {detail}"),
    "bad_money": ("金額は 0 より大きくしてください", "amounts must be above 0"),
    "bad_wins": ("受注数は 0 より大きくしてください", "the wins goal must be above 0"),
    "no_deal_size": ("--revenue には --deal-size (平均受注単価) も指定してください", "--revenue needs --deal-size (the average deal size)"),
    "conflicting_goal": ("--revenue ÷ --deal-size と --wins が合いません。どちらか一方を指定してください",
                         "--revenue / --deal-size and --wins disagree; give one of them"),
    "bad_fiscal_start_month": ("年度の開始月は 1〜12 で指定してください", "the fiscal start month must be 1-12"),
    "bad_demo_day": ("--today は 2000-01-01 から 2100-12-31 の間で指定してください: {detail}",
                     "--today must be between 2000-01-01 and 2100-12-31: {detail}"),
    "empty_db": ("--db にファイル名を指定してください (空です)", "--db is empty; give a database file"),
    "out_read_only": ("{path} に書き込めません: 読み取り専用の場所です。別の保存先を指定してください",
                      "cannot write {path}: the place is read-only; choose another"),
    "is_folder": ("{path} はフォルダです。ファイル名を指定してください", "{path} is a folder; give a file name"),
    "no_business_days": ("その年度に営業日がありません", "that fiscal year has no business days"),
    "no_member": ("担当者が見つかりません: {detail}", "no such member: {detail}"),
    "has_data": ("{path} には既にデータがあります。別のファイルを指定してください",
                 "{path} already holds data; choose another file"),
    "server_has_data": ("{path} には既にデータがあります。デモは空のチームのデータベースにだけ書き込めます",
                        "{path} already holds data; the demo goes only into an empty team database"),
    "bad_period": ("期間が読めません: {detail} (例: 2025-04, 2025-W15, 2025-Q1, FY2025)", "cannot read the period: {detail} (e.g. 2025-04, 2025-W15, 2025-Q1, FY2025)"),
    "cannot_write": ("{path} に書き込めません ({detail})", "cannot write {path} ({detail})"),
    "from_after_to": ("--from が --to より後になっています", "--from is after --to"),
    "bad_report_period": ("期間が読めません: {detail} (例: 2025-W15, 2025-04, 2025-Q1)", "cannot read the period: {detail} (e.g. 2025-W15, 2025-04, 2025-Q1)"),
    "bad_report_file": ("出力ファイルは .xlsx か .pdf にしてください: {detail}", "the output file must end in .xlsx or .pdf: {detail}"),
    "file_locked": ("{path} を書き込めません。Excel などで開いている場合は閉じてから再実行してください", "cannot write {path}; if it is open in Excel, close it and try again"),
    "no_folder": ("{path}: 保存先のフォルダがありません", "{path}: the folder does not exist"),
    "write_failed": ("{path} を書き込めません ({detail})", "cannot write {path} ({detail})"),
    "import_refused": ("{path}: {detail}", "{path}: {detail}"),
    "import_done": ("{path}: 追加/置換/スキップ = {detail}", "{path}: added/replaced/skipped = {detail}"),
    "unexpected_code": ("{path}: 処理できませんでした ({detail})", "{path}: could not be done ({detail})"),
    "unexpected": ("予期しないエラーです ({detail})。詳細: {path}",
                   "unexpected error ({detail}); details in {path}"),
    errors.NOT_A_DATABASE: ("{path}: KPI Desk のデータベースではありません (SQLite ファイルではありません)",
                            "{path}: not a KPI Desk database (not an SQLite file)"),
    errors.NOT_KPIDESK: ("{path}: KPI Desk のデータベースではありません", "{path}: not a KPI Desk database"),
    errors.DAMAGED: ("{path}: データベースが壊れています。バックアップから復元してください",
                     "{path}: the database is damaged; restore it from a backup"),
    errors.NEWER_SCHEMA: ("{path}: より新しい KPI Desk で作成されたファイルです。アプリを更新してください",
                          "{path}: made by a newer KPI Desk; update the app"),
    errors.MIGRATION_FAILED: ("{path}: データベースの更新に失敗しました。元の状態に戻しました ({detail})",
                              "{path}: the database upgrade failed and was rolled back ({detail})"),
    errors.UNREADABLE: ("{path}: 開けません ({detail})", "{path}: cannot open ({detail})"),
    errors.MISSING: ("{path}: ファイルがありません (何も作成していません)", "{path}: no such file (nothing was created)"),
    errors.BUSY: ("{path}: 他の KPI Desk が使用中です。しばらくしてからもう一度お試しください",
                  "{path}: another KPI Desk is using it; please try again in a moment"),
    errors.READ_ONLY: ("{path}: 読み取り専用のため書き込めません (ファイルは壊れていません)。書き込めるフォルダにコピーしてください",
                       "{path}: read-only, cannot write (the file is not damaged); copy it to a folder you can write to"),
    errors.PERMISSION: ("{path}: このファイルを開く権限がありません (ファイルは壊れていません)",
                        "{path}: no permission to open this file (the file is not damaged)"),
    errors.DISK_FULL: ("{path}: ディスクの空きがありません。空きを作ってからもう一度お試しください (何も変更していません)",
                       "{path}: the disk is full; free some space and try again (nothing was changed)"),
    errors.BACKUP_FAILED: ("{path}: バックアップを書き込めませんでした ({detail})", "{path}: the backup could not be written ({detail})"),
    errors.SERVER_UNREACHABLE: ("{path}: チームのサーバーに接続できません ({detail})",
                                "{path}: cannot reach the team's server ({detail})"),
    errors.LOGIN_FAILED: ("{path}: ログインできません。ユーザー名とパスワードを確認してください",
                          "{path}: login refused; check the user name and password"),
    errors.OFFLINE: ("{path}: オフラインのコピーは読み取り専用です。サーバーに接続してから記録してください",
                       "{path}: the offline copy is read-only; connect to the server to record"),
    errors.NOT_YOURS: ("他のメンバーの記録は変更できません", "you cannot change another member's records"),
    errors.NETWORK_FOLDER: ("{path}: ネットワークフォルダ上の SQLite ファイルは壊れるおそれがあるため開けません。"
                            "チームで共有するにはチームモード (kpidesk team) を使ってください",
                            "{path}: a SQLite file on a network folder can be damaged and is not opened; "
                            "to share the numbers use team mode (kpidesk team)"),
    "not_server_url": ("PostgreSQL の URL を指定してください (postgresql://ユーザー:パスワード@サーバー/データベース): {detail}",
                       "give a PostgreSQL URL (postgresql://user:password@server/database): {detail}"),
    "bad_login": ("ログイン名は半角英小文字で始まる英小文字・数字・_ の 2〜41 文字にしてください: {detail}",
                  "a login name is 2-41 lower-case letters, digits or _, starting with a letter: {detail}"),
    "login_exists": ("そのログイン名は既にあります: {detail}", "that login already exists: {detail}"),
    "team_ready": ("{path}: チームのデータベースを準備しました (ロール: {detail})",
                   "{path}: the team database is ready (roles: {detail})"),
    "user_added": ("{detail} を {path} として追加しました。次の URL は一度だけ表示されます:",
                   "added {detail} as {path}; the URL below is shown only once:"),
    "joined": ("{path} に接続しました。{detail}", "connected to {path}. {detail}"),
    "password_in_keyring": ("パスワードはシステムのキーリングに保存しました", "the password is kept in the system keyring"),
    "no_keyring": ("システムのキーリングがないため、パスワードは保存していません (起動時に入力してください)",
                   "no system keyring here: the password was not saved (you will be asked for it)"),
    "uploaded": ("{path} から {detail} 件をアップロードしました", "uploaded {detail} records from {path}"),
}


CHOSEN_LANGUAGE: ContextVar[str | None] = ContextVar("CHOSEN_LANGUAGE", default=None)  # `kpidesk --lang`


def language() -> str:
    """`kpidesk --lang`, else KPIDESK_LANG, else ja on a Japanese system, else en."""
    chosen = CHOSEN_LANGUAGE.get() or os.environ.get("KPIDESK_LANG")
    if chosen in ("ja", "en"):
        return chosen
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "ja" if lang.lower().startswith("ja") else "en"


def text(key: str, **values: object) -> str:
    ja, en = _TEXT[key]
    return (ja if language() == "ja" else en).format(**values)


class CliError(Exception):
    """A problem to report in one line."""

    def __init__(self, code: str, detail: str = "", path: str = "", prog: str = "kpidesk") -> None:
        super().__init__(code)
        self.code, self.detail, self.path, self.prog = code, detail, path, prog

    def message(self) -> str:
        """One line: values the user typed are shown with control characters made visible."""
        detail, path = printable(self.detail), printable(self.path)
        if self.code not in _TEXT:
            return text("unexpected_code", detail=printable(self.code), path=path)
        return text(self.code, detail=detail, path=path, prog=self.prog)

    @classmethod
    def from_store(cls, exc: errors.StoreError) -> CliError:
        return cls(exc.code, detail=exc.detail[:200], path=exc.path)


def printable(value: str, limit: int = 400) -> str:
    """A user's value for a one-line message: control characters escaped, overlong values cut (at 400
    characters: the import's "no table" reason, ~230, must end whole)."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(value))
    return shown if len(shown) <= limit else shown[:limit] + "…"


def data_dir() -> Path:
    folder = Path(os.environ.get("KPIDESK_DATA_DIR") or user_data_dir(APP, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_db() -> Path | str:
    """KPIDESK_DB (a file or a team's postgresql:// URL) when set; else the team database this
    user joined (`kpidesk team join`), when the keyring holds its password; else the file in the
    data folder."""
    if os.environ.get("KPIDESK_DB"):
        return os.environ["KPIDESK_DB"]
    from desktop.commands.team_join import saved_url

    joined = saved_url(with_password_only=True)
    return joined or data_dir() / "kpidesk.sqlite3"


def demo_db() -> Path:
    return data_dir() / "demo.sqlite3"


def open_store(path: str | Path, *, check: bool = True, existing: bool = False):  # noqa: ANN201 - Store
    """Open a Store, turning its errors into one-line CLI errors.

    Read-only commands pass check=False to skip the full integrity scan (damage they run into
    is still reported as a damaged database, see `is_damage`) and existing=True: a mistyped path
    or an empty file is refused, and nothing is created there.
    """
    from desktop.models import store as stores
    from desktop.models.backend import backend_for
    from desktop.models.store import Store

    if not str(path).strip():
        raise CliError("empty_db")
    file = backend_for(path).path  # None for a team's server; a network folder is Store.open's to refuse
    if existing and file is not None and not stores.is_network_path(file) and (not file.is_file() or file.stat().st_size == 0):
        code = errors.MISSING if not file.exists() else errors.NOT_KPIDESK if file.is_file() else errors.NOT_A_DATABASE
        raise CliError(code, path=str(path))
    try:
        return Store.open(path, check=check)
    except errors.StoreError as exc:
        raise CliError.from_store(exc) from exc


def find_member(store, name: str) -> int:  # noqa: ANN001 - Store
    """The member a name means, however it is spaced (山田 太郎 = 山田太郎); CliError when none."""
    from desktop.kpi.outcomes import normalize_word

    wanted = normalize_word(name)
    for m in store.members():
        if m.name_key == wanted:
            return m.id
    raise CliError("no_member", detail=name)


def parse_day(value: str) -> date:
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d").date()
    except ValueError as exc:
        raise CliError("bad_date", detail=value) from exc


def is_damage(exc: BaseException) -> bool:
    """SQLite's words for a damaged file, wherever in a read they surface."""
    words = str(exc).lower()
    return "malformed" in words or "file is not a database" in words


def describe_unexpected(exc: BaseException) -> str:
    """Save the traceback to the log folder and say where it is."""
    folder = Path(os.environ.get("KPIDESK_LOG_DIR") or user_log_dir(APP, appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "error.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat()}\n")
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        log = Path("(log not writable)")
    return text("unexpected", detail=type(exc).__name__, path=str(log))
