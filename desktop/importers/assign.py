"""Recognition for a sheet as a whole: header evidence (exact synonym or whole word, never a raw
substring) plus value evidence (profile.py), one scored assignment of columns to fields, and the
layout that follows from what was assigned."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.importers import mapping as f
from desktop.importers.mapping import CRM_SYNONYMS, SYNONYMS, Match, header_key
from desktop.importers.profile import Profile
from desktop.kpi.outcomes import normalize_word

ACTIVITY_FIELDS = (f.KIND, f.RESULT, f.STATUS, f.CONNECTED)
DEAL_FIELDS = (f.STAGE, f.AMOUNT, f.CLOSED, f.TITLE)
_DATES = (f.DAY, f.CREATED, f.CLOSED, f.UPDATED, *f.STAGE_DAYS)
LEAD_FIELDS = (f.LEAD_STATUS, *f.STAGE_DAYS)
# Fields values alone can name (no header word), with the value score they need for it.
_VALUE_ONLY = {f.LEAD_STATUS: 0.7, f.DAY: 0.8, f.MEMBER: 0.6, f.PERSON: 0.9, f.RESULT: 0.5, f.KIND: 0.6, f.COMPANY: 0.9, f.TIME: 0.8}
_NAMED = (f.MEMBER, f.PERSON, f.COMPANY, f.TITLE, f.RESULT, f.KIND, f.STAGE, f.STATUS, f.LEAD_STATUS)
# Labels that honestly mean one of several fields: the values decide.
HINTS: dict[str, dict[str, float]] = {
    "ステータス": {f.STATUS: 0.8, f.RESULT: 0.7, f.STAGE: 0.7, f.LEAD_STATUS: 0.8},
    "status": {f.STATUS: 0.8, f.RESULT: 0.7, f.STAGE: 0.7, f.LEAD_STATUS: 0.8},
    "状況": {f.STATUS: 0.8, f.RESULT: 0.6, f.STAGE: 0.6, f.LEAD_STATUS: 0.7},
    "段階": {f.LEAD_STATUS: 0.8, f.STAGE: 0.6},
    "mql": {f.MQL_DAY: 0.8},
    "sql": {f.SQL_DAY: 0.8},
    "商談化日": {f.CREATED: 1.0, f.OPPORTUNITY_DAY: 0.9},
    "担当者名": {f.MEMBER: 1.0, f.PERSON: 0.6},
    "担当者": {f.MEMBER: 1.0, f.PERSON: 0.5},
    "subject": {f.NOTE: 1.0, f.KIND: 0.5},
    "件名": {f.NOTE: 1.0, f.KIND: 0.5},
    "type": {f.KIND: 1.0},
    "connected": {"connects": 1.0, f.CONNECTED: 1.0},
    "通電": {"connects": 1.0, f.CONNECTED: 1.0},
    "接続": {"connects": 1.0, f.CONNECTED: 1.0},
}
_UNITS = frozenset({"usd", "jpy", "yen", "eur", "円", "in", "seconds", "sec", "minutes", "min", "jst", "utc"})
_ID_WORDS = frozenset({"id", "no", "番号", "コード", "code", "key", "number", "uuid"})
_LATER = re.compile(r"^(次回|next|予定|followup|callback|callbackdate)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9\u3040-\u30ff\u4e00-\u9fff]+|(?<=[a-z0-9])(?=[\u3040-\u30ff\u4e00-\u9fff])"
                    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[a-z0-9])")


def _table() -> tuple[dict[str, dict[str, float]], set[str]]:
    words: dict[str, dict[str, float]] = {}
    for table in (SYNONYMS, CRM_SYNONYMS):
        for field, names in table.items():
            for name in names:
                words.setdefault(normalize_word(name), {})[field] = 1.0
    crm = {normalize_word(n) for names in CRM_SYNONYMS.values() for n in names}
    return words, crm


_WORDS, _CRM = _table()
_JA_SUFFIXES = sorted(((w, fs) for w, fs in _WORDS.items() if len(w) >= 2 and not w.isascii()),
                      key=lambda p: -len(p[0]))


def tokens(label: str) -> list[str]:
    """A label's whole words: camelCase, _ - spaces and script changes split it; units dropped."""
    text = _CAMEL.sub(" ", re.sub(r"[(（\[【].*?[)）\]】]", " ", str(label)))
    parts = [p for p in _SPLIT.split(normalize_word(text.replace(" ", "_")).replace("_", " ")) if p]
    parts = [p for chunk in parts for p in chunk.split()]
    while len(parts) > 1 and parts[-1] in _UNITS:
        parts.pop()
    return parts


def header_scores(label: str) -> tuple[dict[str, float], bool, bool]:
    """Field → header score (1 exact, 0.7 whole word, 0.6 a Japanese compound's last word), whether
    the label names an identifier (Owner ID, 案件番号) and whether it is a CRM's own name."""
    key = header_key(label)
    words = tokens(label)
    is_id = bool(words) and (words[-1] in _ID_WORDS or key.endswith(("番号", "コード", "id")))
    found = dict(_WORDS.get(key, {}))
    for field, score in HINTS.get(key, {}).items():
        found[field] = max(found.get(field, 0.0), score)
    if not found:
        found = _by_words(words) or _by_suffix(key)
    if _LATER.match(key) or "next" in words:
        found = {k: v - 0.4 for k, v in found.items()}
    return found, is_id, key in _CRM


def _by_words(words: list[str]) -> dict[str, float]:
    if len(words) < 2:
        return {k: 0.9 * v for k, v in _WORDS.get("".join(words), {}).items()}  # amount_usd → amount
    for probe in ("".join(words), words[-2] + words[-1], words[-1], words[0] + words[1]):
        hit = _WORDS.get(probe) or HINTS.get(probe)
        if hit:
            return {k: 0.7 * v for k, v in hit.items()}
    return {}


def _by_suffix(key: str) -> dict[str, float]:
    if key.isascii():
        return {}
    for word, fields in _JA_SUFFIXES:
        if key.endswith(word) and key != word:
            return {k: 0.6 for k in fields}
    return {}


def value_score(field: str, p: Profile) -> float:
    """How well a column's values fit a field, 0 (they contradict it) to 1."""
    if field in _DATES:
        return p.dates if p.dates >= 0.5 else 0.0
    if field == f.TIME:
        return max(p.times, p.stamps) if max(p.times, p.stamps) >= 0.5 else 0.0
    scorer = _SCORERS.get(field)
    if scorer is not None:
        return scorer(p)
    if field == f.AMOUNT or field == "revenue":
        return 1.0 if max(p.money, p.numbers) >= 0.8 else 0.0
    return 1.0 if p.counts >= 0.8 else 0.0  # the count metrics


def _member(p: Profile) -> float:
    if p.honorifics > 0.2 or p.companies > 0.3 or p.dates > 0.3 or p.numbers > 0.5 or p.ids >= 0.9:
        return 0.0
    if p.people >= 0.3:
        return max(0.3, p.people * (1.0 if p.distinct <= 0.6 else 0.6))
    return 0.3 if p.text >= 0.8 else 0.0  # rep codes (IS01, 担当者001): the header has to say so


def _person(p: Profile) -> float:
    if p.honorifics >= 0.3:
        return 1.0
    return 0.7 * p.people if p.dates < 0.3 and p.numbers < 0.5 else 0.0


def _company(p: Profile) -> float:
    if p.numbers > 0.5 or p.dates > 0.3 or p.emails > 0.5:
        return 0.0
    return 1.0 if p.companies >= 0.3 else 0.5 * p.text


def _words_column(p: Profile) -> bool:
    """Few distinct short words: what a result or stage column holds when its words are new to us."""
    return p.text >= 0.8 and p.distinct <= 0.5 and p.numbers < 0.5 and p.dates < 0.3 and p.people < 0.5


def _vocab(share: float, p: Profile, fallback: bool) -> float:
    if share >= 0.3:
        return share
    return 0.3 if fallback and _words_column(p) else 0.0


def _note(p: Profile) -> float:
    if p.text < 0.5 or p.dates >= 0.5:
        return 0.0
    words = max(p.kinds, p.outcomes, p.stages, p.statuses)
    return max(0.2, 0.5 * (1 - words) + 0.5 * p.long_text)


_SCORERS = {
    f.MEMBER: _member, f.PERSON: _person, f.COMPANY: _company,
    f.PHONE: lambda p: 1.0 if p.phones >= 0.5 else 0.0,
    f.KIND: lambda p: p.kinds if p.kinds >= 0.3 else 0.0,
    f.RESULT: lambda p: _vocab(p.outcomes, p, True),
    f.STATUS: lambda p: p.statuses if p.statuses >= 0.5 else 0.0,
    f.LEAD_STATUS: lambda p: p.lead_words if p.lead_words >= 0.5 else 0.0,
    f.CONNECTED: lambda p: p.flags if p.flags >= 0.9 else 0.0,
    f.STAGE: lambda p: _vocab(p.stages, p, True),
    f.NOTE: _note,
    f.TITLE: lambda p: 0.6 if p.text >= 0.8 and p.dates < 0.3 else (0.3 if p.ids >= 0.9 else 0.0),
}


def candidates(c: int, label: str, p: Profile) -> Iterable[tuple[float, int, str, Match]]:
    """(score, column, field, match) for every field column `c` could feed."""
    heads, is_id, crm = header_scores(label)
    fields = set(heads) | {k for k in _VALUE_ONLY if p.filled}
    for field in fields:
        if is_id and field in _NAMED:
            continue
        h = heads.get(field, 0.0)
        v = value_score(field, p) if p.filled else -1.0
        if v < 0:  # nothing in the sample: the header alone, less sure
            score = 0.5 * h if h >= 0.7 else 0.0
        elif v == 0 or (h <= 0 and (v < _VALUE_ONLY.get(field, 2.0) or (field == f.TIME and p.times < 0.8))):
            continue
        else:
            score = h + v if h > 0 else 0.8 * v
        if score > 0:
            yield score, c, field, _match(field, score, h, v, p, crm)


def _match(field: str, score: float, h: float, v: float, p: Profile, crm: bool) -> Match:
    evidence = tuple((code, round(share, 2)) for code, share in
                     (("header", h), (_value_code(field), v)) if share > 0)
    if field in _DATES and p.ambiguous:
        evidence += (("ambiguous", 1.0),)
    return Match(field, 0, round(min(1.0, score / 2), 2), crm and h >= 1.0, evidence,
                 order=p.order if field in _DATES else "", stamp=field in _DATES and p.stamps >= 0.5)


def _value_code(field: str) -> str:
    return {f.DAY: "dates", f.CREATED: "dates", f.CLOSED: "dates", f.UPDATED: "dates", f.TIME: "times",
            **{d: "dates" for d in f.STAGE_DAYS}, f.MEMBER: "people", f.PERSON: "contacts", f.COMPANY: "companies", f.PHONE: "phones",
            f.KIND: "kinds", f.RESULT: "outcomes", f.STATUS: "statuses", f.LEAD_STATUS: "lead_words", f.CONNECTED: "flags",
            f.STAGE: "stages", f.NOTE: "text", f.TITLE: "text", f.AMOUNT: "money"}.get(field, "counts")


def assign(labels: tuple[str, ...], profiles: list[Profile],
           fixed: dict[str, str] | None = None) -> dict[int, Match]:
    """Column → Match for the sheet: the user's `fixed` label → field first ('' = ignore), then the
    best-scoring (column, field) pairs, each column and each field used once."""
    out: dict[int, Match] = {}
    taken: set[str] = set()
    for c, label in enumerate(labels):
        if fixed and label in fixed:
            if fixed[label]:
                field, p = fixed[label], profiles[c] if c < len(profiles) else Profile()
                dated = field in _DATES
                out[c] = Match(field, 0, 1.0, evidence=(("user", 1.0),), order=p.order if dated else "",
                               stamp=dated and p.stamps >= 0.5)
                taken.add(field)
    pairs = sorted((cand for c, label in enumerate(labels) if label and c not in out
                    and not (fixed and label in fixed)
                    for cand in candidates(c, label, profiles[c] if c < len(profiles) else Profile())),
                   key=lambda x: (-x[0], x[1]))
    for _score, c, field, match in pairs:
        if c in out or field in taken:
            continue
        out[c] = match
        taken.add(field)
    return out


def layout_of(columns: dict[int, Match]) -> str | None:
    """The layout what was assigned makes: a lead list when a company has a lead-status column (MQL /
    SQL …) or stage days, an activity log when kind/result/status columns hold their words (even
    beside a 案件番号), deals when stage/amount/close columns lead, else counts."""
    fields = {m.field for m in columns.values()}
    crm = any(m.crm for m in columns.values())
    when = bool(fields & {f.DAY, f.CREATED})
    acts = len(fields & set(ACTIVITY_FIELDS))
    deals = len(fields & set(DEAL_FIELDS))
    counts = fields & set(f.COUNT_FIELDS)
    if fields & set(LEAD_FIELDS) and f.COMPANY in fields:
        return "lead_list"
    if counts and f.DAY in fields and not acts and (not deals or deals < len(counts)):
        return "daily_counts"
    if deals >= 2 and deals > acts and (f.STAGE in fields or f.CLOSED in fields):
        return "crm_deals" if crm else "deals"
    if when and (acts or fields & {f.MEMBER, f.COMPANY, f.NOTE, f.PERSON}):
        return "crm_activity" if crm else "activity_log"
    return None


def finish(columns: dict[int, Match], layout: str | None, profiles: list[Profile],
           labels: tuple[str, ...] = ()) -> dict[int, Match]:
    """What the layout needs of the assignment: an activity log dated by its only date (Created
    Time), and a 0/1 or Yes/No column under a count's name read as 'reached' on each row; in a lead
    list a 商談化日 / 商談日 is the day the lead reached 商談, not a deal's."""
    if layout == "lead_list":
        return {c: _renamed(m, f.OPPORTUNITY_DAY) if m.field == f.CREATED and f.OPPORTUNITY_DAY not in
                {x.field for x in columns.values()} and "商談" in (labels[c] if c < len(labels) else "") else m
                for c, m in columns.items()}
    if layout not in ("activity_log", "crm_activity"):
        return columns
    out = dict(columns)
    fields = {m.field: c for c, m in out.items()}
    if f.DAY not in fields and f.CREATED in fields:
        c = fields[f.CREATED]
        out[c] = _renamed(out[c], f.DAY)
    for c, m in list(out.items()):
        if m.field in f.COUNT_FIELDS and c < len(profiles) and profiles[c].flags >= 0.9 and f.CONNECTED not in fields:
            out[c] = _renamed(m, f.CONNECTED)
    return out


def _renamed(m: Match, field: str) -> Match:
    return Match(field, m.group, m.confidence, m.crm, m.evidence, m.order, m.stamp)
