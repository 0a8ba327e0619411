"""Column names teams and CRMs use, mapped onto the fields KPI Desk stores, with a confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.kpi.outcomes import normalize_word

# Fields a column can feed. Counts are metric codes (desktop.kpi.metrics.Metric).
DAY, TIME, MEMBER, COMPANY, PERSON, PHONE = "day", "time", "member", "company", "person", "phone"
KIND, RESULT, NOTE = "kind", "result", "note"
TITLE, STAGE, AMOUNT, CREATED, CLOSED = "title", "stage", "amount", "created_day", "closed_day"
STATUS, UPDATED, CONNECTED = "status", "updated_day", "connected"
# lead lists: a lead-status column (MQL / SQL / 商談化 …) or the day of each stage
LEAD_STATUS, MQL_DAY, SQL_DAY, OPPORTUNITY_DAY = "lead_status", "mql_day", "sql_day", "opportunity_day"
STAGE_DAYS = {MQL_DAY: "mql", SQL_DAY: "sql", OPPORTUNITY_DAY: "opportunity"}
COUNT_FIELDS = ("calls", "connects", "appointments", "opportunities", "wins", "revenue", "emails", "meetings")
FIELDS = (DAY, TIME, MEMBER, COMPANY, PERSON, PHONE, KIND, RESULT, STATUS, CONNECTED, NOTE, TITLE, STAGE, AMOUNT,
          CREATED, CLOSED, UPDATED, LEAD_STATUS, MQL_DAY, SQL_DAY, OPPORTUNITY_DAY, *COUNT_FIELDS)

SYNONYMS: dict[str, tuple[str, ...]] = {
    DAY: ("日付", "架電日", "活動日", "対応日", "実施日", "コール日", "年月日", "date", "day", "活動日付",
          "日にち", "架電日時", "callDate", "行動日", "訪問日", "面談日", "callat", "calledat", "calltime",
          "callstarttime", "starttime", "logtime", "timestamp", "activitydate", "datetime", "通話日時", "発信日時"),
    TIME: ("時刻", "時間", "架電時刻", "開始時刻", "time", "starttime", "開始時間"),
    MEMBER: ("担当", "担当者", "活動者", "営業担当", "担当営業", "架電者", "氏名", "名前", "rep", "owner",
             "担当者名", "salesrep", "member", "user", "ユーザー", "所有者", "営業", "agent", "agentname",
             "salesagent", "caller", "callername", "callowner", "taskowner", "ae", "sdr", "bdr", "担当is",
             "is担当", "インサイドセールス", "担当者(社内)", "対応者", "実施者", "行動者", "assignee", "salesperson",
             "representative", "username", "userid(name)"),
    COMPANY: ("会社", "会社名", "企業名", "企業", "社名", "取引先", "取引先名", "顧客名", "顧客", "法人名",
              "リード", "company", "companyname", "account", "accountname", "organization", "client",
              "clientname", "customer", "customername", "店舗名", "訪問先"),
    PERSON: ("担当者様", "先方担当", "先方担当者", "連絡先名", "contact", "contactname", "氏名(先方)",
             "contactcalled", "contactperson", "先方氏名", "お客様名"),
    PHONE: ("電話番号", "電話", "tel", "phone", "phonenumber", "phonenumbercalled", "numbercalled"),
    KIND: ("種別", "活動種別", "種類", "区分", "チャネル", "kind", "type", "activitytype", "タスク種別", "行動種別",
           "アクティビティーの種類", "アクティビティの種類", "活動の種類", "活動区分", "tasksubtype", "calltype"),
    RESULT: ("結果", "架電結果", "通話結果", "対応結果", "result", "outcome", "disposition", "calldisposition",
             "calloutcome", "callresult", "活動結果", "コール結果"),
    STATUS: ("ステータス", "status", "状況", "進捗状況", "対応状況", "完了状況", "taskstatus", "活動状況"),
    CONNECTED: ("通電有無", "接続有無", "接続可否", "connectedflag", "reached", "pickedup", "answered"),
    NOTE: ("メモ", "備考", "コメント", "内容", "詳細", "note", "notes", "memo", "comment", "comments",
           "description", "件名", "subject", "notesgeneral", "活動内容"),
    TITLE: ("案件名", "商談名", "案件", "opportunity", "opportunityname", "dealname", "deal", "件名(案件)",
            "potentialname"),
    STAGE: ("フェーズ", "ステージ", "進捗", "商談ステージ", "stage", "dealstage", "phase", "stagename", "商談フェーズ"),
    AMOUNT: ("金額", "見込金額", "受注見込金額", "契約金額", "案件金額", "amount", "dealamount", "value",
             "closevalue", "dealvalue", "商談金額"),
    CREATED: ("商談日", "作成日", "商談開始日", "初回商談日", "createddate", "createdate", "created", "商談化日",
              "createdtime", "createdat", "createdon", "engagedate", "dealcreateddate", "登録日", "発生日"),
    CLOSED: ("受注日", "成約日", "クローズ日", "完了予定日", "closedate", "closeddate", "closedwondate", "closingdate",
             "wondate", "失注日", "契約日", "完了日"),
    UPDATED: ("更新日", "更新日時", "最終更新日", "modifiedtime", "modifieddate", "lastmodifieddate", "lastmodified",
              "updatedat", "updateddate", "lastupdated", "updated"),
    LEAD_STATUS: ("リードステータス", "leadstatus", "リード段階", "見込み段階", "lifecyclestage",
                  "ライフサイクルステージ", "リード区分"),
    MQL_DAY: ("mql日", "mql化日", "mql獲得日", "mql日付", "mql認定日", "mqldate", "becameamqldate"),
    SQL_DAY: ("sql日", "sql化日", "sql日付", "sql認定日", "sqldate", "becameansqldate"),
    OPPORTUNITY_DAY: ("商談化日(リード)", "opportunitydate", "becameanopportunitydate"),
    "calls": ("架電数", "コール数", "架電件数", "発信数", "calls", "callcount", "コール", "架電"),
    "connects": ("通電数", "接続数", "通話数", "コネクト数", "担当者接続数", "connects", "connected", "通電", "接続",
                 "有効", "有効数", "有効通話", "有効通話数", "有効コール", "有効コール数"),  # 有効: reached the person
    "appointments": ("アポ数", "アポ獲得数", "アポ件数", "アポイント数", "appointments", "appts", "アポ"),
    "opportunities": ("商談数", "商談件数", "商談化数", "opportunities", "meetingsheld"),
    "wins": ("受注数", "受注件数", "成約数", "wins", "closedwon", "deals won", "受注", "成約"),
    "revenue": ("受注金額", "売上", "売上金額", "成約金額", "受注額", "revenue", "sales"),
    "emails": ("メール数", "メール送信数", "emails"),
    "meetings": ("訪問数", "面談数", "meetings"),
}

# Column names only CRM exports use; seeing one makes the layout a crm_ layout.
CRM_SYNONYMS: dict[str, tuple[str, ...]] = {
    DAY: ("activitydate", "活動日時", "duedate", "taskdate", "calldate", "ToDo期日"),
    MEMBER: ("assignedto", "activityassignedto", "contactowner", "opportunityowner", "dealowner",
             "担当ユーザー", "活動担当者", "所有者名", "hubspotowner", "taskowner"),
    RESULT: ("calloutcome", "callresult", "コール結果", "活動結果"),
    KIND: ("activitytype", "tasktype", "活動の種類"),
    COMPANY: ("associatedcompany", "relatedto", "関連先", "accountname(取引先名)"),
    TITLE: ("opportunityname", "dealname", "商談名(sfa)"),
    CLOSED: ("closedate", "完了予定日"),
    CREATED: ("createddate", "createdate", "作成日時"),
}

_UNIT = re.compile(r"[(（\[【].*?[)）\]】]")
_GROUP = re.compile(r"^(?:第)?(\d+)(?:回目|回|コール目|コール|次)")
_GROUP_EN = re.compile(r"^(?:attempt|call|try)(\d+)$")


@dataclass(frozen=True)
class Match:
    """What one header label means: field, attempt group (0 = none), confidence 0–1, CRM-only name."""

    field: str
    group: int = 0
    confidence: float = 1.0
    crm: bool = False
    evidence: tuple[tuple[str, float], ...] = ()  # (code, share): "header", "dates", "people" …
    order: str = ""  # a date column's day/month order for a/b/y text: "mdy" or "dmy"
    stamp: bool = False  # a date column whose values carry the time of day as well
    member: str = ""  # the rep a column belongs to, when reps run across the columns


def header_key(label: object) -> str:
    """The matching key of a header: NFKC, no spaces, no units in brackets, lower case."""
    text = normalize_word(str(label or ""))
    return _UNIT.sub("", text).strip(":：・_-") or text


def group_of(label: object) -> int:
    """The attempt number a group heading names (1回目, 第2回, 3コール目, Attempt 4), else 0."""
    key = normalize_word(str(label or ""))
    m = _GROUP.match(key) or _GROUP_EN.match(key)
    return int(m.group(1)) if m else 0


def _exact() -> dict[str, Match]:
    table = {normalize_word(w): Match(f) for f, words in SYNONYMS.items() for w in words}
    table.update({normalize_word(w): Match(f, crm=True) for f, words in CRM_SYNONYMS.items() for w in words})
    return table


_EXACT = _exact()
_PARTIAL = sorted(((normalize_word(w), f) for f, words in SYNONYMS.items() for w in words
                   if len(normalize_word(w)) >= 2), key=lambda p: -len(p[0]))


def _lookup(key: str) -> Match | None:
    if key in _EXACT:
        return _EXACT[key]
    for word, field in _PARTIAL:  # a known word inside a longer label: less sure
        if word in key:
            return Match(field, 0, 0.6)
    return None


def match_header(label: object) -> Match | None:
    """Map a header label (one or two rows, joined by '/') onto a field, or None."""
    parts = [p for p in str(label or "").split("/") if p.strip()]
    if not parts:
        return None
    group = group_of(parts[0]) if len(parts) > 1 else 0
    inner = "/".join(parts[1:]) if group else str(label)
    found = _lookup(header_key(inner))
    if found is None and len(parts) > 1 and not group:
        found = _lookup(header_key(parts[-1]))
    if found is None:
        return None
    return Match(found.field, group, found.confidence, found.crm)


def metric_of_label(label: object) -> str | None:
    """The count metric a label (a sheet name, a row label) names, e.g. 架電数 → calls."""
    found = _lookup(header_key(label))
    return found.field if found and found.field in COUNT_FIELDS else None


STAGES: dict[str, str] = {
    "初回商談": "first_meeting", "初回": "first_meeting", "ヒアリング": "first_meeting",
    "商談": "first_meeting", "prospecting": "first_meeting", "qualification": "first_meeting",
    "appointmentscheduled": "first_meeting", "qualifiedtobuy": "first_meeting",
    "提案": "proposal", "提案中": "proposal", "proposal": "proposal", "presentationscheduled": "proposal",
    "needsanalysis": "proposal", "valueproposition": "proposal", "decisionmakerboughtin": "proposal",
    "見積": "quote", "見積提出": "quote", "見積中": "quote", "交渉": "quote", "quote": "quote",
    "pricequote": "quote", "negotiation": "quote", "negotiation/review": "quote",
    "contractsent": "quote", "proposal/pricequote": "quote",
    "受注": "won", "成約": "won", "won": "won", "closedwon": "won",
    "失注": "lost", "lost": "lost", "closedlost": "lost", "見送り": "lost",
    "engaging": "first_meeting", "discovery": "first_meeting", "prospect": "first_meeting",
    "アポ獲得": "first_meeting", "商談中": "proposal", "検討中": "proposal", "提案済": "proposal",
    "initialoffer": "proposal", "identifydecisionmakers": "proposal", "perceptionanalysis": "proposal",
    "commit": "quote", "契約": "won", "契約済": "won", "受注済": "won", "成約済": "won", "失注済": "lost",
    "closed-won": "won", "closed-lost": "lost", "win": "won", "loss": "lost", "保留": "first_meeting",
    "demo": "proposal", "demoscheduled": "proposal", "democompleted": "proposal", "デモ": "proposal",
    "デモ実施": "proposal", "solutiondesign": "proposal", "verbalcommit": "quote",  # a pipeline's own stages
}

KINDS: dict[str, str] = {
    "電話": "call", "架電": "call", "コール": "call", "tel": "call", "call": "call", "calls": "call",
    "phone": "call", "メール": "email", "email": "email", "e-mail": "email", "mail": "email",
    "フォロー": "follow_up", "フォローアップ": "follow_up", "followup": "follow_up", "follow-up": "follow_up",
    "訪問": "meeting", "商談": "meeting", "面談": "meeting", "打ち合わせ": "meeting", "meeting": "meeting",
    "visit": "meeting", "オンライン商談": "meeting", "eメール": "email", "ミーティング": "meeting",
    "outbound": "call", "inbound": "call", "outboundcall": "call", "inboundcall": "call", "phonecall": "call",
    "coldcall": "call", "demo": "meeting", "web会議": "meeting", "アポ": "meeting", "テレアポ": "call",
}


def stage_of(word: object) -> str | None:
    return STAGES.get(normalize_word(str(word or "")))


def kind_of(word: object) -> str | None:
    from desktop.importers.vocabulary import kind_word  # its table is built from KINDS

    return kind_word(str(word or ""))
