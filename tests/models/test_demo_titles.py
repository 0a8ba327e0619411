"""The demo tree's titles name no period their targets do not have (「月間受注率」 held a year's rate)."""

from __future__ import annotations

from collections import defaultdict

from desktop.kpi.periods import PeriodKind

WORDS = {"年間": PeriodKind.YEAR, "四半期": PeriodKind.QUARTER, "月間": PeriodKind.MONTH, "週間": PeriodKind.WEEK}


def test_a_title_names_only_a_period_its_node_has_a_target_for(demo_store) -> None:  # noqa: ANN001
    kinds: dict[int, set[str]] = defaultdict(set)
    for t in demo_store.targets():
        kinds[t.node_id].add(t.period_kind)
    nodes = [n for n in demo_store.nodes() if n.metric]
    assert len(nodes) == 6
    for node in nodes:
        named = {kind for word, kind in WORDS.items() if node.title.startswith(word)}
        assert named <= kinds[node.id], (node.title, kinds[node.id])
        if PeriodKind.YEAR in kinds[node.id] and PeriodKind.MONTH in kinds[node.id] and node.kind == "kpi":
            assert not named, node.title  # a year's and each month's target: shown for any period, no period word
    assert {n.title for n in nodes} == {"年間売上 4,000万円", "架電数", "接続率", "アポ数", "商談数", "受注率"}
