"""The tree page's tool row: node buttons, a new tree from a phase preset, export, and the KPI-count warning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktop.kpi.metrics import DEFAULT_TIER, Metric, Tier
from desktop.kpi.periods import Period
from desktop.kpi.phases import PRESETS, Phase, kpi_count_warning
from desktop.kpi.tree_eval import TreeEvaluation
from desktop.models.tables import KpiNode, KpiNodeIn
from desktop.views.shell.context import AppContext
from desktop.views.shell.icons import icon
from desktop.views.shell.text import fmt, metric_name, phase_name
from desktop.views.tree.commands import AddNodes
from desktop.views.tree.diagram import export_diagram
from desktop.views.shell.file_dialog import save_file_name

KSF_TITLES = {
    "process_established": QT_TRANSLATE_NOOP("TreeTools", "Establish the sales process"),
    "lead_nurturing": QT_TRANSLATE_NOOP("TreeTools", "Nurture leads"),
    "activity_volume": QT_TRANSLATE_NOOP("TreeTools", "Secure the activity volume"),
    "opportunity_rate_up": QT_TRANSLATE_NOOP("TreeTools", "Raise the opportunity rate"),
    "script_optimised": QT_TRANSLATE_NOOP("TreeTools", "Optimise the talk script"),
    "win_rate_up": QT_TRANSLATE_NOOP("TreeTools", "Raise the win rate"),
    "customer_growth": QT_TRANSLATE_NOOP("TreeTools", "Grow existing customers"),
}
BANNER = "padding: 8px 12px; border-radius: 6px; background: #fff4d6; color: #6b4a00;"


def preset_rows(phase: Phase) -> list[tuple[KpiNodeIn, int | None]]:
    """A KGI, the preset's KSFs and its KPIs (action KPIs under the first KSF, the rest under the last)."""
    preset = PRESETS[phase]
    title = QCoreApplication.translate("TreeTools", "Yearly revenue")
    about = QCoreApplication.translate("TreeTools", "The team's revenue for the fiscal year")
    rows: list[tuple[KpiNodeIn, int | None]] = [(KpiNodeIn(
        kind="kgi", title=title, metric=Metric.REVENUE, tier=Tier.OUTCOME, derive="product", description=about),
        None)]
    for i, code in enumerate(preset.ksf):
        ksf = QCoreApplication.translate("TreeTools", KSF_TITLES.get(code, code))
        rows.append((KpiNodeIn(kind="ksf", title=ksf, position=i), 0))
    for i, (metric, tier) in enumerate(preset.kpis):
        parent = 1 if tier == Tier.ACTION else len(preset.ksf)
        rows.append((KpiNodeIn(kind="kpi", title=metric_name(metric), metric=metric,
                               tier=tier or DEFAULT_TIER.get(metric), position=i), parent))
    return rows


class TreeTools(QWidget):
    """Buttons above the tree, and a banner when the KPI count is outside the phase's range.

    The page hands in what the tools read of it (the period shown, its evaluation) and how to select a
    node, so the tools know nothing of the page."""

    def __init__(self, context: AppContext, *, period: Callable[[], Period],
                 evaluation: Callable[[], TreeEvaluation | None], select: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._period, self._evaluation, self._select = period, evaluation, select
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self._buttons = 0
        self.row.addStretch(1)
        self.row.addWidget(self._menu_button("tree_preset", "tree", self.tr("New tree from preset"),
                                             self._preset_actions()))
        self.row.addWidget(self._menu_button("tree_export", "export", self.tr("Export diagram"),
                                             self._export_actions()))
        self.banner = QLabel(objectName="tree_banner", wordWrap=True, styleSheet=BANNER)
        self.banner.hide()

    def add_action_button(self, action: QAction) -> None:
        button = QToolButton(objectName=f"button_{action.objectName()}")
        button.setDefaultAction(action)
        self.row.insertWidget(self._buttons, button)
        self._buttons += 1

    def _menu_button(self, name: str, icon_name: str, text: str, actions: list[QAction]) -> QToolButton:
        button = QToolButton(objectName=name, text=text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addActions(actions)
        button.setMenu(menu)
        return button

    def _preset_actions(self) -> list[QAction]:
        actions = []
        for phase in Phase:
            action = QAction(phase_name(phase.value), self, objectName=f"preset_{phase.value}")
            action.triggered.connect(lambda _=False, p=phase: self.add_preset(p))
            actions.append(action)
        return actions

    def _export_actions(self) -> list[QAction]:
        png = QAction(self.tr("As PNG image…"), self, objectName="export_png")
        svg = QAction(self.tr("As SVG drawing…"), self, objectName="export_svg")
        png.triggered.connect(lambda: self._ask_export("png"))
        svg.triggered.connect(lambda: self._ask_export("svg"))
        return [png, svg]

    def add_preset(self, phase: Phase) -> list[int]:
        """Add the phase's tree as one undoable step; returns the new node ids."""
        command = AddNodes(self.context.store, preset_rows(phase), fmt(self.tr("New tree: %1"), phase_name(phase)))
        self.context.undo.push(command)
        self._select(command.ids[0])
        return command.ids

    def _ask_export(self, kind: str) -> None:
        folder = self.context.ui.value("tree/export_dir", str(Path.home()))
        name = fmt(self.tr("KPI tree_%1.%2"), self._period().label, kind)  # 「KPIツリー_2025-11.png」
        path, _ = save_file_name(self, self.tr("Export diagram"), str(Path(folder) / name),
                                 f"{kind.upper()} (*.{kind})")
        if path:
            self.context.ui.set("tree/export_dir", str(Path(path).parent))
            written = self.export(Path(path))
            self.banner.setText(fmt(self.tr("Wrote %1"), str(written)))
            self.banner.show()

    def export(self, path: Path) -> Path:
        """Draw the evaluated tree into a PNG or SVG file (by extension)."""
        nodes = self.context.store.nodes()
        return export_diagram(path, nodes, self._evaluation(), self._period().label)

    def show_warning(self, nodes: list[KpiNode]) -> None:
        """Warn when the number of KPIs is outside the current phase's recommended range."""
        phase = Phase(self.context.store.domain_settings().phase)
        n = sum(1 for node in nodes if node.kind == "kpi")
        code = kpi_count_warning(phase, n) if nodes else None
        low, high = PRESETS[phase].kpi_count
        if code is None:
            self.banner.hide()
            return
        head = self.tr("Too many KPIs") if code == "too_many" else self.tr("Too few KPIs")
        self.banner.setText(fmt(self.tr("<b>%1</b>: %2 KPIs; for the %3 the article recommends %4–%5. "
                                         "Keep KPIs to the necessary minimum: with fewer indicators everyone "
                                         "knows what to prioritise and the daily tracking stays light."),
                                head, n, phase_name(phase.value), low, high))
        self.banner.show()
