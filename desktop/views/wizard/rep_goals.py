"""担当者別の目標 in the wizard: one rep's own monthly goal for a count KPI, as the tree's node detail and
the planner write it (`target_row` with the member); the rest of the team shares what the team's target
leaves (`allocation.member_share`, the rule every screen reads)."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.kpi.allocation import member_share
from desktop.kpi.metrics import is_rate
from desktop.kpi.numbers import parse_amount
from desktop.kpi.periods import PeriodKind, fiscal_year, period_containing, split
from desktop.kpi.setup import current_fiscal_year
from desktop.models.tables import TargetIn
from desktop.views.shell.context import AppContext
from desktop.views.shell.text import count, fmt, metric_name
from desktop.views.tree.commands import target_row


class RepGoals(QWidget):
    """Choose a rep and a KPI, type their own goal a month, 設定; the list shows each goal and the others' share."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.goals: dict[tuple[int, int], int] = {}  # (member id, node id) → own goal a month
        self.member = QComboBox(objectName="rep_goal_member")
        self.kpi = QComboBox(objectName="rep_goal_kpi")
        self.value = QLineEdit(objectName="rep_goal_value", placeholderText=self.tr("a month, e.g. 2,400"))
        self.value.returnPressed.connect(self.set_goal)
        add = QPushButton(self.tr("Set goal"), objectName="rep_goal_set", clicked=self.set_goal)
        remove = QPushButton(self.tr("Remove"), objectName="rep_goal_remove", clicked=self._remove)
        self.list = QListWidget(objectName="rep_goal_list", maximumHeight=64)
        self.message = QLabel(objectName="rep_goal_message", wordWrap=True)
        row = QHBoxLayout()
        for w in (self.member, self.kpi, self.value, add, remove):
            row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Per-rep goals (optional): a rep's own goal a month; the other reps "
                                        "share what the team's target leaves."), wordWrap=True))
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.message)

    def load(self) -> None:
        """The active members, the count KPIs, and the goals already stored for this month."""
        store = self.context.store
        self.member.clear()
        for m in store.members(active_only=True):
            self.member.addItem(m.name, m.id)
        self.kpi.clear()
        for n in store.nodes():
            if n.kind == "kpi" and n.metric and not is_rate(n.metric):
                self.kpi.addItem(n.title, n.id)
        month = self._month()
        kpis = {self.kpi.itemData(i) for i in range(self.kpi.count())}
        self.goals = {(t.member_id, t.node_id): int(t.value) for t in store.targets(period_kind="month")
                      if t.member_id is not None and t.node_id in kpis and t.period_start == month.start}
        self._show()

    def _month(self):  # noqa: ANN202 - Period
        return period_containing(PeriodKind.MONTH, self._today())

    def _today(self) -> date:
        return self.context.extras.get("today", date.today)()

    def set_goal(self) -> None:
        value = parse_amount(self.value.text().strip())
        if self.member.currentData() is None or self.kpi.currentData() is None:
            self.message.setText(self.tr("Add members and a count KPI first."))
            return
        if value is None or value < 0:
            self.message.setText(fmt(self.tr("Not a goal: %1"), self.value.text()))
            return
        self.goals[(self.member.currentData(), self.kpi.currentData())] = int(value)
        self.value.clear()
        self._show()

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.goals.pop(item.data(Qt.ItemDataRole.UserRole), None)
            self._show()

    def _show(self) -> None:
        store = self.context.store
        names = {self.member.itemData(i): self.member.itemText(i) for i in range(self.member.count())}
        nodes = {n.id: n for n in store.nodes()}
        self.list.clear()
        for (member_id, node_id), value in sorted(self.goals.items()):
            node = nodes.get(node_id)
            if node is None or member_id not in names:
                continue
            self.list.addItem(fmt(self.tr("%1 · %2: %3 a month"), names[member_id], node.title, count(value)))
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, (member_id, node_id))
        self.message.setText(self._others_text(nodes, names))

    def _others_text(self, nodes: dict, names: dict[int, str]) -> str:  # noqa: ANN001
        """What each other rep is left with this month for the KPI chosen (the same rule the tree reads)."""
        node = nodes.get(self.kpi.currentData())
        if node is None:
            return ""
        store = self.context.store
        team = store.target_for(node.metric, self._month(), None, node.id)
        reps = store.rep_ids()
        own = {m: Fraction(v) for (m, n), v in self.goals.items() if n == node.id}
        others = [m for m in reps if m not in own]
        if team is None or not own or not others:
            return ""
        share = member_share(Fraction(str(team)), own, others[0], reps)
        return fmt(self.tr("%1 this month: team %2; each of the other %3 reps %4."), metric_name(node.metric),
                   count(team), len(others), count(float(share.value)))

    def rows(self) -> list[TargetIn]:
        """Each goal as the rep's own target for every month of this fiscal year."""
        store = self.context.store
        fsm = store.domain_settings().fiscal_start_month
        year = fiscal_year(current_fiscal_year(self._today(), fsm), fsm)
        nodes = {n.id: n for n in store.nodes()}
        return [target_row(node_id, nodes[node_id].metric, PeriodKind.MONTH, month.start, float(value), member_id)
                for (member_id, node_id), value in sorted(self.goals.items()) if node_id in nodes
                for month in split(year, PeriodKind.MONTH, fsm)]
