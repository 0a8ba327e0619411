"""Sheets that are not new facts, told from their contents: pivots, summaries, copies of other sheets.

Such a sheet is planned as usual but not ticked by default; `SheetPlan.unticked` says why (a code
the preview puts into words):

- `pivot`: Excel's own pivot words in its first rows (行ラベル / 列ラベル / 総計, Row Labels /
  Grand Total) or value headers as a pivot names them (合計 / 架電数, Sum of Calls, データの個数 / …).
- `summary`: a table of periods, not of days: every date it gives is the 1st of a month (4月,
  2025年5月 …, at least two months), or most of its row labels are 合計 / 小計 / 平均 / 累計.
- `repeats`: at least REPEAT_SHARE of its facts are given by the other ticked sheets too (a 全体 or
  集計用 sheet that copies the monthly ones). Judged after the preview's pass from a sample of fact
  keys (the keys hold no sheet name, so the same row on two sheets has the same key); the bigger
  copy is unticked first, so one sheet keeps every fact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

_PIVOT_CELLS = frozenset({"行ラベル", "列ラベル", "総計", "rowlabels", "columnlabels", "grandtotal"})
_PIVOT_HEAD = re.compile(r"^(合計|データの個数|個数|平均|最大|最小|sumof|countof|averageof)\s*/?\s*\S")
_TOTAL_LABELS = frozenset({"合計", "小計", "平均", "累計", "総計", "total", "subtotal", "average"})
_MONTH = re.compile(r"^(\d{4}\s*年\s*)?\d{1,2}\s*月$|^\d{4}[-/]\d{1,2}$")
REPEAT_SHARE = 0.95
SAMPLE = 4  # one fact key in SAMPLE is kept per sheet for the repeat check
MIN_SAMPLE = 5  # fewer sampled keys than this: too small a sheet to call a copy


def _key(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value)).lower().replace(" ", "").replace("　", "")


def content_kind(rows: list[list[object]], header_row: int | None, labels: Iterable[str] = ()) -> str | None:
    """'pivot', 'summary' or None from a sheet's first rows, its header's index and labels."""
    texts = [_key(v) for row in rows for v in row if isinstance(v, str) and v]
    if any(t in _PIVOT_CELLS for t in texts) or sum(1 for x in labels if x and _PIVOT_HEAD.match(_key(x))) >= 2:
        return "pivot"
    body = rows if header_row is None else rows[header_row + 1:]
    firsts = [row[0] for row in body if row and row[0] not in (None, "")]
    if len(firsts) >= 2 and sum(1 for v in firsts if isinstance(v, str) and _key(v) in _TOTAL_LABELS) * 2 > len(firsts):
        return "summary"
    return "summary" if _months_only(firsts) else None


def _months_only(values: list[object]) -> bool:
    """Every value is a month (2025-04-01 as a date, 4月, 2025年5月, 2025/05) and there are two or more."""
    months: set[tuple[int, int] | str] = set()
    for v in values:
        if isinstance(v, (date, datetime)):
            if v.day != 1:
                return False
            months.add((v.year, v.month))
        elif isinstance(v, str) and _MONTH.match(_key(v)):
            months.add(_key(v))
        else:
            return False
    return len(months) >= 2


def repeats(samples: dict[str, set[int]], ticked: list[str]) -> dict[str, list[str]]:
    """{sheet: the sheets that give its facts} for ticked sheets that copy others: the biggest first,
    each judged against the sheets still ticked."""
    keep = [s for s in ticked if s in samples]
    out: dict[str, list[str]] = {}
    for sheet in sorted(keep, key=lambda s: -len(samples[s])):
        mine = samples[sheet]
        others = [s for s in keep if s != sheet and s not in out]
        if len(mine) < MIN_SAMPLE or not others:
            continue
        given = set().union(*(samples[s] for s in others))
        if len(mine & given) >= REPEAT_SHARE * len(mine):
            out[sheet] = [s for s in others if mine & samples[s]]
    return out


def derived_sheets(plans: list, heads: dict[str, list[list[object]]],
                   samples: dict[str, set[int]]) -> dict[str, tuple[str, list[str]]]:
    """{sheet: (why, the sheets it copies)} for the ticked sheets to untick by default: pivots,
    summaries, copies. Nothing when that would leave no sheet ticked (a team's only sheet may be a
    monthly table: then it is what there is)."""
    ticked = [p for p in plans if p.selected and p.layout]
    why: dict[str, tuple[str, list[str]]] = {}
    for p in ticked:
        kind = content_kind(heads.get(p.sheet, []), None if p.header is None else p.header.row, p.labels)
        if kind:
            why[p.sheet] = (kind, [])
    rest = [p.sheet for p in ticked if p.sheet not in why]
    why.update({sheet: ("repeats", others) for sheet, others in repeats(samples, rest).items()})
    return {} if len(why) == len(ticked) else why
