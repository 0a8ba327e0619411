"""Merging two spellings of one member moves everything in one transaction; undo moves it back."""

from __future__ import annotations

from datetime import date

from desktop.models.tables import ActivityIn, DealIn, LeadIn, MemberIn, TallyIn

DAY = date(2025, 5, 12)


def test_merge_members_and_undo(store):
    keep = store.add_member(MemberIn(name="山田 太郎")).id
    other = store.add_member(MemberIn(name="山田太朗")).id
    store.add_activities([ActivityIn(day=DAY, member_id=other, outcome="connected") for _ in range(3)])
    store.add_activities([ActivityIn(day=DAY, member_id=keep, outcome="no_answer") for _ in range(2)])
    store.set_tallies([TallyIn(day=DAY, member_id=other, metric="emails", count=4),
                       TallyIn(day=DAY, member_id=keep, metric="emails", count=1)])
    store.add_deals([DealIn(member_id=other, created_day=DAY)])
    lead = store.add_lead(LeadIn(company="X", owner_id=other)).id
    before = store.member_counts(DAY, DAY)
    moved = store.merge_members(keep, other)
    merged = store.member_counts(DAY, DAY)
    assert other not in merged and merged[keep]["calls"] == 5 and merged[keep]["emails"] == 5
    assert merged[keep]["opportunities"] == 1
    assert [l.owner_id for l in store.leads() if l.id == lead] == [keep]
    assert not next(m for m in store.members() if m.id == other).active
    store.unmerge_members(moved)
    assert store.member_counts(DAY, DAY) == before
    assert next(m for m in store.members() if m.id == other).active
