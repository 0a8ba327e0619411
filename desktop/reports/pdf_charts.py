"""The PDF report's charts as layout ops (no Qt): burn-up, funnel and daily calls, side by side."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop.reports.pdf_layout import MUTED, RULE, SMALL, Block, Box, Line, Measure, Op, Text, elide, line_height

PRIMARY, PACE, FORECAST, TARGET, BAR, BAR_OFF = "#2f6db5", "#8a96a8", "#e08a1e", "#c0392b", "#4f81bd", "#c9d3e0"
Fmt = Callable[[float], str]


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """0 and round steps up to at least `top` (1, 2, 2.5, 5 × 10ⁿ), whole numbers for counts."""
    top = max(top, 1.0)
    raw = top / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    step = max(step, 1.0)
    return [step * n for n in range(int(math.ceil(top / step - 1e-9)) + 1)]


@dataclass
class Legend:
    label: str
    color: str
    dashed: bool = False


@dataclass
class Panel:
    """One chart: a title, y values on nice ticks, x labels (every n-th shown)."""

    title: str
    labels: list[str]
    fmt: Fmt
    bars: list[float] = field(default_factory=list)
    bar_colors: list[str] = field(default_factory=list)
    lines: list[tuple[list[float], str, bool]] = field(default_factory=list)  # (values, color, dashed)
    level: tuple[float, str] | None = None  # a horizontal target line: (value, label)
    legend: list[Legend] = field(default_factory=list)
    horizontal: bool = False  # funnel: one bar a row, the label left, the count right

    def top(self) -> float:
        values = [v for v in self.bars] + [v for vals, _c, _d in self.lines for v in vals if not math.isnan(v)]
        if self.level:
            values.append(self.level[0])
        return max(values + [0.0])

    def draw(self, x: float, y: float, w: float, h: float, measure: Measure) -> list[Op]:
        ops: list[Op] = [Text(x, y, elide(self.title, w, SMALL + 1.5, True, measure), SMALL + 1.5, True, width=w)]
        y += line_height(SMALL + 1.5) + 2
        if self.legend:
            ops += self._legend(x, y, w, measure)
            y += line_height(SMALL) + 2
        h = y + h
        return ops + (self._rows(x, y, w, h - y, measure) if self.horizontal else self._plot(x, y, w, h - y, measure))

    def _legend(self, x: float, y: float, w: float, measure: Measure) -> list[Op]:
        ops: list[Op] = []
        for item in self.legend:
            ops.append(Line(((x, y + 5), (x + 14, y + 5)), item.color, 2.0, item.dashed))
            ops.append(Text(x + 17, y, item.label, SMALL, color=MUTED, width=w))
            x += 24 + measure(item.label, SMALL, False)
        return ops

    def _plot(self, x: float, y: float, w: float, h: float, measure: Measure) -> list[Op]:
        ticks = nice_ticks(self.top())
        axis_w = max(measure(self.fmt(t), SMALL, False) for t in ticks) + 4
        px, pw, ph = x + axis_w, w - axis_w, h - line_height(SMALL) - 2
        scale = ph / ticks[-1]
        ops: list[Op] = []
        for t in ticks:
            ty = y + ph - t * scale
            ops.append(Line(((px, ty), (px + pw, ty)), RULE, 0.3))
            ops.append(Text(x, ty - SMALL * 0.7, self.fmt(t), SMALL, color=MUTED, width=axis_w - 3, align="right"))
        n = max(len(self.labels), 1)
        slot = pw / n
        for i, v in enumerate(self.bars):
            bh = v * scale
            color = self.bar_colors[i] if i < len(self.bar_colors) else BAR
            ops.append(Box(px + i * slot + slot * 0.15, y + ph - bh, slot * 0.7, bh, fill=color))
        for values, color, dashed in self.lines:
            ops += _polyline(values, lambda i: px + (i + 0.5) * slot, lambda v: y + ph - v * scale, color, dashed)
        if self.level:
            ly = y + ph - self.level[0] * scale
            ops.append(Line(((px, ly), (px + pw, ly)), TARGET, 1.0, True))
            ops.append(Text(px, ly - line_height(SMALL), self.level[1], SMALL, color=TARGET, width=pw, align="right"))
        every = max(1, math.ceil(n * measure("00/00", SMALL, False) * 1.4 / pw))
        for i, label in enumerate(self.labels):
            if i % every == 0:
                lw = measure(label, SMALL, False) + 4
                ops.append(Text(px + (i + 0.5) * slot - lw / 2, y + ph + 2, label, SMALL, color=MUTED, width=lw,
                                align="center"))
        ops.append(Line(((px, y), (px, y + ph), (px + pw, y + ph)), MUTED, 0.6))
        return ops

    def _rows(self, x: float, y: float, w: float, h: float, measure: Measure) -> list[Op]:
        label_w = max([measure(t, SMALL + 1, False) for t in self.labels] + [0]) + 6
        value_w = max([measure(self.fmt(v), SMALL + 1, True) for v in self.bars] + [0]) + 6
        slot = h / max(len(self.bars), 1)
        top = max(self.bars + [1.0])
        ops: list[Op] = []
        for i, (label, v) in enumerate(zip(self.labels, self.bars, strict=True)):
            ry = y + i * slot
            bw = (w - label_w - value_w) * v / top
            ops.append(Text(x, ry + slot * 0.2, label, SMALL + 1, width=label_w - 6))
            ops.append(Box(x + label_w, ry + slot * 0.15, max(bw, 0.5), slot * 0.7,
                           fill=self.bar_colors[i] if i < len(self.bar_colors) else BAR))
            ops.append(Text(x + label_w + bw + 4, ry + slot * 0.2, self.fmt(v), SMALL + 1, True, width=value_w))
        return ops


def _polyline(values: Sequence[float], fx: Callable[[int], float], fy: Callable[[float], float],
              color: str, dashed: bool) -> list[Op]:
    """One Line per run of numbers (NaN breaks it: no actual after today)."""
    runs: list[list[tuple[float, float]]] = [[]]
    for i, v in enumerate(values):
        if math.isnan(v):
            runs.append([])
        else:
            runs[-1].append((fx(i), fy(v)))
    ops: list[Op] = []
    for run in runs:
        if len(run) == 1:
            (cx, cy), = run
            ops.append(Box(cx - 2, cy - 2, 4, 4, fill=color))
        elif run:
            ops.append(Line(tuple(run), color, 1.6, dashed))
    return ops


@dataclass
class ChartRow(Block):
    """Charts side by side across the page's width."""

    panels: list[Panel]
    chart_height: float = 165.0
    gap: float = 22.0

    def height(self, width: float, measure: Measure) -> float:
        return self.chart_height + 2 * line_height(SMALL + 1.5) + 10

    def draw(self, x: float, y: float, width: float, measure: Measure) -> list[Op]:
        n = len(self.panels)
        w = (width - self.gap * (n - 1)) / n
        ops: list[Op] = []
        for i, panel in enumerate(self.panels):
            ops += panel.draw(x + i * (w + self.gap), y, w, self.chart_height, measure)
        return ops


__all__ = ["BAR", "BAR_OFF", "FORECAST", "PACE", "PRIMARY", "TARGET", "ChartRow", "Legend", "Panel", "nice_ticks"]
