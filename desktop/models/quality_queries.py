"""The inputs of the データ品質 rules (desktop.kpi.quality), gathered with a few set-based queries."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from desktop.kpi import quality
from desktop.kpi.quality import Finding

_MEMBER_DAY = """
SELECT member_id, day, metric, SUM(value) FROM (
  SELECT day, member_id, metric, source, value,
         MAX(CASE WHEN source = 'tally' THEN 1 ELSE 0 END) OVER (PARTITION BY day, member_id, metric) AS has_tally
  FROM dailycount WHERE day BETWEEN :a AND :b
) AS cells WHERE :mode = 'sum' OR has_tally = 0 OR source = 'tally'
GROUP BY member_id, day, metric
"""
_TOTALS = _MEMBER_DAY.replace("WHERE day BETWEEN :a AND :b", "WHERE metric IN ('wins', 'opportunities')"
                               ).replace("GROUP BY member_id, day, metric", "GROUP BY member_id, metric")
_TOTALS = _TOTALS.replace("SELECT member_id, day, metric", "SELECT member_id, metric")
_DUP_ACTIVITIES = """
SELECT member_id, day, {ids} FROM activity
WHERE day BETWEEN :a AND :b AND at IS NOT NULL AND lead_id IS NOT NULL
GROUP BY member_id, day, lead_id, kind, COALESCE(outcome, ''), substr(CAST(at AS VARCHAR), 1, 5) HAVING COUNT(*) > 1
"""
_ID_LIST = {"sqlite": "GROUP_CONCAT(id)", "postgresql": "string_agg(CAST(id AS VARCHAR), ',')"}
_SPANS = """
SELECT m.id, MIN(d.day), MAX(d.day) FROM member m JOIN dailycount d ON d.member_id = m.id
WHERE m.active AND m.role = 'rep' GROUP BY m.id
"""
_NO_OUTCOME = ("SELECT id, member_id, day FROM activity WHERE kind = 'call' AND outcome IS NULL "
               "AND day BETWEEN :a AND :b")
_FIRST_DAY = "SELECT MIN(day) FROM dailycount"  # the rollup holds every fact's day: activities, tallies, deals
_NO_AMOUNT = "SELECT id, member_id, created_day FROM deal WHERE amount IS NULL"
_NO_OWNER = "SELECT id, NULL, NULL FROM lead WHERE owner_id IS NULL"

RULES = ("no_activity", "funnel", "outlier_calls", "duplicate_activities", "duplicate_leads",
         "call_without_outcome", "deal_without_amount", "lead_without_owner")


class QualityQueries:
    """データ品質チェック over a date range (all the history by default)."""

    def quality_first_day(self, today: date) -> date:
        """The first day the checks look at by default: the oldest fact's (yesterday when there is none)."""
        with self._read() as s:
            first = s.execute(text(_FIRST_DAY)).scalar()
        if first is None:
            return today - timedelta(days=1)
        return first if isinstance(first, date) else date.fromisoformat(first)

    def quality_findings(self, today: date, start: date | None = None) -> list[Finding]:
        """Every finding between `start` (default: the oldest fact's day) and yesterday (today is still
        being logged)."""
        end = today - timedelta(days=1)
        start = start or self.quality_first_day(today)
        p = {"a": start.isoformat(), "b": end.isoformat()}
        with self._read() as s:
            cells = s.execute(text(_MEMBER_DAY), {**p, "mode": self.domain_settings().tally_mode}).all()
            dups = s.execute(text(_DUP_ACTIVITIES.format(ids=_ID_LIST[s.bind.dialect.name])), p).all()
            spans = s.execute(text(_SPANS)).all()
            missing = {code: s.execute(text(sql), p).all() for code, sql in (
                ("call_without_outcome", _NO_OUTCOME), ("deal_without_amount", _NO_AMOUNT),
                ("lead_without_owner", _NO_OWNER))}
            totals = s.execute(text(_TOTALS), {"mode": self.domain_settings().tally_mode}).all()
            leads = s.execute(text("SELECT id, company FROM lead")).all()
        return _rules(self.domain_settings().calendar(), start, end, cells, dups, spans, missing, leads, totals)

    def quality_rows(self, code: str, refs: tuple[int, ...]) -> list[tuple[str, str]]:
        """The rows behind a finding, as (label, details) lines."""
        sql = _ROWS.get(code)
        if sql is None or not refs:
            return []
        ids = ",".join(str(int(r)) for r in refs)
        with self._read() as s:
            return [(f"#{r[0]}", "  ".join(str(v) for v in r[1:] if v not in (None, "")))
                    for r in s.execute(text(sql.format(ids=ids)))]


_ACTIVITY_ROWS = ("SELECT a.id, a.day, substr(CAST(a.at AS VARCHAR), 1, 5), m.name, l.company, a.kind, a.outcome, a.note "
                  "FROM activity a JOIN member m ON m.id = a.member_id LEFT JOIN lead l ON l.id = a.lead_id "
                  "WHERE a.id IN ({ids}) ORDER BY a.id")
_ROWS = {
    "duplicate_activities": _ACTIVITY_ROWS,
    "call_without_outcome": _ACTIVITY_ROWS,
    "duplicate_leads": "SELECT id, company, person, phone, status FROM lead WHERE id IN ({ids}) ORDER BY id",
    "lead_without_owner": "SELECT id, company, person, phone, status FROM lead WHERE id IN ({ids}) ORDER BY id",
    "deal_without_amount": ("SELECT d.id, d.title, d.created_day, d.stage, m.name FROM deal d "
                            "JOIN member m ON m.id = d.member_id WHERE d.id IN ({ids}) ORDER BY d.id"),
}


def _rules(calendar: Any, start: date, end: date, cells: list, dups: list, spans: list,
           missing: dict[str, list], leads: list, totals: list) -> list[Finding]:
    by_day: dict[tuple[int, date], dict[str, float]] = defaultdict(dict)
    by_month: dict[tuple[int, date], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for member_id, day, metric, value in cells:
        d = date.fromisoformat(str(day))
        by_day[(member_id, d)][metric] = value
        by_month[(member_id, d.replace(day=1))][metric] += value
    logged = {k for k, v in by_day.items() if any(v.values())}
    members = {m: (max(date.fromisoformat(str(lo)), start), min(date.fromisoformat(str(hi)), end)) for m, lo, hi in spans}
    out = quality.no_activity(calendar.business_days(start, end), members, logged)
    by_total: dict[int, dict[str, float]] = defaultdict(dict)
    for member_id, metric, value in totals:
        by_total[member_id][metric] = value
    out += quality.funnel_findings(by_day, by_month, by_total)
    out += quality.outliers({k: v.get("calls", 0) for k, v in by_day.items()})
    out += quality.duplicate_activities((m, date.fromisoformat(str(d)), [int(i) for i in ids.split(",")])
                                        for m, d, ids in dups)
    out += quality.duplicate_leads(leads)
    for code, rows in missing.items():
        out += quality.missing(code, ((i, m, date.fromisoformat(d) if isinstance(d, str) else d)
                                      for i, m, d in rows))
    return out
