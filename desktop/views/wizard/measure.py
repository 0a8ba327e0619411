"""Wizard page 4: measurement — members, the team's outcome words, business days and holidays, import, quality."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
    QWizardPage,
)

from desktop.kpi.outcomes import Outcome, normalize_word
from desktop.models.tables import MemberIn
from desktop.views.shell.context import AppContext
from desktop.views.wizard.undo import push_step
from desktop.views.settings.page import WEEKDAYS
from desktop.views.shell.text import outcome_name


class MeasureSetupPage(QWizardPage):
    """Members are added at once; words, workdays and holidays are saved on Next."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("4. Measurement"))
        self.setSubTitle(self.tr("Who is counted, the words your tracker uses for call outcomes, and which days count."))
        self.words: dict[str, str] = {}
        self._build()

    def _build(self) -> None:
        self.members = QListWidget(objectName="measure_members", maximumHeight=110)
        self.member_name = QLineEdit(objectName="measure_member_name", placeholderText=self.tr("Name"))
        add_member = QPushButton(self.tr("&Add member"), objectName="measure_add_member")
        add_member.clicked.connect(self._on_add_member)
        self.word = QLineEdit(objectName="measure_word", placeholderText=self.tr("e.g. 担当不在"))
        self.outcome = QComboBox(objectName="measure_outcome")
        for o in Outcome:
            self.outcome.addItem(outcome_name(o.value), o.value)
        add_word = QPushButton(self.tr("Add &word"), objectName="measure_add_word")
        add_word.clicked.connect(self._on_add_word)
        self.word_list = QListWidget(objectName="measure_words", maximumHeight=90)
        self.days = [QCheckBox(QCoreApplication.translate("SettingsPage", d)) for d in WEEKDAYS]
        self.holiday = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd")
        add_holiday = QPushButton(self.tr("Add &holiday"), objectName="measure_add_holiday")
        add_holiday.clicked.connect(self._on_add_holiday)
        self.holidays = QListWidget(objectName="measure_holidays", maximumHeight=70)
        import_button = QPushButton(self.tr("Import Excel…"), objectName="measure_import")
        import_button.clicked.connect(lambda: self.context.navigate("import"))
        quality = QPushButton(self.tr("Data-quality check"), objectName="measure_quality")
        quality.clicked.connect(lambda: self.context.navigate("activities", tab="quality"))
        form = QFormLayout(self)
        form.addRow(self.tr("Members"), self.members)
        form.addRow("", _row(self.member_name, add_member))
        form.addRow(self.tr("Outcome words"), self.word_list)
        form.addRow("", _row(self.word, self.outcome, add_word))
        form.addRow(self.tr("Business days"), _row(*self.days))
        form.addRow(self.tr("Company holidays"), self.holidays)
        form.addRow("", _row(self.holiday, add_holiday))
        form.addRow(self.tr("Data"), _row(import_button, quality))
        self.message = QLabel(objectName="measure_message", styleSheet="color: #c62828;")
        form.addRow(self.message)
        QWidget.setTabOrder(self.member_name, add_member)
        QWidget.setTabOrder(add_member, self.members)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        store = self.context.store
        settings = store.domain_settings()
        self._show_members()
        self.words = dict(settings.outcome_words)
        self._show_words()
        for n, box in enumerate(self.days):
            box.setChecked(n in settings.workdays)
        self.holidays.clear()
        self.holidays.addItems([d.isoformat() for d in settings.company_holidays])
        QTimer.singleShot(0, self.member_name.setFocus)  # after QWizard picks its own focus

    def _show_members(self) -> None:
        self.members.clear()
        self.members.addItems([m.name for m in self.context.store.members(active_only=True)])

    def _show_words(self) -> None:
        self.word_list.clear()
        self.word_list.addItems([f"{w} → {outcome_name(o)}" for w, o in sorted(self.words.items())])

    def _on_add_member(self) -> None:
        name = self.member_name.text().strip()
        if name and name not in {m.name for m in self.context.store.members()}:
            self.context.store.add_member(MemberIn(name=name))
        self.member_name.clear()
        self.member_name.setFocus()
        self._show_members()

    def _on_add_word(self) -> None:
        word = normalize_word(self.word.text())
        if word:
            self.words[word] = self.outcome.currentData()
            self._show_words()
        self.word.clear()

    def _on_add_holiday(self) -> None:
        day = self.holiday.date().toString("yyyy-MM-dd")
        shown = {self.holidays.item(i).text() for i in range(self.holidays.count())}
        if day not in shown:
            self.holidays.addItem(day)
            self.holidays.sortItems()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.member_name.text().strip():
            self._on_add_member()
        workdays = tuple(n for n, b in enumerate(self.days) if b.isChecked())
        if not workdays:
            self.message.setText(self.tr("Choose at least one business day."))
            return False
        self.message.clear()
        holidays = tuple(sorted(date.fromisoformat(self.holidays.item(i).text())
                                for i in range(self.holidays.count())))
        store = self.context.store
        old = store.domain_settings()
        new = replace(old, workdays=workdays, company_holidays=holidays, outcome_words=dict(self.words))
        if new != old:
            push_step(self.context, self.tr("Set up measurement"), lambda: store.save_domain_settings(new))
        return True


def _row(*widgets) -> QHBoxLayout:  # noqa: ANN002 - widgets
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row
