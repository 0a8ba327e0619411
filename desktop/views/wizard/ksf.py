"""Wizard page 2: the KSFs — suggested success factors for the phase, ticked, plus the team's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget, QWizardPage

from desktop.kpi.phases import PRESETS, Phase
from desktop.kpi.setup import KSF_CODES
from desktop.models.tables import KpiNodeIn
from desktop.views.shell.context import AppContext
from desktop.views.wizard.entry_line import EntryLine
from desktop.views.wizard.undo import push_step

KSF_TITLES = {
    "activity_volume": QT_TRANSLATE_NOOP("KsfTitles", "Secure enough activity volume"),
    "process_established": QT_TRANSLATE_NOOP("KsfTitles", "Establish the sales process"),
    "lead_nurturing": QT_TRANSLATE_NOOP("KsfTitles", "Establish a lead-nurturing process"),
    "opportunity_rate_up": QT_TRANSLATE_NOOP("KsfTitles", "Raise the opportunity rate"),
    "script_optimised": QT_TRANSLATE_NOOP("KsfTitles", "Optimise the talk script"),
    "win_rate_up": QT_TRANSLATE_NOOP("KsfTitles", "Raise the win rate"),
    "customer_growth": QT_TRANSLATE_NOOP("KsfTitles", "Grow existing customers"),
}


def ksf_title(code: str) -> str:
    return QCoreApplication.translate("KsfTitles", KSF_TITLES[code])


def ksf_code(title: str) -> str | None:
    """The suggestion a KSF node came from (None for the team's own), in either language."""
    return next((c for c, t in KSF_TITLES.items() if title in (t, ksf_title(c))), None)


class KsfSetupPage(QWizardPage):
    """Ticked titles become KSF nodes under the KGI; unticked empty KSFs are removed."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("2. KSF: what must go right"))
        self.setSubTitle(self.tr("Tick the success factors the KGI depends on, or add your own."))
        self.list = QListWidget(objectName="ksf_list")
        self.custom = EntryLine(objectName="ksf_custom", placeholderText=self.tr("Your own success factor"))
        self.custom.returnPressed.connect(self._on_add)
        add = QPushButton(self.tr("&Add"), objectName="ksf_add")
        add.clicked.connect(self._on_add)
        self.message = QLabel(objectName="ksf_message", styleSheet="color: #c62828;")
        row = QHBoxLayout()
        row.addWidget(self.custom, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.custom, add)
        QWidget.setTabOrder(add, self.list)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        existing = [n.title for n in self.context.store.nodes() if n.kind == "ksf"]
        phase = Phase(self.context.store.domain_settings().phase)
        preferred = PRESETS[phase].ksf
        self.list.clear()
        for title in existing:
            self._add_item(title, True)
        for code in (*preferred, *(c for c in KSF_CODES if c not in preferred)):
            if ksf_title(code) not in existing:
                self._add_item(ksf_title(code), not existing and code in preferred)
        self.list.setCurrentRow(0)
        QTimer.singleShot(0, self.custom, self.custom.setFocus)  # after QWizard picks its own focus

    def _add_item(self, title: str, checked: bool) -> None:
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def titles(self) -> list[str]:
        """The ticked titles, in list order."""
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _on_add(self) -> None:
        title = self.custom.text().strip()
        shown = [self.list.item(i).text() for i in range(self.list.count())]
        if title and title not in shown:
            self._add_item(title, True)
        elif title:
            self.list.item(shown.index(title)).setCheckState(Qt.CheckState.Checked)
        self.custom.clear()
        self.custom.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self._on_add()
        wanted = self.titles()
        kgi = next((n for n in self.context.store.nodes() if n.kind == "kgi"), None)
        if kgi is None:
            self.message.setText(self.tr("Set the KGI on the first page first."))
            return False
        if not wanted:
            self.message.setText(self.tr("Tick at least one success factor."))
            return False
        self.message.clear()
        push_step(self.context, self.tr("Set up the KSFs"), lambda: self._save(kgi.id, wanted))
        return True

    def _save(self, kgi_id: int, wanted: list[str]) -> None:
        store = self.context.store
        nodes = store.nodes()
        ksfs = {n.title: n for n in nodes if n.kind == "ksf"}
        parents = {n.parent_id for n in nodes}
        doomed = [n.id for title, n in ksfs.items() if title not in wanted and n.id not in parents]
        if doomed:
            store.remove_nodes(doomed)
        for pos, title in enumerate(wanted):
            if title not in ksfs:
                store.add_node(KpiNodeIn(parent_id=kgi_id, kind="ksf", title=title, position=pos,
                                         description=self.tr("A success factor the KGI depends on")))
