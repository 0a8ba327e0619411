"""Store operations on alert rules and events, and the evaluation that gathers their numbers."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import col, select

from desktop.kpi import alerts as ka
from desktop.kpi.metrics import RATES_BY_CODE, is_rate, metric_value
from desktop.kpi.pace import pace, pace_for_period
from desktop.kpi.periods import PeriodKind, period_containing
from desktop.kpi.phases import Phase, benchmark_band
from desktop.models import errors
from desktop.models.tables import AlertEvent, AlertRule, AlertRuleIn

BASELINE_DAYS = 90  # the team's own baseline: the rate over the 90 days before the period
IMPORT_FAILED = "import_failed"  # a file in a watched folder that could not be imported (not a KPI rule)


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were stored in UTC."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


class AlertOps:
    """AlertRule and AlertEvent rows."""

    def alert_rules(self) -> list[AlertRule]:
        """The KPI rules (not the watched folders' one, which only carries their failures)."""
        with self._read() as s:
            return list(s.exec(select(AlertRule).where(col(AlertRule.condition) != IMPORT_FAILED)
                               .order_by(AlertRule.id)).all())

    def add_alert_rule(self, data: AlertRuleIn) -> AlertRule:
        rule = AlertRule.model_validate(data)
        with self._write() as s:
            s.add(rule)
            s.flush()
        self.publish("added", "alertrule", [rule.id])
        return rule

    def update_alert_rule(self, rule_id: int, **changes: Any) -> AlertRule:
        with self._write() as s:
            rule = s.get(AlertRule, rule_id)
            if rule is None:
                raise KeyError(rule_id)
            checked = AlertRuleIn.model_validate({**rule.model_dump(), **changes})
            for key, value in checked.model_dump().items():
                setattr(rule, key, value)
        self.publish("updated", "alertrule", [rule_id])
        return rule

    def save_alert_rules(self, rules: Iterable[AlertRuleIn], disable_others: bool = True) -> list[dict[str, Any]]:
        """Upsert team rules by (metric, condition); other team rules are disabled. Returns old rows."""
        wanted = {(r.metric, r.condition): AlertRuleIn.model_validate(r) for r in rules}
        with self._write() as s:
            existing = list(s.exec(select(AlertRule).where(col(AlertRule.member_id).is_(None))))
            old = [r.model_dump() for r in existing]
            for row in existing:
                new = wanted.pop((row.metric, row.condition), None)
                if new is not None:
                    row.threshold, row.period_kind, row.enabled = new.threshold, new.period_kind, True
                elif disable_others:
                    row.enabled = False
            s.add_all(AlertRule.model_validate(r) for r in wanted.values())
        self.publish("updated", "alertrule")
        return old

    def ensure_default_alert_rules(self, phase: str) -> list[int]:
        """Add the phase preset's rules that are missing (same metric and condition); returns new ids."""
        have = {(r.metric, r.condition) for r in self.alert_rules()}
        new = [AlertRule.model_validate(AlertRuleIn(metric=m, condition=str(c), threshold=t, period_kind=p))
               for m, c, t, p in ka.DEFAULT_RULES[Phase(phase)] if (m, str(c)) not in have]
        if not new or self.read_only:  # an offline copy keeps the rules it was copied with
            return []
        try:
            with self._write() as s:
                s.add_all(new)
                s.flush()
        except errors.StoreError as exc:
            if exc.code != errors.NOT_YOURS:
                raise
            return []  # a rep on a team's server: the rules are the manager's to set
        self.publish("added", "alertrule", [r.id for r in new])
        return [r.id for r in new]

    # ---- events -----------------------------------------------------------------

    def raise_alerts(self, alerts: list[ka.Alert], now: datetime) -> list[AlertEvent]:
        rows = [AlertEvent(rule_id=a.rule_id, code=a.code, raised_at=now.astimezone(UTC), params=json.dumps(a.params))
                for a in alerts]
        if not rows or self.read_only:
            return []
        with self._write() as s:
            s.add_all(rows)
            s.flush()
        self.publish("added", "alertevent", [r.id for r in rows])
        return rows

    def raise_import_alert(self, file: str, reason: str, detail: str, now: datetime) -> list[AlertEvent]:
        """An alert for a watched folder's file that could not be imported: `reason` a refusal code
        (or no_layout / nothing_stored), `detail` the first skip reason's code when rows failed."""
        with self._write() as s:
            rule = s.exec(select(AlertRule).where(col(AlertRule.condition) == IMPORT_FAILED)).first()
            if rule is None:  # never evaluated: disabled, and left out of alert_rules()
                rule = AlertRule(metric="", condition=IMPORT_FAILED, enabled=False, cooldown_minutes=0)
                s.add(rule)
                s.flush()
            rule_id = rule.id
        return self.raise_alerts([ka.Alert(rule_id, IMPORT_FAILED, {"file": file, "reason": reason,
                                                                    "detail": detail})], now)

    def acknowledge_alert(self, event_id: int, now: datetime) -> None:
        self.set_alert_state(event_id, now, self.alert_state(event_id)[1])

    def snooze_alert(self, event_id: int, until: datetime) -> None:
        self.set_alert_state(event_id, self.alert_state(event_id)[0], until)

    def alert_state(self, event_id: int) -> tuple[datetime | None, datetime | None]:
        """(acknowledged_at, snoozed_until) of an event, for undo."""
        with self._read() as s:
            event = s.get(AlertEvent, event_id)
            if event is None:
                raise KeyError(event_id)
            return _aware(event.acknowledged_at), _aware(event.snoozed_until)

    def set_alert_state(self, event_id: int, acknowledged_at: datetime | None, snoozed_until: datetime | None) -> None:
        """Acknowledge, snooze, or put either back (None clears it)."""
        with self._write() as s:
            event = s.get(AlertEvent, event_id)
            if event is None:
                raise KeyError(event_id)
            # SQLite keeps no offset: store UTC
            event.acknowledged_at = acknowledged_at and acknowledged_at.astimezone(UTC)
            event.snoozed_until = snoozed_until and snoozed_until.astimezone(UTC)
        self.publish("updated", "alertevent", [event_id])

    def open_alerts(self, now: datetime) -> list[AlertEvent]:
        """Alerts neither acknowledged nor snoozed past `now`, newest first."""
        with self._read() as s:
            rows = list(s.exec(select(AlertEvent).where(col(AlertEvent.acknowledged_at).is_(None))
                               .order_by(col(AlertEvent.id).desc())).all())
        return [r for r in rows if r.snoozed_until is None or _aware(r.snoozed_until) <= now]

    def alert_history(self) -> dict[int, ka.History]:
        """Per rule: the last time it fired and the latest snooze of an unacknowledged alert."""
        with self._read() as s:
            rows = list(s.exec(select(AlertEvent).order_by(AlertEvent.id)).all())
        out: dict[int, ka.History] = {}
        for r in rows:
            h = out.get(r.rule_id, ka.History())
            snooze = _aware(r.snoozed_until) if r.acknowledged_at is None else None
            out[r.rule_id] = ka.History(_aware(r.raised_at), max(filter(None, (h.snoozed_until, snooze)),
                                                                 default=None))
        return out

    # ---- evaluation ---------------------------------------------------------------

    def evaluate_alerts(self, now: datetime, today: date) -> list[AlertEvent]:
        """Check every enabled rule on today's numbers and raise the alerts that are due."""
        rules = [ka.Rule(r.id, r.metric, r.condition, r.threshold, r.member_id, r.period_kind,
                         r.cooldown_minutes, r.enabled) for r in self.alert_rules() if r.enabled]
        observations = {r.id: self._observe(r, today) for r in rules}
        return self.raise_alerts(ka.evaluate(rules, observations, self.alert_history(), now), now)

    def _observe(self, rule: ka.Rule, today: date) -> ka.Observation:
        settings = self.domain_settings()
        calendar, fsm = settings.calendar(), settings.fiscal_start_month
        kind = PeriodKind.DAY if rule.condition == ka.Condition.NO_ACTIVITY_BY else PeriodKind(rule.period_kind)
        period = period_containing(kind, today, fsm)
        totals = self.totals(period.start, today, rule.member_id)
        if rule.condition == ka.Condition.NO_ACTIVITY_BY:
            return ka.Observation(logged_today=totals.get(rule.metric, 0),
                                  business_day=calendar.is_business_day(today))
        if is_rate(rule.metric):
            before = self.totals(period.start - timedelta(days=BASELINE_DAYS), period.start - timedelta(days=1),
                                 rule.member_id)
            return ka.Observation(rate=metric_value(totals, rule.metric), band=benchmark_band(rule.metric),
                                  baseline=metric_value(before, rule.metric))
        return self._observe_pace(rule, period, totals, today)

    def _observe_pace(self, rule: ka.Rule, period, totals: dict, today: date) -> ka.Observation:  # noqa: ANN001
        settings = self.domain_settings()
        calendar = settings.calendar()
        target = self._target_for(rule.metric, period, rule.member_id)
        # Today is not over yet: expect only what was due by yesterday evening.
        done_days = calendar.count(period.start, today - timedelta(days=1))
        p = pace(totals.get(rule.metric, 0), target, elapsed_days=done_days,
                 total_days=calendar.count(period.start, period.end))
        # the forecast is the burn-up's and the tree's: today's count so far over the days begun
        forecast = pace_for_period(p.actual, target, period, today, calendar).forecast
        tree = [n.metric for n in self.nodes() if n.metric]
        targets = {m: self._target_for(m, period, rule.member_id) for m in tree if m not in RATES_BY_CODE}
        risk = ka.downstream_risk(rule.metric, forecast, tree, totals, targets)
        return ka.Observation(actual=p.actual, expected=p.expected, target=target, forecast=forecast, risk=risk)

    def _target_for(self, metric: str, period, member_id: int | None) -> float | None:  # noqa: ANN001
        return self.target_for(metric, period, member_id)
