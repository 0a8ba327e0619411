"""Lead lists: each lead's stages in the lead funnel (MQL → SQL → 商談), dated.

A stage's day comes from its own column (MQL日, SQL日, 商談化日) or, for a ステータス / lead-status
column, from the row's date (日付, else 更新日, else 登録日). A stage implies the earlier ones it
lacks, on its day (kpi.lead_funnel.implied_days); a word naming no stage (新規, ナーチャリング)
notes the lead and counts nothing.
"""

from __future__ import annotations

from datetime import date

from desktop.importers import mapping as f
from desktop.importers import vocabulary as voc
from desktop.importers.extract import SheetJob, cell, data_rows, empty, read_day, read_member, skip
from desktop.importers.extract_deals import optional_day
from desktop.importers.headers import cell_text
from desktop.importers.result import ImportResult
from desktop.kpi.lead_funnel import STAGES, implied_days


def _status_day(job: SheetJob, out: ImportResult, n: int, row: list[object]) -> date | None:
    for field in (f.DAY, f.UPDATED, f.CREATED):
        c = job.col(field)
        if c is not None and not empty(cell(row, c)):
            return read_day(job, out, n, row, c)
    skip(job, out, n, job.col(f.LEAD_STATUS), "missing_date")
    return None


def lead_list(job: SheetJob, out: ImportResult) -> None:
    status_c, company_c = job.col(f.LEAD_STATUS), job.col(f.COMPANY)
    day_cs = {stage: job.col(field) for field, stage in f.STAGE_DAYS.items() if job.col(field) is not None}
    for n, row in data_rows(job, out):
        company_raw = cell(row, company_c)
        if empty(company_raw):
            continue
        days = {stage: d for stage, c in day_cs.items() if (d := optional_day(job, row, c)) is not None}
        raw = cell(row, status_c)
        if status_c is not None and not empty(raw):
            word = f.normalize_word(cell_text(raw))
            stage = voc.lead_stage(word)
            if word not in voc.LEAD_WORDS:
                out.unknown_words[cell_text(raw)] += 1
            if stage is not None and stage not in days:
                day = _status_day(job, out, n, row)
                if day is None:
                    continue
                days[stage] = day
        company = out.note_lead(cell_text(company_raw), cell_text(cell(row, job.col(f.PERSON))),
                                cell_text(cell(row, job.col(f.PHONE))))
        if not days:
            continue
        member = read_member(job, out, n, row, job.col(f.MEMBER))
        if member is None:
            continue
        furthest = max(days, key=STAGES.index)
        stages = {**days, **implied_days(furthest, days[furthest], days)}
        out.lead_stages += [{"company": company, "member": member, "status": stage, "day": day, "sheet": job.name}
                            for stage, day in stages.items()]
        out.sheets[job.name].facts += len(stages)
