"""The DailyCount rollup: set-based SQL that recomputes (day, member) keys from the facts.

Callers put the affected keys into the temporary table ``_rollup_keys`` inside
their write transaction and call :func:`refresh`; :func:`rebuild` recomputes
everything. Both run the same statements, so incremental equals rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Connection, inspect

from desktop.kpi.metrics import Metric
from desktop.kpi.outcomes import CONNECT_OUTCOMES, KIND_METRIC, Outcome

KEYS = "_rollup_keys"


def _activity_sql(source: str, flag: str = "({})") -> str:
    """`source`: the activities to count (`activity WHERE …`, or a join); `flag` turns a condition
    into 0/1: SQLite sums booleans as they are, PostgreSQL casts them."""
    def total(condition: str, name: str) -> str:
        return f"SUM({flag.format(condition)}) AS {name}"

    sums = [total(f"kind = '{kind.value}'", metric.value) for kind, metric in KIND_METRIC.items()]
    connect = ", ".join(f"'{o.value}'" for o in sorted(CONNECT_OUTCOMES))
    sums.append(total(f"outcome IN ({connect})", Metric.CONNECTS.value))
    sums.append(total(f"outcome = '{Outcome.APPOINTMENT.value}'", Metric.APPOINTMENTS.value))
    metrics = [m.value for m in KIND_METRIC.values()] + [Metric.CONNECTS.value, Metric.APPOINTMENTS.value]
    unpivot = " UNION ALL ".join(
        f"SELECT day, member_id, '{m}', 'activity', {m} FROM a WHERE {m} > 0" for m in metrics
    )
    return (  # in the rollup's key order: appending to its b-tree is cheaper than inserting all over it
        "INSERT INTO dailycount (day, member_id, metric, source, value) "
        f"WITH a AS (SELECT day, member_id, {', '.join(sums)} FROM {source} "
        f"GROUP BY day, member_id) {unpivot} ORDER BY 1, 3, 2"
    )


def _deal_sql(where_created: str, where_closed: str) -> str:
    return (
        "INSERT INTO dailycount (day, member_id, metric, source, value) "
        f"SELECT created_day, member_id, '{Metric.OPPORTUNITIES.value}', 'deal', COUNT(*) "
        f"FROM deal {where_created} GROUP BY created_day, member_id "
        "UNION ALL "
        f"SELECT closed_day, member_id, '{Metric.WINS.value}', 'deal', COUNT(*) "
        f"FROM deal WHERE stage = 'won' AND closed_day IS NOT NULL {where_closed} "
        "GROUP BY closed_day, member_id "
        "UNION ALL "
        f"SELECT closed_day, member_id, '{Metric.REVENUE.value}', 'deal', SUM(COALESCE(amount, 0)) "
        f"FROM deal WHERE stage = 'won' AND closed_day IS NOT NULL {where_closed} "
        "GROUP BY closed_day, member_id HAVING SUM(COALESCE(amount, 0)) > 0"
    )


def _contract_sql(where: str) -> str:
    """継続率's two counts on each contract's due day (its term's end), for the deal's owner: customers
    due, and customers a renewal follows (kpi.contracts)."""
    customer = "COALESCE(d.lead_id, -d.id)"
    renewed = "EXISTS (SELECT 1 FROM contract r WHERE r.renewal_of = c.id)"
    base = f"FROM contract c JOIN deal d ON d.id = c.deal_id WHERE c.end_day IS NOT NULL {where}"
    return (
        "INSERT INTO dailycount (day, member_id, metric, source, value) "
        f"SELECT c.end_day, d.member_id, '{Metric.RENEWALS_DUE.value}', 'contract', COUNT(DISTINCT {customer}) "
        f"{base} GROUP BY c.end_day, d.member_id "
        "UNION ALL "
        f"SELECT c.end_day, d.member_id, '{Metric.RENEWALS.value}', 'contract', COUNT(DISTINCT {customer}) "
        f"{base} AND {renewed} GROUP BY c.end_day, d.member_id"
    )


def _lead_sql(where: str) -> str:
    """MQL数 / SQL数 on the day a lead reached the stage, and the cohort counts behind the lead rates
    (dated on that same day: of these leads, the ones that have reached the next stage by now)."""
    def cohort(stage: str, following: str, metric: Metric) -> str:
        return (f"SELECT day, member_id, '{metric.value}', 'lead', COUNT(*) FROM leadstatus AS s "
                f"WHERE status = '{stage}' AND EXISTS (SELECT 1 FROM leadstatus AS n WHERE n.lead_id = s.lead_id "
                f"AND n.status = '{following}') {where} GROUP BY day, member_id")

    return (
        "INSERT INTO dailycount (day, member_id, metric, source, value) "
        f"SELECT day, member_id, CASE status WHEN 'mql' THEN '{Metric.MQLS.value}' ELSE '{Metric.SQLS.value}' END, "
        f"'lead', COUNT(*) FROM leadstatus WHERE status IN ('mql', 'sql') {where} GROUP BY day, member_id, status "
        f"UNION ALL {cohort('mql', 'sql', Metric.MQLS_TO_SQL)} "
        f"UNION ALL {cohort('sql', 'opportunity', Metric.SQLS_TO_OPPORTUNITY)}"
    )


def _tally_sql(where: str) -> str:
    return (
        "INSERT INTO dailycount (day, member_id, metric, source, value) "
        f"SELECT day, member_id, metric, 'tally', count FROM tally {where}"
    )


_IN_KEYS = f"(day, member_id) IN (SELECT day, member_id FROM {KEYS})"
_FLAGS = {"sqlite": "({})", "postgresql": "({})::int"}
# The activities of the keys. SQLite runs the join key by key through ix_activity_member_day, in the
# keys' order (no sort for the GROUP BY): 100k activities of an import, 0.127 → 0.091 s against
# `WHERE (day, member_id) IN (…)`, which it reads by day and then sorts.
_KEYED = {"sqlite": f"{KEYS} AS k CROSS JOIN activity USING (day, member_id)",
          "postgresql": f"activity WHERE {_IN_KEYS}"}


def _statements(dialect: str, flag: str) -> dict[str, tuple[str, ...]]:
    refresh = (
        f"DELETE FROM dailycount WHERE {_IN_KEYS}",
        _activity_sql(_KEYED[dialect], flag),
        _deal_sql(
            f"WHERE (created_day, member_id) IN (SELECT day, member_id FROM {KEYS})",
            f"AND (closed_day, member_id) IN (SELECT day, member_id FROM {KEYS})",
        ),
        _tally_sql(f"WHERE {_IN_KEYS}"),
        _contract_sql(f"AND (c.end_day, d.member_id) IN (SELECT day, member_id FROM {KEYS})"),
        _lead_sql(f"AND {_IN_KEYS}"),
    )
    rebuild = ("DELETE FROM dailycount", _activity_sql("activity", flag), _deal_sql("", ""), _tally_sql(""),
               _contract_sql(""), _lead_sql(""))
    return {"refresh": refresh, "rebuild": rebuild}


_SQL = {dialect: _statements(dialect, flag) for dialect, flag in _FLAGS.items()}


def _sql(conn: Connection, which: str) -> tuple[str, ...]:
    return _SQL[conn.dialect.name][which]


def _prepare_keys(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {KEYS} (day DATE, member_id INTEGER, PRIMARY KEY (day, member_id))"
    )
    conn.exec_driver_sql(f"DELETE FROM {KEYS}")


def _insert_keys(conn: Connection, rows_sql: str) -> str:
    """Add keys, once each (SQLite's INSERT OR IGNORE parses after any SELECT; ON CONFLICT may not)."""
    if conn.dialect.name == "sqlite":
        return f"INSERT OR IGNORE INTO {KEYS} {rows_sql}"
    return f"INSERT INTO {KEYS} {rows_sql} ON CONFLICT DO NOTHING"


def refresh_keys(conn: Connection, keys: Iterable[tuple[date, int]]) -> None:
    """Recompute the rollup for these (day, member) keys, inside the caller's transaction."""
    _prepare_keys(conn)
    rows = [(d.isoformat(), m) for d, m in set(keys)]
    if not rows:
        return
    conn.exec_driver_sql(_insert_keys(conn, "VALUES (?, ?)"), rows)
    _run(conn, _sql(conn, "refresh"))


def refresh_select(conn: Connection, select_sql: str, params: tuple = ()) -> None:
    """Recompute the rollup for the (day, member_id) pairs a SELECT returns (a pair without a day
    is no key: SQLite's key columns take NULL, PostgreSQL's do not)."""
    _prepare_keys(conn)
    if conn.dialect.name != "sqlite":
        select_sql = f"SELECT * FROM ({select_sql}) AS k (day, member_id) WHERE day IS NOT NULL"
    conn.exec_driver_sql(_insert_keys(conn, select_sql), params)
    _run(conn, _sql(conn, "refresh"))


def rebuild(conn: Connection) -> None:
    """Recompute the whole rollup from the facts (on a schema from before lead stages or contracts, an
    older migration's rebuild, without them)."""
    statements = _sql(conn, "rebuild")
    have = inspect(conn)
    for table in ("contract", "leadstatus"):
        if not have.has_table(table):
            statements = tuple(sql for sql in statements if f"FROM {table}" not in sql)
    _run(conn, statements)


def _run(conn: Connection, statements: tuple[str, ...]) -> None:
    for sql in statements:
        conn.exec_driver_sql(sql)


def refresh_tallies(conn: Connection, where: str, params: tuple = ()) -> None:
    """Set the rollup rows of the tally rows `where` picks: a tally's rollup row is its copy, so the
    counts an import wrote need no (day, member) key refresh."""
    conn.exec_driver_sql(_tally_sql(where) + " ON CONFLICT (day, metric, member_id, source) DO UPDATE "
                         "SET value = excluded.value WHERE dailycount.value != excluded.value", params)
