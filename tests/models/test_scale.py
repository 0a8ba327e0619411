"""Scale: the queries use the rollup's key and the member/day indexes, and the rollup maintained
write by write equals one rebuilt from the facts, on a generated two-year, 20-rep database."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bench.data import build_database
from bench.store_bench import RAW_MONTHS, apply_writes, rollup_rows
from desktop.models import counts, dashboard_queries, rollup
from desktop.models.settings import TALLY_OVERRIDES, TALLY_SUM
from desktop.models.store import Store

ACTIVITIES = 50_000


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same seeded facts loaded twice: raw + one rebuild, and through Store.bulk_add chunk by chunk."""
    folder = tmp_path_factory.mktemp("scale")
    return {"raw": build_database(folder / "raw.sqlite3", activities=ACTIVITIES),
            "incremental": build_database(folder / "inc.sqlite3", activities=ACTIVITIES, via_store=True)}


@pytest.fixture
def big_store(generated: dict[str, Path], tmp_path: Path):
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(generated["incremental"], path)
    s = Store.open(path)
    yield s
    s.close()


def plan(path: Path, sql: str, params: dict | tuple = ()) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        if rollup.KEYS in sql:
            conn.execute(f"CREATE TEMP TABLE {rollup.KEYS} (day DATE, member_id INTEGER, PRIMARY KEY (day, member_id))")
        return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    finally:
        conn.close()


def full_scans(steps: list[str]) -> list[str]:
    """Steps that read a whole stored table (scans of CTEs, subquery results and the temp keys are fine)."""
    return [s for s in steps if re.match(r"SCAN (activity|dailycount|deal|tally|d|t)\b", s)]


# ---- the generated database is what the benchmarks claim ------------------------------------


def test_the_generated_database_looks_like_a_real_team(generated: dict[str, Path]) -> None:
    conn = sqlite3.connect(generated["raw"])
    try:
        assert conn.execute("SELECT COUNT(*) FROM activity").fetchone()[0] == ACTIVITIES
        assert conn.execute("SELECT COUNT(*) FROM member").fetchone()[0] == 20
        first, last = conn.execute("SELECT MIN(day), MAX(day) FROM activity").fetchone()
        calls, connects, appointments = conn.execute(
            "SELECT SUM(kind = 'call'), SUM(outcome IN ('connected', 'appointment', 'rejected')), "
            "SUM(outcome = 'appointment') FROM activity").fetchone()
        names = [r[0] for r in conn.execute("SELECT name FROM member ORDER BY id LIMIT 2")]
    finally:
        conn.close()
    assert (first, last) == ("2023-11-22", "2025-11-20")
    assert 0.65 < calls / ACTIVITIES < 0.75
    assert 0.10 < connects / calls < 0.20  # the connect rate
    assert 0.05 < appointments / connects < 0.14
    assert names == ["佐藤 太郎", "鈴木 さくら"]


# ---- query plans -----------------------------------------------------------------------------


@pytest.mark.parametrize("group", ["d.day", "d.member_id", "'all'"])
@pytest.mark.parametrize("member", ["", "AND d.member_id = :member"])
def test_count_queries_read_only_the_rollups_key(generated: dict[str, Path], group: str,
                                                            member: str) -> None:
    params = {"start": "2025-04-01", "end": "2025-04-30", "member": 3}
    counted = plan(generated["raw"], counts._SELECT.format(group=group, where=member), params)
    replaced = plan(generated["raw"], counts._REPLACED.format(group=group, where=member, join="CROSS JOIN"), params)
    assert counted[0] == "SEARCH d USING PRIMARY KEY (day>? AND day<?)"
    # the tally rows drive the override correction: one seek into the rollup per tally row
    assert replaced[0] == "SEARCH t USING COVERING INDEX sqlite_autoindex_tally_1 (day>? AND day<?)"
    assert replaced[1] == "SEARCH d USING PRIMARY KEY (day=? AND metric=? AND member_id=?)"
    steps = counted + replaced
    assert not [s for s in steps if "activity" in s]  # summaries never touch the raw facts
    assert not full_scans(steps), steps


def test_counts_per_day_come_out_of_the_index_already_grouped(generated: dict[str, Path]) -> None:
    """What makes `summary --by month` cheap: the rollup is keyed (day, metric, …) without a rowid, so the
    day × metric sums are one ordered read: no lookups into a table, no sort."""
    sql = counts._SELECT.format(group="d.day", where="")
    steps = plan(generated["raw"], sql, {"start": "2023-01-01", "end": "2025-12-31"})
    assert steps == ["SEARCH d USING PRIMARY KEY (day>? AND day<?)"]


def test_the_data_range_is_two_seeks_not_a_scan(generated: dict[str, Path]) -> None:
    steps = plan(generated["raw"], counts._RANGE)
    assert steps.count("SEARCH dailycount USING PRIMARY KEY") == 2
    assert not full_scans(steps), steps


def test_every_rollup_refresh_statement_seeks_by_member_and_day(generated: dict[str, Path]) -> None:
    steps = [step for sql in rollup._SQL["sqlite"]["refresh"] for step in plan(generated["raw"], sql)]
    # without ANALYZE statistics SQLite may seek by ix_activity_day: same cost here (measured), both seek
    assert [s for s in steps if s.startswith("SEARCH activity USING INDEX ix_activity_") and "day=?" in s]
    assert "SEARCH deal USING COVERING INDEX ix_deal_member_created (member_id=? AND created_day=?)" in steps
    assert "SEARCH deal USING INDEX ix_deal_member_closed (member_id=? AND closed_day=?)" in steps
    assert not full_scans(steps), steps


def test_one_members_activities_for_a_period_use_the_member_day_index(generated: dict[str, Path]) -> None:
    sql = "SELECT id, day, at, kind, outcome FROM activity WHERE member_id = ? AND day BETWEEN ? AND ?"
    steps = plan(generated["raw"], sql, (3, "2025-04-01", "2025-04-30"))
    assert steps == ["SEARCH activity USING INDEX ix_activity_member_day (member_id=? AND day>? AND day<?)"]


# ---- rollup: incremental == rebuilt -------------------------------------------------------------


def test_loading_chunk_by_chunk_gives_the_same_rollup_as_one_rebuild(generated: dict[str, Path]) -> None:
    incremental, rebuilt = rollup_rows(generated["incremental"]), rollup_rows(generated["raw"])
    assert len(rebuilt) > 20_000
    assert incremental == rebuilt


def test_rebuilding_after_many_user_writes_changes_nothing(big_store: Store) -> None:
    apply_writes(big_store, random.Random(11), 120)
    maintained = rollup_rows(big_store.path)
    big_store.rebuild_rollups()
    assert rollup_rows(big_store.path) == maintained


def test_a_write_changes_only_its_own_day_and_member(big_store: Store) -> None:
    from desktop.models.tables import ActivityIn

    before = set(rollup_rows(big_store.path))
    big_store.add_activities([ActivityIn(day=date(2025, 4, 7), member_id=4, kind="call", outcome="appointment")])
    changed = before ^ set(rollup_rows(big_store.path))
    assert {(r[0], r[1]) for r in changed} == {("2025-04-07", 4)}
    assert {r[2] for r in changed} == {"calls", "connects", "appointments"}


# ---- the counts: the rewritten query means what the window query meant ---------------------------

WINDOW_REFERENCE = """
SELECT day, metric, SUM(value) FROM (
  SELECT day, member_id, metric, source, value,
         MAX(source = 'tally') OVER (PARTITION BY day, member_id, metric) AS has_tally
  FROM dailycount WHERE day BETWEEN ? AND ? {member}
) WHERE ? = 'sum' OR has_tally = 0 OR source = 'tally'
GROUP BY day, metric
"""


@pytest.mark.parametrize("mode", [TALLY_OVERRIDES, TALLY_SUM])
@pytest.mark.parametrize("member_id", [None, 19])
def test_daily_counts_follow_the_tally_mode(big_store: Store, mode: str, member_id: int | None) -> None:
    big_store.save_domain_settings(replace(big_store.domain_settings(), tally_mode=mode))
    start, end = date(2025, 1, 1), date(2025, 6, 30)
    ours = {(d.isoformat(), m): v for d, c in big_store.daily_counts(start, end, member_id).items()
            for m, v in c.items()}
    sql = WINDOW_REFERENCE.format(member="AND member_id = ?" if member_id else "")
    params = (start.isoformat(), end.isoformat(), *([member_id] if member_id else []), mode)
    conn = sqlite3.connect(big_store.path)
    try:
        reference = {(d, m): v for d, m, v in conn.execute(sql, params)}
    finally:
        conn.close()
    assert ours == reference
    assert any(m == "meetings" for _, m in ours)  # members 18–20 tally their visits


GROUPED_REFERENCE = """
SELECT {group} AS g, metric, SUM(value) FROM (
  SELECT day, member_id, metric, source, value,
         MAX(source = 'tally') OVER (PARTITION BY day, member_id, metric) AS has_tally
  FROM dailycount WHERE day BETWEEN ? AND ? {where}
) WHERE has_tally = 0 OR source = 'tally'
GROUP BY g, metric
"""


@pytest.mark.parametrize(("group", "reference"), [
    ("d.day", "day"), ("'all'", "'all'"), ("d.member_id", "member_id"),
    ("date(d.day, 'weekday 0', '-6 days')", "date(day, 'weekday 0', '-6 days')"),
    ("substr(d.day, 1, 7)", "substr(day, 1, 7)")])
@pytest.mark.parametrize(("member_id", "metric"), [(None, None), (19, None), (None, "meetings"), (19, "meetings")])
def test_the_dashboards_grouped_reads_mean_what_the_window_query_meant(
        big_store: Store, group: str, reference: str, member_id: int | None, metric: str | None) -> None:
    start, end = date(2025, 1, 1), date(2025, 6, 30)
    with big_store.engine.connect() as conn:
        ours = counts.grouped_counts(conn, group, start, end, override=True, member_id=member_id, metric=metric)
    where = ("AND member_id = ? " if member_id else "") + ("AND metric = ?" if metric else "")
    params = (start.isoformat(), end.isoformat(), *([member_id] if member_id else []), *([metric] if metric else []))
    raw = sqlite3.connect(big_store.path)
    try:
        theirs = {(str(g), m): v for g, m, v in raw.execute(GROUPED_REFERENCE.format(group=reference, where=where),
                                                            params)}
    finally:
        raw.close()
    assert {(g, m): v for g, c in ours.items() for m, v in c.items()} == theirs
    assert theirs


@pytest.mark.parametrize(("group", "key"), [
    ("date(d.day, 'weekday 0', '-6 days')", dashboard_queries._monday), ("substr(d.day, 1, 7)", lambda d: d[:7]),
    ("'all'", lambda _d: "all")])
def test_days_folded_in_python_equal_the_grouping_in_sql(big_store: Store, group: str, key) -> None:  # noqa: ANN001
    start, end = date(2024, 12, 20), date(2025, 6, 30)
    with big_store.engine.connect() as conn:
        in_sql = counts.grouped_counts(conn, group, start, end, override=True)
        folded = counts.fold_days(counts.grouped_counts(conn, "d.day", start, end, override=True), key)
    assert folded == in_sql and len(in_sql) >= 1


def test_tallies_replace_logged_meetings_only_in_override_mode(big_store: Store) -> None:
    start, end = date(2025, 1, 1), date(2025, 6, 30)
    overridden = big_store.totals(start, end, 19)
    big_store.save_domain_settings(replace(big_store.domain_settings(), tally_mode=TALLY_SUM))
    summed = big_store.totals(start, end, 19)
    conn = sqlite3.connect(big_store.path)
    try:
        logged = conn.execute("SELECT COUNT(*) FROM activity WHERE member_id = 19 AND kind = 'meeting' "
                              "AND day BETWEEN '2025-01-01' AND '2025-06-30'").fetchone()[0]
    finally:
        conn.close()
    assert logged > 0
    assert summed["meetings"] == overridden["meetings"] + logged
    assert summed["calls"] == overridden["calls"]


def test_monthly_summary_equals_a_group_by_over_the_raw_table(generated: dict[str, Path]) -> None:
    store = Store.open(generated["raw"])
    try:
        ours = store.counts_by("month", *store.data_range())
    finally:
        store.close()
    conn = sqlite3.connect(generated["raw"])
    try:
        raw = {m: (c, k, a) for m, c, k, a in conn.execute(RAW_MONTHS)}
    finally:
        conn.close()
    assert len(raw) == 25
    assert {m: (v["calls"], v["connects"], v["appointments"]) for m, v in ours.items()} == raw
