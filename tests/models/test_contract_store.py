"""Contracts in the Store (SQLite and PostgreSQL): a won deal's contract, 更新 and 解約 with their undo,
継続率 from the rollup and LTV, a file from before contracts, and team mode's rules for the new table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.kpi.metrics import metric_value
from desktop.models import errors
from desktop.models.store import Store
from desktop.models.tables import DealIn, LeadIn, MemberIn

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _book(store) -> dict:  # noqa: ANN001
    """Two reps; 山田 wins A社 (300,000) and B社, 佐藤 wins C社; every contract a year at a monthly amount."""
    yamada = store.add_member(MemberIn(name="山田 太郎")).id
    sato = store.add_member(MemberIn(name="佐藤 花子")).id
    leads = [store.add_lead(LeadIn(company=c)).id for c in ("A社", "B社", "C社")]
    won = {"stage": "won", "closed_day": date(2025, 3, 25), "created_day": date(2025, 3, 1)}
    deals = store.add_deals([DealIn(title="A社", lead_id=leads[0], member_id=yamada, amount=300_000, **won),
                             DealIn(title="B社", lead_id=leads[1], member_id=yamada, **won),
                             DealIn(title="C社", lead_id=leads[2], member_id=sato, **won)])
    ids = [store.add_contract(deal_id=d, start_day=date(2025, 4, 1), term_months=12, monthly_amount=m)
           for d, m in zip(deals, (100_000, 50_000, 80_000))]
    return {"yamada": yamada, "sato": sato, "deals": deals, "contracts": ids}


def _retention(store, member_id: int | None = None) -> tuple:  # noqa: ANN001
    totals = store.totals(*MARCH, member_id)
    return totals["renewals"], totals["renewals_due"], metric_value(totals, "retention")


def test_renewals_and_cancellations_make_retention_and_each_undoes(store) -> None:  # noqa: ANN001
    b = _book(store)
    [a, bb, c] = b["contracts"]
    assert [r["end_day"] for r in store.contracts()] == [date(2026, 3, 31)] * 3  # from the 12-month term
    assert _retention(store) == (0, 3, 0.0)
    renewal = store.renew_contract(a, monthly_amount=120_000)
    new = next(r for r in store.contracts() if r["id"] == renewal)
    assert (new["start_day"], new["end_day"], new["monthly_amount"], new["renewal_of"]) == (
        date(2026, 4, 1), date(2027, 3, 31), 120_000, a)
    store.renew_contract(bb)
    old = store.cancel_contract(c, date(2025, 10, 1))
    assert old == {"cancelled_day": None}
    assert _retention(store) == (2, 3, 2 / 3)
    assert _retention(store, b["sato"]) == (0, 1, 0.0)
    with pytest.raises(ValueError, match="renewed"):
        store.renew_contract(a)  # renewed once
    with pytest.raises(ValueError, match="cancelled"):
        store.renew_contract(c)
    store.remove_contract(renewal)  # undo of 更新
    store.update_contract(c, **old)  # undo of 解約
    assert _retention(store) == (1, 3, 1 / 3)
    store.rebuild_rollups()
    assert _retention(store) == (1, 3, 1 / 3), "incremental equals rebuilt"


def test_ltv_counts_the_deal_and_the_months_billed_so_far(store) -> None:  # noqa: ANN001
    b = _book(store)
    store.cancel_contract(b["contracts"][2], date(2025, 10, 1))
    # A: 300,000 + 3 × 100,000; B: 3 × 50,000; C: 3 × 80,000 (Apr, May, Jun)
    assert store.ltv(date(2025, 6, 30)) == (600_000 + 150_000 + 240_000) / 3
    assert store.ltv(date(2025, 6, 30), b["yamada"]) == (600_000 + 150_000) / 2
    assert store.ltv(date(2025, 3, 31)) is None


def test_only_a_won_deal_carries_a_contract_and_nonsense_changes_nothing(store) -> None:  # noqa: ANN001
    m = store.add_member(MemberIn(name="山田 太郎")).id
    [open_deal] = store.add_deals([DealIn(title="D社", member_id=m, created_day=date(2025, 3, 1))])
    with pytest.raises(ValueError, match="not_won"):
        store.add_contract(deal_id=open_deal, start_day=date(2025, 4, 1), term_months=12, monthly_amount=1)
    store.close_deal(open_deal, True, date(2025, 3, 20), amount=10)
    with pytest.raises(ValueError, match="end_before_start"):
        store.add_contract(deal_id=open_deal, start_day=date(2025, 4, 1), end_day=date(2025, 3, 1))
    with pytest.raises(ValueError):
        store.add_contract(deal_id=open_deal, start_day=date(2025, 4, 1), monthly_amount=-5)
    assert store.contracts() == []


def test_a_file_from_before_contracts_gains_the_table_and_keeps_its_deals(tmp_path: Path) -> None:
    from tests.models import opened_from_before

    store = opened_from_before(tmp_path / "old.sqlite3", "0007",
                               "INSERT INTO deal (title, member_id, created_day, amount, stage, closed_day) VALUES "
                               "('A社', 1, '2025-03-01', 500000, 'won', '2025-03-20')")
    try:
        [deal] = store.deal_rows()
        cid = store.add_contract(deal_id=deal["id"], start_day=date(2025, 4, 1), term_months=12,
                                 monthly_amount=10_000)
        assert store.totals(*MARCH)["renewals_due"] == 1 and [c["id"] for c in store.contracts(deal["id"])] == [cid]
    finally:
        store.close()


def test_team_mode_a_rep_writes_contracts_of_their_own_deals_only(pg_url: str) -> None:
    from desktop.models.team_roles import user_url

    admin = Store.open(pg_url)
    try:
        b = _book(admin)
        admin.setup_team()
        tag = pg_url.rsplit("/", 1)[1][-12:].strip("_")
        url = user_url(pg_url, f"yamada_{tag}", admin.add_team_user(f"yamada_{tag}", "rep", "山田 太郎"))
        rep = Store.open(url)
        try:
            rep.renew_contract(b["contracts"][0])  # 山田's own deal
            with pytest.raises(errors.StoreError):
                rep.cancel_contract(b["contracts"][2], date(2025, 10, 1))  # 佐藤's: filtered, refused
            with pytest.raises(errors.StoreError):
                rep.renew_contract(b["contracts"][2])  # an INSERT outside the policy
            seen = admin.external_changes(wait=2)
            assert "contract" in {c.table for c in seen}, "the new table announces its changes"
        finally:
            rep.close()
        assert _retention(admin) == (1, 3, 1 / 3)
    finally:
        admin.close()


def test_an_upload_brings_contracts_and_their_renewals_once(pg_url: str, tmp_path: Path) -> None:
    from desktop.models.upload import history, local_id

    local = Store.open(tmp_path / "mine.sqlite3")
    server = Store.open(pg_url)
    try:
        b = _book(local)
        local.renew_contract(b["contracts"][0])
        facts, prefix = history(local, None), local_id(local)
        assert server.upload_history(facts, prefix) == 3 + 3 + 4  # three leads, three deals, four contract terms
        assert server.upload_history(facts, prefix) == 0
        assert [(c["start_day"], c["renewal_of"] is not None) for c in server.contracts()][-1] == (
            date(2026, 4, 1), True)
        assert _retention(server) == (1, 3, 1 / 3)
        assert server.ltv(date(2025, 6, 30)) == local.ltv(date(2025, 6, 30))
    finally:
        local.close()
        server.close()


def test_a_deal_given_to_another_rep_takes_its_contracts_due_days_along(store) -> None:  # noqa: ANN001
    b = _book(store)
    store.update_deal(b["deals"][0], member_id=b["sato"])  # A社 goes to 佐藤
    assert _retention(store, b["sato"])[:2] == (0, 2) and _retention(store, b["yamada"])[:2] == (0, 1)


def test_undoing_an_imported_deal_list_takes_its_contracts_and_redo_brings_them_back(store, tmp_path: Path) -> None:  # noqa: ANN001
    from desktop.importers.session import import_path
    from tests.importers import trackers as t

    report = import_path(store, t.deals(tmp_path / "deals.xlsx"))
    won = [d for d in store.deal_rows() if d["stage"] == "won"]
    assert len(won) == 2  # サクラテック 120万 and ひかり商事 80万
    first = store.add_contract(deal_id=won[0]["id"], start_day=date(2025, 4, 1), term_months=12, monthly_amount=5)
    store.renew_contract(first)
    assert _retention(store)[:2] == (1, 1)
    removed = store.undo_import(report.batch_ids[0])
    assert store.contracts() == [] and store.deal_rows() == [] and _retention(store)[:2] == (0, 0)
    store.redo_import(removed)
    assert len(store.contracts()) == 2 and _retention(store)[:2] == (1, 1)
