"""Lookalikes of real public exports (same columns and value styles, invented rows), with totals
known by construction: a Zoho CRM call export, a Zoho task export, a Zoho deal (Potentials) export,
a pipeline sheet with `sales_agent`, a `;` HubSpot-style deal sheet with d/m/yy dates, a dialer's
disposition log, and Japanese SFA-style activity and call lists."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl

OWNERS = ["Lazar Mathew", "Thomas Mondrake", "Rozario Diego"]


def _csv(path: Path, header: list[str], rows: list[list[object]], delimiter: str = ",",
         encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def zoho_calls(path: Path) -> tuple[Path, dict[str, int]]:
    """Zoho CRM Calls: 'Call Start Time' is the only dated column worth reading; Call Owner Id beside
    the owner's name; Created/Modified Time are the CRM's bookkeeping. Returns calls per owner."""
    rows, calls = [], {o: 0 for o in OWNERS}
    start = datetime(2025, 4, 1, 9, 0)
    for i in range(60):
        owner = OWNERS[i % 3] if i % 5 else OWNERS[0]
        at = start + timedelta(days=i // 4, minutes=37 * i)
        rows.append([5000300 + i, at.strftime("%Y-%m-%d %H:%M:%S"), 60 * (i % 9), owner, 1003 + OWNERS.index(owner),
                     ["US INVOICE CALL", "us books", "User wanted to subscribe"][i % 3], ["Outbound", "Inbound"][i % 2],
                     ["Prospecting", "Demo"][i % 2], ["No", "Yes"][i % 2], "2025-03-30 00:03:00", "2025-10-08 00:09:00",
                     2440 + i, "", 0, "", i % 9])
        calls[owner] += 1
    header = ["TASKID", "Call Start Time", "Call Duration (in seconds)", "Call Owner", "Call Owner Id", "Subject",
              "Call Type", "Call Purpose", "Billable", "Created Time", "Modified Time", "CONTACTID", "ACCOUNTID",
              "POTENTIALID", "LEADID", "Call Duration (in minutes)"]
    return _csv(path, header, rows), calls


def zoho_tasks(path: Path) -> tuple[Path, dict[str, int]]:
    """Zoho Tasks: the kind is in Subject (Call, Email, follow up …), Status says which were done.
    Returns the completed tasks per kind (calls, emails, follow_ups)."""
    subjects = [("Call", "calls"), ("Email", "emails"), ("follow up", "follow_ups"),
                ("Enterprise Edition Followup", "follow_ups"), ("Call for Renewal", "calls")]
    statuses = ["Completed", "Completed", "Not Started", "Completed", "In Progress"]
    done = {"calls": 0, "emails": 0, "follow_ups": 0}
    rows = []
    for i in range(50):
        subject, metric = subjects[i % 5]
        status = statuses[(i // 5) % 5]
        due = date(2025, 4, 1) + timedelta(days=i % 28)
        rows.append([OWNERS[i % 3], subject, "16 Apr, 2025 00:02:00", due.strftime("%d %b, %Y 00:06:00"), status,
                     "15 Oct, 2025 00:08:00"])
        if status == "Completed":
            done[metric] += 1
    return _csv(path, ["Task Owner", "Subject", "Created Time", "Due Date", "Status", "Modified Time"], rows), done


def zoho_potentials(path: Path) -> tuple[Path, dict[str, int]]:
    """Zoho Potentials: '$22,700.00' amounts, 'Closed Won'/'Closed Lost', 'Age in Days' (no date),
    'Expected Revenue'. Returns won count and won revenue, lost and open counts."""
    stages = ["Closed Won", "Qualification", "Closed Lost", "Needs Analysis", "Closed Won", "Negotiation/Review"]
    out = {"wins": 0, "revenue": 0, "lost": 0, "open": 0}
    rows = []
    for i in range(36):
        stage = stages[i % 6]
        amount = 10_000 + 700 * i
        created = date(2025, 4, 1) + timedelta(days=i)
        closing = created + timedelta(days=20)
        rows.append([f"Lewis, James {i}", OWNERS[i % 3], created.strftime("%d %b, %Y 00:02:00"),
                     closing.strftime("%d %b, %Y 00:03:00"), f"${amount:,.2f}", f"${amount * 2:,.2f}", stage,
                     "Open", "Existing Business", "Advertisement", 50, 20 + i, "1. 0 - 60 days", "No"])
        if stage == "Closed Won":
            out["wins"] += 1
            out["revenue"] += amount
        else:
            out["lost" if stage == "Closed Lost" else "open"] += 1
    header = ["Potential Name", "Potential Owner", "Created Time", "Closing Date", "Amount", "Expected Revenue",
              "Stage", "Forecast Type", "Type", "Lead Source", "Probability", "Age in Days", "Age Tier",
              "Calls Involved"]
    return _csv(path, header, rows), out


def sales_pipeline(path: Path) -> tuple[Path, dict[str, int]]:
    """A public CRM pipeline sheet: sales_agent holds the rep, m/d/yyyy dates, Won/Lost/Engaging,
    prospects without any date. Returns won deals and won value."""
    stages = ["Won", "Lost", "Engaging", "Won", "Prospecting"]
    out = {"wins": 0, "revenue": 0, "undated": 0}
    rows = []
    for i in range(40):
        stage = stages[i % 5]
        engage = date(2025, 4, 1) + timedelta(days=i % 25)
        close = engage + timedelta(days=13)
        dated = stage != "Prospecting"
        rows.append([f"1C1I7A{i:02d}", ["Moses Frase", "Darcel Schlecht", "Zane Levy"][i % 3], "GTX Plus Basic",
                     "Cancity", stage, f"{engage.month}/{engage.day}/{engage.year}" if dated else "",
                     f"{close.month}/{close.day}/{close.year}" if stage in ("Won", "Lost") else "",
                     1000 + i if stage == "Won" else (0 if stage == "Lost" else "")])
        if stage == "Won":
            out["wins"] += 1
            out["revenue"] += 1000 + i
        out["undated"] += not dated
    header = ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date",
              "close_value"]
    return _csv(path, header, rows), out


def hubspot_semicolon(path: Path) -> tuple[Path, dict[str, int]]:
    """A `;` deal sheet with a BOM, d/m/yy dates, an owner id beside the owner, Closed Won/Lost."""
    stages = ["Discovery", "Closed Won", "Proposal", "Closed Lost", "Closed Won"]
    out = {"wins": 0, "revenue": 0}
    rows = []
    for i in range(25):
        created = date(2025, 5, 1) + timedelta(days=i)
        close = created + timedelta(days=9)
        stage = stages[i % 5]
        rows.append([f"D-{2400 + i}", f"Deal {i} - Opportunity", f"Client_{i}", ["Carlos Ruiz", "Ana Gil"][i % 2],
                     f"HO-{2424 + i}", stage, 5000 + i, close.strftime("%-d/%m/%y"), 95 + i,
                     created.strftime("%d/%m/%y"), ["Demo", "Call"][i % 2], created.strftime("%d/%m/%y"),
                     close.strftime("%d/%m/%y")])
        if stage == "Closed Won":
            out["wins"] += 1
            out["revenue"] += 5000 + i
    header = ["deal_id", "deal_name", "company", "owner", "hubspot_owner_id", "stage", "amount_usd", "close_date",
              "days_in_stage", "last_activity_date", "last_activity_type", "deal_created_date", "last_modified_date"]
    return _csv(path, header, rows, delimiter=";", encoding="utf-8-sig"), out


def dialer_log(path: Path) -> tuple[Path, dict[str, int]]:
    """A dialer's disposition log: 'Agent Name', 'Log Time' as '2025-05-01 10:00 AM'. Returns calls
    and connects (Not Interested and Connected - Discovery reached someone; Voicemail, Busy,
    Wrong Number did not)."""
    dispositions = ["Voicemail", "Not Interested", "Wrong Number", "Busy", "Connected - Discovery", "Left voicemail"]
    out = {"calls": 0, "connects": 0}
    rows = []
    for i in range(30):
        d = dispositions[i % 6]
        hour = 9 + i % 8
        stamp = f"2025-05-{1 + i // 10:02d} {hour % 12 or 12}:{(5 * i) % 60:02d} {'AM' if hour < 12 else 'PM'}"
        rows.append([["John Smith", "Jane Doe"][i % 2], d, 10 + i, 10001 + i, stamp, 5551234567 + i])
        out["calls"] += 1
        out["connects"] += d in ("Not Interested", "Connected - Discovery")
    header = ["Agent Name", "Disposition", "Recording Length (Seconds)", "Call Log ID", "Log Time", "Phone Number"]
    return _csv(path, header, rows), out


def sfa_activities(path: Path) -> tuple[Path, dict[str, int]]:
    """A Japanese SFA activity export: 案件番号 beside 活動日 / 行動種別 / 活動者, the department in
    活動者組織, results 担当者NG / 資料請求 / 受付NG / 留守電. Returns calls, connects, meetings."""
    kinds = ["電話", "電話", "訪問", "Eメール", "電話"]
    results = ["担当者NG", "資料請求", "受付NG", "留守電", "接続済み", "話し中", "資料送付", "アポ獲得"]
    reached = {"担当者NG", "資料請求", "接続済み", "資料送付", "アポ獲得"}
    out = {"calls": 0, "connects": 0, "meetings": 0, "emails": 0}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "活動履歴"
    ws.append(["案件番号", "活動日", "行動種別", "活動者", "活動者組織", "顧客名", "結果", "活動内容"])
    for i in range(40):
        kind = kinds[i % 5]
        result = results[i % 8] if kind == "電話" else ""
        ws.append([f"A-{1000 + i}", date(2025, 4, 1 + i % 20), kind, ["山田 太郎", "佐藤 花子"][i % 2],
                   ["第一営業部", "インサイドセールス部"][i % 2], f"株式会社テスト{i % 7}", result, "架電しました"])
        metric = {"電話": "calls", "訪問": "meetings", "Eメール": "emails"}[kind]
        out[metric] += 1
        out["connects"] += result in reached
    wb.save(path)
    return path, out


def call_list_with_contacts(path: Path) -> tuple[Path, dict[str, int]]:
    """A call list where 担当者名 is the customer's contact (田中様, often blank) and 担当IS the rep."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "架電リスト"
    ws.append(["架電日", "会社名", "担当者名", "電話番号", "担当IS", "結果"])
    calls = {"鈴木": 0, "高橋": 0}
    for i in range(24):
        rep = ["鈴木", "高橋"][i % 2]
        ws.append([date(2025, 6, 2 + i % 10), f"株式会社サンプル{i}", "" if i % 3 else f"田中{i}様",
                   f"03-1234-{5600 + i}", rep, ["不在", "受付NG", "担当者NG", "アポ"][i % 4]])
        calls[rep] += 1
    wb.save(path)
    return path, calls


def day_matrix_month_in_title(path: Path) -> tuple[Path, int]:
    """A 1–31 day-number matrix whose month is only in its title; the sheet is named 架電数."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "架電数"
    ws.append(["2025年6月 架電実績"])
    ws.append(["担当者", *range(1, 31), "合計"])
    total = 0
    for i, rep in enumerate(["山田", "佐藤"]):
        counts = [(d + i) % 7 for d in range(1, 31)]
        ws.append([rep, *counts, sum(counts)])
        total += sum(counts)
    wb.save(path)
    return path, total


def impossible_daily(path: Path) -> Path:
    """Daily counts where one row says 5 connects from 3 calls (row 3) and one 4 アポ from 2 接続 (row 4)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "日次"
    ws.append(["日付", "担当者", "架電数", "通電数", "アポ数"])
    ws.append([date(2025, 4, 1), "山田", 30, 5, 1])
    ws.append([date(2025, 4, 2), "山田", 3, 5, 0])
    ws.append([date(2025, 4, 3), "山田", 20, 2, 4])
    wb.save(path)
    return path


def reps_across(path: Path) -> tuple[Path, dict[str, int]]:
    """Two layouts teams keep: sheet 架電数 with dates down and one column per rep; sheet 日次 with
    rep names merged over their 架電 / 通電 / アポ columns. Returns calls and connects per rep."""
    wb = openpyxl.Workbook()
    across = wb.active
    across.title = "架電数"
    across.append(["日付", "山田", "佐藤", "鈴木"])
    want = {"山田": 0, "佐藤": 0, "鈴木": 0, "connects:田中": 0, "calls:田中": 0, "calls:高橋": 0}
    for d in range(1, 6):
        row = [date(2025, 7, d), 10 + d, 20 + d, 30 + d]
        across.append(row)
        for rep, n in zip(("山田", "佐藤", "鈴木"), row[1:]):
            want[rep] += n
    grouped = wb.create_sheet("日次")
    grouped.append(["日付", "田中", None, None, "高橋", None, None])
    grouped.merge_cells("B1:D1")
    grouped.merge_cells("E1:G1")
    grouped.append([None, "架電", "通電", "アポ", "架電", "通電", "アポ"])
    for d in range(1, 4):
        grouped.append([date(2025, 8, d), 30 + d, 5, 1, 40 + d, 6, 2])
        want["calls:田中"] += 30 + d
        want["connects:田中"] += 5
        want["calls:高橋"] += 40 + d
    wb.save(path)
    return path, want


def revops_pipeline(path: Path) -> tuple[Path, dict[str, int]]:
    """A RevOps pipeline export (like a public revops-dashboard's opportunities.csv): its own stage
    names (Demo, Discovery, Proposal, Negotiation, Closed Won / Closed Lost), assigned_rep, ISO
    dates, probability and days-in-stage numbers beside the amount. Returns deals, wins, won value."""
    stages = ["Closed Won", "Demo", "Closed Won", "Discovery", "Closed Lost", "Proposal", "Negotiation", "Demo"]
    reps = ["Sarah Chen", "Mike Rodriguez", "Jessica Park", "Tom Wilson"]
    out = {"opportunities": 0, "wins": 0, "revenue": 0}
    rows = []
    for i in range(48):
        stage = stages[i % len(stages)]
        created = date(2025, 1, 6) + timedelta(days=2 * i)
        amount = 30_000 + 1_000 * i
        rows.append([f"OPP-2025-{i:03d}", f"LD-2025-{i:03d}", created.isoformat(), (created + timedelta(days=60)).isoformat(),
                     stage, amount, 100 if stage == "Closed Won" else (0 if stage == "Closed Lost" else 60),
                     reps[i % 4], "Webinar", "RevOps Platform", "Budget" if stage == "Closed Lost" else "",
                     0 if stage.startswith("Closed") else 10 + i, (created + timedelta(days=30)).isoformat()])
        out["opportunities"] += 1
        if stage == "Closed Won":
            out["wins"] += 1
            out["revenue"] += amount
    header = ["opportunity_id", "lead_id", "created_date", "close_date", "stage", "amount", "probability",
              "assigned_rep", "source", "product", "lost_reason", "days_in_stage", "last_activity_date"]
    return _csv(path, header, rows), out


def daily_records_export(path: Path) -> tuple[Path, dict[str, int]]:
    """A Japanese call tool's daily export per rep (like one public Access tool writes):
    日付,担当者,架電,有効,見込,資料,追客,受注,稼働時間,備考 — 有効 are the calls that reached the person,
    受注 the wins; 見込 / 資料 / 追客 / 稼働時間 are no KPI Desk count. Returns calls, connects, wins."""
    out = {"calls": 0, "connects": 0, "wins": 0}
    rows = []
    for d in range(1, 21):
        for n, rep in enumerate(["山田 太郎", "佐藤 花子", "鈴木 一郎"]):
            calls, valid, won = 30 + (d * 7 + n * 5) % 31, 5 + (d + n) % 11, (d + n) % 3 == 0
            rows.append([f"2025/04/{d:02d}", rep, calls, valid, (d + n) % 4, (d * n) % 5, n % 3, int(won),
                         round(4 + (d % 5) * 0.7, 1), ""])
            out["calls"] += calls
            out["connects"] += valid
            out["wins"] += int(won)
    header = ["日付", "担当者", "架電", "有効", "見込", "資料", "追客", "受注", "稼働時間", "備考"]
    return _csv(path, header, rows), out
