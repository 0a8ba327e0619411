"""Activity kinds, the call-outcome ladder, and the words teams use for them."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from desktop.kpi.metrics import Metric


class ActivityKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    FOLLOW_UP = "follow_up"
    MEETING = "meeting"
    OTHER = "other"


class Outcome(StrEnum):
    """The default outcome ladder (不在 → 受付NG → 接続 → アポ / 担当者NG)."""

    NO_ANSWER = "no_answer"
    GATEKEEPER = "gatekeeper"
    CONNECTED = "connected"
    APPOINTMENT = "appointment"
    REJECTED = "rejected"
    OTHER = "other"


# A connect is any outcome that reached the person: connected, appointment, rejected.
CONNECT_OUTCOMES: frozenset[Outcome] = frozenset(
    {Outcome.CONNECTED, Outcome.APPOINTMENT, Outcome.REJECTED}
)

# Which count metric an activity kind feeds.
KIND_METRIC: dict[ActivityKind, Metric] = {
    ActivityKind.CALL: Metric.CALLS,
    ActivityKind.EMAIL: Metric.EMAILS,
    ActivityKind.FOLLOW_UP: Metric.FOLLOW_UPS,
    ActivityKind.MEETING: Metric.MEETINGS,
}

# Words teams write in their trackers, after normalisation (NFKC, no spaces, lower case).
DEFAULT_OUTCOME_WORDS: dict[str, Outcome] = {
    "不在": Outcome.NO_ANSWER,
    "留守": Outcome.NO_ANSWER,
    "留守電": Outcome.NO_ANSWER,
    "留守番電話": Outcome.NO_ANSWER,
    "担当者不在": Outcome.NO_ANSWER,
    "不通": Outcome.NO_ANSWER,
    "noanswer": Outcome.NO_ANSWER,
    "受付ng": Outcome.GATEKEEPER,
    "受付ブロック": Outcome.GATEKEEPER,
    "受付拒否": Outcome.GATEKEEPER,
    "受付突破できず": Outcome.GATEKEEPER,
    "gatekeeper": Outcome.GATEKEEPER,
    "接続": Outcome.CONNECTED,
    "通話": Outcome.CONNECTED,
    "担当者接続": Outcome.CONNECTED,
    "通電": Outcome.CONNECTED,
    "connected": Outcome.CONNECTED,
    "アポ": Outcome.APPOINTMENT,
    "アポ獲得": Outcome.APPOINTMENT,
    "アポ設定": Outcome.APPOINTMENT,
    "アポイント": Outcome.APPOINTMENT,
    "appointment": Outcome.APPOINTMENT,
    "ng": Outcome.REJECTED,
    "お断り": Outcome.REJECTED,
    "断り": Outcome.REJECTED,
    "見込みなし": Outcome.REJECTED,
    "rejected": Outcome.REJECTED,
    "資料送付": Outcome.OTHER,
    "再架電": Outcome.OTHER,
    "折り返し待ち": Outcome.OTHER,
    "other": Outcome.OTHER,
}

# The quick-logging keys: digit → outcome, in ladder order.
DEFAULT_OUTCOME_KEYS: dict[str, Outcome] = {
    "1": Outcome.NO_ANSWER,
    "2": Outcome.GATEKEEPER,
    "3": Outcome.CONNECTED,
    "4": Outcome.APPOINTMENT,
    "5": Outcome.REJECTED,
    "6": Outcome.OTHER,
}

_SPACES = re.compile(r"\s+")


def normalize_word(text: str) -> str:
    """NFKC, no white space, lower case: the key used to match words and names."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).lower()


def outcome_from_word(text: str, extra: dict[str, Outcome] | None = None) -> Outcome | None:
    """Map a tracker's result word onto the ladder; None when the word is unknown."""
    key = normalize_word(text)
    if not key:
        return None
    if extra and key in extra:
        return extra[key]
    return DEFAULT_OUTCOME_WORDS.get(key)


def metrics_of_activity(kind: ActivityKind, outcome: Outcome | None) -> list[Metric]:
    """The count metrics one activity adds 1 to (revenue and deals come from Deal)."""
    out: list[Metric] = []
    if kind in KIND_METRIC:
        out.append(KIND_METRIC[kind])
    if outcome in CONNECT_OUTCOMES:
        out.append(Metric.CONNECTS)
    if outcome == Outcome.APPOINTMENT:
        out.append(Metric.APPOINTMENTS)
    return out
