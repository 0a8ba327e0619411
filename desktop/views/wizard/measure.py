"""Wizard page 4: measurement — members, the team's outcome words, business days and holidays, import, quality."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
    QWizardPage,
)

from desktop.kpi.outcomes import Outcome, normalize_word
from desktop.views.settings.page import WEEKDAYS
from desktop.views.shell.context import AppContext
from desktop.views.shell.text import outcome_name
from desktop.views.wizard.entry_line import EntryLine
from desktop.views.wizard.members import MemberChanges, save_members
from desktop.views.wizard.undo import push_step
from desktop.views.shell.date_edit import DateEdit

ID_ROLE = Qt.ItemDataRole.UserRole


class MeasureSetupPage(QWizardPage):
    """Members, words, workdays and holidays are edited here and saved together on Next."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("4. Measurement"))
        self.setSubTitle(self.tr("Who is counted, the words your tracker uses for call outcomes, and which days "
                                 "count. Double-click a name to correct it."))
        self.words: dict[str, str] = {}
        self._build()

    def _build(self) -> None:
        self.members = QListWidget(objectName="measure_members", maximumHeight=110)
        self.member_name = EntryLine(objectName="measure_member_name", placeholderText=self.tr("Name"))
        self.member_name.returnPressed.connect(self._on_add_member)
        add_member = QPushButton(self.tr("&Add member"), objectName="measure_add_member")
        add_member.clicked.connect(self._on_add_member)
        remove_member = QPushButton(self.tr("Remove"), objectName="measure_remove_member")
        remove_member.clicked.connect(lambda: _take_selected(self.members))
        self.word = EntryLine(objectName="measure_word", placeholderText=self.tr("e.g. 担当不在"))
        self.word.returnPressed.connect(self._on_add_word)
        self.outcome = QComboBox(objectName="measure_outcome")
        for o in Outcome:
            self.outcome.addItem(outcome_name(o.value), o.value)
        add_word = QPushButton(self.tr("Add &word"), objectName="measure_add_word")
        add_word.clicked.connect(self._on_add_word)
        remove_word = QPushButton(self.tr("Remove"), objectName="measure_remove_word")
        remove_word.clicked.connect(self._on_remove_word)
        self.word_list = QListWidget(objectName="measure_words", maximumHeight=90)
        self.word_list.currentRowChanged.connect(self._on_word_chosen)
        self.days = [QCheckBox(QCoreApplication.translate("SettingsPage", d)) for d in WEEKDAYS]
        self.holiday = DateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd",
                                 objectName="measure_holiday")
        add_holiday = QPushButton(self.tr("Add &holiday"), objectName="measure_add_holiday")
        add_holiday.clicked.connect(self._on_add_holiday)
        remove_holiday = QPushButton(self.tr("Remove"), objectName="measure_remove_holiday")
        remove_holiday.clicked.connect(lambda: _take_selected(self.holidays))
        self.holidays = QListWidget(objectName="measure_holidays", maximumHeight=70)
        self._layout(_row(self.member_name, add_member, remove_member), _row(self.word, self.outcome, add_word,
                                                                            remove_word),
                     _row(self.holiday, add_holiday, remove_holiday))
        QWidget.setTabOrder(self.member_name, add_member)
        QWidget.setTabOrder(add_member, self.members)

    def _layout(self, member_row: QHBoxLayout, word_row: QHBoxLayout, holiday_row: QHBoxLayout) -> None:
        import_button = QPushButton(self.tr("Import Excel…"), objectName="measure_import")
        import_button.clicked.connect(lambda: self.context.navigate("import"))
        quality = QPushButton(self.tr("Data-quality check"), objectName="measure_quality")
        quality.clicked.connect(lambda: self.context.navigate("activities", tab="quality"))
        form = QFormLayout(self)
        form.addRow(self.tr("Members"), self.members)
        form.addRow("", member_row)
        form.addRow(self.tr("Outcome words"), self.word_list)
        form.addRow("", word_row)
        form.addRow(self.tr("Business days"), _row(*self.days))
        form.addRow(self.tr("Company holidays"), self.holidays)
        form.addRow("", holiday_row)
        form.addRow(self.tr("Data"), _row(import_button, quality))
        self.message = QLabel(objectName="measure_message", styleSheet="color: #c62828;")
        form.addRow(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        settings = self.context.store.domain_settings()
        self._show_members()
        self.words = dict(settings.outcome_words)
        self._show_words()
        for n, box in enumerate(self.days):
            box.setChecked(n in settings.workdays)
        self.holidays.clear()
        self.holidays.addItems([d.isoformat() for d in settings.company_holidays])
        QTimer.singleShot(0, self.member_name, self.member_name.setFocus)  # after QWizard picks its own focus

    def _show_members(self) -> None:
        self.members.clear()
        for m in self.context.store.members(active_only=True):
            self._add_member_item(m.name, m.id)

    def _add_member_item(self, name: str, member_id: int | None) -> None:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, member_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.members.addItem(item)

    def member_changes(self) -> MemberChanges:
        """What the list asks of the stored members: names to add, ids to rename, ids to deactivate."""
        rows = [(self.members.item(i).data(ID_ROLE), self.members.item(i).text().strip())
                for i in range(self.members.count())]
        stored = {m.id: m.name for m in self.context.store.members(active_only=True)}
        return MemberChanges.between(stored, [(i, n) for i, n in rows if n])

    def _show_words(self) -> None:
        self.word_list.clear()
        for w, o in sorted(self.words.items()):
            item = QListWidgetItem(f"{w} → {outcome_name(o)}")
            item.setData(ID_ROLE, w)
            self.word_list.addItem(item)

    def _on_add_member(self) -> None:
        name = self.member_name.text().strip()
        shown = {normalize_word(self.members.item(i).text()) for i in range(self.members.count())}
        if name and normalize_word(name) not in shown:
            self._add_member_item(name, None)
        self.member_name.clear()
        self.member_name.setFocus()

    def _on_add_word(self) -> None:
        word = self.word.text().strip()
        if normalize_word(word):
            self.words[word] = self.outcome.currentData()
            self._show_words()
        self.word.clear()
        self.word.setFocus()

    def _on_remove_word(self) -> None:
        item = self.word_list.currentItem()
        if item is not None:
            self.words.pop(item.data(ID_ROLE), None)
            self._show_words()

    def _on_word_chosen(self, row: int) -> None:
        """Choosing a word puts it back in the fields: change the outcome and add it again to correct it."""
        item = self.word_list.item(row)
        if item is not None:
            self.word.setText(item.data(ID_ROLE))
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(self.words[item.data(ID_ROLE)])))

    def _on_add_holiday(self) -> None:
        self.holiday.interpretText()  # a year typed but not yet committed counts
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
        members = self.member_changes()
        if new != old or members:
            push_step(self.context, self.tr("Set up measurement"), lambda: self._save(old, new, members))
        return True

    def _save(self, old, new, members: MemberChanges) -> None:  # noqa: ANN001 - DomainSettings
        if new != old:
            self.context.store.save_domain_settings(new)
        save_members(self.context.store, members)


def _take_selected(widget: QListWidget) -> None:
    row = widget.currentRow()
    if row >= 0:
        widget.takeItem(row)


def _row(*widgets) -> QHBoxLayout:  # noqa: ANN002 - widgets
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row
