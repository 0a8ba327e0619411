"""Wizard page 6: the PDCA cadence — weekly review day and time, monthly and quarterly dates, attendees."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTime, QTimer, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QTimeEdit, QWizardPage

from desktop.kpi.reviews import Schedule
from desktop.views.shell.context import AppContext
from desktop.views.wizard.tree_preview import TreePreview
from desktop.views.wizard.undo import push_step
from desktop.views.settings.page import WEEKDAYS


class PdcaSetupPage(QWizardPage):
    """Saves the "pdca_schedule" setting; the review page reminds the team from it."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("6. PDCA: when the team reviews"))
        self.setSubTitle(self.tr("A weekly check of the numbers, a monthly look at what the actions did, "
                                 "a quarterly review of the KPIs themselves."))
        self.weekday = QComboBox(objectName="pdca_weekday")
        for n, day in enumerate(WEEKDAYS):
            self.weekday.addItem(QCoreApplication.translate("SettingsPage", day), n)
        self.time = QTimeEdit(objectName="pdca_time", displayFormat="HH:mm")
        self.monthly = QSpinBox(objectName="pdca_monthly", minimum=1, maximum=28, prefix=self.tr("day "),
                                suffix=self.tr(" of the month"))
        self.quarterly = QSpinBox(objectName="pdca_quarterly", minimum=1, maximum=28, suffix=self.tr(" (day)"))
        self.attendees = QListWidget(objectName="pdca_attendees", maximumHeight=90)
        self.tree = TreePreview(objectName="pdca_tree")
        note = QLabel(self.tr("This is the KPI tree the wizard built. When you finish, it and the dashboard open."),
                      wordWrap=True, styleSheet="color: #5b6776;")
        form = QFormLayout(self)
        form.addRow(self.tr("Weekly review on"), self.weekday)
        form.addRow(self.tr("at"), self.time)
        form.addRow(self.tr("Monthly review on"), self.monthly)
        form.addRow(self.tr("Quarterly review on (first month of each quarter)"), self.quarterly)
        form.addRow(self.tr("Who attends"), self.attendees)
        form.addRow(note)
        form.addRow(self.tree)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        store = self.context.store
        schedule = store.pdca_schedule()
        fresh = not store.has_pdca_schedule()
        self.weekday.setCurrentIndex(schedule.weekly_weekday)
        self.time.setTime(QTime.fromString(schedule.weekly_time, "HH:mm"))
        self.monthly.setValue(schedule.monthly_day)
        self.quarterly.setValue(schedule.quarterly_day)
        self.attendees.clear()
        for m in store.members(active_only=True):
            item = QListWidgetItem(m.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = fresh or m.name in schedule.attendees
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.tree.show_tree(store)
        self.since = schedule.since if not fresh else date.today().isoformat()
        QTimer.singleShot(0, self.weekday, self.weekday.setFocus)  # after QWizard picks its own focus

    def schedule(self) -> Schedule:
        names = tuple(self.attendees.item(i).text() for i in range(self.attendees.count())
                      if self.attendees.item(i).checkState() == Qt.CheckState.Checked)
        return Schedule(weekly_weekday=self.weekday.currentData(), weekly_time=self.time.time().toString("HH:mm"),
                        monthly_day=self.monthly.value(), quarterly_day=self.quarterly.value(), attendees=names,
                        since=getattr(self, "since", ""))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        schedule = self.schedule()
        push_step(self.context, self.tr("Set the review schedule"), lambda: self.context.store.save_pdca_schedule(schedule))
        return True
