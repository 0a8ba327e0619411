"""The dashboard's filter bar: period (today … fiscal year, custom), team or one member, chart metric."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.kpi.dashboard import previous_period, resolve_period
from desktop.kpi.periods import Period, PeriodKind
from desktop.views.shell.text import metric_name
from desktop.views.shell.date_edit import DateEdit

LAST = {"last_week": ("week", -1), "last_month": ("month", -1), "last_quarter": ("quarter", -1)}
CHART_METRICS = ("calls", "connects", "appointments", "emails", "follow_ups", "opportunities", "wins", "mqls", "sqls")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _following(period: Period) -> Period:
    """The same kind of period just after (a custom range: the same length after it)."""
    if period.kind != PeriodKind.DAY or period.start == period.end:
        return period.next()
    start = period.end + timedelta(days=1)
    return Period(PeriodKind.DAY, start, start + (period.end - period.start), period.fiscal_start_month)


class DashboardFilters(QWidget):
    """Emits `changed` whenever the period, the member or the chart metric changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period_box = QComboBox(objectName="period")
        for text, code in ((self.tr("Today"), "today"), (self.tr("This week"), "week"),
                           (self.tr("This month"), "month"), (self.tr("This quarter"), "quarter"),
                           (self.tr("Fiscal year"), "year"), (self.tr("Last week"), "last_week"),
                           (self.tr("Last month"), "last_month"), (self.tr("Last quarter"), "last_quarter"),
                           (self.tr("Custom range"), "custom")):
            self.period_box.addItem(text, code)
        self.period_box.setCurrentIndex(2)
        self.offset = 0  # ◀ ▶ steps: periods before (−) or after (+) the one chosen
        self.back = QToolButton(text="◀", objectName="period_back", toolTip=self.tr("Previous period"))
        self.forward = QToolButton(text="▶", objectName="period_forward", toolTip=self.tr("Next period"))
        self.back.clicked.connect(lambda: self.step(-1))
        self.forward.clicked.connect(lambda: self.step(1))
        self.start = DateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="custom_start")
        self.end = DateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="custom_end")
        self.member_box = QComboBox(objectName="member")
        self.member_box.addItem(self.tr("Whole team"), None)
        self.metric_box = QComboBox(objectName="chart_metric")
        for code in CHART_METRICS:
            self.metric_box.addItem(metric_name(code), code)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Period"), self.back), (None, self.period_box), (None, self.forward),
                              (None, self.start), (None, self.end),
                              (self.tr("Member"), self.member_box), (self.tr("Daily chart"), self.metric_box)):
            if label:
                layout.addWidget(QLabel(label))
            layout.addWidget(widget)
        self._show_custom()
        self.period_box.currentIndexChanged.connect(self._on_period_changed)
        for signal in (self.start.dateChanged, self.end.dateChanged, self.member_box.currentIndexChanged,
                       self.metric_box.currentIndexChanged):
            signal.connect(lambda *_: self.changed.emit())

    def period(self, today: date, fiscal_start_month: int) -> Period:
        custom = (_pydate(self.start.date()), _pydate(self.end.date()))
        code = self.period_box.currentData()
        base, before = LAST.get(code, (code, 0))
        period = resolve_period(base, today, fiscal_start_month, custom)
        shift = before + self.offset
        for _ in range(abs(shift)):
            period = _following(period) if shift > 0 else previous_period(period)
        return period

    def step(self, by: int) -> None:
        """◀ / ▶: the period before or after the one shown, of the same kind."""
        self.offset += by
        self.changed.emit()

    def member_id(self) -> int | None:
        return self.member_box.currentData()

    def chart_metric(self) -> str:
        return self.metric_box.currentData()

    def set_members(self, names: dict[int, str]) -> None:
        """Refill the member list (keeping the choice) when the team changes."""
        current = [self.member_box.itemData(i) for i in range(1, self.member_box.count())]
        if current == list(names):
            return
        chosen = self.member_id()
        self.member_box.blockSignals(True)
        while self.member_box.count() > 1:
            self.member_box.removeItem(1)
        for mid, name in names.items():
            self.member_box.addItem(name, mid)
        self.member_box.setCurrentIndex(max(0, self.member_box.findData(chosen)))
        self.member_box.blockSignals(False)

    def select(self, period: str | None = None, member_id: int | None = None,
               custom: tuple[date, date] | None = None) -> None:
        """Choose filters from code (navigation options, tests)."""
        if custom is not None:
            self.start.setDate(_qdate(custom[0]))
            self.end.setDate(_qdate(custom[1]))
        if period is not None:
            self.period_box.setCurrentIndex(max(0, self.period_box.findData(period)))
        if member_id is not None:
            self.member_box.setCurrentIndex(max(0, self.member_box.findData(member_id)))

    def set_default_range(self, start: date, end: date) -> None:
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))

    def _show_custom(self) -> None:
        custom = self.period_box.currentData() == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)

    def _on_period_changed(self) -> None:
        self.offset = 0
        self._show_custom()
        self.changed.emit()
