"""The article's phase table as presets, bands and KPI-count warnings."""

from __future__ import annotations

import pytest

from desktop.kpi.metrics import ALL_METRIC_CODES, Tier, is_rate
from desktop.kpi.phases import PRESETS, Band, Phase, benchmark_band, kpi_count_warning


def test_launch_preset_is_about_activity_volume() -> None:
    preset = PRESETS[Phase.LAUNCH]
    assert preset.metric_codes() == ("calls", "follow_ups", "emails", "appointments")
    assert dict(preset.kpis)["calls"] == Tier.ACTION
    assert dict(preset.kpis)["appointments"] == Tier.RESULT
    assert preset.bands["calls_per_day"] == Band(34, 34)
    assert preset.kpi_count == (3, 5)


def test_growth_preset_bands_match_the_article() -> None:
    preset = PRESETS[Phase.GROWTH]
    assert preset.bands == {
        "connect_rate": Band(0.10, 0.20),
        "appointment_rate": Band(0.05, 0.10),
        "opportunity_rate": Band(0.20, 0.30),
    }
    assert set(preset.metric_codes()) == {
        "connect_rate", "appointment_rate", "opportunity_rate", "calls", "appointments",
    }
    assert preset.kpi_count == (5, 7)


def test_stable_preset_adds_retention_now_that_contracts_feed_it() -> None:
    preset = PRESETS[Phase.STABLE]
    assert {"win_rate", "revenue", "wins", "retention"} == set(preset.metric_codes())  # 継続率 from contracts
    assert is_rate("retention") and "ltv" not in preset.metric_codes()
    assert preset.bands == {"win_rate": Band(0.10, 0.15)}
    assert benchmark_band("ltv") is None and benchmark_band("retention") is None
    assert preset.kpi_count == (3, 5)


def test_every_preset_respects_its_own_kpi_count() -> None:
    for phase, preset in PRESETS.items():
        assert kpi_count_warning(phase, len(preset.kpis)) is None


def test_every_preset_kpi_is_a_metric_the_app_measures() -> None:
    codes = {code for preset in PRESETS.values() for code in preset.metric_codes()}
    assert codes <= set(ALL_METRIC_CODES)


def test_every_phase_suggests_ksf_codes() -> None:
    assert "process_established" in PRESETS[Phase.LAUNCH].ksf
    assert "opportunity_rate_up" in PRESETS[Phase.GROWTH].ksf
    assert "script_optimised" in PRESETS[Phase.GROWTH].ksf
    assert "win_rate_up" in PRESETS[Phase.STABLE].ksf
    assert all(preset.focus for preset in PRESETS.values())


def test_benchmark_band_looks_in_every_phase() -> None:
    assert benchmark_band("calls_per_day") == Band(34, 34)
    assert benchmark_band("opportunity_rate") == Band(0.20, 0.30)
    assert benchmark_band("win_rate") == Band(0.10, 0.15)
    assert benchmark_band("calls") is None


@pytest.mark.parametrize(
    ("phase", "n", "warning"),
    [(Phase.LAUNCH, 2, "too_few"), (Phase.LAUNCH, 3, None), (Phase.LAUNCH, 5, None),
     (Phase.LAUNCH, 6, "too_many"), (Phase.GROWTH, 4, "too_few"), (Phase.GROWTH, 7, None),
     (Phase.GROWTH, 8, "too_many"), (Phase.STABLE, 6, "too_many")],
)
def test_kpi_count_warning(phase: Phase, n: int, warning: str | None) -> None:
    assert kpi_count_warning(phase, n) == warning


def test_band_position() -> None:
    band = Band(0.10, 0.20)
    assert [band.position(x) for x in (0.05, 0.10, 0.15, 0.20, 0.25)] == [
        "below", "inside", "inside", "inside", "above",
    ]
    assert band.contains(0.2) and not band.contains(0.21)


def test_band_rejects_high_below_low() -> None:
    with pytest.raises(ValueError, match="^bad_band$"):
        Band(0.3, 0.2)


def test_the_launch_benchmark_is_34_calls_a_day_per_rep_and_only_for_calls_in_launch() -> None:
    from desktop.kpi.phases import daily_benchmark

    assert daily_benchmark("calls", "launch", 5) == 170
    assert daily_benchmark("calls", "launch", 1) == 34
    assert daily_benchmark("calls", "growth", 5) is None
    assert daily_benchmark("appointments", "launch", 5) is None
