

def test_kpis_are_placed_under_the_ksf_they_serve_and_a_named_own_ksf_wins() -> None:
    from desktop.kpi.setup import KsfSlot, empty_ksfs, place_kpis

    ksfs = [KsfSlot(1, "process_established", "営業プロセスの確立"), KsfSlot(2, "lead_nurturing", "リード育成"),
            KsfSlot(3, "activity_volume", "十分な活動量の確保"), KsfSlot(4, None, "アポイント率の改善"),
            KsfSlot(5, None, "展示会の強化")]
    names = {"calls": "架電数", "appointment_rate": "アポイント率", "wins": "受注数", "follow_ups": "追客数"}
    placed = place_kpis(["calls", "appointment_rate", "wins", "follow_ups", "ltv"], ksfs, names)
    assert placed == {"calls": 3, "appointment_rate": 4, "wins": 1, "follow_ups": 2, "ltv": 1}
    assert [k.key for k in empty_ksfs(ksfs, placed)] == [5]
