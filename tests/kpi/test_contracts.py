"""Contracts in pure terms: a term's end, months billed, 継続率 and LTV on data with known totals."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.kpi.contracts import ContractFact, add_months, ltv, months_billed, next_term, retention, term_end


def test_a_term_ends_the_day_before_the_same_day_months_later() -> None:
    assert term_end(date(2025, 4, 1), 12) == date(2026, 3, 31)
    assert term_end(date(2025, 1, 31), 1) == date(2025, 2, 27)  # 28 Feb is the next month's "31st"
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    with pytest.raises(ValueError):
        term_end(date(2025, 4, 1), 0)


def test_months_billed_stop_at_the_end_the_cancellation_and_the_day_asked() -> None:
    start, end = date(2025, 4, 1), date(2026, 3, 31)
    assert months_billed(start, end, None, date(2025, 6, 15)) == 3  # 1 Apr, 1 May, 1 Jun
    assert months_billed(start, end, None, date(2030, 1, 1)) == 12
    assert months_billed(start, end, date(2025, 9, 1), date(2030, 1, 1)) == 5  # Apr–Aug: cancelled on the 1 Sep bill
    assert months_billed(start, None, None, date(2025, 3, 31)) == 0


def test_a_renewal_runs_as_long_as_the_term_it_renews() -> None:
    c = ContractFact(1, 7, date(2025, 4, 1), date(2026, 3, 31), 50_000)
    assert next_term(c) == (date(2026, 4, 1), date(2027, 3, 31))
    six = ContractFact(2, 7, date(2025, 10, 15), date(2026, 4, 14), 50_000)
    assert next_term(six) == (date(2026, 4, 15), date(2026, 10, 14))


# four customers due in March 2026: A and B renewed, C cancelled, D lapsed; E is due in April
BOOK = [
    ContractFact(1, "A", date(2025, 4, 1), date(2026, 3, 31), 100_000, deal_id=1, deal_amount=300_000),
    ContractFact(2, "A", date(2026, 4, 1), date(2027, 3, 31), 120_000, renewal_of=1, deal_id=1, deal_amount=300_000),
    ContractFact(3, "B", date(2025, 3, 10), date(2026, 3, 9), 50_000, deal_id=2),
    ContractFact(4, "B", date(2026, 3, 10), date(2027, 3, 9), 50_000, renewal_of=3, deal_id=2),
    ContractFact(5, "C", date(2025, 4, 1), date(2026, 3, 31), 80_000, cancelled=date(2025, 10, 1), deal_id=3),
    ContractFact(6, "D", date(2025, 3, 20), date(2026, 3, 19), 30_000, deal_id=4),
    ContractFact(7, "E", date(2025, 5, 1), date(2026, 4, 30), 10_000, deal_id=5),
]


def test_retention_is_customers_renewed_over_customers_due_in_the_period() -> None:
    assert retention(BOOK, date(2026, 3, 1), date(2026, 3, 31)) == (2, 4)
    assert retention(BOOK, date(2026, 4, 1), date(2026, 4, 30)) == (0, 1)
    assert retention(BOOK, date(2026, 5, 1), date(2026, 5, 31)) == (0, 0)


def test_ltv_is_the_average_revenue_per_customer_observed_so_far() -> None:
    as_of = date(2026, 4, 15)
    # A: 300,000 + 12×100,000 + 1×120,000 = 1,620,000; B: 12×50,000 + 2×50,000 (10 Mar, 10 Apr) = 700,000
    # C: 6×80,000 (Apr–Sep) = 480,000; D: 12×30,000 = 360,000; E: 12×10,000 = 120,000
    assert ltv(BOOK, as_of) == (1_620_000 + 700_000 + 480_000 + 360_000 + 120_000) / 5
    assert ltv(BOOK, date(2025, 3, 9)) is None  # no contract had started
