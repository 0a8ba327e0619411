"""The words trackers and CRMs put in result, type, stage, status and yes/no columns (normalised:
NFKC, no spaces, lower case), and what each means."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop.importers.mapping import KINDS, STAGES
from desktop.kpi.outcomes import DEFAULT_OUTCOME_WORDS, Outcome, normalize_word

# Result words the ladder's defaults lack: Japanese teams' own and the CRMs' (English and Japanese UI).
IMPORT_OUTCOMES: dict[str, Outcome] = {
    **{w: Outcome.NO_ANSWER for w in (
        "留守電", "留守番電話を残した", "留守番電話", "応答なし", "話し中", "busy", "linebusy", "voicemail",
        "leftvoicemail", "leftmessage", "novoicemail", "noanswer", "noresponse", "deadcall", "不通", "不在着信",
        "担当者不在", "折り返し待ち", "callback", "callbacklater", "再架電")},
    **{w: Outcome.GATEKEEPER for w in (
        "受付ng", "受付ブロック", "受付拒否", "受付止まり", "leftmessagewithreceptionist", "receptionist",
        "gatekeeper", "gatekeeperblock")},
    **{w: Outcome.CONNECTED for w in (
        "接続済み", "接続", "通話", "通電", "担当者接続", "資料請求", "資料送付", "connected", "connected-discovery",
        "connected-interested", "interested", "reached", "spoketo", "conversation", "受注")},
    **{w: Outcome.REJECTED for w in (
        "担当者ng", "ng", "お断り", "断り", "見込みなし", "notinterested", "connected-notinterested", "rejected",
        "donotcall", "dnc")},
    **{w: Outcome.APPOINTMENT for w in (
        "アポ", "アポ獲得", "アポ設定", "アポイント", "商談化", "appointment", "appointmentset", "meetingbooked",
        "meetingscheduled", "demobooked", "connected-meetingbooked")},
    **{w: Outcome.OTHER for w in ("wrongnumber", "deadendnumber", "番号違い", "sentemail/linkedinmessage")},
}
_COMPLETED = frozenset({"completed", "complete", "done", "closed", "held", "finished", "完了", "済", "済み", "実施済",
                        "実施済み", "対応済", "対応済み", "終了", "実施"})
_NOT_COMPLETED = frozenset({"notstarted", "inprogress", "waitingonsomeoneelse", "deferred", "open", "planned",
                            "scheduled", "pending", "cancelled", "canceled", "未着手", "進行中", "予定", "未完了",
                            "保留", "未実施", "キャンセル", "対応中", "未対応"})
_YES = frozenset({"1", "yes", "y", "true", "○", "〇", "◯", "有", "あり", "はい", "✓", "済"})
_NO = frozenset({"0", "no", "n", "false", "×", "✕", "無", "いいえ"})
_WORDS = re.compile(r"[^a-z\u3040-\u30ff\u4e00-\u9fff]+")


# Lead-status words (normalised): the lead-funnel stage each names, None for a lead with no stage yet.
LEAD_WORDS: dict[str, str | None] = {
    **{w: "mql" for w in ("mql", "mql化", "mql済", "marketingqualifiedlead", "marketingqualified")},
    **{w: "sql" for w in ("sql", "sql化", "sql済", "salesqualifiedlead", "salesqualified")},
    **{w: "opportunity" for w in ("商談化", "商談化済", "商談", "商談中", "opportunity")},
    **{w: None for w in ("新規", "new", "未接触", "リード", "lead", "subscriber", "ナーチャリング", "育成中",
                         "nurturing", "対象外", "disqualified", "unqualified", "失注", "リサイクル")},
}


def lead_stage(word: str) -> str | None:
    """The stage a normalised lead-status word names (MQL化 → mql); None when it names none."""
    return LEAD_WORDS.get(word)


def lead_words_share(words: list[str]) -> float:
    """The share of lead-status words, 0 unless one of them is MQL or SQL (so a call log's 商談化
    results never read as a lead list)."""
    if not words or not any(LEAD_WORDS.get(w) in ("mql", "sql") for w in words):
        return 0.0
    return sum(1 for w in words if w in LEAD_WORDS) / len(words)


def outcome_word(word: str) -> Outcome | None:
    """The outcome of a normalised result word the importer knows (ladder defaults, then these)."""
    return IMPORT_OUTCOMES.get(word) or DEFAULT_OUTCOME_WORDS.get(word)


def outcome_known(word: str) -> bool:
    return outcome_word(word) is not None


@lru_cache(maxsize=8192)
def kind_word(text: str) -> str | None:
    """A kind from a type cell: the whole text, else its first or last word (Call for Renewal)."""
    key = normalize_word(text)
    if key in KINDS:
        return KINDS[key]
    parts = [p for p in _WORDS.split(unicodedata.normalize("NFKC", text).lower()) if p]
    probes = (parts[:1] + parts[-1:] + ["".join(parts[:2]), "".join(parts[-2:])]) if parts else []
    for part in probes:  # Call for Renewal, Zoho CRM Sales Follow Up, Followup and Qualify
        if part in KINDS:
            return KINDS[part]
    return None


def kind_known(text: str) -> bool:
    return kind_word(text) is not None


def stage_known(word: str) -> bool:
    return word in STAGES


def status_of(word: str) -> bool | None:
    """True for a done activity (Completed, 完了), False for one not done (Not Started, 未着手)."""
    return True if word in _COMPLETED else (False if word in _NOT_COMPLETED else None)


def flag_of(word: str) -> bool | None:
    """A yes/no cell: 1/0, Yes/No, TRUE/FALSE, ○/×."""
    return True if word in _YES else (False if word in _NO else None)


def any_vocabulary(word: str) -> bool:
    """A word of some vocabulary: no person's name."""
    return outcome_known(word) or word in KINDS or word in STAGES or status_of(word) is not None
