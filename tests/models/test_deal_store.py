"""Deals in the Store: a file from before the expected close and the lost reason keeps its deals,
winning and losing record what they were asked, and an appointment opens one deal only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.kpi.periods import parse_period
from desktop.models.tables import ActivityIn, DealIn, LeadIn, MemberIn

NOVEMBER = parse_period("2025-11")


def test_a_file_from_before_keeps_its_deals_and_gains_the_new_fields(tmp_path: Path) -> None:
    from tests.models import opened_from_before

    store = opened_from_before(tmp_path / "old.sqlite3", "0005",
                               "INSERT INTO deal (title, member_id, created_day, amount, stage, closed_day) VALUES "
                               "('サクラテック 導入', 1, '2025-11-04', 1200000, 'won', '2025-11-18')")
    try:
        [deal] = store.deal_rows()
        assert (deal["title"], deal["amount"], deal["expected_close"], deal["lost_reason"]) == (
            "サクラテック 導入", 1_200_000, None, None)
        store.rebuild_rollups()  # the raw insert above skipped the rollup the app keeps
        assert store.totals(NOVEMBER.start, NOVEMBER.end)["revenue"] == 1_200_000
    finally:
        store.close()


def test_winning_and_losing_record_amount_day_and_reason_and_give_back_the_old(store) -> None:  # noqa: ANN001
    m = store.add_member(MemberIn(name="山田 太郎")).id
    a, b = store.add_deals([DealIn(title="A社", member_id=m, created_day=date(2025, 11, 4), amount=1_000_000),
                            DealIn(title="B社", member_id=m, created_day=date(2025, 11, 5))])
    old = store.close_deal(a, True, date(2025, 11, 18), amount=1_350_000)
    assert old == {"stage": "first_meeting", "closed_day": None, "amount": 1_000_000}
    store.close_deal(b, False, date(2025, 11, 19), reason="  予算  ")
    rows = {d["id"]: d for d in store.deal_rows()}
    assert (rows[a]["stage"], rows[a]["amount"], rows[a]["closed_day"]) == ("won", 1_350_000, date(2025, 11, 18))
    assert (rows[b]["stage"], rows[b]["lost_reason"]) == ("lost", "予算")
    totals = store.totals(NOVEMBER.start, NOVEMBER.end)
    assert (totals["wins"], totals["revenue"], totals["opportunities"]) == (1, 1_350_000, 2)
    store.update_deal(a, **old)
    assert store.totals(NOVEMBER.start, NOVEMBER.end)["revenue"] == 0


def test_an_appointment_opens_one_deal_on_its_own_day(store) -> None:  # noqa: ANN001
    m = store.add_member(MemberIn(name="山田 太郎")).id
    lead = store.add_lead(LeadIn(company="サクラテック株式会社")).id
    act = store.add_activities([ActivityIn(day=date(2025, 11, 12), member_id=m, lead_id=lead, kind="call",
                                           outcome="appointment")])[0]
    first = store.deal_from_activity(act)
    assert store.deal_from_activity(act) == first  # the second time gives the same deal
    [deal] = store.deals()
    assert (deal.created_day, deal.title, deal.lead_id) == (date(2025, 11, 12), "サクラテック株式会社", lead)
    assert store.deal_for_activity(act) == first
