"""Numbers as Japanese teams write them: 1,200,000円, 120万円, 1億, ¥1.2M, ２０％."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

_UNITS = {"億": Decimal(100_000_000), "万": Decimal(10_000), "千": Decimal(1_000),
          "k": Decimal(1_000), "m": Decimal(1_000_000)}
_NOISE = re.compile(r"[\s,，¥￥$円]|yen|jpy", re.IGNORECASE)
_PART = re.compile(r"(\d+(?:\.\d+)?)([億万千km]?)", re.IGNORECASE)
EMPTY_MARKS = frozenset({"", "-", "－", "—", "–", "ー", "―", "n/a", "na", "なし", "null", "none"})


def clean(text: str) -> str:
    """NFKC (full-width digits → ASCII) and trimmed; for parsing only, never for storing."""
    return unicodedata.normalize("NFKC", text).strip()


def is_empty_mark(text: str) -> bool:
    return clean(text).lower() in EMPTY_MARKS


def parse_amount(text: str | float | int) -> Decimal | None:
    """An amount with optional 億/万/千/k/M units and currency marks; None if not a number."""
    if isinstance(text, (int, float)):
        return Decimal(str(text))
    body = _NOISE.sub("", clean(text)).lower()
    negative = body.startswith(("-", "▲", "△"))
    body = body.lstrip("-▲△+")
    if not body:
        return None
    total, pos = Decimal(0), 0
    for match in _PART.finditer(body):
        if match.start() != pos:
            return None
        value = _decimal(match.group(1))
        total += value * _UNITS.get(match.group(2).lower(), Decimal(1)) if match.group(2) else value
        pos = match.end()
    if pos != len(body) or pos == 0:
        return None
    return -total if negative else total


def parse_rate(text: str | float | int) -> float | None:
    """A rate from 0.2, '20%', '２０％' or '20' (read as percent when above 1)."""
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        body = clean(text).replace("％", "%")
        percent = body.endswith("%")
        number = parse_amount(body.rstrip("%"))
        if number is None:
            return None
        value = float(number) / 100 if percent else float(number)
    return value / 100 if value > 1 else value


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex only passes digits
        return Decimal(0)


def figure(value: float) -> str:
    """A count as people read it: whole numbers with separators; a fraction under 10 (a per-day or
    per-rep target such as 0.26 or 8.4) with one decimal, under 0.1 with two, never rounded up to 1."""
    if float(value).is_integer() or abs(value) >= 10:
        return f"{value:,.0f}"
    if abs(value) < 0.1:
        return f"{value:.2f}"
    return f"{value:.1f}"
