"""SMART lint: five checks, each reason code, and the +20% target suggestion."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.kpi.smart import SmartCheck, SmartInput, is_vague, lint, suggest_target

GOOD = SmartInput(
    title="月間アポ数 51件",
    description="新規リードへの架電から獲得したアポイント数",
    metric="appointments",
    has_data=True,
    target=51,
    history_baseline=42,
    has_kgi_path=True,
    period_kind="month",
)


def _reasons(inp: SmartInput) -> dict[str, str | None]:
    return {check.letter: check.reason for check in lint(inp)}


def test_a_well_formed_kpi_passes_all_five() -> None:
    checks = lint(GOOD)
    assert [c.letter for c in checks] == ["S", "M", "A", "R", "T"]
    assert all(c.ok and c.reason is None for c in checks)


@pytest.mark.parametrize(
    ("changes", "letter", "reason"),
    [
        ({"title": "  "}, "S", "no_title"),
        ({"metric": None}, "S", "no_metric"),
        ({"title": "アポ数を増やす"}, "S", "title_vague"),
        ({"description": ""}, "S", "no_description"),
        ({"metric": None}, "M", "no_metric"),
        ({"has_data": False}, "M", "no_data"),
        ({"target": None}, "A", "no_target"),
        ({"history_baseline": None}, "A", "no_history"),
        ({"target": 64}, "A", "target_above_history"),
        ({"has_kgi_path": False}, "R", "no_kgi_path"),
        ({"period_kind": None}, "T", "no_period"),
        ({"period_kind": "fortnight"}, "T", "bad_period"),
    ],
)
def test_each_reason(changes: dict[str, object], letter: str, reason: str) -> None:
    checks = {c.letter: c for c in lint(replace(GOOD, **changes))}
    assert checks[letter] == SmartCheck(letter, False, reason)
    others = [c for c in checks.values() if c.letter != letter and c.reason != "no_metric"]
    assert all(c.ok for c in others)


def test_target_of_exactly_one_and_a_half_times_history_is_achievable() -> None:
    assert _reasons(replace(GOOD, target=63))["A"] is None  # 42 × 1.5
    assert _reasons(replace(GOOD, target=63.01))["A"] == "target_above_history"


def test_any_positive_target_over_zero_history_is_flagged() -> None:
    assert _reasons(replace(GOOD, history_baseline=0, target=5))["A"] == "target_above_history"


def test_a_number_makes_a_direction_specific() -> None:
    assert is_vague("アポ数を増やす")
    assert is_vague("Improve connect rate")
    assert not is_vague("月間アポ数50件達成(前月比20%増)")
    assert not is_vague("月間アポ数")
    assert is_vague("ＫＰＩを改善")  # full-width text is normalised


def test_suggest_target_adds_twenty_percent_rounding_up() -> None:
    assert suggest_target("appointments", 42) == 51
    assert suggest_target("appointments", 50) == 60
    assert suggest_target("calls", 34, growth=0.1) == 38  # 37.4


def test_suggest_target_rejects_rates_and_bad_values() -> None:
    with pytest.raises(ValueError, match="^rate_metric$"):
        suggest_target("win_rate", 0.2)
    with pytest.raises(ValueError, match="^bad_value$"):
        suggest_target("calls", -1)
    with pytest.raises(ValueError, match="^bad_growth$"):
        suggest_target("calls", 10, growth=-1)
