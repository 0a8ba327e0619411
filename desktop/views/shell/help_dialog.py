"""「はじめに」: first steps in the app itself, one short section per page; F1 opens the page's section."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.views.shell.pages import PAGES


SECTIONS: dict[str, str] = {
    "welcome": QT_TRANSLATE_NOOP("HelpDialog", "Start with the setup wizard: the KGI (the year's goal), the KSFs that decide it, and the "
        "KPIs worked back from it down to calls a day. Already keep Excel trackers? Import them "
        "first and the targets start from your own history. The demo shows everything on a "
        "year of made-up data."),
    "dashboard": QT_TRANSLATE_NOOP("HelpDialog", "The cards show each KPI against its target and pace (on track, at risk, behind); the "
        "charts follow the period and rep you choose. Click a bar to see the activities behind "
        "it. Alerts appear once there is history to judge."),
    "activities": QT_TRANSLATE_NOOP("HelpDialog", "記録: one key per call outcome (1 不在 … 6 資料送付), Ctrl+Z undoes. 日次集計: type or "
        "paste the day's counts per rep. 活動一覧: every activity, filtered and edited in place."),
    "tree": QT_TRANSLATE_NOOP("HelpDialog", "The KGI → KSF → KPI tree with each node's target, actual and pace. The 逆算 planner works "
        "the yearly goal back to a day's calls and writes the targets into the tree in one step."),
    "import": QT_TRANSLATE_NOOP("HelpDialog", "Drop Excel or CSV trackers: the preview shows how each sheet is read and which rows are "
        "skipped and why. Nothing is stored until you import, and every import can be undone."),
    "review": QT_TRANSLATE_NOOP("HelpDialog", "Weekly: the week's numbers, what went wrong and the actions. Monthly: what each action "
        "changed. Quarterly: keep, replace or retire each KPI and set the next targets. Export "
        "the report as Excel or PDF."),
    "checklist": QT_TRANSLATE_NOOP("HelpDialog", "The article's 20 points, judged from your data, each with a button to where it is "
        "fixed."),
    "settings": QT_TRANSLATE_NOOP("HelpDialog", "Fiscal-year start, phase, business days, company holidays, "
                                                "pace thresholds and language."),
}


class HelpDialog(QDialog):
    """One scrolling text, a heading per page; `show_section` scrolls to one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="help_dialog")
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(640, 560)
        self.text = QTextBrowser(objectName="help_text")
        self.text.setOpenLinks(False)
        parts = [f"<h2>{escape(self.tr('Getting started'))}</h2>"]
        for spec in PAGES:
            title = escape(QCoreApplication.translate("Pages", spec.title))
            parts.append(f'<h3><a name="{spec.name}"></a>{title}</h3><p>{escape(self.tr(SECTIONS[spec.name]))}</p>')
        parts.append(f"<p><i>{escape(self.tr('F1 on any page opens its part of this text.'))}</i></p>")
        self.text.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def show_section(self, page: str) -> None:
        self.text.scrollToAnchor(page)
        self.section = page
