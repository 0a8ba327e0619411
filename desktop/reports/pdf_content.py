"""What the PDF report says, as layout blocks (no Qt): header, KPI table, charts, funnel, members, review."""

from __future__ import annotations

import math

from desktop.kpi.metrics import FUNNEL, is_rate
from desktop.kpi.numbers import figure
from desktop.reports.cells import clean_text
from desktop.reports.labels import word
from desktop.reports.pdf_charts import BAR, BAR_OFF, FORECAST, PACE, PRIMARY, TARGET, ChartRow, Legend, Panel
from desktop.reports.pdf_layout import MUTED, Block, Frame, Heading, Paragraph, Table
from desktop.reports.report_data import ReportData

MEMBER_CODES = ["calls", "connects", "appointments", "opportunities", "wins", "connect_rate", "appointment_rate"]
TEAM_NAMES_SHOWN = 3


def value(metric: str, v: float | None, lang: str, unit: bool = True) -> str:
    """A number with its unit: ¥ for money, % for rates, 件 for counts (Japanese)."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if is_rate(metric):
        return f"{v * 100:.1f}%"
    if metric == "revenue":
        return f"¥{figure(v)}" if unit else figure(v)
    return f"{figure(v)}{word('unit_count', lang)}" if unit else figure(v)


def unit_of(metric: str, lang: str) -> str:
    return "%" if is_rate(metric) else "¥" if metric == "revenue" else word("unit_count", lang)


def _t(text: object) -> str:
    return clean_text(str(text))


def frame(data: ReportData, lang: str) -> Frame:
    """The page header: the report and its period with dates, the team; the footer: when made."""
    names = data.members[:TEAM_NAMES_SHOWN]
    team = "、".join(_t(n) for n in names)
    if len(data.members) > TEAM_NAMES_SHOWN:
        team += word("and_more", lang).replace("%1", str(len(data.members) - TEAM_NAMES_SHOWN))
    team = f"{word('team', lang)}: {team} ({word('people', lang).replace('%1', str(len(data.members)))})"
    title = f"{word(data.kind, lang)}  {data.period}  ({data.start.isoformat()} – {data.end.isoformat()})"
    return Frame(title, team if data.members else f"{word('team', lang)}: —",
                 f"KPI Desk · {word('made_on', lang)}: {data.today.isoformat()}")


def _kpis(data: ReportData, lang: str) -> Table:
    rows = [[_t(k["title"]), word(k["metric"], lang), value(k["metric"], k.get("target"), lang),
             value(k["metric"], k.get("actual"), lang), value(k["metric"], k.get("expected"), lang),
             value("connect_rate", k.get("pace_ratio"), lang), word(k.get("status"), lang)]
            for k in data.snapshot.get("kpis", [])]
    head = [word(k, lang) for k in ("kpi", "metric", "target", "actual", "expected", "pace", "status")]
    return Table(head, rows or [[word("no_kpis", lang)] + [""] * 6], [False, False, True, True, True, True, False])


def _members(data: ReportData, lang: str) -> Table:
    rows = [[_t(r["member"])] + [value(c, r.get(c), lang, unit=False) for c in MEMBER_CODES]
            for r in data.snapshot.get("members", [])]
    head = [word("member", lang)] + [f"{word(c, lang)} ({unit_of(c, lang)})" for c in MEMBER_CODES]
    return Table(head, rows or [[word("no_data", lang)] + [""] * len(MEMBER_CODES)], [False] + [True] * len(MEMBER_CODES))


def _funnel_table(data: ReportData, lang: str) -> Table:
    funnel = data.snapshot.get("funnel", {})
    rates = data.snapshot.get("rates", {})
    steps = [m.value for m in FUNNEL]
    rate_of = {"connects": "connect_rate", "appointments": "appointment_rate",
               "opportunities": "opportunity_rate", "wins": "win_rate"}
    rows = [[word(s, lang), value(s, funnel.get(s, 0), lang),
             value(rate_of[s], rates.get(rate_of[s]), lang) if s in rate_of else "—"] for s in steps]
    return Table([word("step", lang), word("count", lang), word("step_rate", lang)], rows, [False, True, True])


def _notes(data: ReportData, lang: str) -> list[Block]:
    if data.review_held_on is None:
        return [Paragraph(word("no_review", lang), color=MUTED)]
    rows = [[word(n["decision"] or n["kind"], lang), _t(n["text"]), _t(n["owner"]),
             n["due"].isoformat() if n["due"] else "", word(n["metric"], lang), word(n["status"], lang)]
            for n in data.findings + data.actions]
    head = [word(k, lang) for k in ("step", "text", "owner", "due", "metric", "status")]
    return [Paragraph(f"{word('held_on', lang)}: {data.review_held_on.isoformat()}"),
            Table(head, rows or [["", word("none", lang), "", "", "", ""]], wrap_col=1)]


def _day_labels(data: ReportData) -> list[str]:
    return [f"{d.month}/{d.day}" for d in data.days]


def charts(data: ReportData, lang: str) -> ChartRow:
    """Burn-up of calls, the funnel, calls per day (closed days greyed, the daily target dashed)."""
    def count(v: float) -> str:
        return figure(v)

    b = data.burnup
    burn = Panel(f"{word('chart_burnup', lang)} ({word('unit_count', lang) or word('calls', lang)})",
                 _day_labels(data), count,
                 lines=[(b.pace, PACE, True), (b.forecast, FORECAST, True), (b.actual, PRIMARY, False)] if b else [],
                 level=(b.target, f"{word('target', lang)} {figure(b.target)}") if b and b.target else None,
                 legend=[Legend(word("actual", lang), PRIMARY), Legend(word("pace_line", lang), PACE, True),
                         Legend(word("forecast", lang), FORECAST, True)])
    funnel = data.snapshot.get("funnel", {})
    steps = [m.value for m in FUNNEL]
    fun = Panel(word("chart_funnel", lang), [word(s, lang) for s in steps],
                lambda v: value("calls", v, lang), bars=[float(funnel.get(s, 0)) for s in steps], horizontal=True)
    daily = [0.0 if math.isnan(v) else v for v in data.daily_calls]
    per_day = Panel(f"{word('chart_daily', lang)} ({word('unit_count', lang) or word('calls', lang)})",
                    _day_labels(data), count, bars=daily,
                    bar_colors=[BAR if open_ else BAR_OFF for open_ in data.business],
                    legend=[Legend(word("calls", lang), BAR), Legend(word("daily_target", lang), TARGET, True)],
                    level=(data.daily_target, f"{word('daily_target', lang)} {figure(data.daily_target)}")
                    if data.daily_target else None)
    return ChartRow([burn, fun, per_day])


def report_blocks(data: ReportData, lang: str = "ja") -> list[Block]:
    """The report top to bottom; `pdf_layout.paginate` places it on pages."""
    neck = word(data.snapshot.get("bottleneck"), lang) or word("none", lang)
    summary = (f"{word('bottleneck', lang)}: {neck}    {word('open_alerts', lang)}: "
               f"{data.snapshot.get('open_alerts', 0)}{word('unit_count', lang)}")
    return [Heading(f"{word(data.kind, lang)} {data.period}", 15.0), Paragraph(summary),
            Heading(word("sheet_summary", lang)), _kpis(data, lang),
            Heading(word("charts", lang)), charts(data, lang),
            Heading(word("sheet_funnel", lang)), _funnel_table(data, lang),
            Heading(word("sheet_members", lang)), _members(data, lang),
            Heading(word("sheet_review", lang)), *_notes(data, lang)]
