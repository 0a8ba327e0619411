"""チェックリスト: the article's 20 items, each decided from the data, with a way to fix what is missing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.checklist import GROUPS, ITEMS, MANUAL_CODES, ItemState, evaluate, is_done
from desktop.models.changes import Change
from desktop.models.store import Store
from desktop.views.checklist.text import group_title, item_title, reason_text
from desktop.views.shell.context import AppContext
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import fmt

FIX_LABELS = {
    "wizard": QT_TRANSLATE_NOOP("ChecklistPage", "Set up in the wizard"),
    "tree": QT_TRANSLATE_NOOP("ChecklistPage", "Open the KPI tree"),
    "import": QT_TRANSLATE_NOOP("ChecklistPage", "Import data"),
    "activities": QT_TRANSLATE_NOOP("ChecklistPage", "Open activities"),
    "dashboard": QT_TRANSLATE_NOOP("ChecklistPage", "Open the dashboard"),
    "review": QT_TRANSLATE_NOOP("ChecklistPage", "Open reviews"),
    "settings": QT_TRANSLATE_NOOP("ChecklistPage", "Open settings"),
}
REVIEW_KIND = {"weekly_review": "weekly", "monthly_cycle": "monthly", "quarterly_review": "quarterly"}
MET_STYLE, UNMET_STYLE = "color: #1a7f37; font-size: 16px;", "color: #c62828; font-size: 16px;"


class SetManualTick(QUndoCommand):
    """Tick or untick a checklist item no data can show."""

    def __init__(self, store: Store, code: str, ticked: bool, text: str) -> None:
        super().__init__(text)
        self.store, self.code, self.ticked = store, code, ticked

    def redo(self) -> None:
        self.store.set_checklist_manual(self.code, self.ticked)

    def undo(self) -> None:
        self.store.set_checklist_manual(self.code, not self.ticked)


class ChecklistPage(QWidget):
    """Twenty lines in six groups; state from the Store, fixes through navigate() or the wizard."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.wizard = None
        self.items: list[ItemState] = []
        self.rows: dict[str, tuple[QLabel | QCheckBox, QLabel, QPushButton]] = {}
        self._build()
        self._coalescer = Coalescer(self.refresh, parent=self)
        context.signals.changed.connect(self._on_store_changed)
        self.refresh()

    def _build(self) -> None:
        title = QLabel(self.tr("Setup checklist"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.progress = QProgressBar(objectName="checklist_progress", maximum=20, textVisible=True)
        self.open_wizard = QPushButton(self.tr("Open the setup wizard"), objectName="open_wizard")
        self.open_wizard.clicked.connect(lambda: self.show_wizard(0))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.progress, 1)
        head.addWidget(self.open_wizard)
        body = QWidget()
        grid = QGridLayout(body)
        for n, group in enumerate(GROUPS):
            grid.addWidget(self._group_box(group), n // 2, n % 2)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)

    def _group_box(self, group: str) -> QGroupBox:
        box = QGroupBox(group_title(group))
        box.setStyleSheet("QGroupBox { font-weight: 600; }")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        row = 0
        for item in evaluate_codes(group):
            state = self._state_widget(item)
            reason = QLabel(objectName=f"reason_{item}", wordWrap=True)
            reason.setStyleSheet("color: #8a4b00; font-weight: normal;")
            fix = QPushButton(objectName=f"fix_{item}")
            fix.clicked.connect(lambda _c=False, code=item: self.fix(code))
            grid.addWidget(state, row, 0, 2, 1)
            grid.addWidget(QLabel(item_title(item), styleSheet="font-weight: normal;", wordWrap=True), row, 1)
            grid.addWidget(fix, row, 2, 2, 1)
            grid.addWidget(reason, row + 1, 1)
            self.rows[item] = (state, reason, fix)
            row += 2
        grid.setRowStretch(row, 1)
        return box

    def _state_widget(self, code: str) -> QLabel | QCheckBox:
        if code in MANUAL_CODES:
            box = QCheckBox(objectName=f"tick_{code}")
            box.clicked.connect(lambda ticked, c=code: self._on_tick(c, ticked))
            return box
        return QLabel(objectName=f"state_{code}")

    # ---- state -------------------------------------------------------------------

    def refresh(self) -> None:
        facts = self.context.store.checklist_facts(date.today())
        self.items = evaluate(facts)
        done = sum(is_done(item, facts.manual) for item in self.items)
        self.progress.setFormat(fmt(self.tr("%1 of 20 done"), done))
        self.progress.setValue(done)
        for item in self.items:
            self._show(item, bool(facts.manual.get(item.code)))

    def _show(self, item: ItemState, ticked: bool) -> None:
        state, reason, fix = self.rows[item.code]
        if isinstance(state, QCheckBox):
            state.setChecked(ticked)
            reason.setText("" if ticked else reason_text(item))
        else:
            state.setText("✓" if item.met else "×")
            state.setStyleSheet(MET_STYLE if item.met else UNMET_STYLE)
            state.setToolTip(self.tr("Done") if item.met else self.tr("Not yet"))
            reason.setText(reason_text(item))
        reason.setVisible(bool(reason.text()))
        fix.setText(QCoreApplication.translate("ChecklistPage", FIX_LABELS[item.fix.split(":")[0]]))
        fix.setVisible(not (item.met or ticked))

    def item(self, code: str) -> ItemState:
        return next(i for i in self.items if i.code == code)

    # ---- actions -----------------------------------------------------------------

    def fix(self, code: str) -> None:
        """Go where the item can be fixed."""
        target = self.item(code).fix
        if target.startswith("wizard:"):
            self.show_wizard(int(target.split(":")[1]))
        elif code == "quality_check":
            self.context.navigate("activities", tab="quality")
        elif code in REVIEW_KIND:
            self.context.navigate("review", kind=REVIEW_KIND[code])
        else:
            self.context.navigate(target)

    def show_wizard(self, start: int = 0) -> None:
        from desktop.views.wizard.setup_wizard import SetupWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        self.wizard = SetupWizard(self.context, start=start, parent=self)
        self.wizard.show()

    def apply_options(self, wizard: bool = False, page: int = 0, **_: object) -> None:
        if wizard:
            self.show_wizard(page)

    def prepare_screenshot(self) -> None:
        self._coalescer.flush()

    def _on_tick(self, code: str, ticked: bool) -> None:
        text = self.tr("Tick checklist item") if ticked else self.tr("Untick checklist item")
        self.context.undo.push(SetManualTick(self.context.store, code, ticked, text))

    def _on_store_changed(self, _change: Change) -> None:
        self._coalescer.poke()


def evaluate_codes(group: str) -> list[str]:
    """The item codes of one group, in the article's order."""
    return [code for code, g, _, _ in ITEMS if g == group]
