"""The Store's quality inputs on real files: seeded problems are found, the demo's are explained."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, time, timedelta

from desktop.cli import main
from desktop.models.tables import ActivityIn, DealIn, LeadIn, MemberIn, TallyIn

TODAY = date(2025, 6, 21)  # a Saturday: checks run up to Friday 2025-06-20


def _call(day: date, member: int, outcome: str | None, lead: int | None = None, at: time = time(10, 0)) -> ActivityIn:
    return ActivityIn(day=day, at=at, member_id=member, lead_id=lead, kind="call", outcome=outcome)


def test_seeded_problems_are_found_and_clean_data_is_not(store):
    a = store.add_member(MemberIn(name="山田 太郎")).id
    lead = store.add_lead(LeadIn(company="㈱サクラテック", owner_id=a)).id
    store.add_lead(LeadIn(company="株式会社サクラテック", owner_id=a))
    store.add_lead(LeadIn(company="ミドリ商事"))  # no owner
    start = TODAY - timedelta(days=40)
    days = store.domain_settings().calendar().business_days(start, TODAY - timedelta(days=1))
    rows = [_call(d, a, "connected", lead, time(9, n % 60)) for d in days if d != days[5] for n in range(10)]
    rows += [_call(days[-1], a, "connected", lead, time(15, n)) for n in range(50)]  # 60 calls: an outlier
    rows += [_call(days[-2], a, "appointment", lead, time(11, 11)), _call(days[-2], a, "appointment", lead, time(11, 11))]
    rows += [_call(days[-3], a, None)]
    store.add_activities(rows)
    store.set_tallies([TallyIn(day=days[-4], member_id=a, metric="appointments", count=30)])
    store.add_deals([DealIn(member_id=a, created_day=days[-1], lead_id=lead)])
    found = store.quality_findings(TODAY, start)
    by_code = Counter(f.code for f in found)
    assert by_code == {"no_activity": 1, "funnel_appointments_over_connects": 1, "outlier_calls": 1,
                       "duplicate_activities": 1, "duplicate_leads": 1, "call_without_outcome": 1,
                       "deal_without_amount": 1, "lead_without_owner": 1}
    assert next(f for f in found if f.code == "no_activity").day == days[5]
    dup = next(f for f in found if f.code == "duplicate_activities")
    assert len(store.quality_rows("duplicate_activities", dup.refs)) == 2


def test_the_only_demo_findings_are_days_off(demo_store, capsys):
    found = demo_store.quality_findings(date(2025, 11, 21))
    codes = Counter(f.code for f in found)
    assert set(codes) == {"no_activity"}  # nothing impossible, no outliers, no blanks, no duplicate leads
    # the demo skips ~3% of rep-days: each "nothing logged" is a real day off of a rep
    assert all(demo_store.totals(f.day, f.day, f.member_id)["calls"] == 0 for f in found if f.code == "no_activity")
    first = demo_store.quality_first_day(date(2025, 11, 21))
    business_days = len(demo_store.domain_settings().calendar().business_days(first, date(2025, 11, 20)))
    assert business_days > 200  # the whole year of the demo is checked, not the last 90 days
    assert codes["no_activity"] < 0.06 * 5 * business_days
    assert main(["check", "--db", str(demo_store.path), "--today", "2025-11-21", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["count"] == len(found) and out["by_code"] == dict(codes)


def test_check_looks_at_all_the_history_by_default(store, location, capsys):
    """Problems 200 and 120 days old are found without --from; --from a recent day leaves them out."""
    a = store.add_member(MemberIn(name="佐藤 花子")).id
    lead = store.add_lead(LeadIn(company="株式会社ミナト物流", owner_id=a)).id
    old, older = TODAY - timedelta(days=120), TODAY - timedelta(days=200)
    older = store.domain_settings().calendar().business_days(older, older + timedelta(days=7))[0]
    old = store.domain_settings().calendar().business_days(old, old + timedelta(days=7))[0]
    store.add_activities([_call(old, a, "appointment", lead, time(11, 11)), _call(old, a, "appointment", lead, time(11, 11))]
                         + [_call(older, a, "connected", lead, time(9, n)) for n in range(4)])
    store.set_tallies([TallyIn(day=older, member_id=a, metric="appointments", count=9)])  # 9 アポ from 4 接続
    found = store.quality_findings(TODAY)
    assert store.quality_first_day(TODAY) == older
    dup = [f for f in found if f.code == "duplicate_activities"]
    funnel = [f for f in found if f.code == "funnel_appointments_over_connects"]
    assert [f.day for f in dup] == [old] and older in {f.day for f in funnel}
    assert main(["check", "--db", location, "--today", TODAY.isoformat(), "--json"]) == 0
    by_code = json.loads(capsys.readouterr().out)["by_code"]
    assert by_code["duplicate_activities"] == 1 and by_code["funnel_appointments_over_connects"] >= 1
    recent = TODAY - timedelta(days=90)
    assert main(["check", "--db", location, "--today", TODAY.isoformat(), "--from", recent.isoformat(),
                 "--json"]) == 0
    by_code = json.loads(capsys.readouterr().out)["by_code"]
    assert "duplicate_activities" not in by_code and "funnel_appointments_over_connects" not in by_code


def test_merging_duplicate_leads_moves_their_activities_and_undo_restores(store):
    a = store.add_member(MemberIn(name="A")).id
    keep, other = store.add_lead(LeadIn(company="㈱アオバ")).id, store.add_lead(LeadIn(company="(株)アオバ")).id
    ids = store.add_activities([_call(TODAY, a, "connected", other), _call(TODAY, a, "rejected", keep)])
    moved = store.merge_leads(keep, [other])
    assert [x.lead_id for x in store.activities(ids)] == [keep, keep] and len(store.leads()) == 1
    store.unmerge_leads(moved)
    assert sorted((x.id, x.lead_id) for x in store.activities(ids)) == [(ids[0], other), (ids[1], keep)]
