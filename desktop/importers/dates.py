"""Date-and-time text as CRMs and dialers export it: 15 Apr, 2021 00:02:00, Apr 15 2021, 10/20/16,
23/03/26, 2019/11/30 11:59:05 AM GMT+5:30. Day/month order is decided per column, from its values."""

from __future__ import annotations

import re
from datetime import date, time

MONTHS = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")), 1) for name in names}
MDY, DMY = "mdy", "dmy"
_CLOCK = (r"(?:[\s,t]+(?:at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?\s*(?P<ap>am|pm)?"
          r"\s*(?:z|utc|gmt|(?:gmt|utc)?\s*[+-]\d{1,2}(?::?\d{2})?)?)?\s*$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})" + _CLOCK)
_DAY_MONTH = re.compile(r"^(?P<d>\d{1,2})[\s-]*(?P<m>[a-z]{3,9})\.?,?[\s-]*(?P<y>\d{4}|\d{2})" + _CLOCK)
_MONTH_DAY = re.compile(r"^(?:[a-z]{3,9}\.?,?\s+)?(?P<m>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
                        r"(?P<y>\d{4})" + _CLOCK)
_YMD_CLOCK = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _CLOCK)


def numeric_order(text: str) -> str | None:
    """What an a/b/y date says about its column's order: 'dmy' when a > 12, 'mdy' when b > 12."""
    m = _NUMERIC.match(text)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    return DMY if a > 12 >= b else (MDY if b > 12 >= a else None)


def numeric_order_known(text: str) -> bool:
    """Whether the text is an a/b/y date at all (its order may still be undecided)."""
    return _NUMERIC.match(text) is not None


def parse_stamp(text: str, order: str = MDY) -> tuple[date, time | None] | None:
    """(day, time of day or None) from lower-case NFKC text; None when it is no date we know.
    A GMT/UTC offset is read as written: the wall clock of the rep who made the call."""
    if m := _NUMERIC.match(text):
        a, b = int(m["a"]), int(m["b"])
        month, day = (b, a) if order == DMY else (a, b)
        return _stamp(_year(m["y"]), month, day, m)
    if m := _DAY_MONTH.match(text) or _MONTH_DAY.match(text):
        month = MONTHS.get(m["m"])
        return None if month is None else _stamp(_year(m["y"]), month, int(m["d"]), m)
    if m := _YMD_CLOCK.match(text):
        return _stamp(int(m["y"]), int(m["m"]), int(m["d"]), m)
    return None


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _stamp(year: int, month: int, day: int, m: re.Match) -> tuple[date, time | None] | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if m["h"] is None:
        return found, None
    hour, minute, second = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    if m["ap"] == "pm" and hour < 12:
        hour += 12
    elif m["ap"] == "am" and hour == 12:
        hour = 0
    try:
        return found, time(hour % 24, minute, second)
    except ValueError:
        return found, None


def plausible(day: date, today: date | None = None) -> bool:
    """A day a tracker can really hold: from 2000 to the end of next year (1900 is a blank serial)."""
    today = today or date.today()
    return 2000 <= day.year <= today.year + 1
