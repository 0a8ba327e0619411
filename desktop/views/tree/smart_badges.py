"""Five S M A R T badges for one KPI: green when the check passes, the reason in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.kpi.smart import SmartCheck

LETTERS = {
    "S": QT_TRANSLATE_NOOP("SmartBadges", "Specific"),
    "M": QT_TRANSLATE_NOOP("SmartBadges", "Measurable"),
    "A": QT_TRANSLATE_NOOP("SmartBadges", "Achievable"),
    "R": QT_TRANSLATE_NOOP("SmartBadges", "Relevant"),
    "T": QT_TRANSLATE_NOOP("SmartBadges", "Time-bound"),
}
REASONS = {
    "no_title": QT_TRANSLATE_NOOP("SmartBadges", "The KPI has no title."),
    "no_metric": QT_TRANSLATE_NOOP("SmartBadges", "No metric is chosen, so nothing can be counted."),
    "title_vague": QT_TRANSLATE_NOOP("SmartBadges", "The title states a direction but no number."),
    "no_description": QT_TRANSLATE_NOOP("SmartBadges", "Describe what exactly is counted and by whom."),
    "no_data": QT_TRANSLATE_NOOP("SmartBadges", "No activity has been logged for this metric yet."),
    "no_target": QT_TRANSLATE_NOOP("SmartBadges", "There is no target for this period."),
    "no_history": QT_TRANSLATE_NOOP("SmartBadges", "No own history to judge the target against yet."),
    "target_above_history": QT_TRANSLATE_NOOP(
        "SmartBadges", "The target is more than 1.5 times the team's own last period."),
    "no_kgi_path": QT_TRANSLATE_NOOP("SmartBadges", "The KPI is not connected to a KGI."),
    "no_period": QT_TRANSLATE_NOOP("SmartBadges", "The target has no period (month, week …)."),
    "bad_period": QT_TRANSLATE_NOOP("SmartBadges", "The target's period is not one the app knows."),
}
OK_STYLE = "background:#e6f4ea; color:#1a7f37; border:1px solid #9bd3ae;"
BAD_STYLE = "background:#fde7e9; color:#cf222e; border:1px solid #f1a7ae;"
BADGE_CSS = "QLabel {{ {} border-radius: 11px; font-weight: 700; min-width: 22px; max-width: 22px; " \
            "min-height: 22px; max-height: 22px; qproperty-alignment: AlignCenter; }}"


def _t(text: str) -> str:
    return QCoreApplication.translate("SmartBadges", text)


class SmartBadges(QWidget):
    """The lint's five checks as coloured letters, and a suggested SMART wording below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badges: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for letter in LETTERS:
            badge = QLabel(letter, objectName=f"smart_{letter}")
            self.badges[letter] = badge
            row.addWidget(badge)
        self.summary = QLabel(objectName="smart_summary")
        row.addWidget(self.summary)
        row.addStretch(1)
        self.suggestion = QLabel(objectName="smart_suggestion", wordWrap=True)
        self.suggestion.setStyleSheet("color:#0b5cad;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.suggestion)

    def show_checks(self, checks: tuple[SmartCheck, ...], suggestion: str = "",
                    details: dict[str, str] | None = None) -> None:
        """Colour each letter and put its name, reason (and the numbers behind it) in the tooltip."""
        for check in checks:
            badge = self.badges[check.letter]
            badge.setStyleSheet(BADGE_CSS.format(OK_STYLE if check.ok else BAD_STYLE))
            reason = self.tr("OK") if check.ok else _t(REASONS.get(check.reason or "", check.reason or ""))
            extra = (details or {}).get(check.letter, "") if not check.ok else ""
            badge.setToolTip(f"<b>{check.letter} — {_t(LETTERS[check.letter])}</b><br>{reason}"
                             + (f"<br>{extra}" if extra else ""))
        passed = sum(c.ok for c in checks)
        self.summary.setText(self.tr("%1 of 5 SMART checks pass").replace("%1", str(passed)))
        self.suggestion.setText(suggestion)
        self.suggestion.setVisible(bool(suggestion))

    def tooltip(self, letter: str) -> str:
        return self.badges[letter].toolTip()
