"""Cell values as Japanese trackers write them; None means "not a value" (the caller reports it).

NFKC is applied for matching and parsing only; stored text keeps what the user wrote.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from desktop.importers.dates import MDY, parse_stamp
from desktop.kpi.numbers import EMPTY_MARKS, parse_amount

_EXCEL_1900 = date(1899, 12, 30)
_EXCEL_1904 = date(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31
_ERAS = {"令和": 2018, "r": 2018, "平成": 1988, "h": 1988, "昭和": 1925, "s": 1925}
_WEEKDAY = r"(?:\s*[(（]?\s*[月火水木金土日](?:曜日?)?\s*[)）]?)?"
_TAIL = _WEEKDAY + r"(?:[\st]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?)?$"
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?" + _TAIL)
_ERA = re.compile(r"^(令和|平成|昭和|[rhs])\s*(元|\d{1,2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*"
                  r"(\d{1,2})\s*日?" + _TAIL)
_MD = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?" + _WEEKDAY + "$")
_WEEK = re.compile(r"^(?:第\s*\d+\s*週|w\d+|week\s*\d+)\s*[(（]?\s*(\d{1,2})[/月](\d{1,2})日?\s*[-〜~～]")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$|^\d{8}$")
_BIG_UNIT = re.compile(r"(\d+(?:\.\d+)?)(百万|千万)")
_ENGLISH = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%d-%b-%Y", "%d-%b-%y")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_JA_CLOCK = re.compile(r"(\d{1,2})時(?:(\d{1,2})分)?(?:(\d{1,2})秒)?")
_COUNT_SUFFIX = re.compile(r"(件|回|社|人|名|本|個|コール|calls?|times?)$")
_UNIT_WORDS = (("百万", 1_000_000), ("千万", 10_000_000), ("億", 100_000_000),
               ("万", 10_000), ("千", 1_000), ("k", 1_000), ("m", 1_000_000))
_UNIT_IN_HEADER = re.compile(r"(?:[(\[]\s*(?:単位\s*[:]?\s*)?(百万|千万|億|万|千|k|m)\s*円?\s*[)\]]"
                             r"|(百万|千万|億|万|千)円)", re.IGNORECASE)
_MARKS = frozenset({"〇", "○", "◯", "●", "◎", "✓", "✔", "☑", "✅", "済", "済み", "レ", "有", "あり",
                    "1", "true", "yes", "y", "done", "はい"})
_ERRORS = frozenset({"#n/a", "#div/0!", "#value!", "#ref!", "#name?", "#num!", "#null!"})
_TOTAL_EXACT = frozenset({"計", "月計", "週計", "日計", "年計", "期計", "sum", "total", "totals",
                          "subtotal", "grandtotal"})
_TOTAL_WORDS = ("総合計", "合計", "小計", "総計", "累計", "中計")
_TOTAL_EN = re.compile(r"^(?:grand\s*|sub[\s-]*)?totals?(?:$|[^a-z])")
_PERIOD_TOTAL = re.compile(r"^[\d年月週日期第上下半]+計$")
_SPACES = re.compile(r"[\s・･]+")
_AWARE = re.compile(r"^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})$")


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def is_empty(value: object) -> bool:
    """None, blank text, empty marks (－ — ー N/A なし) and Excel error values."""
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    key = _clean(value).lower()
    return key in EMPTY_MARKS or key in _ERRORS


def excel_date(serial: float, *, date1904: bool = False) -> date | None:
    """An Excel serial day number in either date system (the time fraction is dropped)."""
    low = 0 if date1904 else 1
    if isinstance(serial, bool) or not math.isfinite(serial) or not low <= serial <= _MAX_SERIAL:
        return None
    days = int(serial)
    if date1904:
        return _EXCEL_1904 + timedelta(days=days)
    if days == 60:  # Excel's 1900-02-29, a day that never was
        return None
    return _EXCEL_1900 + timedelta(days=days + (1 if days < 60 else 0))


def parse_date(value: object, *, year_hint: int | None = None, date1904: bool = False,
               order: str = MDY) -> date | None:
    """A date from a serial, a date object or Japanese/ISO/era/US/English text; None if not a date.
    `order` is the column's day/month order for a/b/y text (dates.numeric_order decides it)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return excel_date(value, date1904=date1904)
    if not isinstance(value, str):
        return None
    text = _clean(value).lower()
    if _SERIAL.match(text):
        compact = _COMPACT.match(text)
        return _ymd(*compact.groups()) if compact else excel_date(float(text), date1904=date1904)
    return _parse_date_text(text, year_hint, order)


def _aware(text: str) -> datetime | None:
    """A CRM timestamp with a zone (2025-04-02T23:15:00Z) in this computer's local time."""
    if not _AWARE.match(text):
        return None
    try:
        return datetime.fromisoformat(text.upper().replace(" ", "T", 1).replace(" ", "")).astimezone()
    except ValueError:
        return None


def _parse_date_text(text: str, year_hint: int | None, order: str = MDY) -> date | None:
    if stamp := _aware(text):
        return stamp.date()
    if match := _YMD.match(text):
        return _ymd(*match.groups())
    if match := _ERA.match(text):
        era, year, month, day = match.groups()
        offset = _ERAS[era]
        return _ymd(offset + (1 if year == "元" else int(year)), month, day)
    if found := parse_stamp(text, order):
        return found[0]
    if match := _MD.match(text):
        return _ymd(year_hint, *match.groups()) if year_hint else None
    if match := _WEEK.match(text):  # 第1週 (4/1-4/5): the week's counts go on its first day
        return _ymd(year_hint, *match.groups()) if year_hint else None
    for pattern in _ENGLISH:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _ymd(year: int | str, month: int | str, day: int | str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_time(value: object) -> time | None:
    """A time of day from a time/datetime, a day fraction or text (9:30, 14時30分, 午後2時, 2:30 PM)."""
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
        return (datetime.min + value).time() if 0 <= seconds < 86400 else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value) or not 0 <= value < 1:
            return None
        seconds = round(value * 86400)
        return None if seconds >= 86400 else time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if not isinstance(value, str):
        return None
    return _parse_time_text(_clean(value).lower())


def _parse_time_text(text: str) -> time | None:
    if stamp := _aware(text):
        return stamp.time().replace(tzinfo=None)
    match = _CLOCK.search(text) or _JA_CLOCK.search(text)
    if match is None:
        return None
    hour, minute, second = (int(part) if part else 0 for part in match.groups())
    if ("午後" in text or "pm" in text) and hour < 12:
        hour += 12
    elif ("午前" in text or "am" in text) and hour == 12:
        hour = 0
    if hour == 24 and minute == 0 and second == 0:
        hour = 0
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


def parse_count(value: object) -> int | None:
    """A non-negative whole count: 12, 12.0, '１２', '1,234', '12件'; None for marks and non-counts."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() and value >= 0 else None
    if not isinstance(value, str) or is_empty(value):
        return None
    text = _COUNT_SUFFIX.sub("", _clean(value).lower().replace(",", "").replace(" ", ""))
    if text.isascii() and text.isdigit():
        return int(text)
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if math.isfinite(number) and number.is_integer() and number >= 0 else None


def parse_money(value: object, unit: int = 1) -> int | None:
    """Yen as an int: 1,200,000円, 120万円, ¥1.2M, 1.2百万, △500; `unit` from header_unit()."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return round(value * unit) if math.isfinite(value) else None
    if not isinstance(value, str) or is_empty(value):
        return None
    text = _BIG_UNIT.sub(_as_man, _clean(value))
    amount = parse_amount(text)
    return None if amount is None else round(amount * unit)


def _as_man(match: re.Match) -> str:
    """1.2百万 → 120万 and 2千万 → 2000万, which parse_amount understands."""
    factor = 100 if match.group(2) == "百万" else 1000
    return f"{Decimal(match.group(1)) * factor}万"


def header_unit(header: object) -> int:
    """The money unit a header declares: 金額(千円) → 1000, (万円) → 10000, (百万円) → 1000000."""
    if not isinstance(header, str):
        return 1
    match = _UNIT_IN_HEADER.search(_clean(header).replace("［", "[").replace("］", "]"))
    if match is None:
        return 1
    word = (match.group(1) or match.group(2)).lower()
    return dict(_UNIT_WORDS)[word]


def is_mark(value: object) -> bool:
    """A tick meaning "yes/done": 〇 ○ ◯ ✓ ✔ 済 レ 有 1 TRUE."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value == 1
    if not isinstance(value, str):
        return False
    return _clean(value).lower() in _MARKS


def is_total_label(value: object) -> bool:
    """A 合計/小計/計/total row or column label (full-width and spaces ignored)."""
    if not isinstance(value, str):
        return False
    spaced = _clean(value).lower()
    key = re.sub(r"[\s:：\-_()（）\[\]【】]+", "", spaced)
    if not key:
        return False
    if key in _TOTAL_EXACT or _TOTAL_EN.match(spaced) or _PERIOD_TOTAL.match(key):
        return True
    if key.startswith(_TOTAL_WORDS):
        return True
    return len(key) <= 14 and key.endswith(_TOTAL_WORDS)


def name_key(text: object) -> str:
    """A person or company name for matching: NFKC, case-folded, spaces and ・ removed."""
    if text is None:
        return ""
    return _SPACES.sub("", unicodedata.normalize("NFKC", str(text))).casefold()
