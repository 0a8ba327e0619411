"""SQLModel tables: data models (`NounIn`, validated) and table models (stored rows).

Validate on the `In` models; table models are built with `model_validate`.
Datetimes are timezone-aware; days are dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import Column, DateTime, Index, PrimaryKeyConstraint, String, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def _ts(nullable: bool = False):  # noqa: ANN202 - a SQLModel field factory
    """A timezone-aware timestamp column (now by default, or an optional one)."""
    column = Column(DateTime(timezone=True), nullable=nullable)
    if nullable:
        return Field(default=None, sa_column=column)
    return Field(default_factory=utcnow, sa_column=column)


# ---- people and companies --------------------------------------------------

class MemberIn(SQLModel):
    name: str = Field(min_length=1, max_length=100)
    team: str = ""
    role: str = "rep"  # rep | manager
    active: bool = True


class Member(MemberIn, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # normalised name (NFKC, no spaces) so 山田 太郎 = 山田太郎 = 山田　太郎
    name_key: str = Field(index=True, unique=True)
    # team mode: the PostgreSQL role this person logs in as (row-level security finds their rows by it)
    login: str | None = Field(default=None, sa_column=Column(String, nullable=True, unique=True, index=True))


class LeadIn(SQLModel):
    company: str = Field(min_length=1, max_length=200)
    person: str = ""
    phone: str = ""
    email: str = ""
    source: str = ""
    status: str = "new"  # new | mql | sql | nurturing | disqualified
    owner_id: int | None = Field(default=None, foreign_key="member.id")
    next_action_day: date | None = None


class Lead(LeadIn, table=True):
    id: int | None = Field(default=None, primary_key=True)
    company_key: str = Field(index=True)
    batch_id: int | None = Field(default=None, foreign_key="importbatch.id", index=True)


# ---- facts -----------------------------------------------------------------

class LeadStatusIn(SQLModel):
    """A lead reached a stage of the lead funnel on a day (desktop.models.lead_status)."""

    lead_id: int = Field(foreign_key="lead.id")
    status: str  # mql | sql | opportunity (商談化)
    day: date
    member_id: int = Field(foreign_key="member.id")  # whose count it is: the lead's owner
    batch_id: int | None = Field(default=None, foreign_key="importbatch.id")


class LeadStatus(LeadStatusIn, table=True):
    # a lead reaches each stage once: a second record of it moves the day
    __table_args__ = (UniqueConstraint("lead_id", "status", name="uq_leadstatus_stage"),
                      Index("ix_leadstatus_member_day", "member_id", "day"),
                      Index("ix_leadstatus_batch", "batch_id"))
    id: int | None = Field(default=None, primary_key=True)


class ActivityIn(SQLModel):
    day: date
    at: time | None = None
    member_id: int = Field(foreign_key="member.id")
    lead_id: int | None = Field(default=None, foreign_key="lead.id")
    kind: str = "call"  # desktop.kpi.outcomes.ActivityKind
    outcome: str | None = None  # desktop.kpi.outcomes.Outcome
    note: str = ""
    batch_id: int | None = Field(default=None, foreign_key="importbatch.id")
    dedupe_key: str | None = None


class Activity(ActivityIn, table=True):
    __table_args__ = (
        Index("ix_activity_member_day", "member_id", "day"),
        Index("ix_activity_day", "day"),
        Index("ix_activity_batch", "batch_id"),
        Index("ix_activity_lead_day", "lead_id", "day"),
        Index("ix_activity_dedupe", "dedupe_key", unique=True),
    )
    id: int | None = Field(default=None, primary_key=True)


class TallyIn(SQLModel):
    day: date
    member_id: int = Field(foreign_key="member.id")
    metric: str  # desktop.kpi.metrics.Metric
    count: int = Field(ge=0)
    batch_id: int | None = Field(default=None, foreign_key="importbatch.id")


class Tally(TallyIn, table=True):
    __table_args__ = (UniqueConstraint("day", "member_id", "metric", name="uq_tally_key"),)
    id: int | None = Field(default=None, primary_key=True)


class TallyReplacement(SQLModel, table=True):
    """A count an import replaced, kept so undoing the import can put it back."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="importbatch.id", index=True)
    day: date
    member_id: int = Field(foreign_key="member.id")
    metric: str
    previous_count: int | None = None  # None: there was no tally before
    previous_batch_id: int | None = None


class DealIn(SQLModel):
    title: str = ""
    lead_id: int | None = Field(default=None, foreign_key="lead.id")
    member_id: int = Field(foreign_key="member.id")
    created_day: date
    amount: int | None = Field(default=None, ge=0)
    stage: str = "first_meeting"  # first_meeting | proposal | quote | won | lost
    closed_day: date | None = None
    expected_close: date | None = None
    lost_reason: str | None = Field(default=None, max_length=500)
    batch_id: int | None = Field(default=None, foreign_key="importbatch.id")
    dedupe_key: str | None = None
    source_activity_id: int | None = None


class Deal(DealIn, table=True):
    __table_args__ = (
        Index("ix_deal_member_created", "member_id", "created_day"),
        Index("ix_deal_member_closed", "member_id", "closed_day"),
        Index("ix_deal_dedupe", "dedupe_key", unique=True),
        Index("ix_deal_batch", "batch_id"),
    )
    id: int | None = Field(default=None, primary_key=True)


class ContractIn(SQLModel):
    """A won deal's contract term (kpi.contracts): a renewal is the next row, pointing back."""

    deal_id: int = Field(foreign_key="deal.id")
    start_day: date
    end_day: date | None = None  # None: open-ended (never due for renewal)
    term_months: int | None = Field(default=None, ge=1, le=120)
    monthly_amount: int = Field(default=0, ge=0)
    renewal_of: int | None = Field(default=None, foreign_key="contract.id")
    cancelled_day: date | None = None
    dedupe_key: str | None = None


class Contract(ContractIn, table=True):
    __table_args__ = (
        Index("ix_contract_deal", "deal_id"),
        Index("ix_contract_end", "end_day"),
        Index("ix_contract_renewal_of", "renewal_of"),
        Index("ix_contract_dedupe", "dedupe_key", unique=True),
    )
    id: int | None = Field(default=None, primary_key=True)


class DailyCount(SQLModel, table=True):
    """Derived rollup: one count per day, member, metric and source (activity/tally/deal)."""

    # the rows are the key (migration 0004): a range of days is one ordered read, grouped by day and metric
    __table_args__ = (PrimaryKeyConstraint("day", "metric", "member_id", "source"), {"sqlite_with_rowid": False})

    day: date = Field(primary_key=True)
    member_id: int = Field(primary_key=True)
    metric: str = Field(primary_key=True)
    source: str = Field(primary_key=True)
    value: int = 0


# ---- the KPI tree and its targets --------------------------------------------

class KpiNodeIn(SQLModel):
    parent_id: int | None = Field(default=None, foreign_key="kpinode.id")
    position: int = 0
    kind: str = "kpi"  # kgi | ksf | kpi
    title: str = Field(min_length=1, max_length=200)
    description: str = ""
    metric: str | None = None
    tier: str | None = None  # action | result | outcome
    owner_id: int | None = Field(default=None, foreign_key="member.id")
    derive: str = "none"  # product | sum | none
    on_dashboard: bool = False


class KpiNode(KpiNodeIn, table=True):
    __table_args__ = (Index("ix_kpinode_parent", "parent_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)


class TargetIn(SQLModel):
    node_id: int | None = Field(default=None, foreign_key="kpinode.id")
    metric: str
    member_id: int | None = Field(default=None, foreign_key="member.id")  # None = team
    period_kind: str  # desktop.kpi.periods.PeriodKind
    period_start: date
    value: float
    planned: bool = False  # True when written by 逆算


class Target(TargetIn, table=True):
    __table_args__ = (
        Index("ix_target_lookup", "metric", "period_kind", "period_start", "member_id"),
    )
    id: int | None = Field(default=None, primary_key=True)


# ---- alerts, reviews ---------------------------------------------------------

class AlertRuleIn(SQLModel):
    metric: str
    member_id: int | None = Field(default=None, foreign_key="member.id")
    period_kind: str = "month"
    condition: str  # pace_below | rate_below_band | rate_below_baseline | no_activity_by
    threshold: float = 0.0
    cooldown_minutes: int = 240
    enabled: bool = True


class AlertRule(AlertRuleIn, table=True):
    id: int | None = Field(default=None, primary_key=True)


class AlertEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    rule_id: int = Field(foreign_key="alertrule.id", index=True)
    raised_at: datetime = _ts()
    code: str
    params: str = "{}"  # JSON
    acknowledged_at: datetime | None = _ts(nullable=True)
    snoozed_until: datetime | None = _ts(nullable=True)


class ReviewIn(SQLModel):
    kind: str  # weekly | monthly | quarterly
    period_start: date
    held_on: date
    attendees: str = ""
    notes: str = ""
    snapshot: str = "{}"  # JSON, frozen when saved


class Review(ReviewIn, table=True):
    id: int | None = Field(default=None, primary_key=True)


class ReviewActionIn(SQLModel):
    review_id: int = Field(foreign_key="review.id")
    kind: str = "action"  # finding | action | decision
    text: str = Field(min_length=1)
    owner_id: int | None = Field(default=None, foreign_key="member.id")
    due: date | None = None
    node_id: int | None = Field(default=None, foreign_key="kpinode.id")
    metric: str | None = None
    started_on: date | None = None
    status: str = "open"  # open | done | dropped
    decision: str | None = None  # keep | replace | retire (quarterly)


class ReviewAction(ReviewActionIn, table=True):
    id: int | None = Field(default=None, primary_key=True)


# ---- imports and settings -----------------------------------------------------

class ImportBatch(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    sha256: str = Field(index=True)
    sheet: str = ""
    layout: str = ""
    mapping: str = "{}"  # JSON
    created_at: datetime = _ts()
    rows_added: int = 0
    rows_skipped: int = 0
    rows_replaced: int = 0
    undone_at: datetime | None = _ts(nullable=True)


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str  # JSON


TABLES = SQLModel.metadata
