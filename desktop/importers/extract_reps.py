"""Reps across the columns: dates down the side, one column per rep (the metric from the sheet name
or title: 架電数), or rep names as merged group headings above their metric columns (山田 over
架電 / 通電 / アポ). Each filled cell is one day count for that rep."""

from __future__ import annotations

from desktop.importers import mapping as f
from desktop.importers.extract import SheetJob, cell, count_value, data_rows, read_day
from desktop.importers.result import ImportResult

def reps_across(job: SheetJob, out: ImportResult) -> None:
    day_c = job.col(f.DAY)
    cols = [(c, m.field, m.member) for c, m in job.columns.items() if m.member]
    members = {name: out.note_member(name) for _c, _m, name in cols}
    counts = out.sheets[job.name]
    for n, row in data_rows(job, out):
        day = read_day(job, out, n, row, day_c)
        if day is None:
            continue
        for c, metric, name in cols:
            count = count_value(job, out, n, c, metric, cell(row, c))
            if count is not None:
                out.tallies.append({"day": day, "member": members[name], "metric": metric, "count": count,
                                    "sheet": job.name})
                counts.facts += 1
