"""「NG」 alone is ambiguous: a gatekeeper's refusal reads 受付NG, the decision-maker's 担当者NG, everywhere."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.kpi.outcomes import Outcome
from desktop.views.activities.quick_log import QuickLogPanel
from desktop.views.shell.text import outcome_name
from desktop.views.wizard.measure import MeasureSetupPage
from tests.views.test_setup_wizard import type_text


def test_the_two_refusals_have_their_own_words(japanese) -> None:  # noqa: ANN001
    assert outcome_name(Outcome.GATEKEEPER.value) == "受付NG"
    assert outcome_name(Outcome.REJECTED.value) == "担当者NG"
    assert "NG" not in {outcome_name(o.value) for o in Outcome}


def test_quick_log_keys_say_which_refusal(japanese, context, qtbot) -> None:  # noqa: ANN001
    context.extras["today"] = lambda: date(2025, 6, 10)
    panel = QuickLogPanel(context)
    qtbot.addWidget(panel)
    words = [b.text() for b in panel.findChildren(QPushButton)]
    assert "2  受付NG" in words and "5  担当者NG" in words
    assert not [w for w in words if w.split()[-1:] == ["NG"]]


def test_wizard_result_words_say_which_refusal(japanese, context, qtbot) -> None:  # noqa: ANN001
    page = MeasureSetupPage(context)
    qtbot.addWidget(page)
    assert page.outcome.findText("NG") == -1 and page.outcome.findText("担当者NG") >= 0
    page.outcome.setCurrentIndex(page.outcome.findData(Outcome.REJECTED.value))
    type_text(page.word, "お断り")
    qtbot.keyClick(page.word, Qt.Key.Key_Return)
    assert [page.word_list.item(i).text() for i in range(page.word_list.count())] == ["お断り → 担当者NG"]
