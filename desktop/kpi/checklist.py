"""The article's 20-item implementation checklist, each item decided from data where data can.

`evaluate(facts)` turns a plain `ChecklistFacts` record (built by the Store) into
20 `ItemState`s. An item is met (True), not met (False) or ticked by hand (None,
with the hand tick in `facts.manual`). Reasons and fix targets are codes; the
views translate them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.kpi.periods import BusinessCalendar
from desktop.kpi.phases import PRESETS, Phase

RECENT_BUSINESS_DAYS = 7
WEEKLY_WINDOW_DAYS = 8
MONTHLY_WINDOW_DAYS = 35
QUARTERLY_WINDOW_DAYS = 100

GROUPS: tuple[str, ...] = ("kgi", "ksf", "kpi", "measurement", "dashboard", "pdca")


@dataclass(frozen=True)
class ChecklistFacts:
    """What the checklist needs to know, read from the database in one go."""

    today: date
    phase: str = Phase.LAUNCH.value
    kgi_metric: str | None = None  # None: no KGI node
    kgi_annual_target: bool = False
    kgi_quarterly_target: bool = False
    ksf_count: int = 0
    kgi_ksf_kpi_path: bool = False
    kpi_tiers: frozenset[str] = frozenset()
    kpi_count: int = 0
    smart_failing: tuple[str, ...] = ()  # titles of KPIs that fail a SMART letter
    last_data_day: date | None = None
    recent_start: date | None = None  # first day of the last RECENT_BUSINESS_DAYS business days
    live_start: date | None = None  # the previous business day: data this fresh is "live"
    quality_findings: int | None = None  # None: the quality check has not reported
    dashboard_nodes: int = 0
    dashboard_with_data: int = 0
    alert_rules: int = 0
    last_weekly: date | None = None
    last_monthly_with_actions: date | None = None
    last_quarterly: date | None = None
    manual: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemState:
    """One checklist line: met or not (None = ticked by hand), why not, and where to fix it."""

    code: str
    group: str
    met: bool | None
    reason: str | None
    fix: str  # a page name, or "wizard:N" for a setup wizard page
    detail: str = ""  # a number or names that go into the reason


Rule = Callable[[ChecklistFacts], tuple[bool, str | None, str]]


def _ok(cond: bool, reason: str, detail: str = "") -> tuple[bool, str | None, str]:
    return (True, None, "") if cond else (False, reason, detail)


def _kgi_goal(f: ChecklistFacts) -> tuple[bool, str | None, str]:
    if f.kgi_metric is None:
        return False, "no_kgi", ""
    return _ok(f.kgi_metric in ("revenue", "wins"), "kgi_not_final")


def _kgi_targets(f: ChecklistFacts) -> tuple[bool, str | None, str]:
    if f.kgi_metric is None:
        return False, "no_kgi", ""
    if not f.kgi_annual_target:
        return False, "no_annual_target", ""
    return _ok(f.kgi_quarterly_target, "no_quarterly_target")


def _tier(tier: str) -> Rule:
    return lambda f: _ok(tier in f.kpi_tiers, f"no_{tier}_kpi")


def _smart(f: ChecklistFacts) -> tuple[bool, str | None, str]:
    if f.kpi_count == 0:
        return False, "no_kpis", ""
    return _ok(not f.smart_failing, "smart_failing", "、".join(f.smart_failing[:3]))


def _count(f: ChecklistFacts) -> tuple[bool, str | None, str]:
    low, high = PRESETS[Phase(f.phase)].kpi_count
    detail = f"{f.kpi_count}/{low}-{high}"
    if f.kpi_count < low:
        return False, "too_few_kpis", detail
    return _ok(f.kpi_count <= high, "too_many_kpis", detail)


def _recent(f: ChecklistFacts) -> tuple[bool, str | None, str]:
    if f.last_data_day is None:
        return False, "no_data", ""
    fresh = f.recent_start is not None and f.last_data_day >= f.recent_start
    return _ok(fresh, "stale_data", f.last_data_day.isoformat())


def _quality(f: ChecklistFacts) -> tuple[bool, str | None, str]:
    if f.quality_findings is None:
        return False, "quality_not_run", ""
    if f.last_data_day is None:  # nothing to check is not a clean check
        return False, "quality_no_data", ""
    return _ok(f.quality_findings == 0, "quality_findings", str(f.quality_findings))


def _visual(f: ChecklistFacts) -> tuple[bool, str | None, str]:
    if f.dashboard_nodes == 0:
        return False, "no_dashboard", ""
    return _ok(f.dashboard_with_data > 0, "dashboard_no_data")


def _live(f: ChecklistFacts) -> tuple[bool, str | None, str]:
    if f.last_data_day is None:
        return False, "no_data", ""
    fresh = f.live_start is not None and f.last_data_day >= f.live_start
    return _ok(fresh, "not_live", f.last_data_day.isoformat())


def _within(day: date | None, today: date, days: int) -> bool:
    return day is not None and today - timedelta(days=days) <= day <= today


def _review(attr: str, days: int, reason: str) -> Rule:
    return lambda f: _ok(_within(getattr(f, attr), f.today, days), reason)


MANUAL = None
# (code, group, rule or MANUAL for a hand tick, fix target)
ITEMS: tuple[tuple[str, str, Rule | None, str], ...] = (
    ("kgi_goal", "kgi", _kgi_goal, "wizard:0"),
    ("kgi_targets", "kgi", _kgi_targets, "wizard:0"),
    ("ksf_listed", "ksf", lambda f: _ok(f.ksf_count > 0, "no_ksf"), "wizard:1"),
    ("kpi_tree", "ksf", lambda f: _ok(f.kgi_ksf_kpi_path, "no_tree_path"), "tree"),
    ("action_kpi", "kpi", _tier("action"), "wizard:2"),
    ("result_kpi", "kpi", _tier("result"), "wizard:2"),
    ("outcome_kpi", "kpi", _tier("outcome"), "wizard:2"),
    ("smart", "kpi", _smart, "tree"),
    ("kpi_count", "kpi", _count, "wizard:2"),
    ("tool_selected", "measurement", MANUAL, "settings"),
    ("tool_integration", "measurement", MANUAL, "settings"),
    ("auto_measurement", "measurement", _recent, "import"),
    ("quality_check", "measurement", _quality, "activities"),
    ("dashboard_design", "dashboard", lambda f: _ok(f.dashboard_nodes > 0, "no_dashboard"), "wizard:4"),
    ("visualization", "dashboard", _visual, "dashboard"),
    ("live_updates", "dashboard", _live, "activities"),
    ("alerts", "dashboard", lambda f: _ok(f.alert_rules > 0, "no_alert_rule"), "wizard:4"),
    ("weekly_review", "pdca", _review("last_weekly", WEEKLY_WINDOW_DAYS, "no_weekly_review"), "review"),
    ("monthly_cycle", "pdca",
     _review("last_monthly_with_actions", MONTHLY_WINDOW_DAYS, "no_monthly_review"), "review"),
    ("quarterly_review", "pdca", _review("last_quarterly", QUARTERLY_WINDOW_DAYS, "no_quarterly_review"),
     "review"),
)
MANUAL_CODES: tuple[str, ...] = tuple(code for code, _, rule, _ in ITEMS if rule is None)


def evaluate(facts: ChecklistFacts) -> list[ItemState]:
    """The 20 items in the article's order."""
    out = []
    for code, group, rule, fix in ITEMS:
        if rule is None:
            out.append(ItemState(code, group, None, None if facts.manual.get(code) else "manual", fix))
            continue
        met, reason, detail = rule(facts)
        out.append(ItemState(code, group, met, reason, fix, detail))
    return out


def is_done(item: ItemState, manual: dict[str, bool]) -> bool:
    """Met by data, or ticked by hand for the items no data can show."""
    return bool(manual.get(item.code)) if item.met is None else item.met


def business_days_back(calendar: BusinessCalendar, today: date, n: int) -> date:
    """The first of the last n business days up to and including today."""
    day, seen = today, 0
    for _ in range(n * 7 + 30):  # bounded even with a calendar full of holidays
        if calendar.is_business_day(day):
            seen += 1
            if seen == n:
                return day
        day -= timedelta(days=1)
    return day
