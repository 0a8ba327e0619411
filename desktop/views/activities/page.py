"""活動: the quick log, day tallies, the activity table, leads, deals, members and data quality."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.views.activities.activity_table import ActivityTable
from desktop.views.shell.context import AppContext
from desktop.views.activities.deal_list import DealList
from desktop.views.activities.lead_list import LeadList
from desktop.views.activities.member_list import MemberList
from desktop.views.activities.quality_panel import QualityPanel
from desktop.views.activities.quick_log import QuickLogPanel
from desktop.views.activities.tally_grid import TallyGrid


class ActivitiesPage(QWidget):
    """Tabs over the logging panels; `apply_options(tab=…, **filter)` opens one, filtered."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="activity_tabs")
        self.quick_log = QuickLogPanel(context)
        self.tally = TallyGrid(context)
        self.table = ActivityTable(context)
        self.leads = LeadList(context)
        self.deals = DealList(context)
        self.members = MemberList(context)
        self.quality = QualityPanel(context)
        for widget, title in ((self.quick_log, self.tr("Log")), (self.tally, self.tr("Day counts")),
                              (self.table, self.tr("All activities")), (self.leads, self.tr("Leads")),
                              (self.deals, self.tr("Deals")), (self.members, self.tr("Members")),
                              (self.quality, self.tr("Data quality"))):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(0)

    def apply_options(self, tab: str | None = None, **options: Any) -> None:
        """Drill-down: with filter options the activity table opens filtered; `tab` picks another tab."""
        names = {"log": self.quick_log, "tally": self.tally, "table": self.table, "leads": self.leads,
                 "deals": self.deals, "members": self.members, "quality": self.quality}
        target = names.get(tab or "table", self.table)
        if target is self.table and options.get("metric") and self._from_tallies(options):
            target = self.tally  # the count came from day counts: show those cells, not an empty table
            self.tally.show_range(options["start"], options["end"], options.get("member_id"), options["metric"])
        elif target is self.table and options:
            self.table.apply_options(**options)
        self.tabs.setCurrentWidget(target)
        if target is self.deals and options.get("metric"):
            self.deals.apply_filter(options["metric"], options["start"], options["end"], options.get("member_id"))
        if target is self.leads and options.get("metric"):
            self.leads.apply_filter(options["metric"], options["start"], options["end"], options.get("member_id"))
        if target is self.deals and options.get("deal_id") is not None:
            self.deals.select(options["deal_id"])
            if options.get("edit"):
                self.deals.edit_selected()

    def _from_tallies(self, options: dict[str, Any]) -> bool:
        """True when day counts stand behind the figure (for the member, if one is chosen)."""
        cells = self.tally.store.tally_cells(options["start"], options["end"])
        member = options.get("member_id")
        return any(t is not None and k == options["metric"] and (member is None or m == member)
                   for (m, k), (t, _logged) in cells.items())

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.quick_log:
            self.quick_log.setFocus()

    def prepare_screenshot(self) -> None:
        for n in range(self.tabs.count()):
            panel = self.tabs.widget(n)
            if hasattr(panel, "prepare_screenshot"):
                panel.prepare_screenshot()
