"""Per-rep goals in the setup wizard: one rep's own monthly goal, the other reps sharing what the team's
target leaves (the rule the tree and the planner read), undone with the rest of the wizard."""

from __future__ import annotations

from datetime import date

from desktop.kpi.periods import PeriodKind, period_containing
from desktop.views.shell.text import count
from tests.views.test_setup_wizard import _open, _through_kpis

MONTH = period_containing(PeriodKind.MONTH, date.today())


def _to_goals_page(qtbot, context):  # noqa: ANN001, ANN202
    _, wizard = _open(qtbot, context)
    _through_kpis(qtbot, wizard)
    measure = wizard.page(3)
    for name in ("山田 太郎", "佐藤 花子", "鈴木 一郎"):
        measure.member_name.setText(name)
        measure._on_add_member()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 4)
    return wizard, wizard.page(4).rep_goals


def test_one_reps_own_goal_leaves_the_rest_of_the_team_target_to_the_others(qtbot, context) -> None:  # noqa: ANN001
    store = context.store
    wizard, goals = _to_goals_page(qtbot, context)
    ids = {m.name: m.id for m in store.members()}
    calls = next(n for n in store.nodes() if n.metric == "calls")
    team = store.target_for("calls", MONTH, None, calls.id)
    goals.member.setCurrentIndex(goals.member.findData(ids["山田 太郎"]))
    goals.kpi.setCurrentIndex(goals.kpi.findData(calls.id))
    goals.value.setText("たくさん")
    goals.set_goal()
    assert goals.goals == {} and "たくさん" in goals.message.text()
    goals.value.setText("2,400")
    goals.set_goal()
    assert goals.list.count() == 1 and "2,400" in goals.list.item(0).text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 5)
    assert store.target_for("calls", MONTH, ids["山田 太郎"], calls.id) == 2400
    others = [store.target_for("calls", MONTH, ids[n], calls.id) for n in ("佐藤 花子", "鈴木 一郎")]
    assert others[0] == others[1] and abs(others[0] - (team - 2400) / 2) < 1e-6
    assert count(others[0]) in goals.message.text(), "the page says what the others are left with"
    assert len([t for t in store.targets(metric="calls", period_kind="month") if t.member_id]) == 12
    wizard.back()
    qtbot.waitUntil(lambda: wizard.currentId() == 4)
    assert goals.list.count() == 1, "a reopened page shows the goal it wrote"
    wizard.steps.setIndex(0)  # what キャンセル does: every page's step undone
    assert [t for t in store.targets() if t.member_id] == []
