"""Which of the known tracker layouts a sheet is, and what its name and title tell (month, year, rep)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.importers import mapping as f
from desktop.importers.assign import assign, finish, layout_of
from desktop.importers.reps import REPS_ACROSS, rep_columns
from desktop.importers.headers import Header
from desktop.importers.mapping import Match, match_header, metric_of_label
from desktop.importers.profile import Profile, looks_like_person, profile_columns
from desktop.kpi.outcomes import normalize_word

ACTIVITY_LOG, DAILY_COUNTS, WIDE_MATRIX = "activity_log", "daily_counts", "wide_matrix"
ATTEMPT_GROUPS, DEALS, CRM_ACTIVITY, CRM_DEALS = "attempt_groups", "deals", "crm_activity", "crm_deals"
LEAD_LIST = "lead_list"
LAYOUTS = (ACTIVITY_LOG, DAILY_COUNTS, WIDE_MATRIX, ATTEMPT_GROUPS, DEALS, CRM_ACTIVITY, CRM_DEALS, "reps_across",
           LEAD_LIST)

_YM = re.compile(r"(?:(\d{4})\s*[年./-]\s*)?(\d{1,2})\s*月")
_Y_M = re.compile(r"^(\d{4})[./-](\d{1,2})$")
_YEAR = re.compile(r"(20\d{2})\s*(年度)?")
_REIWA = re.compile(r"(?:令和|R)\s*(\d{1,2})\s*(年度)?", re.IGNORECASE)
_NOT_A_PERSON = re.compile(r"\d|sheet|シート|ログ|管理|一覧|リスト|記録|集計|表|データ|log|list|data|合計|"
                           r"メモ|備考|注意|説明|pivot|ピボット|summary|サマリ|まとめ|マスタ|設定|テンプレ",
                           re.IGNORECASE)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class Context:
    """What a sheet's name, title block and file name say: year, month, rep, metric."""

    year: int | None = None
    month: int | None = None
    member: str | None = None
    metric: str | None = None


def columns_of(header: Header, overrides: dict[str, str] | None = None) -> dict[int, Match]:
    """Column index → Match, with the user's overrides (label → field, '' = ignore) applied."""
    out: dict[int, Match] = {}
    for c, label in enumerate(header.labels):
        if overrides and label in overrides:
            field = overrides[label]
            if field:
                base = match_header(label)
                out[c] = Match(field, base.group if base else 0, 1.0)
            continue
        m = match_header(label)
        if m is not None:
            out[c] = m
    return out


def recognise(header: Header, sample: list[list[object]], overrides: dict[str, str] | None = None,
              metric: str | None = None) -> tuple[dict[int, Match], str | None]:
    """Columns and layout for a sheet. Lists (one row per fact) are recognised from the evidence in
    their values and headers together (assign.py); matrices with dates across and attempt groups keep
    their header-driven reading."""
    columns = columns_of(header, overrides)
    if header.date_cells >= 3 or any(m.group for m in columns.values()):
        return columns, detect(header, columns)
    profiles = profile_columns(sample, len(header.labels))
    columns = assign(header.labels, profiles, overrides)
    reps = _reps(header, columns, metric, overrides, profiles)  # `metric`: what the sheet name or title counts
    if reps:
        return reps, REPS_ACROSS
    layout = layout_of(columns)
    return finish(columns, layout, profiles, header.labels), layout


def _reps(header: Header, columns: dict[int, Match], metric: str | None, overrides: dict[str, str] | None,
          profiles: list[Profile]) -> dict[int, Match]:
    """Reps across the columns, beside the date column assign() found; {} when not so laid out."""
    day = next((c for c, m in columns.items() if m.field == f.DAY), None)
    if day is None or overrides:
        return {}
    counted = {c for c, p in enumerate(profiles) if p.counts >= 0.8}
    found = rep_columns(header.labels, {c: m for c, m in columns.items() if c not in counted or m.field == f.DAY},
                        metric, lambda text: looks_like_person(text) and person_of(text) is not None)
    found = {c: m for c, m in found.items() if c in counted}
    return {day: columns[day], **found} if len({m.member for m in found.values()}) >= 2 else {}


def detect(header: Header, columns: dict[int, Match]) -> str | None:
    """The layout code for a sheet, or None when it is none of the known layouts."""
    fields = {m.field for m in columns.values()}
    groups = {m.group for m in columns.values() if m.group}
    crm = any(m.crm for m in columns.values())
    if header.date_cells >= 3:
        return WIDE_MATRIX
    if groups:
        return ATTEMPT_GROUPS
    if f.TITLE in fields or f.STAGE in fields:
        return CRM_DEALS if crm else DEALS
    if f.DAY in fields and fields & set(f.COUNT_FIELDS) and not fields & {f.RESULT, f.KIND, f.COMPANY}:
        return DAILY_COUNTS
    if f.DAY in fields and fields & {f.RESULT, f.KIND, f.COMPANY, f.MEMBER, f.NOTE}:
        return CRM_ACTIVITY if crm else ACTIVITY_LOG
    return None


def year_of(text: str, month: int | None = None, fiscal_start: int = 4) -> int | None:
    """A year written in a title or name (2025, 2025年度, 令和7年, R7); fiscal years shift Jan–Mar."""
    norm = normalize_word(text)
    m = _YEAR.search(norm)
    year, fiscal = (int(m.group(1)), bool(m.group(2))) if m else (None, False)
    if year is None:
        r = _REIWA.search(norm)
        if r is None:
            return None
        year, fiscal = 2018 + int(r.group(1)), bool(r.group(2))
    if fiscal and month is not None and month < fiscal_start:
        year += 1
    return year


def month_of(name: str) -> tuple[int | None, int | None]:
    """(year, month) a sheet name gives: 4月, 2025年4月, 2025.04, Apr 2025."""
    norm = normalize_word(name)
    m = _YM.search(norm) or _Y_M.match(norm)
    if m and 1 <= int(m.group(2)) <= 12:
        return (int(m.group(1)) if m.group(1) else None), int(m.group(2))
    for i, word in enumerate(_EN_MONTHS):
        if norm.startswith(word):
            y = re.search(r"(20\d{2})", norm)
            return (int(y.group(1)) if y else None), i + 1
    return None, None


def person_of(name: str) -> str | None:
    """A sheet name that looks like a rep's name (山田, 佐藤 花子), else None."""
    text = name.strip()
    if not text or len(text) > 12 or _NOT_A_PERSON.search(text) or metric_of_label(text):
        return None
    if match_header(text) is not None or month_of(text)[1] is not None:
        return None
    return text


def context_of(sheet: str, title: str, file_name: str) -> Context:
    """Everything a sheet's surroundings tell about the rows inside it."""
    year, month = month_of(sheet)
    if month is None:  # a 1–31 day matrix whose month is only in its title (2025年4月 架電実績)
        year, month = month_of(title)
    if year is None:
        year = year_of(sheet, month) or year_of(title, month) or year_of(file_name, month)
    return Context(year=year, month=month, member=person_of(sheet), metric=metric_of_label(sheet))
