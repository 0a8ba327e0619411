"""Chart colours and the chart panel's frame, without pyqtgraph (cards and placeholders use them too)."""

from __future__ import annotations

COLORS = {"primary": "#1f6feb", "muted": "#9aa7b8", "target": "#cf222e", "pace": "#8250df",
          "forecast": "#1f6feb", "band": (46, 160, 67, 40), "shade": (120, 130, 145, 28),
          "on_track": "#1a7f37", "at_risk": "#bf8700", "behind": "#cf222e", "no_target": "#6e7781", "no_data": "#6e7781",
          "legend": (255, 255, 255, 170)}  # behind a legend that a target line would strike through
PANEL_STYLE = "QFrame#chart { background: #ffffff; border: 1px solid #d9dee5; border-radius: 8px; }"
PLOT_MIN_HEIGHT = 112
