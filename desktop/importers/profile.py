"""What a column's values look like, from a sample of its rows: the value half of recognition."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.importers import dates
from desktop.importers import vocabulary as voc
from desktop.importers.headers import cell_text
from desktop.importers.values import is_empty, parse_date, parse_money, parse_time
from desktop.kpi.outcomes import normalize_word

_LATIN_NAME = re.compile(r"^[A-Z][a-zA-Z'’.-]*(?: [A-Z][a-zA-Z'’.-]*){0,3}$")
_JA_NAME = re.compile(r"^[\u3040-\u30ff\u4e00-\u9fff々]{1,5}(?:[ 　][\u3040-\u30ff\u4e00-\u9fff々]{1,5})?$")
_HONORIFIC = re.compile(r"(様|さま|さん|殿|御中)$")
_COMPANY = re.compile(r"株式会社|有限会社|合同会社|\(株\)|㈱|（株）|\b(?:inc|ltd|llc|corp|co|gmbh|plc|group|company|"
                      r"corporation|limited|holdings)\b\.?", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_PHONE = re.compile(r"^[+(]?\d[\d\s().-]{6,}(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE)
_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9_-]{3,}$")
_MONEY = re.compile(r"[$¥￥€£円]|万|千|億|usd|jpy", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
SAMPLE = 48


@dataclass(frozen=True)
class Profile:
    """Shares (0–1) of a column's filled sample values that look like each kind of value."""

    filled: int = 0
    distinct: float = 0.0
    dates: float = 0.0
    stamps: float = 0.0
    times: float = 0.0
    order: str = ""
    ambiguous: bool = False  # a/b/y dates, none with a part above 12: the order is a guess (m/d)
    people: float = 0.0
    honorifics: float = 0.0
    companies: float = 0.0
    emails: float = 0.0
    phones: float = 0.0
    outcomes: float = 0.0
    kinds: float = 0.0
    stages: float = 0.0
    statuses: float = 0.0
    lead_words: float = 0.0  # MQL / SQL / 商談化 … (vocabulary.lead_words_share)
    flags: float = 0.0
    money: float = 0.0
    numbers: float = 0.0
    counts: float = 0.0
    ids: float = 0.0
    text: float = 0.0
    long_text: float = 0.0


def profile_columns(rows: list[list[object]], width: int) -> list[Profile]:
    """One Profile per column from the first SAMPLE rows that hold anything."""
    sample = [r for r in rows if any(not is_empty(v) for v in r)][:SAMPLE]
    return [profile_of([r[c] for r in sample if c < len(r) and not is_empty(r[c])]) for c in range(width)]


def profile_of(values: list[object]) -> Profile:
    n = len(values)
    if n == 0:
        return Profile()
    texts = [cell_text(v) for v in values]
    share = _sharer(n)
    stamps = [_stamp(v) for v in values]
    orders = Counter(o for t in texts if (o := dates.numeric_order(normalize_word(t))))
    words = [normalize_word(t) for t in texts]
    return Profile(
        filled=n, distinct=len(set(words)) / n,
        dates=share(s is not None for s in stamps), stamps=share(s is not None and s[1] for s in stamps),
        times=share(isinstance(v, time) or (isinstance(v, str) and s is None and _is_clock(v))
                    for v, s in zip(values, stamps)),
        order=_order(orders),
        ambiguous=not orders and any(dates.numeric_order_known(normalize_word(t)) for t in texts[:SAMPLE]),
        people=share(_person(t) for t in texts), honorifics=share(bool(_HONORIFIC.search(t)) for t in texts),
        companies=share(bool(_COMPANY.search(t)) for t in texts), emails=share(bool(_EMAIL.match(t)) for t in texts),
        phones=share(bool(_PHONE.match(t)) and len(_DIGIT.findall(t)) >= 9 for t in texts),
        outcomes=share(voc.outcome_known(w) for w in words), kinds=share(voc.kind_known(t) for t in texts),
        stages=share(voc.stage_known(w) for w in words), statuses=share(voc.status_of(w) is not None for w in words),
        flags=share(voc.flag_of(w) is not None for w in words), lead_words=voc.lead_words_share(words),
        money=share(isinstance(v, str) and bool(_MONEY.search(v)) and parse_money(v) is not None for v in values),
        numbers=share(_number(v) is not None for v in values),
        counts=share((x := _number(v)) is not None and x >= 0 and float(x).is_integer() and x < 10000
                     for v in values),
        ids=share(bool(_CODE.match(t)) for t in texts) if len(set(words)) >= 0.9 * n else 0.0,
        text=share(bool(_LETTER.search(t)) and s is None for t, s in zip(texts, stamps)),
        long_text=share(len(t) > 40 for t in texts))


def _sharer(n: int):
    return lambda flags: sum(1 for f in flags if f) / n


def _stamp(value: object) -> tuple[date, bool] | None:
    """(day, carries a time of day) for a date cell or date text; serial numbers are no evidence."""
    if isinstance(value, datetime):
        return value.date(), value.time() != time(0)
    if isinstance(value, date):
        return value, False
    if not isinstance(value, str) or not _DIGIT.search(value):
        return None
    day = parse_date(value, year_hint=2024) or parse_date(value, year_hint=2024, order=dates.DMY)
    if day is None or value.strip().isdigit():
        return None
    return day, parse_time(value) is not None


def _is_clock(text: str) -> bool:
    return len(text) <= 12 and parse_time(text) is not None


def _order(orders: Counter) -> str:
    if not orders:
        return ""
    return dates.DMY if orders[dates.DMY] > orders[dates.MDY] else dates.MDY


def looks_like_person(text: str) -> bool:
    """A label that is a rep's name (山田, 佐藤 花子, Ann Lee), not a column name."""
    name = text.strip()
    return bool(_JA_NAME.match(name) or (_LATIN_NAME.match(name) and " " in name)) and not _COMPANY.search(name)


def _person(text: str) -> bool:
    name = _HONORIFIC.sub("", text).strip()
    if not name or len(name) > 30 or _COMPANY.search(name) or voc.any_vocabulary(normalize_word(name)):
        return False
    return bool(_LATIN_NAME.match(name) and " " in name) or bool(_JA_NAME.match(name)) or bool(_EMAIL.match(name))


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        amount = parse_money(value)
        return None if amount is None else float(amount)
    return None
