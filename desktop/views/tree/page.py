"""KPIツリー: design the KGI → KSF → KPI tree and watch every node's live actual, pace and forecast."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.periods import Period, PeriodKind, period_containing, split
from desktop.kpi.tree_eval import TreeEvaluation
from desktop.models.changes import Change
from desktop.models.tables import KpiNodeIn
from desktop.views.shell.context import AppContext
from desktop.views.tree.driver_panel import DriverPanel
from desktop.views.tree.node_detail import NodeDetailPanel
from desktop.views.tree.planner_panel import PlannerPanel
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import term
from desktop.views.tree.commands import AddNodes, DeleteNodes, MoveNode
from desktop.views.tree.model import KpiTreeModel
from desktop.views.tree.tools import TreeTools

CHILD_KIND = {None: "kgi", "kgi": "ksf", "ksf": "kpi", "kpi": "kpi"}

NARROW = 1400  # page width below which the detail / planner panels sit under the tree


def period_text(p: Period) -> str:
    return p.label if p.kind == PeriodKind.MONTH else f"{p.label} ({p.start:%Y-%m-%d}–{p.end:%Y-%m-%d})"


class TreePage(QWidget):
    """A QTreeView over KpiTreeModel, a period and member filter, and the detail/planner/driver tabs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.evaluation: TreeEvaluation | None = None
        self.owners: dict[int, str] = {}
        self.model = KpiTreeModel(self.store, context.undo, self)
        self._coalescer = Coalescer(self.refresh, parent=self)
        self._build()
        self._build_actions()
        self._fill_periods()
        context.signals.changed.connect(self._on_store_changed)
        self.refresh()
        self.view.expandAll()

    # ---- building --------------------------------------------------------------

    def _build(self) -> None:
        self._build_view()
        self.detail = NodeDetailPanel(self.context)
        self.planner = PlannerPanel(self.context)
        self.drivers = DriverPanel()
        self.tabs = QTabWidget(objectName="tree_tabs")
        self.detail_tab, self.planner_tab = _scrolled(self.detail), _scrolled(self.planner)  # tall forms scroll
        self.tabs.addTab(self.detail_tab, self.tr("Details"))
        self.tabs.addTab(self.planner_tab, self.tr("Backward planner"))
        self.tabs.addTab(self.drivers, self.tr("Drivers"))
        self.tools = TreeTools(self.context, period=self.current_period, evaluation=lambda: self.evaluation,
                               select=self.select, parent=self)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.view)
        self.split.addWidget(self.tabs)
        self.split.setSizes([760, 460])
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.insight = QLabel(objectName="tree_insight", wordWrap=True)
        self.insight.setStyleSheet("padding: 6px 10px; border-radius: 6px; background:#eef4ff; color:#13233a;")
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.message = QLabel(objectName="tree_message", wordWrap=True, styleSheet="color:#c62828;")
        self.message.hide()
        self.model.refused.connect(self._on_refused)
        for widget in (self.tools, self.tools.banner, self.insight, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.split, 1)

    def _build_view(self) -> None:
        self.view = QTreeView(objectName="kpi_tree")
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed  # typing edits the cell (it
                                  | QAbstractItemView.EditTrigger.DoubleClicked  # used to jump to another node)
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # titles always show whole; spare width goes to the owner
        self.view.setStyleSheet("QTreeView::item { padding: 3px 6px; }")
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.itemDelegate().closeEditor.connect(self._coalescer.poke)

    def _filter_bar(self) -> QHBoxLayout:
        self.kind = QComboBox(objectName="period_kind")
        for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
            self.kind.addItem(term(kind.value), kind.value)
        self.kind.currentIndexChanged.connect(self._fill_periods)
        self.period = QComboBox(objectName="period")
        self.period.currentIndexChanged.connect(self._coalescer.poke)
        self.member = QComboBox(objectName="member")
        self.member.currentIndexChanged.connect(self._coalescer.poke)
        title = QLabel(self.tr("KPI tree"), styleSheet="font-size: 20px; font-weight: 700; color:#13233a;")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        for label, widget in ((self.tr("Period"), self.kind), (None, self.period), (self.tr("Member"), self.member)):
            if label:
                bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _build_actions(self) -> None:
        specs = (
            ("add_child", self.tr("Add child"), [QKeySequence("Ctrl+N"), QKeySequence("Insert")], self.add_child),
            ("add_sibling", self.tr("Add sibling"), [QKeySequence("Ctrl+Shift+N")], self.add_sibling),
            ("delete", self.tr("Delete"), [QKeySequence.StandardKey.Delete], self.delete_current),
            ("move_up", self.tr("Move up"), [QKeySequence("Ctrl+Up")], lambda: self.shift(-1)),
            ("move_down", self.tr("Move down"), [QKeySequence("Ctrl+Down")], lambda: self.shift(1)),
            ("outdent", self.tr("Outdent"), [QKeySequence("Ctrl+Left")], self.outdent),
            ("indent", self.tr("Indent"), [QKeySequence("Ctrl+Right")], self.indent),
        )
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, keys, slot in specs:
            action = QAction(text, self, objectName=f"action_{name}")
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            self.actions_by_name[name] = action
            if name in ("add_child", "add_sibling", "delete"):
                self.tools.add_action_button(action)

    def _fill_periods(self) -> None:
        fsm = self.store.domain_settings().fiscal_start_month
        kind = PeriodKind(self.kind.currentData())
        today = self.store.reference_day()
        span = self.store.data_range()
        first = span[0] if span else today
        whole = Period(PeriodKind.DAY, min(first, today), period_containing(PeriodKind.YEAR, today, fsm).end)
        periods = [period_containing(kind, p.start, fsm) for p in split(whole, kind, fsm)]
        current = period_containing(kind, today, fsm)
        self.period.blockSignals(True)
        self.period.clear()
        for p in reversed(periods):
            self.period.addItem(period_text(p), p)  # 「2026-Q2 (07/01–09/30)」: a quarter says which months
        self.period.setCurrentIndex(max(0, self.period.findText(period_text(current))))
        self.period.blockSignals(False)
        self._fill_members()
        self._coalescer.poke()

    def _fill_members(self) -> None:
        chosen = self.member.currentData()
        self.owners = {m.id: m.name for m in self.store.members(active_only=True)}
        self.member.blockSignals(True)
        self.member.clear()
        self.member.addItem(self.tr("Whole team"), None)
        for member_id, name in self.owners.items():
            self.member.addItem(name, member_id)
        self.member.setCurrentIndex(max(0, self.member.findData(chosen)))
        self.member.blockSignals(False)

    # ---- showing ---------------------------------------------------------------

    def current_period(self) -> Period:
        return self.period.currentData() or period_containing(PeriodKind.MONTH, self.store.reference_day())

    def refresh(self) -> None:
        """Re-evaluate the tree for the chosen period and member, and update every pane."""
        if self.view.state() == QAbstractItemView.State.EditingState:
            return  # never pull the rows from under a title being typed; closing the editor refreshes
        period, member = self.current_period(), self.member.currentData()
        nodes = self.store.nodes()
        self.evaluation = self.store.evaluate_tree(period, member)
        self.model.member_id = member
        if self.model.reload(self.evaluation, nodes, self.owners):
            self.view.expandAll()
        self.drivers.show_evaluation(self.evaluation)
        self.insight.setText(self.drivers.summary() if nodes else self.tr(
            "Start with the KGI: Add child (Ctrl+N) creates it, then add KSFs and KPIs under it — "
            "or start from a phase preset with New tree from preset."))
        self.tools.show_warning(nodes)
        self.planner.refresh(self.evaluation)
        self._on_current_changed(self.view.currentIndex())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Narrow (1024 px): the panels go under the tree, so the tree's columns keep the whole width."""
        super().resizeEvent(event)
        wanted = Qt.Orientation.Vertical if self.width() < NARROW else Qt.Orientation.Horizontal
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
            self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        if self.split.orientation() == Qt.Orientation.Vertical:
            total = sum(self.split.sizes()) or 600
            self.split.setSizes([int(total * 0.45), int(total * 0.55)])
            return
        total = sum(self.split.sizes()) or 1220
        share = 0.38 if self.tabs.widget(index) is self.detail_tab else 0.56  # the planner's tables need room
        self.split.setSizes([int(total * (1 - share)), int(total * share)])

    def _on_refused(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_store_changed(self, change: Change) -> None:
        self.message.hide()
        if change.table in ("member", "*"):
            self._fill_members()
        self._coalescer.poke()

    def _on_current_changed(self, current: QModelIndex, *_: object) -> None:
        node_id = self.model.node_id(current)
        node = self.model.node(node_id) if node_id is not None else None
        result = self.model.result(node_id) if node_id is not None else None
        self.detail.show_node(node, result, self.current_period(), self.owners, self.member.currentData())

    def current_id(self) -> int | None:
        return self.model.node_id(self.view.currentIndex())

    def select(self, node_id: int | None, edit: bool = False) -> None:
        """Make a node current (after flushing a pending reload), optionally opening its title editor."""
        self._coalescer.flush()
        index = self.model.index_of(node_id) if node_id is not None else QModelIndex()
        if index.isValid():
            self.view.setCurrentIndex(index)
            if edit:
                self.view.edit(index)

    # ---- edits -----------------------------------------------------------------

    def _add(self, parent_id: int | None, position: int) -> None:
        parent = self.model.node(parent_id) if parent_id is not None else None
        kind = CHILD_KIND[parent.kind if parent else None]
        titles = {"kgi": self.tr("New KGI"), "ksf": self.tr("New KSF"), "kpi": self.tr("New KPI")}
        data = KpiNodeIn(parent_id=parent_id, kind=kind, title=titles[kind], position=position,
                         derive="product" if kind == "kgi" else "none")
        command = AddNodes(self.store, [(data, None)], self.tr("Add %1").replace("%1", term(kind)), position)
        self.context.undo.push(command)
        self.select(command.ids[0], edit=True)

    def add_child(self) -> None:
        parent_id = self.current_id()
        self._add(parent_id, len(self.model.siblings(parent_id)) if parent_id is not None else 0)

    def add_sibling(self) -> None:
        node_id = self.current_id()
        if node_id is None:
            self.add_child()
            return
        parent_id = self.model.node(node_id).parent_id
        self._add(parent_id, self.model.siblings(parent_id).index(node_id) + 1)

    def delete_current(self) -> None:
        node_id = self.current_id()
        if node_id is not None:
            title = self.model.node(node_id).title
            self.context.undo.push(DeleteNodes(self.store, [node_id], self.tr("Delete %1").replace("%1", title)))

    def _move(self, node_id: int, parent_id: int | None, position: int) -> None:
        self.context.undo.push(MoveNode(self.store, node_id, parent_id, position, self.tr("Move node")))
        self.select(node_id)

    def shift(self, step: int) -> None:
        node_id = self.current_id()
        if node_id is None:
            return
        parent_id = self.model.node(node_id).parent_id
        siblings = self.model.siblings(parent_id)
        position = siblings.index(node_id) + step
        if 0 <= position < len(siblings):
            self._move(node_id, parent_id, position)

    def indent(self) -> None:
        node_id = self.current_id()
        if node_id is None:
            return
        siblings = self.model.siblings(self.model.node(node_id).parent_id)
        row = siblings.index(node_id)
        if row > 0:
            new_parent = siblings[row - 1]
            self._move(node_id, new_parent, len(self.model.siblings(new_parent)))

    def outdent(self) -> None:
        node_id = self.current_id()
        parent = self.model.node(self.model.node(node_id).parent_id or 0) if node_id is not None else None
        if node_id is None or parent is None:
            return
        self._move(node_id, parent.parent_id, self.model.siblings(parent.parent_id).index(parent.id) + 1)

    # ---- page protocol ---------------------------------------------------------

    def prepare_screenshot(self) -> None:
        self._coalescer.flush()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            nodes = self.evaluation.nodes if self.evaluation else ()
            first_kpi = next((n.id for n in nodes if n.kind == "kpi" and n.metric and not n.rate), None)
            self.select(first_kpi)

    def apply_options(self, tab: str | None = None, node_id: int | None = None, **_: object) -> None:
        """navigate("tree", tab="planner", node_id=…) opens a tab and selects a node."""
        names = {"details": self.detail_tab, "planner": self.planner_tab, "drivers": self.drivers}
        if tab in names:
            self.tabs.setCurrentWidget(names[tab])
        self.select(node_id)

    def shutdown(self) -> None:
        self.context.signals.changed.disconnect(self._on_store_changed)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area
