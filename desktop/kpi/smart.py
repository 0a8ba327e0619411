"""SMART lint for one KPI: five checks (S, M, A, R, T), each ok or a reason code.

Achievable is judged against the team's OWN recent value for the same period
length, not against industry benchmarks: a target above 1.5× that baseline is
flagged. Reason codes are translated by the views.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

from desktop.kpi.metrics import is_rate
from desktop.kpi.periods import PeriodKind

ACHIEVABLE_FACTOR = Fraction(3, 2)  # a target above 1.5× the own baseline is a stretch too far

# Words that make a goal a wish rather than a number ("アポ数を増やす").
VAGUE_WORDS: tuple[str, ...] = (
    "増やす", "ふやす", "増加", "上げる", "あげる", "高める", "伸ばす", "改善", "向上", "強化",
    "頑張る", "がんばる", "意識", "徹底", "目指す", "減らす", "できるだけ", "なるべく",
    "たくさん", "もっと", "increase", "improve", "more", "better", "boost",
)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class SmartInput:
    """What the lint needs to know about one KPI."""

    title: str
    description: str
    metric: str | None
    has_data: bool
    target: float | None
    history_baseline: float | None
    has_kgi_path: bool
    period_kind: str | None


@dataclass(frozen=True)
class SmartCheck:
    """One SMART letter: ok, or the reason code it is not."""

    letter: str
    ok: bool
    reason: str | None = None


def _check(letter: str, reason: str | None) -> SmartCheck:
    return SmartCheck(letter, reason is None, reason)


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def is_vague(title: str) -> bool:
    """True when a title states a direction ("増やす") but no number."""
    text = _normalise(title)
    return not _DIGIT.search(text) and any(word in text for word in VAGUE_WORDS)


def _specific(inp: SmartInput) -> str | None:
    if not _normalise(inp.title):
        return "no_title"
    if inp.metric is None:
        return "no_metric"
    if is_vague(inp.title):
        return "title_vague"
    if not _normalise(inp.description):
        return "no_description"
    return None


def _measurable(inp: SmartInput) -> str | None:
    if inp.metric is None:
        return "no_metric"
    return None if inp.has_data else "no_data"


def _achievable(inp: SmartInput) -> str | None:
    if inp.target is None:
        return "no_target"
    if inp.history_baseline is None:
        return "no_history"
    limit = Fraction(str(inp.history_baseline)) * ACHIEVABLE_FACTOR
    return "target_above_history" if Fraction(str(inp.target)) > limit else None


def _relevant(inp: SmartInput) -> str | None:
    return None if inp.has_kgi_path else "no_kgi_path"


def _time_bound(inp: SmartInput) -> str | None:
    if not inp.period_kind:
        return "no_period"
    return None if inp.period_kind in set(PeriodKind) else "bad_period"


def lint(inp: SmartInput) -> tuple[SmartCheck, ...]:
    """The five SMART checks, always in S, M, A, R, T order."""
    return (
        _check("S", _specific(inp)),
        _check("M", _measurable(inp)),
        _check("A", _achievable(inp)),
        _check("R", _relevant(inp)),
        _check("T", _time_bound(inp)),
    )


def suggest_target(metric: str, last_period_value: float, growth: float = 0.2) -> int:
    """A count target of ceil(last × (1 + growth)): 42 appointments last month → 51."""
    if is_rate(metric):
        raise ValueError("rate_metric")
    if last_period_value < 0:
        raise ValueError("bad_value")
    if growth <= -1:
        raise ValueError("bad_growth")
    factor = 1 + Fraction(str(growth))
    return math.ceil(Fraction(str(last_period_value)) * factor)
