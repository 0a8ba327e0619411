"""One KPI card: actual, target, attainment, a pace-status colour and a sparkline."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.kpi.dashboard import Card
from desktop.kpi.metrics import is_rate
from desktop.views.dashboard.chart_style import COLORS
from desktop.views.shell.elided_label import ElidedLabel
from desktop.views.dashboard.sparkline import Sparkline
from desktop.views.shell.text import count, fmt, formula, metric_name, percent, status_name, yen

CARD_STYLE = """
QFrame#kpi_card {{ background: #ffffff; border: 1px solid #d9dee5; border-left: 5px solid {color};
                   border-radius: 8px; }}
QLabel {{ border: none; }}
"""

CARD_MIN_WIDTH = 170


def value_text(metric: str, value: float | None) -> str:
    """A metric value as people read it: ¥ for revenue, % for rates, a count otherwise."""
    if is_rate(metric):
        return percent(value)
    return yen(value) if metric == "revenue" else count(value)


class KpiCard(QFrame):
    """Shows one `Card`; `show_card` updates it in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="kpi_card")
        self.card: Card | None = None
        self._color = ""
        self.title = ElidedLabel()  # a KPI's own title can be long: "…" and the whole of it in the tooltip
        self.title.setStyleSheet("color: #44505e; font-size: 12px;")
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 20px; font-weight: 700; color: #13233a;")
        self.target = ElidedLabel()  # 「目標 ¥2,857,143（達成率 0%）」: "…" in a narrow card, whole in the tooltip
        self.target.setStyleSheet("color: #5b6776; font-size: 11px;")
        self.status = QLabel()
        self.spark = Sparkline()
        self.spark.setFixedHeight(24)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.value)
        layout.addWidget(self.target)
        layout.addWidget(self.spark)
        self.setMinimumWidth(CARD_MIN_WIDTH)

    def show_card(self, card: Card) -> None:
        if self.card is not None and repr(card) == repr(self.card):
            return  # unchanged: keep the cached drawing
        self.card = card
        color = COLORS.get(card.status, COLORS["no_target"])
        if self._color != color:  # restyling costs ~1 ms a card: only when the status changes
            self._color = color
            self.setStyleSheet(CARD_STYLE.format(color=color))
            self.status.setStyleSheet(f"color: white; background: {color}; border-radius: 8px; padding: 1px 7px;"
                                      "font-size: 11px;")
        self.title.setText(card.title or metric_name(card.metric))
        self.value.setText(value_text(card.metric, card.actual))
        self.status.setText(status_name(card.status))
        if card.target is None:
            self.target.setText(self.tr("No target set"))
        else:
            self.target.setText(fmt(self.tr("Target %1 (%2)"), value_text(card.metric, card.target),
                                    percent(card.attainment, 0)))
        self.spark.set_values(card.spark, color)
        self.setToolTip(self._tooltip(card))

    def _tooltip(self, card: Card) -> str:
        lines = [card.title or metric_name(card.metric),  # the title may be cut short on the card
                 fmt(self.tr("Actual: %1"), value_text(card.metric, card.actual)),
                 fmt(self.tr("Target: %1"), value_text(card.metric, card.target))]
        if card.expected is not None:
            lines.append(fmt(self.tr("Expected by today: %1"), value_text(card.metric, card.expected)))
        if formula(card.metric):
            lines.append(formula(card.metric))  # 継続率: how it is computed
        return "\n".join(lines)
