"""The words of the one analysis (kpi.tree_eval's bottleneck rule, kpi.sensitivity's levers), said the
same on the KPI tree and on the dashboard: the bottleneck, the lever that pays most, in one line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.kpi.sensitivity import sensitivity
from desktop.kpi.tree_eval import TreeEvaluation
from desktop.views.shell.text import fmt, metric_name, percent, yen


def bottleneck_text(evaluation: TreeEvaluation) -> str:
    """The bottleneck (with its benchmark band), or why there is none."""
    link = next((lk for lk in evaluation.links if lk.code == evaluation.bottleneck), None)
    if all(lk.target is None for lk in evaluation.links):
        return QCoreApplication.translate("DriverPanel", "No rate has a target yet: set rate targets (or write a "
                                          "plan from the backward planner) to find the bottleneck.")
    if link is None:
        return QCoreApplication.translate("DriverPanel", "No bottleneck: every rate with a target meets it.")
    text = fmt(QCoreApplication.translate("DriverPanel", "Bottleneck: %1 is %2 against a target of %3."),
               metric_name(link.code), percent(link.actual), percent(link.target))
    if link.below_band and link.band is not None:
        text += " " + fmt(QCoreApplication.translate("DriverPanel", "It is also below the benchmark band (%1–%2)."),
                          percent(link.band.low, 0), percent(link.band.high, 0))
    return text


def lever_rows(evaluation: TreeEvaluation) -> list[tuple[str, str, str]]:
    """(+1 pt on, what it adds this period, the same in calls a day) per lever, the best first."""
    drivers = evaluation.drivers
    rows = []
    for lever in sensitivity(drivers) if drivers is not None else []:
        money = (f"+{yen(lever.revenue)}" if lever.revenue is not None else
                 fmt(QCoreApplication.translate("DriverPanel", "+%1 wins"), f"{lever.wins:.1f}"))
        rate = (fmt(QCoreApplication.translate("DriverPanel", "%1 (now %2)"), metric_name(lever.rate),
                    percent(lever.current))
                if lever.current is not None else  # the target stands in: never called "now"
                fmt(QCoreApplication.translate("DriverPanel", "%1 (no data yet; target %2)"), metric_name(lever.rate),
                    percent(drivers.rates[lever.rate])))
        rows.append((rate, money, fmt(QCoreApplication.translate("DriverPanel", "%1 calls a day"),
                                      f"{lever.calls_per_day:,.1f}")))
    return rows


def findings_line(evaluation: TreeEvaluation) -> str:
    """One line: the bottleneck and the lever that pays most."""
    parts = [bottleneck_text(evaluation)]
    levers = lever_rows(evaluation)
    if levers:
        parts.append(fmt(QCoreApplication.translate("DriverPanel", "Best lever: +1 pt %1 ≈ %2 (as much as %3)."),
                         *levers[0]))
    return "  ".join(parts)
