"""Workbooks that look like the trackers real teams keep, with totals worked out by hand."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font


def _title(ws, title: str, updated: str = "更新日: 2025/05/31") -> None:  # noqa: ANN001
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([updated])
    ws.append([])


def activity_log(path: Path) -> Path:
    """April: 7 calls (3 connects, 1 appointment) and 1 email; May: 1 call, 1 connect, 1 appointment."""
    wb = Workbook()
    ws = wb.active
    ws.title = "架電ログ"
    _title(ws, "2025年度 架電ログ（インサイドセールス部）")
    ws.append(["日付", "時刻", "担当者", "会社名", "種別", "結果", "メモ", None, None])
    rows = [
        [datetime(2025, 4, 1), "10:05", "山田 太郎", "サクラテック", "電話", "不在", "", None, "※ 4/1は研修日"],
        ["2025/4/1", "11:30", "山田太郎", "アオバ物産", "電話", "接続", "資料送付希望"],
        ["令和7年4月2日", "9:40", "佐藤 花子", "ミドリ工業", "電話", "アポ", "4/10 訪問"],
        ["R7.4.2", "14:00", "佐藤　花子", "ひかり商事", None, "受付NG", ""],
        ["２０２５/４/３", "１５:２０", "山田 太郎", "北斗システムズ", "電話", "ＮＧ", ""],
        [45750, None, "佐藤 花子", "東海メディカル", "メール", None, "お礼メール"],
        ["2025-04-03", "16:00", "山田 太郎", "サクラテック", "電話", "担当者外出", ""],
        ["2025-04-03", "16:00", "山田 太郎", "サクラテック", "電話", "担当者外出", ""],
        [datetime(2025, 5, 7), "10:00", "山田 太郎", "アオバ物産", "電話", "アポ", ""],
        [None, None, None, None, None, None, None],
        ["未定", None, "佐藤 花子", "大和ロジスティクス", "電話", "不在", ""],
        ["合計", None, None, None, None, "9件", None],
    ]
    for r in rows:
        ws.append(r)
    notes = wb.create_sheet("メモ")
    notes.append(["このシートは入力ルールのメモです"])
    notes.append(["結果は 不在 / 受付NG / 接続 / アポ / NG から選ぶ"])
    wb.save(path)
    return path


DAILY_TOTALS = {
    "2025-04": {"calls": 25 + 30 + 12 + 18, "connects": 4 + 5 + 2 + 3, "appointments": 1 + 2 + 0 + 1,
                "opportunities": 1 + 1, "wins": 1, "revenue": 1_200_000},
    "2025-05": {"calls": 40 + 22, "connects": 6 + 3, "appointments": 2 + 1, "opportunities": 1, "wins": 0,
                "revenue": 0},
}


def daily_counts(path: Path, april_calls_first: int = 25) -> Path:
    """One sheet per month under a 年度 title; 合計 rows; full-width digits; revenue in 千円."""
    wb = Workbook()
    april = wb.active
    april.title = "4月"
    _title(april, "2025年度 行動量管理表")
    header = ["日付", "担当者", "架電数", "通電数", "アポ数", "商談数", "受注数", "受注金額（千円）", "合計"]
    april.append(header)
    april.append(["4/1", "山田 太郎", april_calls_first, 4, 1, 1, 1, "1,200", None])
    april.append(["4/1", "佐藤 花子", "３０", "５", 2, None, None, None, None])
    april.append(["4/2", "山田太郎", 12, 2, 0, "－", None, None, None])
    april.append([datetime(2025, 4, 2), "佐藤花子", 18, 3, 1, 1, 0, None, None])
    april.append(["合計", None, 85, 14, 4, 2, 1, "1,200", None])
    may = wb.create_sheet("5月")
    _title(may, "2025年度 行動量管理表")
    may.append(header)
    may.append(["5/7", "山田 太郎", 40, 6, 2, 1, None, None])
    may.append([])
    may.append(["5/8", "佐藤 花子", 22, 3, 1, None, None, None])
    may.append(["小計", None, 62, 9, 3, 1, None, None])
    wb.create_sheet("メモ").append(["4月から架電数の定義を変更（折り返しを含めない）"])
    wb.save(path)
    return path


def wide_matrix(path: Path) -> Path:
    """Sheets named by metric, reps down the side, 4/1… across the top, a 合計 column and row.
    April: calls 10+12+8 + 5+7+9 = 51, appointments 1+0+1 + 0+1+0 = 3."""
    wb = Workbook()
    calls = wb.active
    calls.title = "架電数"
    for ws, grid in ((calls, [[10, 12, 8], [5, 7, 9]]), (wb.create_sheet("アポ数"), [[1, 0, 1], [0, 1, 0]])):
        ws.append(["2025年4月 日別集計"])
        ws.append(["担当者", "4/1", "4/2", "4/3", "合計"])
        ws.append(["山田 太郎", *grid[0], sum(grid[0])])
        ws.append(["佐藤 花子", *grid[1], sum(grid[1])])
        ws.append(["合計", *[a + b for a, b in zip(*grid, strict=True)], sum(map(sum, grid))])
    wb.save(path)
    return path


def wide_by_rep(path: Path) -> Path:
    """One sheet per rep (鈴木), metrics down the side, real dates across: calls 60, connects 9 (June)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "鈴木"
    ws.append(["2025年 鈴木 一郎 日報"])
    ws.append([None, datetime(2025, 6, 2), datetime(2025, 6, 3), datetime(2025, 6, 4), "合計"])
    ws.append(["架電数", 20, 25, 15, 60])
    ws.append(["通電数", 3, 4, 2, 9])
    ws.append(["メモ", "雨", None, None, None])
    wb.save(path)
    return path


def attempt_groups(path: Path) -> Path:
    """A lead list: two-row merged header 1回目/2回目/3回目 (架電日, 結果). Filled groups: 5 calls,
    connects 3 (接続, アポ, NG), appointments 1; all in April 2025."""
    wb = Workbook()
    ws = wb.active
    ws.title = "リスト"
    ws.append(["テレアポリスト 2025年4月"])
    ws.append([])
    ws.append(["会社名", "担当者", "電話番号", "1回目", None, "2回目", None, "3回目", None, "備考"])
    ws.append([None, None, None, "架電日", "結果", "架電日", "結果", "架電日", "結果", None])
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "J3:J4"):
        ws.merge_cells(rng)
    ws.append(["サクラテック", "山田 太郎", "03-1111-2222", "4/1", "不在", "4/3", "接続", "4/8", "アポ", ""])
    ws.append(["アオバ物産", "山田 太郎", "03-3333-4444", "4/1", "受付NG", None, None, None, None, "要再架電"])
    ws.append(["ミドリ工業", "佐藤 花子", "06-5555-6666", "4/2", "NG", None, None, None, None, ""])
    ws.append(["ひかり商事", "佐藤 花子", "06-7777-8888", None, None, None, None, None, None, "未着手"])
    wb.save(path)
    return path


DEAL_TOTALS = {"2025-04": {"opportunities": 3, "wins": 1, "revenue": 1_200_000},
               "2025-05": {"opportunities": 2, "wins": 1, "revenue": 800_000}}


def deals(path: Path) -> Path:
    """案件一覧: 5 deals, amounts in 万円; won 120万 (closed 4/25) and 80万 (closed 5/30)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "案件一覧"
    ws.append(["案件管理表", None, None, "最終更新 2025/06/01"])
    ws.append(["案件名", "会社名", "担当", "商談日", "フェーズ", "金額（万円）", "受注日"])
    ws.append(["基幹システム刷新", "サクラテック", "山田 太郎", "2025/4/3", "受注", 120, "2025/4/25"])
    ws.append(["営業支援導入", "アオバ物産", "佐藤 花子", "2025/4/10", "失注", 60, "2025/5/2"])
    ws.append(["勤怠クラウド", "ミドリ工業", "山田 太郎", "2025/4/21", "提案", "45", None])
    ws.append(["会計連携", "ひかり商事", "佐藤 花子", "2025/5/8", "受注", "80", "2025/5/30"])
    ws.append(["電子契約", "北斗システムズ", "山田 太郎", "2025/5/15", "見積", "30", None])
    ws.append(["合計", None, None, None, None, 335, None])
    wb.save(path)
    return path


def salesforce_calls_cp932(path: Path) -> Path:
    """A Salesforce-style activity export in Shift_JIS: 4 calls in June, 2 connects, 1 appointment."""
    lines = ["Activity Date,Assigned To,Company / Account,Call Result,Subject",
             "2025/06/02,髙橋 美咲,株式会社サクラテック,不在,架電",
             "2025/06/02,髙橋 美咲,株式会社アオバ物産,接続,架電",
             "2025/06/03,髙橋美咲,株式会社ミドリ工業,アポ,架電",
             "2025/06/03,髙橋 美咲,株式会社ひかり商事,受付NG,架電"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp932"))
    return path


def hubspot_deals_utf16(path: Path) -> Path:
    """A HubSpot deals export saved as Unicode text (UTF-16, tabs): 3 deals created in July, one won 500,000."""
    lines = ["Deal Name\tDeal Stage\tAmount\tCreate Date\tClose Date\tDeal owner",
             "Renewal 2025\tClosed Won\t500000\t2025-07-01\t2025-07-20\t田中 健太",
             "Pilot\tClosed Lost\t200000\t2025-07-02\t2025-07-25\t田中 健太",
             "Upsell\tAppointment scheduled\t\t2025-07-10\t\t田中健太"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


def split_and_repeated(path: Path) -> Path:
    """日報 gives 4/1 山田 twice, 午前 10 and 午後 15 calls, rows apart (25 in all); 日報（写し） repeats
    4/1 山田 (refused: counted on 日報) and adds 4/2 佐藤 20 calls. Calls in all: 45 + 20 = 65."""
    wb = Workbook()
    ws = wb.active
    ws.title = "日報"
    ws.append(["日付", "担当者", "架電数"])
    ws.append(["2025/4/1", "山田 太郎", 10])
    ws.append(["2025/4/1", "佐藤 花子", 12])
    ws.append(["2025/4/2", "山田 太郎", 8])
    ws.append(["2025/4/1", "山田 太郎", 15])
    copy = wb.create_sheet("日報（写し）")
    copy.append(["日付", "担当者", "架電数"])
    copy.append(["2025/4/1", "山田 太郎", 25])
    copy.append(["2025/4/2", "佐藤 花子", 20])
    wb.save(path)
    return path
