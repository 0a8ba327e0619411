"""Queries over the DailyCount rollup: counts per day, per period, per member.

Dashboards and summaries read the rollup, never the raw activity table. Tally
rows count as the team chose in settings: added to logged activities, or
replacing them for that day, member and metric (never silently double).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import Connection, text

from desktop.kpi.metrics import ALL_RATES, COUNT_METRICS, rate_value
from desktop.kpi.periods import month_key, week_key
from desktop.models.settings import TALLY_SUM

Counts = dict[str, float]

# One range read of the rollup, keyed (day, metric, member, source): the rows arrive grouped by day and
# metric, no sort (bench/store_bench.py; EXPLAIN QUERY PLAN in tests/models/test_scale.py).
_SELECT = """
SELECT {group} AS g, d.metric, SUM(d.value) FROM dailycount AS d
WHERE d.day BETWEEN :start AND :end {where}
GROUP BY g, d.metric
"""

# In override mode a (day, member, metric) that has a tally counts the tally only: these are the logged
# counts to take back out, driven by the (few) tally rows (SQLite's CROSS JOIN keeps tally the outer
# loop; PostgreSQL plans the join itself and spells it JOIN).
_JOIN = {"sqlite": "CROSS JOIN", "postgresql": "JOIN"}
_REPLACED = """
SELECT {group} AS g, d.metric, SUM(d.value) FROM tally AS t {join} dailycount AS d
  ON d.day = t.day AND d.member_id = t.member_id AND d.metric = t.metric AND d.source <> 'tally'
WHERE t.day BETWEEN :start AND :end {where}
GROUP BY g, d.metric
"""

# Two subqueries, each one seek at an end of the primary key (MIN and MAX together would scan it).
_RANGE = "SELECT (SELECT MIN(day) FROM dailycount), (SELECT MAX(day) FROM dailycount)"

GROUPERS: dict[str, Callable[[date], str]] = {
    "day": date.isoformat,
    "week": week_key,
    "month": month_key,
}


def grouped_counts(conn: Connection, group: str, start: date, end: date, *, override: bool,
                   member_id: int | None = None, metric: str | None = None) -> dict[str, Counts]:
    """{group key: {metric: count}} over [start, end]; `group` is an SQL expression over the rollup `d`.

    With `override` (the tally mode), a day's tally replaces that member's logged count of the metric.
    """
    where = ("AND d.member_id = :member " if member_id else "") + ("AND d.metric = :metric" if metric else "")
    params = {"start": start.isoformat(), "end": end.isoformat(), "member": member_id, "metric": metric}
    out: dict[str, Counts] = defaultdict(dict)
    # fetchall: one call into the driver for all rows (row by row costs ~4 µs a row through SQLAlchemy)
    for key, name, value in conn.execute(text(_SELECT.format(group=group, where=where)), params).fetchall():
        out[str(key)][name] = value
    if override:
        for key, name, value in conn.execute(text(_REPLACED.format(group=group, where=where, join=_JOIN[conn.dialect.name])),
                                            params).fetchall():
            out[str(key)][name] -= value
    return dict(out)


# The dashboard's reads in one statement: per day over the spans its charts need, and per member over
# the period; each part grouped by its plain column (the key's order, no sort), cast to text to share a
# column. In override mode the tally parts ('…-') list what to take back out (none without tallies).
_PART = """SELECT {tag} AS part, CAST({group} AS TEXT) AS g, d.metric, SUM(d.value) FROM dailycount AS d
WHERE d.day BETWEEN :s{n} AND :e{n} {where} GROUP BY {group}, d.metric"""
_PART_REPLACED = """SELECT {tag} AS part, CAST({group} AS TEXT) AS g, d.metric, -SUM(d.value)
FROM tally AS t {join} dailycount AS d
  ON d.day = t.day AND d.member_id = t.member_id AND d.metric = t.metric AND d.source <> 'tally'
WHERE t.day BETWEEN :s{n} AND :e{n} {where} GROUP BY {group}, d.metric"""


def merged(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The day ranges, overlapping and adjacent ones joined: every day is read once."""
    out: list[tuple[date, date]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def day_and_member_counts(conn: Connection, days: list[tuple[date, date]], members: tuple[date, date], *,
                          override: bool, member_id: int | None = None) -> tuple[dict[str, Counts], dict[str, Counts]]:
    """({ISO day: counts} over the `days` ranges for the team or one member, {member id: counts} summed
    over `members`), in one round trip: on a team's server every statement is a network round trip."""
    mine = "AND d.member_id = :member" if member_id else ""
    parts = [("'day'", "d.day", mine, span) for span in merged(days)] + [("'member'", "d.member_id", "", members)]
    sql, params = [], {"member": member_id}
    for n, (tag, group, where, (start, end)) in enumerate(parts):
        params |= {f"s{n}": start.isoformat(), f"e{n}": end.isoformat()}
        sql.append(_PART.format(tag=tag, group=group, where=where, n=n))
        if override:
            sql.append(_PART_REPLACED.format(tag=tag, group=group, where=where, n=n, join=_JOIN[conn.dialect.name]))
    out: dict[str, dict[str, Counts]] = {"day": defaultdict(dict), "member": defaultdict(dict)}
    for part, key, name, value in conn.execute(text("\nUNION ALL\n".join(sql)), params).fetchall():
        counts = out[part][key]
        counts[name] = counts.get(name, 0) + value  # a tally part's negative sum takes its logged count out
    return dict(out["day"]), dict(out["member"])


def fold_days(by_day: dict[str, Counts], key: Callable[[str], str]) -> dict[str, Counts]:
    """Per-day counts summed into the groups `key(ISO day)` names (weeks, months, everything).

    Reading the rollup per day is one ordered read; grouping by an expression in SQL sorts every
    row first (3–4× slower over a quarter of a 20-rep team).
    """
    out: dict[str, Counts] = {}
    for day, counts in by_day.items():
        bucket = out.setdefault(key(day), {})
        for metric, value in counts.items():
            bucket[metric] = bucket.get(metric, 0) + value
    return out


def _day(value: date | str) -> date:
    """A day as the driver gives it: SQLite text, PostgreSQL a date."""
    return value if isinstance(value, date) else date.fromisoformat(value)


class CountQueries:
    """Counts from the rollup."""

    def _grouped(self, group: str, start: date, end: date, member_id: int | None) -> dict[str, Counts]:
        override = self.domain_settings().tally_mode != TALLY_SUM
        with self._read() as s:
            return grouped_counts(s.connection(), group, start, end, override=override, member_id=member_id)

    def daily_counts(self, start: date, end: date, member_id: int | None = None) -> dict[date, Counts]:
        """{day: {metric: count}} for days that have any count."""
        rows = self._grouped("d.day", start, end, member_id)
        return {date.fromisoformat(k): v for k, v in rows.items()}

    def member_counts(self, start: date, end: date) -> dict[int, Counts]:
        """{member_id: {metric: count}} summed over the range."""
        rows = self._grouped("d.member_id", start, end, None)
        return {int(k): v for k, v in rows.items()}

    def totals(self, start: date, end: date, member_id: int | None = None) -> Counts:
        """{metric: count} summed over the range (every count metric present, 0 when none)."""
        rows = self._grouped("'all'", start, end, member_id).get("all", {})
        return {m.value: rows.get(m.value, 0) for m in COUNT_METRICS}

    def counts_by(self, by: str, start: date, end: date, member_id: int | None = None) -> dict[str, Counts]:
        """{period label: {metric: count, rate: value}} with every count metric and rate."""
        grouper = GROUPERS[by]
        folded: dict[str, Counts] = {}
        for day, counts in sorted(self.daily_counts(start, end, member_id).items()):
            bucket = folded.setdefault(grouper(day), {m.value: 0 for m in COUNT_METRICS})
            for metric, value in counts.items():
                bucket[metric] = bucket.get(metric, 0) + value
        for bucket in folded.values():
            for rate in ALL_RATES:
                bucket[rate.code] = rate_value(bucket, rate)
        return folded

    def data_range(self) -> tuple[date, date] | None:
        """First and last day that have any count."""
        with self._read() as s:
            lo, hi = s.execute(text(_RANGE)).one()
        if lo is None:
            return None
        return _day(lo), _day(hi)

    def tally_mode_is_sum(self) -> bool:
        return self.domain_settings().tally_mode == TALLY_SUM
