"""A realistic demo year: five reps, their calls, emails, deals, and a KPI tree with targets."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import update

from desktop.kpi.metrics import Metric, Tier
from desktop.kpi.outcomes import ActivityKind, Outcome
from desktop.kpi.periods import BusinessCalendar, PeriodKind, fiscal_year, fiscal_year_of
from desktop.kpi.planning import PlanGoal, Rates, plan
from desktop.models.facts import member_key
from desktop.models.settings import DomainSettings
from desktop.models.tables import KpiNodeIn, Lead, LeadIn, MemberIn, TargetIn

REPS = ("山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太")
MANAGER = "伊藤 誠"
_PREFIX = ("サクラ", "アオバ", "ミドリ", "ひかり", "北斗", "東海", "大和", "みらい", "ソラ", "コスモ",
           "エムズ", "ユニオン", "富士", "アサヒ", "ノース", "セントラル", "かもめ", "いろは")
_SUFFIX = ("テック", "物産", "工業", "システムズ", "ソリューションズ", "商事", "製作所", "ロジスティクス",
           "メディカル", "不動産")
_PEOPLE = ("小林", "中村", "加藤", "吉田", "山口", "松本", "井上", "木村", "林", "清水", "森", "池田")
_BRANCHES = ("東京", "大阪", "名古屋", "福岡", "札幌", "仙台", "横浜", "神戸", "京都", "広島")
_NOTES = ("資料送付希望", "来月再架電", "決裁者は部長", "他社導入済み", "予算は下期", "担当者変更あり")


@dataclass(frozen=True)
class RepProfile:
    """How one rep works: calls a day and their own conversion rates."""

    calls: float
    connect: float
    appointment: float


def generate(store: Any, today: date | None = None, seed: int = 7) -> dict[str, int]:
    """Write a demo year ending `today` into an empty store; returns how much was written."""
    rng = random.Random(seed)
    today = today or date.today()
    settings = DomainSettings(phase="growth")
    store.save_domain_settings(settings)
    ids = [store.add_member(MemberIn(name=n)).id for n in REPS]
    store.add_member(MemberIn(name=MANAGER, role="manager"))
    taken: set[str] = set()
    leads = [store.add_lead(_lead(rng, i, ids, taken)).id for i in range(240)]
    profiles = {m: RepProfile(rng.uniform(32, 44), rng.uniform(0.11, 0.19), rng.uniform(0.06, 0.12))
                for m in ids}
    calendar = settings.calendar()
    activities, appointments = _activities(rng, calendar, today, profiles, leads)
    deals = _deals(rng, appointments, today)
    store.bulk_add(activities=activities, deals=deals)
    stages = _stages(random.Random(seed + 1), leads, store.leads(), today)
    with store._write() as s:  # a lead says MQL / SQL only with the day it became one
        s.execute(update(Lead).where(Lead.status.in_(("mql", "sql"))).values(status="nurturing"))
    store.add_lead_stages(stages)
    _tree(store, today, calendar, len(ids))
    return {"members": len(ids) + 1, "leads": len(leads), "activities": len(activities), "deals": len(deals)}


def _stages(rng: random.Random, ids: list[int], leads: list[Any], today: date) -> list[dict[str, Any]]:
    """About half the leads become MQL over the year, 4 in 10 of those SQL a few days to weeks later,
    and half of the SQLs reach 商談 (a lead whose next stage would fall after today stops there)."""
    owner = {lead.id: lead.owner_id for lead in leads}
    rows = []
    for lead in ids:
        if rng.random() >= 0.5:
            continue
        day = today - timedelta(days=rng.randint(0, 360))
        for stage, odds, gap in (("mql", 1.0, (0, 0)), ("sql", 0.4, (2, 21)), ("opportunity", 0.5, (3, 28))):
            day += timedelta(days=rng.randint(*gap))
            if day > today or rng.random() >= odds:
                break
            rows.append({"lead_id": lead, "status": stage, "day": day, "member_id": owner[lead]})
    return rows


def _lead(rng: random.Random, i: int, owners: list[int], taken: set[str]) -> LeadIn:
    company = f"株式会社{rng.choice(_PREFIX)}{rng.choice(_SUFFIX)}"
    for branch in _BRANCHES:  # a real list names each company once: 北斗物産 (大阪) is another firm
        if company not in taken:
            break
        company = f"{company.split(' ')[0]} ({branch})"
    taken.add(company)
    return LeadIn(company=company, person=f"{rng.choice(_PEOPLE)} 様", phone=f"03-{5000 + i:04d}-{rng.randint(1000, 9999)}",
                  source=rng.choice(("展示会", "Web問い合わせ", "リスト購入", "紹介")),
                  status=rng.choice(("new", "new", "mql", "sql", "nurturing")), owner_id=rng.choice(owners))


def _outcome(rng: random.Random, p: RepProfile) -> Outcome:
    if rng.random() >= p.connect:
        return Outcome.NO_ANSWER if rng.random() < 0.62 else Outcome.GATEKEEPER
    r = rng.random()
    if r < p.appointment:
        return Outcome.APPOINTMENT
    return Outcome.REJECTED if r < p.appointment + 0.35 else Outcome.CONNECTED


def _activities(rng: random.Random, calendar: BusinessCalendar, today: date,
                profiles: dict[int, RepProfile], leads: list[int]) -> tuple[list[dict], list[dict]]:
    rows: list[dict] = []
    for day in calendar.business_days(today - timedelta(days=364), today):
        for member, p in profiles.items():
            if rng.random() < 0.03:  # a day off
                continue
            n = max(0, int(rng.gauss(p.calls, 5) * (0.55 if day == today else 1)))
            rows += [_row(rng, day, member, ActivityKind.CALL, _outcome(rng, p), leads) for _ in range(n)]
            rows += [_row(rng, day, member, ActivityKind.EMAIL, None, leads) for _ in range(rng.randint(3, 9))]
            rows += [_row(rng, day, member, ActivityKind.FOLLOW_UP, None, leads) for _ in range(rng.randint(1, 5))]
    return rows, [r for r in rows if r["outcome"] == Outcome.APPOINTMENT.value]


def _row(rng: random.Random, day: date, member: int, kind: ActivityKind, outcome: Outcome | None,
         leads: list[int]) -> dict[str, Any]:
    note = rng.choice(_NOTES) if outcome in (Outcome.CONNECTED, Outcome.APPOINTMENT) and rng.random() < 0.4 else ""
    return {"day": day, "at": time(rng.randint(9, 17), rng.randrange(0, 60)), "member_id": member,
            "lead_id": rng.choice(leads), "kind": kind.value, "outcome": outcome and outcome.value,
            "note": note, "batch_id": None, "dedupe_key": None}


def _deals(rng: random.Random, appointments: list[dict], today: date) -> list[dict[str, Any]]:
    deals = []
    for a in appointments:
        if rng.random() >= 0.27:
            continue
        created = a["day"] + timedelta(days=rng.randint(3, 12))
        if created > today:
            continue
        amount = int(round(rng.lognormvariate(13.9, 0.45), -4))
        stage, closed = deal_fate(rng, created, today)
        deals.append({"title": f"{a['lead_id']}-導入案件", "lead_id": a["lead_id"], "member_id": a["member_id"],
                      "created_day": created, "amount": amount, "stage": stage, "closed_day": closed,
                      "batch_id": None, "dedupe_key": None, "source_activity_id": None})
    return deals


def deal_fate(rng: random.Random, created: date, today: date) -> tuple[str, date | None]:
    """How a deal opened on `created` stands by `today`: open, or won (13%) / lost (62%) and when."""
    closed = created + timedelta(days=rng.randint(14, 60))
    if closed > today:
        return rng.choice(("first_meeting", "proposal", "quote")), None
    r = rng.random()
    if r < 0.13:
        return "won", closed
    if r < 0.75:
        return "lost", closed
    return rng.choice(("proposal", "quote")), None


def _tree(store: Any, today: date, calendar: BusinessCalendar, members: int) -> None:
    fy = fiscal_year_of(today)
    year = fiscal_year(fy)
    goal, rates = PlanGoal(revenue=40_000_000, deal_size=1_200_000), Rates(0.13, 0.27, 0.09, 0.15)
    result = plan(goal, rates, fiscal_year=fy, calendar=calendar, members=members)
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間売上 4,000万円", metric=Metric.REVENUE,
                                   tier=Tier.OUTCOME, derive="product", on_dashboard=True,
                                   description="今年度の売上目標。平均単価120万円・受注率13%から逆算"))
    ksf1 = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="ksf", title="行動量の確保", position=0,
                                    description="1人1日の架電数を安定して確保する"))
    ksf2 = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="ksf", title="商談化率向上", position=1,
                                    description="接続からアポ、アポから商談への転換を高める"))
    specs = [(ksf1, "架電数", Metric.CALLS, Tier.ACTION), (ksf2, "接続率", "connect_rate", Tier.RESULT),
             (ksf2, "アポ数", Metric.APPOINTMENTS, Tier.RESULT), (ksf2, "商談数", Metric.OPPORTUNITIES, Tier.RESULT),
             (kgi, "受注率", "win_rate", Tier.OUTCOME)]
    targets = [TargetIn(node_id=kgi.id, metric=Metric.REVENUE, period_kind=PeriodKind.YEAR,
                        period_start=year.start, value=goal.revenue, planned=True)]
    targets += [TargetIn(node_id=kgi.id, metric=Metric.REVENUE, period_kind=PeriodKind.QUARTER,
                         period_start=q.start, value=float(v), planned=True)
                for q, v in result.split(Metric.REVENUE, PeriodKind.QUARTER)]
    for pos, (parent, title, metric, tier) in enumerate(specs):
        # no 月間 in the title: the node holds a year's target and each month's, and is shown for any period
        node = store.add_node(KpiNodeIn(parent_id=parent.id, kind="kpi", title=title,
                                        metric=metric, tier=tier, position=pos, on_dashboard=True,
                                        description=f"チーム全体の{title}"))
        targets += _node_targets(node.id, metric, result, rates, year.start)
    store.set_targets(targets)


def _node_targets(node_id: int, metric: str, result: Any, rates: Rates, fy_start: date) -> list[TargetIn]:
    rate = {"connect_rate": rates.connect_rate, "win_rate": rates.win_rate}.get(metric)
    if rate is not None:
        return [TargetIn(node_id=node_id, metric=metric, period_kind=PeriodKind.YEAR, period_start=fy_start,
                         value=rate, planned=True)]
    rows = [TargetIn(node_id=node_id, metric=metric, period_kind=PeriodKind.YEAR, period_start=fy_start,
                     value=result.step(metric).year, planned=True)]
    rows += [TargetIn(node_id=node_id, metric=metric, period_kind=PeriodKind.MONTH, period_start=m.start,
                      value=v, planned=True) for m, v in result.monthly(metric)]
    return rows


def is_empty(store: Any) -> bool:
    return not store.members() and store.data_range() is None


__all__ = ["generate", "is_empty", "member_key"]
