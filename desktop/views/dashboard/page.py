"""ダッシュボード: KPI cards and live charts for a period, the team or one member.

The page only draws: the numbers come from `Store.dashboard()` (the rollup and
kpi/). Store changes and other processes' writes are coalesced into one refresh;
a timer moves "today" at midnight. The first frame shows the cards and empty chart
panels; the charts (pyqtgraph: ~0.3 s to import and build) are made right after it
is painted, or as soon as anyone asks for `charts`.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.kpi.periods import PeriodKind
from desktop.models.changes import Change
from desktop.models.dashboard_queries import DashboardData
from desktop.views.alerts.banner import AlertBanner
from desktop.views.alerts.alert_list import AlertList, now_local
from desktop.views.alerts.notifier import AlertNotifier
from desktop.views.alerts.text import alert_message
from desktop.views.dashboard.chart_slot import ChartSlot
from desktop.views.tree.findings import findings_line
from desktop.views.shell.context import AppContext
from desktop.views.dashboard.filters import DashboardFilters
from desktop.views.dashboard.first_steps import FirstStepsPanel
from desktop.views.dashboard.layout_dialog import LayoutDialog
from desktop.views.dashboard.kpi_card import CARD_MIN_WIDTH, KpiCard
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.worker import Worker
from desktop.views.shell.text import fmt, metric_name

if TYPE_CHECKING:
    from desktop.views.dashboard.chart_panel import ChartPanel

# name → "module:Class", imported when the charts are built (after the first paint)
CHARTS: tuple[tuple[str, str], ...] = (
    ("bars", "desktop.views.dashboard.daily_bars_chart:DailyBarsChart"), ("burnup", "desktop.views.dashboard.burnup_chart:BurnUpChart"),
    ("funnel", "desktop.views.dashboard.funnel_chart:FunnelChart"), ("rates", "desktop.views.dashboard.rate_trend_chart:RateTrendChart"),
    ("members", "desktop.views.dashboard.member_chart:MemberChart"), ("kgi", "desktop.views.dashboard.kgi_chart:KgiChart"))
CHART_NAMES = tuple(name for name, _ in CHARTS)
ALERT_TABLES = ("alertrule", "alertevent")
ALERT_CHECK_MS = 5 * 60 * 1000  # also on a timer: "nothing logged by 11:00" needs no write to fire


def _preload_charts() -> None:
    """Import the chart modules (pyqtgraph: ~0.25 s) on a thread while the first frame is laid out
    and painted, which is mostly Qt's own C++ work without the GIL; `_build_charts` then finds them
    imported (or waits for the import to finish: Python's import lock)."""
    if all(target.partition(":")[0] in sys.modules for _, target in CHARTS):
        return
    modules = [target.partition(":")[0] for _, target in CHARTS]
    threading.Thread(target=lambda: [importlib.import_module(m) for m in modules], name="chart-import",
                     daemon=True).start()


class DashboardPage(QWidget):
    """Cards on top, charts in a two-column grid; everything follows the filters and the data."""

    charts_built = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today: Callable[[], date] = context.extras.get("today", date.today)
        self.now: Callable[[], datetime] = context.extras.get("now", now_local)
        self.data: DashboardData | None = None
        self.refresh_count = 0
        self.cards: dict[str, KpiCard] = {}
        self._charts: dict[str, ChartPanel] = {}
        self._panels: dict[str, QWidget] = {name: ChartSlot() for name in CHART_NAMES}  # slots, then charts
        self._charts_due = False
        self._build()
        self.coalescer = Coalescer(self.refresh, parent=self, leading=True)  # a lone write: repainted at once
        self.alert_coalescer = Coalescer(self.evaluate_alerts_in_background, delay_ms=1500, parent=self)
        self._alerts_busy = False
        self._alert_timer = QTimer(self, interval=ALERT_CHECK_MS)
        self._alert_timer.timeout.connect(self.evaluate_alerts_in_background)
        self._alert_timer.start()
        if not context.store.alert_rules():
            context.store.ensure_default_alert_rules(context.store.domain_settings().phase)
        context.signals.changed.connect(self._on_store_changed)
        self.filters.changed.connect(self.refresh)
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._on_midnight)
        self._arm_midnight()
        self._place_charts()
        month = self.filters.period(self.today(), context.store.domain_settings().fiscal_start_month)
        self.filters.blockSignals(True)
        self.filters.set_default_range(month.start, month.end)  # "custom" starts from this month
        self.filters.blockSignals(False)
        self.refresh()
        _preload_charts()

    def _build(self) -> None:
        title = QLabel(self.tr("Dashboard"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.filters = DashboardFilters()
        self.layout_button = QPushButton(self.tr("Layout…"), objectName="layout_button")
        self.layout_button.clicked.connect(self._on_layout)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.filters)
        top.addStretch(1)
        top.addWidget(self.layout_button)
        self.period_label = QLabel()
        self.period_label.setStyleSheet("color: #5b6776;")
        self.banner = AlertBanner()
        self.alert_list = AlertList(self.context.store, self.context.undo, lambda: self.now())
        self.alert_list.hide()
        self.banner.toggled_list.connect(lambda: self.alert_list.setVisible(self.alert_list.isHidden()))
        self.notifier = AlertNotifier(self)
        self.card_row = QGridLayout()  # cards wrap onto more rows when the window is narrow
        self.card_row.setSpacing(10)
        self._card_columns = 0
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.card_row)
        # the tree's, reviews' and reports' one analysis, in the tree's words (views/tree/findings.py)
        self.findings = QLabel(objectName="dashboard_findings", wordWrap=True)
        self.findings.setStyleSheet("padding: 6px 8px; border-radius: 6px; background: #fff4d6;")
        inner.addWidget(self.findings)
        inner.addLayout(self.grid, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll
        self.first_steps = FirstStepsPanel(self.context.navigate)
        self.empty_state = QWidget()  # the panel at the top, the space below it empty
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.first_steps)
        empty_layout.addStretch(1)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(20, 14, 20, 10)
        self.outer.addLayout(top)
        self.outer.addWidget(self.period_label)
        self.outer.addWidget(self.banner)
        self.outer.addWidget(self.alert_list)
        self.outer.addWidget(self.empty_state, 1)
        self.outer.addWidget(scroll, 1)

    # ---- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the numbers and update every visible card and chart in place."""
        if self.context.store.closed:  # a timer of a window being replaced
            return
        self.refresh_count += 1
        store, today = self.context.store, self.today()
        settings = store.domain_settings()
        period = self.filters.period(today, settings.fiscal_start_month)
        self.data = data = store.dashboard(period, today, self.filters.member_id(), self.filters.chart_metric())
        self._show_first_steps(store.data_range() is None)
        self.filters.set_members(data.members)
        self._show_cards(data)
        self.findings.setText(findings_line(store.evaluate_tree(period, self.filters.member_id(), today)))
        self._update_charts()
        span = fmt(self.tr("%1 to %2 · as of %3"), period.start.isoformat(), period.end.isoformat(),
                   today.isoformat())
        named = period.kind not in (PeriodKind.DAY,) or period.start == period.end
        self.period_label.setText(f"{period.label} · {span}" if named else span)  # 「2025-Q3 · 2025-10-01 〜 …」
        self.alert_coalescer.poke()

    def _update_charts(self) -> None:
        if self.data is None:
            return
        hidden = self._hidden()
        for name, chart in self._charts.items():
            if name not in hidden:
                chart.update_from(self.data)

    # ---- charts: built after the first paint -------------------------------------------

    @property
    def charts_ready(self) -> bool:
        """True once the charts are built (the first frame shows their empty panels)."""
        return bool(self._charts)

    @property
    def charts(self) -> dict[str, ChartPanel]:
        """The chart panels by name, built now if they are not yet."""
        if not self._charts:
            self._build_charts()
        return self._charts

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._charts and not self._charts_due:  # this frame is on screen: build them next
            self._charts_due = True
            QTimer.singleShot(0, self, self._build_charts)

    def _build_charts(self) -> None:
        if self._charts:
            return
        for name, target in CHARTS:
            module, _, cls = target.partition(":")
            chart = getattr(importlib.import_module(module), cls)()
            chart.drill = self._drill
            if hasattr(chart, "remember"):  # the funnel: call or lead funnel, as last chosen
                chart.remember(self.context.ui, "dashboard/funnel")
            self._charts[name] = chart
        for slot in self._panels.values():
            self.grid.removeWidget(slot)
            slot.deleteLater()
        self._panels = dict(self._charts)
        self._place_charts()
        self._update_charts()
        self.charts_built.emit()

    # ---- alerts ----------------------------------------------------------------------

    def _show_first_steps(self, empty: bool) -> None:
        """An empty database shows what to do first instead of zeros and 目標なし cards."""
        self.empty_state.setVisible(empty)
        self.scroll.setVisible(not empty)
        if empty:
            self.first_steps.show_progress(self.context.store)

    def evaluate_alerts(self) -> list[str]:
        """Check the rules now; new alerts go to the list, the banner and (window behind) the tray.
        Not before the team has any history: nothing to judge a pace or an 11:00 silence by."""
        if self.context.store.closed:  # a timer of a window being replaced (File → Open, 切断)
            return []
        return self._announce(_new_alerts(self.context.store, self.now(), self.today()))

    def evaluate_alerts_in_background(self) -> None:
        """`evaluate_alerts` with the rules checked off the GUI thread (tens of statements, on a team's
        server each a round trip): another client's write is repainted without waiting for them."""
        if self.context.store.closed or self._alerts_busy:
            return
        self._alerts_busy = True
        store, now, today = self.context.store, self.now(), self.today()
        worker = Worker(lambda _progress: _new_alerts(store, now, today))
        worker.signals.finished.connect(self._on_alerts_checked)
        worker.signals.failed.connect(self._on_alerts_checked)  # unreachable for a moment: checked again later
        self.context.start(worker)

    def _on_alerts_checked(self, new: object) -> None:
        self._alerts_busy = False
        if isinstance(new, list) and not self.context.store.closed:
            self._announce(new)

    def _announce(self, new: list) -> list[str]:
        names = self._names()
        messages = [alert_message(e.code, e.params, names) for e in new]
        self.show_alerts()
        self.notifier.notify(messages)
        return messages

    def show_alerts(self) -> None:
        if self.empty_state.isVisibleTo(self):  # no history yet: an old alert would only nag
            self.banner.hide()
            self.alert_list.hide()
            return
        total = self.alert_list.reload(self._names())
        if total == 0:
            self.alert_list.hide()
        self.banner.show_alerts(self.alert_list.newest(), total, not self.alert_list.isHidden())

    def _names(self) -> dict[int, str]:
        """Everyone's name, not only the active reps the filters list: a rule may watch a manager,
        or a rep who has since left, and their alert must still say whose it is."""
        return {m.id: m.name for m in self.context.store.members()}

    def _show_cards(self, data: DashboardData) -> None:
        wanted = [c for c in data.cards if c.metric not in self._hidden()]
        order = self._order("cards", [c.metric for c in data.cards])
        wanted.sort(key=lambda c: order.index(c.metric))
        if [c.metric for c in wanted] != list(self.cards):
            for card in self.cards.values():
                card.deleteLater()
            self.cards = {c.metric: KpiCard() for c in wanted}
            self._card_columns = 0
            self._place_cards()
        for c in wanted:
            self.cards[c.metric].show_card(c)

    def _place_cards(self) -> None:
        """As many cards a row as fit the page's width, the rest on the next rows."""
        room = max(1, self.width() - 60)
        columns = max(1, min(len(self.cards), room // (CARD_MIN_WIDTH + 10))) if self.cards else 1
        if columns == self._card_columns:
            return
        self._card_columns = columns
        for n, card in enumerate(self.cards.values()):
            self.card_row.removeWidget(card)
            self.card_row.addWidget(card, n // columns, n % columns)
        for col in range(self.card_row.columnCount()):
            self.card_row.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_cards()

    def _drill(self, **options: object) -> None:
        self.context.navigate("activities", **options)

    # ---- layout ----------------------------------------------------------------------

    def _hidden(self) -> list[str]:
        return list(self.context.ui.value("dashboard/hidden", [], list) or [])

    def _order(self, what: str, default: list[str]) -> list[str]:
        saved = [k for k in (self.context.ui.value(f"dashboard/{what}", [], list) or []) if k in default]
        return saved + [k for k in default if k not in saved]

    def _place_charts(self) -> None:
        for panel in self._panels.values():
            self.grid.removeWidget(panel)
            panel.hide()
        shown = [n for n in self._order("charts", list(CHART_NAMES)) if n not in self._hidden()]
        for i, name in enumerate(shown):
            self.grid.addWidget(self._panels[name], i // 2, i % 2)
            self._panels[name].show()

    def set_layout(self, charts: list[str], cards: list[str], hidden: list[str]) -> None:
        """Remember the chosen order and hidden items, then redraw."""
        self.context.ui.set("dashboard/charts", charts)
        self.context.ui.set("dashboard/cards", cards)
        self.context.ui.set("dashboard/hidden", hidden)
        self._place_charts()
        self.refresh()

    def _on_layout(self) -> None:
        hidden = self._hidden()
        charts = [(n, self.charts[n].title.text(), n not in hidden)
                  for n in self._order("charts", list(CHART_NAMES))]
        cards = [(c.metric, c.title or metric_name(c.metric), c.metric not in hidden)
                 for c in (self.data.cards if self.data else [])]
        order = self._order("cards", [m for m, _, _ in cards])
        cards.sort(key=lambda row: order.index(row[0]))
        dialog = LayoutDialog(charts, cards, self)
        if dialog.exec():
            chart_keys, chart_hidden = dialog.chosen(dialog.charts)
            card_keys, card_hidden = dialog.chosen(dialog.cards)
            self.set_layout(chart_keys, card_keys, chart_hidden + card_hidden)

    # ---- live ------------------------------------------------------------------------

    def _on_store_changed(self, change: Change) -> None:
        if change.table not in ALERT_TABLES:
            self.coalescer.poke()
        else:
            self.show_alerts()

    def _arm_midnight(self) -> None:
        now = datetime.now()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self._midnight.start(int((tomorrow - now).total_seconds() * 1000) + 500)

    def _on_midnight(self) -> None:
        self.refresh()
        self._arm_midnight()

    def apply_options(self, **options: object) -> None:
        """period=…, member_id=…, custom=(start, end), today=date (screenshots and tests)."""
        if isinstance(options.get("today"), date):
            day = options["today"]
            self.today = lambda: day
        self.filters.blockSignals(True)
        self.filters.select(options.get("period"), options.get("member_id"), options.get("custom"))
        self.filters.blockSignals(False)
        self.refresh()

    def prepare_screenshot(self) -> None:
        self._build_charts()
        self.coalescer.flush()
        if self.alert_coalescer.cancel():  # the alerts drawn now, not when a worker is done
            self.evaluate_alerts()

    def shutdown(self) -> None:
        self._midnight.stop()
        self._alert_timer.stop()
        self.notifier.hide()


def _new_alerts(store, now: datetime, today: date) -> list:  # noqa: ANN001 - Store; AlertEvents
    """The alerts the rules raise now; none before the team has any history (nothing to judge a
    pace or an 11:00 silence by)."""
    return [] if store.data_range() is None else store.evaluate_alerts(now, today)
