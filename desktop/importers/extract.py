"""Turning the data rows of one sheet into facts, layout by layout; bad cells become Problems."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from datetime import date
from typing import Any

from desktop.importers import mapping as f
from desktop.importers import values as v
from desktop.importers import vocabulary as voc
from desktop.importers.dates import MDY, plausible
from desktop.importers.distinct import Seen
from desktop.importers.headers import Header, cell_text, day_number
from desktop.importers.layouts import Context
from desktop.importers.mapping import Match, kind_of, stage_of
from desktop.importers.result import Deduper, ImportResult, Problem
from desktop.kpi.outcomes import CONNECT_OUTCOMES, Outcome, outcome_from_word

CHECK_EVERY = 2000
_is_total = lru_cache(maxsize=8192)(v.is_total_label)
_is_empty_text = lru_cache(maxsize=65536)(v.is_empty)


def empty(x: object) -> bool:
    """values.is_empty, cached for text (the same marks and names repeat on every row)."""
    return x is None or (type(x) is str and _is_empty_text(x))


@dataclass
class SheetJob:
    """One sheet to extract: its data rows (a list or a stream, from Excel row `first_row` + 1),
    the header's (last) row, columns and surroundings. `every(i)` runs every CHECK_EVERY rows
    with the 0-based row index: it raises Cancelled, hands facts on, reports progress."""

    name: str
    rows: Iterable[list[object]]
    first_row: int
    top: list[object]
    header: Header
    columns: dict[int, Match]
    context: Context
    layout: str
    date1904: bool
    words: dict[str, Outcome]
    dedupe: Deduper
    every: Callable[[int], None]

    def __post_init__(self) -> None:
        self.outcomes: dict[str, str | None] = {}  # result text → outcome code; "" = an unknown word
        self.member_keys: dict[str, str] = {}  # member cell text → member key
        self.lead_keys: dict[object, str] = {}  # company cell text (with person, phone cells) → lead key
        self.index: dict[tuple[str, int], int] = {}
        for c, m in sorted(self.columns.items(), reverse=True):
            self.index[(m.field, m.group)] = c
        self.orders = {c: m.order or MDY for c, m in self.columns.items()}
        self.stamps = {c for c, m in self.columns.items() if m.stamp}
        self.days: dict[tuple[int, str], date | None] = {}  # (column, text) → day: each value parsed once
        self.all_words = {**voc.IMPORT_OUTCOMES, **self.words}  # the team's own words win
        self.seen = Seen()

    def col(self, field: str, group: int = 0) -> int | None:
        return self.index.get((field, group))

    def label(self, c: int | None) -> str:
        return "" if c is None else self.header.labels[c]


def cell(row: list[object], c: int | None) -> object:
    return None if c is None or c >= len(row) else row[c]


def data_rows(job: SheetJob, out: ImportResult) -> Iterator[tuple[int, list[object]]]:
    """(Excel row, cells) for data rows: no blank rows, no 合計/小計 rows; calls `job.every`."""
    counts = out.sheets[job.name]
    first = job.first_row
    for i, row in enumerate(job.rows, first):
        if (i - first) % CHECK_EVERY == 0:
            job.every(i)
        head = [x for x in row[:6] if x is not None and x != ""]
        if not head or _total_or_blank(head):
            if head and _is_total_row(head):
                counts.totals += 1
                counts.first_total = counts.first_total or i + 1
            continue
        counts.rows += 1
        yield i + 1, row


def _is_total_row(head: list[object]) -> bool:
    return any(x.__class__ is str and _is_total(x) for x in head[:3])


def _total_or_blank(head: list[object]) -> bool:
    """A 合計/小計 row (a total label among its first cells), or one holding only empty marks (-, ー)."""
    for x in head[:3]:
        if x.__class__ is str and _is_total(x):
            return True
    for x in head:
        if x.__class__ is not str or not _is_empty_text(x):
            return False
    return True


def skip(job: SheetJob, out: ImportResult, row: int, c: int | None, code: str, value: object = "") -> None:
    out.problems.append(Problem(job.name, row, job.label(c), code, cell_text(value)[:80]))
    out.sheets[job.name].skipped += 1


def read_day(job: SheetJob, out: ImportResult, n: int, row: list[object], c: int | None) -> date | None:
    raw = cell(row, c)
    if raw.__class__ is date and 2000 <= raw.year:  # what the reader gives for a date cell: first
        return raw
    if c is None or empty(raw):
        skip(job, out, n, c, "missing_date")
        return None
    day = parse_day(job, c, raw)
    if day is None:
        skip(job, out, n, c, "bad_date", raw)
    elif not plausible(day):
        skip(job, out, n, c, "implausible_date", raw)
        return None
    return day


def parse_day(job: SheetJob, c: int, raw: object) -> date | None:
    """The day a cell gives, in its column's day/month order; text is parsed once per distinct value."""
    if raw.__class__ is not str:
        return v.parse_date(raw, year_hint=job.context.year, date1904=job.date1904)
    key = (c, raw)
    if key not in job.days:
        job.days[key] = v.parse_date(raw, year_hint=job.context.year, date1904=job.date1904, order=job.orders[c])
    return job.days[key]


def read_member(job: SheetJob, out: ImportResult, n: int, row: list[object], c: int | None) -> str | None:
    raw = cell(row, c)
    known = job.member_keys.get(raw) if raw.__class__ is str else None  # str only: True == 1
    if known is not None:
        return known
    name = cell_text(raw) if not empty(raw) else (job.context.member or "")
    if not name:
        skip(job, out, n, c, "missing_member")
        return None
    key = out.note_member(name)
    if raw.__class__ is str and not empty(raw):
        job.member_keys[raw] = key
    return key


def outcome_of(job: SheetJob, out: ImportResult, raw: object) -> str | None:
    if raw is None:
        return None
    word = raw if raw.__class__ is str else cell_text(raw)  # by the text: the same few words every row
    code = job.outcomes.get(word, False)
    if code is False:
        text = cell_text(raw)
        found = None if empty(raw) else outcome_from_word(text, job.all_words)
        code = job.outcomes[word] = found.value if found is not None else (None if empty(raw) else "")
    if code == "":
        out.unknown_words[cell_text(raw)] += 1
        return None
    return code


def activity_columns(job: SheetJob, group: int = 0) -> Callable[[list[object]], tuple[object, ...]]:
    """The cells `activity` reads, as one function of the row: columns looked up once per sheet (or
    attempt group), cells taken in one step (a missing column, or one past a short row, gives None).
    The time comes from the date column itself when its values carry one (Call Start Time)."""
    time_c = job.col(f.TIME, group)
    if time_c is None and job.col(f.DAY, group) in job.stamps:
        time_c = job.col(f.DAY, group)
    columns = (job.col(f.COMPANY), job.col(f.PERSON), job.col(f.PHONE), job.col(f.KIND, group),
               job.col(f.RESULT, group), time_c, job.col(f.NOTE, group), job.col(f.CONNECTED, group))
    pad = [None] * (1 + max((c for c in columns if c is not None), default=0))
    take = itemgetter(*[-1 if c is None else c for c in columns])  # -1: the pad's last None
    return lambda row: take(row + pad)


@lru_cache(maxsize=4096)
def _kind(raw: object) -> str:
    return kind_of(raw) or "other"


def activity(job: SheetJob, out: ImportResult, day: date, member: str,
             cells: tuple[object, ...]) -> dict[str, Any]:
    """One activity from the row's (or one attempt group's) `activity_columns` cells."""
    company_raw, person, phone, kind_raw, result, time_raw, note, flag = cells
    seen = job.seen
    # Cached by the row's company, person and phone cells as written: the same three again cannot
    # fill the lead in (note_lead's only effect beyond the key, which is the company's alone).
    lead = company_raw if person is None and phone is None else (company_raw, person, phone)
    company = job.lead_keys.get(lead) if company_raw.__class__ is str else None
    if company is None and not empty(company_raw):
        company = out.note_lead(cell_text(company_raw), cell_text(person), cell_text(phone))
        if company_raw.__class__ is str:
            job.lead_keys[lead] = company
    if (kind := seen.get(seen.kinds, kind_raw)) is None:
        kind = seen.put(seen.kinds, kind_raw, "call" if empty(kind_raw) else _kind(kind_raw))
    if (at_text := seen.get(seen.times, time_raw)) is None:
        at = v.parse_time(time_raw)
        at_text = seen.put(seen.times, time_raw, (at, "" if at is None else str(at)))
    at, clock = at_text
    if (day_text := seen.days.get(day)) is None:
        day_text = seen.days[day] = str(day)
    if (note_text := seen.get(seen.notes, note)) is None:
        note_text = seen.put(seen.notes, note, "" if empty(note) else cell_text(note))
    # Not the result: a corrected result is no new call. Fields joined as Deduper.key would. The day
    # leads the key so a tracker's keys go into the unique index nearly in order, not at random
    # (1M rows into that index: 10.6 → 4.0 s); migration 0005 gave stored keys the same prefix.
    key = f"{day_text}:" + job.dedupe.key_of(f"{day_text}\x1f{clock}\x1f{member}\x1f{company or ''}\x1f{kind}")
    outcome = outcome_of(job, out, result)
    if flag is not None:
        outcome = reached(outcome, flag)
    return {"day": day, "at": at, "member": member, "company": company, "kind": kind,
            "outcome": outcome, "note": note_text, "dedupe_key": key, "sheet": job.name}


_CONNECTS = {o.value for o in CONNECT_OUTCOMES}


def reached(outcome: str | None, flag: object) -> str | None:
    """A 0/1 or Yes/No 'connected' cell: a reached call is at least a connect, an unreached one a no-answer."""
    yes = voc.flag_of(f.normalize_word(cell_text(flag))) if not empty(flag) else None
    if yes is True and outcome not in _CONNECTS:
        return Outcome.CONNECTED.value
    if yes is False and outcome is None:
        return Outcome.NO_ANSWER.value
    return outcome


def done(job: SheetJob, out: ImportResult, n: int, row: list[object], c: int | None) -> bool:
    """False for an activity its status column says is not done (Not Started, 未着手): only completed
    ones count. An unknown status word counts, and is listed with the unknown words."""
    raw = cell(row, c)
    if c is None or empty(raw):
        return True
    state = voc.status_of(f.normalize_word(cell_text(raw)))
    if state is False:
        skip(job, out, n, c, "not_completed", raw)
        return False
    if state is None:
        out.unknown_words[cell_text(raw)] += 1
    return True


def activity_log(job: SheetJob, out: ImportResult) -> None:
    cells, day_c, member_c = activity_columns(job), job.col(f.DAY), job.col(f.MEMBER)
    status_c = job.col(f.STATUS)
    counts = out.sheets[job.name]  # out.activities itself is drained by the sink: look it up each row
    for n, row in data_rows(job, out):
        if status_c is not None and not done(job, out, n, row, status_c):
            continue
        day = read_day(job, out, n, row, day_c)
        member = read_member(job, out, n, row, member_c) if day else None
        if day and member:
            out.activities.append(activity(job, out, day, member, cells(row)))
            counts.facts += 1


def attempt_groups(job: SheetJob, out: ImportResult) -> None:
    groups = {g: activity_columns(job, g) for g in sorted({m.group for m in job.columns.values() if m.group})}
    for n, row in data_rows(job, out):
        for g, columns in groups.items():
            day_c, result_c = job.col(f.DAY, g), job.col(f.RESULT, g)
            if empty(cell(row, day_c)) and empty(cell(row, result_c)):
                continue
            day = read_day(job, out, n, row, day_c)
            member_c = job.col(f.MEMBER, g) if not empty(cell(row, job.col(f.MEMBER, g))) else job.col(f.MEMBER)
            member = read_member(job, out, n, row, member_c) if day else None
            if day and member:
                out.activities.append(activity(job, out, day, member, columns(row)))
                out.sheets[job.name].facts += 1
        company = cell(row, job.col(f.COMPANY))
        if not empty(company):
            out.note_lead(cell_text(company), cell_text(cell(row, job.col(f.PERSON))),
                          cell_text(cell(row, job.col(f.PHONE))))


def count_value(job: SheetJob, out: ImportResult, n: int, c: int, metric: str, raw: object) -> int | None:
    if empty(raw):
        return None
    if metric == "revenue":
        value = v.parse_money(raw, unit=v.header_unit(job.label(c)))
    else:
        value = v.parse_count(raw)
    if value is None or value < 0:
        skip(job, out, n, c, "bad_number", raw)
        return None
    return int(value)


def add_tally(job: SheetJob, out: ImportResult, day: date, member: str, metric: str, count: int) -> None:
    out.tallies.append({"day": day, "member": member, "metric": metric, "count": count, "sheet": job.name})
    out.sheets[job.name].facts += 1


def daily_counts(job: SheetJob, out: ImportResult) -> None:
    """One count per filled count column of each row. The loop is add_tally inlined: it runs once
    per count (500k for 100k rows), where a call and two lookups per count cost ~0.15 s."""
    metrics = [(c, m.field) for c, m in job.columns.items() if m.field in f.COUNT_FIELDS]
    day_c, member_c, sheet = job.col(f.DAY), job.col(f.MEMBER), job.name
    counts = out.sheets[sheet]
    funnel = [c for c in (job.col("calls"), job.col("connects"), job.col("appointments")) if c is not None]
    c0, c1, c2 = (funnel + [-1, -1, -1])[:3] if len(funnel) > 1 else (-1, -1, -1)  # checked inline: per row
    for n, row in data_rows(job, out):
        day = read_day(job, out, n, row, day_c)
        member = read_member(job, out, n, row, member_c) if day else None
        if not (day and member):
            continue
        width, add = len(row), out.tallies.append  # out.tallies is drained by the sink: look it up each row
        if 0 <= c1 < width and c0 < width:
            v0, v1 = row[c0], row[c1]
            v2 = row[c2] if 0 <= c2 < width else None
            if v1.__class__ is int and ((v0.__class__ is int and v1 > v0) or (v2.__class__ is int and v2 > v1)):
                impossible(job, out, n, row, funnel, day)
        for c, metric in metrics:
            count = row[c] if c < width else None
            if count is None:
                continue
            if count.__class__ is not int or count < 0 or metric == "revenue":  # else the common case, as is
                count = count_value(job, out, n, c, metric, count)
                if count is None:
                    continue
            add({"day": day, "member": member, "metric": metric, "count": count, "sheet": sheet})
            counts.facts += 1


def impossible(job: SheetJob, out: ImportResult, n: int, row: list[object], funnel: list[int], day: date) -> None:
    """Name a row whose funnel cannot be (接続 > 架電, アポ > 接続): it is stored as written, and said."""
    width = len(row)
    values = [row[c] if c < width else None for c in funnel]
    for (c, low), high in zip(zip(funnel[1:], values[1:]), values):
        if low.__class__ is int and high.__class__ is int and low > high:
            out.impossible.append(Problem(job.name, n, job.label(c), "impossible_row", f"{day} {low} > {high}"))


def matrix_days(job: SheetJob) -> dict[int, date]:
    """Column → day for the date headers across the top of a wide matrix."""
    top = job.top
    out: dict[int, date] = {}
    ctx = job.context
    numbered = ctx.month is not None and ctx.year is not None
    for c, raw in enumerate(top):
        n = day_number(raw) if numbered else None
        if n is not None:
            out[c] = _month_day(ctx.year, ctx.month, n)
            continue
        day = v.parse_date(raw, year_hint=ctx.year, date1904=job.date1904) if raw is not None else None
        if day is not None and plausible(day) and not v.is_total_label(cell_text(raw)):
            out[c] = day
    return {c: d for c, d in out.items() if d is not None}


def _month_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31 in a 30-day month
        return None


def wide_matrix(job: SheetJob, out: ImportResult) -> None:
    """Reps (sheet names the metric) or metrics (sheet or a column names the rep) down the side."""
    days = matrix_days(job)
    first = min(days) if days else 0
    member_c = job.col(f.MEMBER)
    side = [c for c in range(first) if c != member_c]
    last_member = ""
    for n, row in data_rows(job, out):
        labels = [cell_text(cell(row, c)) for c in side if not empty(cell(row, c))]
        raw_member = cell(row, member_c)
        last_member = cell_text(raw_member) if not empty(raw_member) else last_member
        metric = job.context.metric or next((m for m in map(f.metric_of_label, labels) if m), None)
        if job.context.metric:
            name = last_member or (labels[0] if labels else "") or job.context.member or ""
        else:
            name = last_member or job.context.member or ""
        if metric is None or not name:
            skip(job, out, n, None, "no_metric" if metric is None else "missing_member", " ".join(labels))
            continue
        member = out.note_member(name)
        for c, day in days.items():
            count = count_value(job, out, n, c, metric, cell(row, c))
            if count is not None:
                add_tally(job, out, day, member, metric, count)
