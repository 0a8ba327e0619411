"""Wizard page 5: the dashboard — which KPIs it shows, and alert rules with their thresholds."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizardPage

from desktop.kpi.alerts import DEFAULT_RULES
from desktop.kpi.metrics import is_rate
from desktop.kpi.phases import Phase
from desktop.models.tables import AlertRuleIn, TargetIn
from desktop.views.shell.context import AppContext
from desktop.views.wizard.rep_goals import RepGoals
from desktop.views.wizard.undo import push_step
from desktop.views.shell.text import fmt, metric_name

RATE_RULE, COUNT_RULE = "rate_below_baseline", "pace_below"


def rule_for(metric: str) -> str:
    return RATE_RULE if is_rate(metric) else COUNT_RULE


class DashboardSetupPage(QWizardPage):
    """Ticks set KpiNode.on_dashboard; alert ticks upsert AlertRule rows (unticked ones are disabled)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("5. Dashboard, alerts and per-rep goals"))
        self.setSubTitle(self.tr("Choose what the dashboard shows, and when KPI Desk should warn you."))
        self.table = QTableWidget(0, 4, objectName="dash_table")
        self.table.setHorizontalHeaderLabels([self.tr("On the dashboard"), self.tr("Metric"), self.tr("Alert"),
                                              self.tr("Alert below")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 260)
        note = QLabel(self.tr("Counts alert when their pace falls below the share of the target expected by "
                              "today; rates alert when they fall below that share of the team's own average."),
                      wordWrap=True, styleSheet="color: #5b6776;")
        self.rep_goals = RepGoals(context)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.rep_goals)
        self.node_ids: list[int] = []
        self.other_rules: list[AlertRuleIn] = []  # rules not about one node's metric (e.g. nothing logged by 11:00)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        store = self.context.store
        nodes = [n for n in store.nodes() if n.metric]
        rules = {(r.metric, r.condition): r for r in store.alert_rules() if r.member_id is None}
        self.node_ids = [n.id for n in nodes]
        self.other_rules = self._other_rules(rules, {(n.metric, rule_for(n.metric)) for n in nodes})
        self.table.setRowCount(len(nodes) + len(self.other_rules))
        chosen_before = any(n.on_dashboard for n in nodes if n.kind == "kpi")
        for row, node in enumerate(nodes):
            rule = rules.get((node.metric, rule_for(node.metric)))
            shown = node.on_dashboard or (node.kind == "kpi" and not chosen_before)  # new KPIs start on it
            self.table.setItem(row, 0, _check(node.title, shown))
            self.table.setItem(row, 1, _plain(metric_name(node.metric)))
            self.table.setItem(row, 2, _check("", rule.enabled if rule else True))
            spin = QDoubleSpinBox(minimum=10, maximum=100, decimals=0, suffix=" %", singleStep=5)
            spin.setValue(round((rule.threshold if rule else 0.8) * 100))
            self.table.setCellWidget(row, 3, spin)
        for row, rule in enumerate(self.other_rules, start=len(nodes)):
            self.table.setItem(row, 0, _plain(self.rule_text(rule)))
            self.table.setItem(row, 1, _plain(metric_name(rule.metric)))
            self.table.setItem(row, 2, _check("", rule.enabled))
            self.table.setItem(row, 3, _plain(""))
        self.rep_goals.load()
        QTimer.singleShot(0, self.table, self.table.setFocus)  # after QWizard picks its own focus

    def _other_rules(self, rules: dict, node_rules: set[tuple[str, str]]) -> list[AlertRuleIn]:  # noqa: ANN001
        """The team's other rules, or the phase's defaults where none is stored yet, listed so saving keeps them."""
        phase = Phase(self.context.store.domain_settings().phase)
        defaults = [AlertRuleIn(metric=m, condition=str(c), threshold=t, period_kind=p)
                    for m, c, t, p in DEFAULT_RULES[phase]]
        stored = [AlertRuleIn.model_validate(r.model_dump()) for r in rules.values()]
        seen, out = set(node_rules), []
        for rule in stored + defaults:
            if (rule.metric, rule.condition) not in seen:
                seen.add((rule.metric, rule.condition))
                out.append(rule)
        return out

    def rule_text(self, rule: AlertRuleIn) -> str:
        name = metric_name(rule.metric)
        texts = {"no_activity_by": fmt(self.tr("Nothing logged by %1:00"), f"{rule.threshold:.0f}"),
                 "rate_below_band": fmt(self.tr("%1 below the benchmark band"), name),
                 "rate_below_baseline": fmt(self.tr("%1 below %2 of the team's own average"), name,
                                            f"{rule.threshold * 100:.0f}%"),
                 "pace_below": fmt(self.tr("%1 pace below %2 of target"), name, f"{rule.threshold * 100:.0f}%")}
        return texts.get(rule.condition, name)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        shown, rules = self.choices()
        goals = self.rep_goals.rows()
        push_step(self.context, self.tr("Set up the dashboard and alerts"), lambda: self._save(shown, rules, goals))
        return True

    def choices(self) -> tuple[dict[int, bool], list[AlertRuleIn]]:
        """Which nodes the dashboard shows, and the alert rules ticked."""
        nodes = {n.id: n for n in self.context.store.nodes()}
        shown, rules = {}, []
        for row, node_id in enumerate(self.node_ids):
            node = nodes.get(node_id)
            if node is None:
                continue
            shown[node_id] = self.table.item(row, 0).checkState() == Qt.CheckState.Checked
            if self.table.item(row, 2).checkState() == Qt.CheckState.Checked:
                rules.append(AlertRuleIn(metric=node.metric, condition=rule_for(node.metric),
                                         threshold=self.table.cellWidget(row, 3).value() / 100))
        for row, rule in enumerate(self.other_rules, start=len(self.node_ids)):
            if self.table.item(row, 2).checkState() == Qt.CheckState.Checked:
                rules.append(rule)
        return shown, rules

    def _save(self, shown: dict[int, bool], rules: list[AlertRuleIn], goals: list[TargetIn]) -> None:
        store = self.context.store
        if goals:
            store.set_targets(goals)  # the reps' own goals (the others share what the team's leave)
        for node in store.nodes():
            if node.id in shown and node.on_dashboard != shown[node.id]:
                store.update_node(node.id, on_dashboard=shown[node.id])
        store.save_alert_rules(rules)


def _check(text: str, checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _plain(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
