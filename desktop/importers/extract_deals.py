"""Deal lists: the stage (or a ステータス / Status column) decides won, lost or open; a won or lost
deal's day is its won/close date, else the row's update date, else its created day."""

from __future__ import annotations

from datetime import date

from desktop.importers import mapping as f
from desktop.importers import values as v
from desktop.importers.dates import plausible
from desktop.importers.extract import SheetJob, cell, count_value, data_rows, empty, parse_day, read_day, read_member
from desktop.importers.headers import cell_text
from desktop.importers.mapping import stage_of
from desktop.importers.result import ImportResult


def optional_day(job: SheetJob, row: list[object], c: int | None) -> date | None:
    raw = cell(row, c)
    if c is None or empty(raw):
        return None
    day = parse_day(job, c, raw)
    return day if day is not None and plausible(day) else None


def _stage_column(job: SheetJob) -> int | None:
    for field in (f.STAGE, f.STATUS, f.RESULT):
        if job.col(field) is not None:
            return job.col(field)
    return None


def _stage(job: SheetJob, out: ImportResult, raw: object, stage_c: int | None, closed: date | None) -> str:
    if stage_c is None:
        return "won" if closed else "first_meeting"
    if empty(raw):
        return "first_meeting"
    stage = stage_of(raw)
    if stage is None:
        out.unknown_words[cell_text(raw)] += 1
    return stage or "first_meeting"


def deals(job: SheetJob, out: ImportResult) -> None:
    amount_c = job.col(f.AMOUNT) if job.col(f.AMOUNT) is not None else job.col("revenue")
    created_c = job.col(f.CREATED) if job.col(f.CREATED) is not None else job.col(f.DAY)
    closed_c, updated_c, stage_c = job.col(f.CLOSED), job.col(f.UPDATED), _stage_column(job)
    for n, row in data_rows(job, out):
        closed = optional_day(job, row, closed_c)
        updated = optional_day(job, row, updated_c)
        stage = _stage(job, out, cell(row, stage_c), stage_c, closed)
        done = stage in ("won", "lost")
        fallback = (closed or updated) if done else None
        created = fallback if empty(cell(row, created_c)) and fallback else read_day(job, out, n, row, created_c)
        member = read_member(job, out, n, row, job.col(f.MEMBER)) if created else None
        if not (created and member):
            continue
        amount = None if amount_c is None else count_value(job, out, n, amount_c, "revenue", cell(row, amount_c))
        company_raw = cell(row, job.col(f.COMPANY))
        company = None if empty(company_raw) else out.note_lead(cell_text(company_raw), "", "")
        title = cell_text(cell(row, job.col(f.TITLE))) or (company_raw and cell_text(company_raw)) or ""
        key = job.dedupe.key(v.name_key(title), company, member, created)
        out.deals.append({"title": title, "company": company, "member": member, "created_day": created,
                          "amount": amount, "stage": stage, "closed_day": (closed or updated or created) if done else None,
                          "dedupe_key": key, "sheet": job.name})
        out.sheets[job.name].facts += 1
