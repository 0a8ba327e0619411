"""Data-quality rules on data built to trigger them and on data built not to."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.kpi import quality

D = date(2025, 6, 2)  # a Monday


def test_no_activity_only_inside_the_members_span():
    days = [D + timedelta(days=n) for n in range(5)]
    logged = {(1, d) for d in days if d != days[2]} | {(2, days[4])}
    found = quality.no_activity(days, {1: (days[0], days[4]), 2: (days[4], days[4])}, logged)
    assert [(f.member_id, f.day) for f in found] == [(1, days[2])]
    assert quality.no_activity(days, {1: (days[0], days[4])}, {(1, d) for d in days}) == []


def test_impossible_funnels_per_day_month_and_overall():
    day = {(1, D): {"calls": 10, "connects": 12, "appointments": 1}, (2, D): {"calls": 10, "connects": 3}}
    month = {(1, D.replace(day=1)): {"calls": 10, "connects": 12}, (2, D.replace(day=1)): {"calls": 10, "connects": 2,
                                                                                             "appointments": 5}}
    total = {1: {"wins": 3, "opportunities": 2}, 2: {"wins": 1, "opportunities": 4}}
    found = quality.funnel_findings(day, month, total)
    assert [(f.code, f.member_id, f.numbers.get("period_day", 0)) for f in found] == [
        ("funnel_connects_over_calls", 1, 1),  # the month finding is explained by the day
        ("funnel_appointments_over_connects", 2, 0),
        ("funnel_wins_over_opportunities", 1, 0),
    ]


def test_a_win_on_a_day_without_a_new_opportunity_is_fine():
    assert quality.funnel_findings({(1, D): {"wins": 1}}, {(1, D): {"wins": 1}}, {1: {"wins": 1, "opportunities": 5}}) == []


def test_outliers_against_the_members_own_median():
    calls = {(1, D + timedelta(days=n)): 40 for n in range(12)} | {(1, D + timedelta(days=20)): 125}
    calls |= {(2, D + timedelta(days=n)): 5 for n in range(12)} | {(2, D + timedelta(days=20)): 16}
    found = quality.outliers(calls)
    assert [(f.member_id, f.day, f.numbers["median"]) for f in found] == [(1, D + timedelta(days=20), 40)]
    assert quality.outliers({(1, D + timedelta(days=n)): 40 + n for n in range(30)}) == []


def test_duplicate_activities_need_two_rows():
    found = quality.duplicate_activities([(1, D, [7, 3]), (2, D, [9])])
    assert [(f.member_id, f.refs) for f in found] == [(1, (3, 7))]


def test_duplicate_leads_after_normalising_company_names():
    leads = [(1, "㈱サクラテック"), (2, "(株)サクラテック"), (3, "株式会社 サクラテック"), (4, "（株）ｻｸﾗﾃｯｸ"),
             (5, "サクラ工業株式会社"), (6, "有限会社サクラ"), (7, "(有)サクラ"), (8, "サクラ テック")]
    found = quality.duplicate_leads(leads)
    assert sorted(f.refs for f in found) == [(1, 2, 3, 4), (6, 7)]
    assert quality.duplicate_leads([(1, "株式会社アオバ"), (2, "株式会社アオバ商事")]) == []


def test_missing_values_group_by_member_and_day():
    found = quality.missing("call_without_outcome", [(5, 1, D), (6, 1, D), (7, 2, D)])
    assert [(f.member_id, f.refs) for f in found] == [(1, (5, 6)), (2, (7,))]
    assert quality.missing("deal_without_amount", []) == []
