"""Lead and deal lists fit their width at 1024×700: no sideways scroll, headers whole, long names elided
with the whole name on hover."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from desktop.models.tables import DealIn, LeadIn, MemberIn
from desktop.views.activities.deal_list import DealList
from desktop.views.activities.lead_list import LeadList

LONG = "株式会社ロングネーム・インターナショナル・ホールディングス・ジャパン (東京本社営業第二部)"


@pytest.fixture
def filled(store):  # noqa: ANN001, ANN201
    owner = store.add_member(MemberIn(name="山田 太郎"))
    lead = store.add_lead(LeadIn(company=LONG, person="佐藤 様", phone="03-1234-5678",
                                 email="sato.hanako@long-name-holdings.example.co.jp", source="Web問い合わせ",
                                 owner_id=owner.id, next_action_day=date(2026, 12, 1)))
    store.add_lead(LeadIn(company="北斗商事", owner_id=owner.id))
    store.add_deals([DealIn(title="導入案件 " + LONG, lead_id=lead.id, member_id=owner.id,
                            created_day=date(2026, 11, 2), amount=1_200_000, stage="lost",
                            closed_day=date(2026, 11, 20), lost_reason="予算が次年度に回ったため。" * 4)])
    return store


@pytest.mark.parametrize("width", [800, 1200])
@pytest.mark.parametrize("kind", [LeadList, DealList])
def test_columns_share_the_width_and_long_names_elide_with_a_tooltip(japanese, qtbot, context, filled, kind,
                                                                     width) -> None:  # noqa: ANN001
    widget = kind(context)
    qtbot.addWidget(widget)
    widget.resize(width, 500)
    widget.show()
    qtbot.waitExposed(widget)
    tree = widget.findChild(QTreeWidget, "lead_tree" if kind is LeadList else "deal_tree")
    header = tree.header()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(header.count())) <= tree.viewport().width())
    assert not tree.horizontalScrollBar().isVisible()
    fm = header.fontMetrics()
    for c in range(header.count()):  # every header readable
        assert fm.horizontalAdvance(tree.headerItem().text(c)) < header.sectionSize(c), tree.headerItem().text(c)
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if LONG in tree.topLevelItem(i).text(0) + tree.topLevelItem(i).text(1))
    column = 0 if kind is LeadList else 1
    assert tree.fontMetrics().horizontalAdvance(item.text(column)) > header.sectionSize(column)  # elided…
    assert item.toolTip(column) == item.text(column)  # …and whole on hover
    if width == 1200:  # with room to spare the name columns take it, not the dates
        assert header.sectionSize(column) >= 200
    assert tree.textElideMode() == Qt.TextElideMode.ElideRight
