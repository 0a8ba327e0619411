"""The DailyCount rollup: set-based SQL that recomputes (day, member) keys from the facts.

Callers put the affected keys into the temporary table ``_rollup_keys`` inside
their write transaction and call :func:`refresh`; :func:`rebuild` recomputes
everything. Both run the same statements, so incremental equals rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Connection

from desktop.kpi.metrics import Metric
from desktop.kpi.outcomes import CONNECT_OUTCOMES, KIND_METRIC, Outcome

KEYS = "_rollup_keys"


def _activity_sql(where: str) -> str:
    sums = [f"SUM(kind = '{kind.value}') AS {metric.value}" for kind, metric in KIND_METRIC.items()]
    connect = ", ".join(f"'{o.value}'" for o in sorted(CONNECT_OUTCOMES))
    sums.append(f"SUM(outcome IN ({connect})) AS {Metric.CONNECTS.value}")
    sums.append(f"SUM(outcome = '{Outcome.APPOINTMENT.value}') AS {Metric.APPOINTMENTS.value}")
    metrics = [m.value for m in KIND_METRIC.values()] + [Metric.CONNECTS.value, Metric.APPOINTMENTS.value]
    unpivot = " UNION ALL ".join(
        f"SELECT day, member_id, '{m}', 'activity', {m} FROM a WHERE {m} > 0" for m in metrics
    )
    return (  # in the rollup's key order: appending to its b-tree is cheaper than inserting all over it
        "INSERT INTO dailycount (day, member_id, metric, source, value) "
        f"WITH a AS (SELECT day, member_id, {', '.join(sums)} FROM activity {where} "
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


def _tally_sql(where: str) -> str:
    return (
        "INSERT INTO dailycount (day, member_id, metric, source, value) "
        f"SELECT day, member_id, metric, 'tally', count FROM tally {where}"
    )


_IN_KEYS = f"(day, member_id) IN (SELECT day, member_id FROM {KEYS})"
_REFRESH = (
    f"DELETE FROM dailycount WHERE {_IN_KEYS}",
    _activity_sql(f"WHERE {_IN_KEYS}"),
    _deal_sql(
        f"WHERE (created_day, member_id) IN (SELECT day, member_id FROM {KEYS})",
        f"AND (closed_day, member_id) IN (SELECT day, member_id FROM {KEYS})",
    ),
    _tally_sql(f"WHERE {_IN_KEYS}"),
)
_REBUILD = ("DELETE FROM dailycount", _activity_sql(""), _deal_sql("", ""), _tally_sql(""))


def _prepare_keys(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {KEYS} (day DATE, member_id INTEGER, PRIMARY KEY (day, member_id))"
    )
    conn.exec_driver_sql(f"DELETE FROM {KEYS}")


def refresh_keys(conn: Connection, keys: Iterable[tuple[date, int]]) -> None:
    """Recompute the rollup for these (day, member) keys, inside the caller's transaction."""
    _prepare_keys(conn)
    rows = [(d.isoformat(), m) for d, m in set(keys)]
    if not rows:
        return
    conn.exec_driver_sql(f"INSERT OR IGNORE INTO {KEYS} VALUES (?, ?)", rows)
    _run(conn, _REFRESH)


def refresh_select(conn: Connection, select_sql: str, params: tuple = ()) -> None:
    """Recompute the rollup for the (day, member_id) pairs a SELECT returns."""
    _prepare_keys(conn)
    conn.exec_driver_sql(f"INSERT OR IGNORE INTO {KEYS} {select_sql}", params)
    _run(conn, _REFRESH)


def rebuild(conn: Connection) -> None:
    """Recompute the whole rollup from the facts."""
    _run(conn, _REBUILD)


def _run(conn: Connection, statements: tuple[str, ...]) -> None:
    for sql in statements:
        conn.exec_driver_sql(sql)


def refresh_tallies(conn: Connection, where: str, params: tuple = ()) -> None:
    """Set the rollup rows of the tally rows `where` picks: a tally's rollup row is its copy, so the
    counts an import wrote need no (day, member) key refresh."""
    conn.exec_driver_sql(_tally_sql(where) + " ON CONFLICT (day, metric, member_id, source) DO UPDATE "
                         "SET value = excluded.value WHERE value != excluded.value", params)
