"""設定: fiscal year, phase, counting rule, pace thresholds, workdays, holidays, language, watched folders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.phases import Phase
from desktop.models.changes import Change
from desktop.models.settings import TALLY_OVERRIDES, TALLY_SUM, DomainSettings
from desktop.models.store import Store
from desktop.views.shell.context import AppContext
from desktop.views.settings.watch_folders import WatchFolders
from desktop.views.shell.text import fmt, phase_name
from desktop.views.shell.date_edit import DateEdit

WEEKDAYS = (QT_TRANSLATE_NOOP("SettingsPage", "Mon"), QT_TRANSLATE_NOOP("SettingsPage", "Tue"),
            QT_TRANSLATE_NOOP("SettingsPage", "Wed"), QT_TRANSLATE_NOOP("SettingsPage", "Thu"),
            QT_TRANSLATE_NOOP("SettingsPage", "Fri"), QT_TRANSLATE_NOOP("SettingsPage", "Sat"),
            QT_TRANSLATE_NOOP("SettingsPage", "Sun"))


class SaveSettings(QUndoCommand):
    """Change the domain settings; undo puts the previous ones back."""

    def __init__(self, store: Store, new: DomainSettings, text: str) -> None:
        super().__init__(text)
        self.store, self.new, self.old = store, new, store.domain_settings()

    def redo(self) -> None:
        self.store.save_domain_settings(self.new)

    def undo(self) -> None:
        self.store.save_domain_settings(self.old)


class SettingsPage(QWidget):
    """Edits DomainSettings (in the database) and the display language (UI setting)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._build()
        context.signals.changed.connect(self._on_store_changed)
        self.load()

    def _build(self) -> None:
        form = QFormLayout()
        for label, field in self._fields():
            form.addRow(label, field)
        title = QLabel(self.tr("Settings"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        note = QLabel(self.tr("Japanese public holidays are always closed days. "
                              "The display language applies from the next start."))
        note.setStyleSheet("color: #5b6776;")
        body = QWidget()
        body.setMaximumWidth(760)
        body.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        for widget in (title, body, note):
            layout.addWidget(widget)
        layout.addLayout(_row(self._save_button(), self.message, stretch_last=True))
        layout.addStretch(1)

    def _fields(self) -> list[tuple[str, QWidget | QHBoxLayout]]:
        """The form's rows: label and editor."""
        self.fiscal = _combo("fiscal_start", [(fmt(self.tr("Starts in month %1"), m), m) for m in range(1, 13)])
        self.phase = _combo("phase", [(phase_name(p.value), p.value) for p in Phase])
        self.tally = _combo("tally_mode", [
            (self.tr("A day count replaces logged activities for that day"), TALLY_OVERRIDES),
            (self.tr("Day counts are added to logged activities"), TALLY_SUM)])
        self.on_track, self.at_risk = _percent_box(), _percent_box()
        self.days = [QCheckBox(self.tr(d)) for d in WEEKDAYS]
        self.language = _combo("language", [(self.tr("System default"), "auto"), ("日本語", "ja"), ("English", "en")])
        self.watch = WatchFolders(self.context)
        return [(self.tr("Fiscal year"), self.fiscal), (self.tr("Phase"), self.phase),
                (self.tr("Day counts and logged activities"), self.tally),
                (self.tr("On track from (pace)"), self.on_track), (self.tr("At risk from (pace)"), self.at_risk),
                (self.tr("Business days"), _row(*self.days)),
                (self.tr("Company holidays"), self._holiday_list()), ("", self._holiday_buttons()),
                (self.tr("Display language"), self.language), (self.tr("Watched import folders"), self.watch)]

    def _holiday_list(self) -> QListWidget:
        self.holidays = QListWidget(objectName="holidays")
        self.holidays.setMaximumHeight(120)
        return self.holidays

    def _holiday_buttons(self) -> QHBoxLayout:
        self.holiday_date = DateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd")
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self._on_add_holiday)
        remove.clicked.connect(self._on_remove_holiday)
        return _row(self.holiday_date, add, remove)

    def _save_button(self) -> QPushButton:
        self.save = QPushButton(self.tr("Save settings"), objectName="save_settings")
        self.save.setDefault(True)
        self.save.clicked.connect(self._on_save)
        self.message = QLabel()
        return self.save

    def load(self) -> None:
        s = self.context.store.domain_settings()
        self.fiscal.setCurrentIndex(s.fiscal_start_month - 1)
        self.phase.setCurrentIndex(max(0, self.phase.findData(s.phase)))
        self.tally.setCurrentIndex(max(0, self.tally.findData(s.tally_mode)))
        self.on_track.setValue(s.on_track * 100)
        self.at_risk.setValue(s.at_risk * 100)
        for n, box in enumerate(self.days):
            box.setChecked(n in s.workdays)
        self.holidays.clear()
        self.holidays.addItems([d.isoformat() for d in s.company_holidays])
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.ui.language())))

    def edited(self) -> DomainSettings:
        """The settings as the form shows them."""
        holidays = tuple(sorted(date.fromisoformat(self.holidays.item(i).text())
                                for i in range(self.holidays.count())))
        return replace(self.context.store.domain_settings(), fiscal_start_month=self.fiscal.currentData(),
                       phase=self.phase.currentData(), tally_mode=self.tally.currentData(),
                       on_track=self.on_track.value() / 100, at_risk=self.at_risk.value() / 100,
                       workdays=tuple(n for n, b in enumerate(self.days) if b.isChecked()),
                       company_holidays=holidays)

    def _on_save(self) -> None:
        new = self.edited()
        if new.at_risk > new.on_track:
            self.message.setText(self.tr("“At risk from” must not be above “On track from”."))
            return
        if not new.workdays:
            self.message.setText(self.tr("Choose at least one business day."))
            return
        self.context.ui.set("ui/language", self.language.currentData())
        if new != self.context.store.domain_settings():
            self.context.undo.push(SaveSettings(self.context.store, new, self.tr("Change settings")))
        self.message.setText(self.tr("Saved."))

    def _on_add_holiday(self) -> None:
        day = self.holiday_date.date().toString("yyyy-MM-dd")
        existing = {self.holidays.item(i).text() for i in range(self.holidays.count())}
        if day not in existing:
            self.holidays.addItem(day)
            self.holidays.sortItems()

    def _on_remove_holiday(self) -> None:
        for item in self.holidays.selectedItems():
            self.holidays.takeItem(self.holidays.row(item))

    def _on_store_changed(self, change: Change) -> None:
        if change.table in ("setting", "*"):
            self.load()


def _percent_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox(minimum=0, maximum=200, decimals=0, suffix=" %", singleStep=5)
    box.setMaximumWidth(110)
    return box


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox(objectName=name)
    for label, data in items:
        box.addItem(label, data)
    return box


def _row(*widgets: QWidget, stretch_last: bool = False) -> QHBoxLayout:
    """Widgets side by side, left-aligned (or the last one taking the rest of the line)."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if stretch_last and widget is widgets[-1] else 0)
    if not stretch_last:
        row.addStretch(1)
    return row
