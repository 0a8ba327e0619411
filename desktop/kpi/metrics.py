"""The metric catalog: what is counted, and which rates are built from the counts.

Rates are always ratios of sums (sum of numerators / sum of denominators over
the same rows), never averages of per-day or per-member ratios.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Metric(StrEnum):
    """Count metrics, stored per day and member in the DailyCount rollup."""

    CALLS = "calls"
    CONNECTS = "connects"
    APPOINTMENTS = "appointments"
    OPPORTUNITIES = "opportunities"
    WINS = "wins"
    REVENUE = "revenue"
    EMAILS = "emails"
    FOLLOW_UPS = "follow_ups"
    MEETINGS = "meetings"
    RENEWALS_DUE = "renewals_due"  # contracts whose term ends that day (kpi.contracts)
    RENEWALS = "renewals"  # of those, the ones a renewal follows
    # the lead funnel (desktop.models.lead_status): leads that became MQL / SQL on the day, and the
    # cohort counts behind its rates, dated on the MQL (SQL) day: of those leads, how many have reached
    # SQL (商談) by now. A rate over one cohort cannot pass 100 %.
    MQLS = "mqls"
    SQLS = "sqls"
    MQLS_TO_SQL = "mqls_to_sql"
    SQLS_TO_OPPORTUNITY = "sqls_to_opportunity"


class Tier(StrEnum):
    """The article's three indicator tiers: 行動 / 結果 / 成果."""

    ACTION = "action"
    RESULT = "result"
    OUTCOME = "outcome"


COUNT_METRICS: tuple[Metric, ...] = tuple(Metric)

# The funnel, top to bottom: each rate is the step below divided by the step above.
FUNNEL: tuple[Metric, ...] = (
    Metric.CALLS,
    Metric.CONNECTS,
    Metric.APPOINTMENTS,
    Metric.OPPORTUNITIES,
    Metric.WINS,
)


@dataclass(frozen=True)
class RateDef:
    """A rate metric: numerator count / denominator count."""

    code: str
    numerator: Metric
    denominator: Metric


CONNECT_RATE = RateDef("connect_rate", Metric.CONNECTS, Metric.CALLS)
APPOINTMENT_RATE = RateDef("appointment_rate", Metric.APPOINTMENTS, Metric.CONNECTS)
OPPORTUNITY_RATE = RateDef("opportunity_rate", Metric.OPPORTUNITIES, Metric.APPOINTMENTS)
WIN_RATE = RateDef("win_rate", Metric.WINS, Metric.OPPORTUNITIES)

DEFAULT_RATES: tuple[RateDef, ...] = (CONNECT_RATE, APPOINTMENT_RATE, OPPORTUNITY_RATE, WIN_RATE)
# 継続率 = customers renewed ÷ customers due for renewal (kpi.contracts); not a funnel step
RETENTION_RATE = RateDef("retention", Metric.RENEWALS, Metric.RENEWALS_DUE)

# The lead funnel MQL → SQL → 商談. Each rate is one cohort's: the leads that became MQL (SQL) in the
# period, and of those the ones that have reached SQL (商談) on any day up to now — not the SQLs of the
# period over its MQLs, which can pass 100 % when last month's MQLs turn SQL this month.
LEAD_FUNNEL: tuple[Metric, ...] = (Metric.MQLS, Metric.SQLS)
MQL_SQL_RATE = RateDef("mql_sql_rate", Metric.MQLS_TO_SQL, Metric.MQLS)
SQL_OPPORTUNITY_RATE = RateDef("sql_opportunity_rate", Metric.SQLS_TO_OPPORTUNITY, Metric.SQLS)
LEAD_RATES: tuple[RateDef, ...] = (MQL_SQL_RATE, SQL_OPPORTUNITY_RATE)
# cohort counts: the numerators of the lead rates, not KPIs of their own
COHORT_METRICS: tuple[Metric, ...] = (Metric.MQLS_TO_SQL, Metric.SQLS_TO_OPPORTUNITY)

ALL_RATES: tuple[RateDef, ...] = DEFAULT_RATES + LEAD_RATES + (RETENTION_RATE,)
RATES_BY_CODE: dict[str, RateDef] = {r.code: r for r in ALL_RATES}

# Which tier each catalog metric belongs to by default.
DEFAULT_TIER: dict[str, Tier] = {
    Metric.CALLS: Tier.ACTION,
    Metric.EMAILS: Tier.ACTION,
    Metric.FOLLOW_UPS: Tier.ACTION,
    Metric.MEETINGS: Tier.ACTION,
    Metric.CONNECTS: Tier.RESULT,
    Metric.APPOINTMENTS: Tier.RESULT,
    Metric.OPPORTUNITIES: Tier.RESULT,
    CONNECT_RATE.code: Tier.RESULT,
    APPOINTMENT_RATE.code: Tier.RESULT,
    OPPORTUNITY_RATE.code: Tier.RESULT,
    Metric.WINS: Tier.OUTCOME,
    Metric.REVENUE: Tier.OUTCOME,
    WIN_RATE.code: Tier.OUTCOME,
    RETENTION_RATE.code: Tier.OUTCOME,
    Metric.MQLS: Tier.RESULT,
    Metric.SQLS: Tier.RESULT,
    MQL_SQL_RATE.code: Tier.RESULT,
    SQL_OPPORTUNITY_RATE.code: Tier.RESULT,
}

ALL_METRIC_CODES: tuple[str, ...] = tuple(m.value for m in COUNT_METRICS if m not in COHORT_METRICS) + tuple(
    r.code for r in ALL_RATES
)


def is_rate(code: str) -> bool:
    return code in RATES_BY_CODE


def with_denominator(rate: RateDef, denominator: Metric) -> RateDef:
    """The same rate over another denominator (e.g. appointments / calls)."""
    return RateDef(rate.code, rate.numerator, denominator)


def rate_value(counts: Mapping[str, float], rate: RateDef) -> float | None:
    """numerator / denominator from summed counts; None when the denominator is 0."""
    den = counts.get(rate.denominator, 0) or 0
    if den <= 0:
        return None
    return (counts.get(rate.numerator, 0) or 0) / den


def metric_value(counts: Mapping[str, float], code: str) -> float | None:
    """The value of a count or rate metric from summed counts."""
    if code in RATES_BY_CODE:
        return rate_value(counts, RATES_BY_CODE[code])
    return float(counts.get(code, 0) or 0)


def add_counts(rows: "list[Mapping[str, float]]") -> dict[str, float]:
    """Sum count dictionaries key by key (the only correct way to combine before a rate)."""
    total: dict[str, float] = {}
    for row in rows:
        for key, value in row.items():
            total[key] = total.get(key, 0) + value
    return total
