"""Domain settings kept in the database (fiscal year, phase, holidays, counting rules)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from sqlmodel import select

from desktop.kpi.pace import Thresholds
from desktop.kpi.periods import BusinessCalendar
from desktop.models.tables import Setting

TALLY_SUM = "sum"  # tallies add to individually logged activities
TALLY_OVERRIDES = "override"  # a tally replaces the logged count for that day, member, metric


@dataclass(frozen=True)
class DomainSettings:
    """What the team decided about its calendar and counting; edited on the 設定 page."""

    fiscal_start_month: int = 4
    phase: str = "launch"
    company_holidays: tuple[date, ...] = ()
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    tally_mode: str = TALLY_OVERRIDES
    on_track: float = 0.95
    at_risk: float = 0.8
    outcome_words: dict[str, str] = field(default_factory=dict)

    def calendar(self) -> BusinessCalendar:
        return BusinessCalendar(company_holidays=frozenset(self.company_holidays),
                                workdays=frozenset(self.workdays))

    def thresholds(self) -> Thresholds:
        return Thresholds(on_track=self.on_track, at_risk=self.at_risk)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["company_holidays"] = [d.isoformat() for d in self.company_holidays]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DomainSettings:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        base = cls(**{k: v for k, v in known.items() if k not in ("company_holidays", "workdays")})
        holidays = tuple(sorted(date.fromisoformat(d) for d in known.get("company_holidays", [])))
        workdays = tuple(known.get("workdays", base.workdays))
        return replace(base, company_holidays=holidays, workdays=workdays)


def domain_settings_in(session: Any) -> DomainSettings:
    """The typed settings, read in a session a caller already has (one round trip fewer on a server)."""
    row = session.get(Setting, "domain")
    return DomainSettings.from_json((json.loads(row.value) if row is not None else None) or {})


class SettingOps:
    """Key/value settings stored as JSON, and the typed DomainSettings built on them."""

    def setting(self, key: str, default: Any = None) -> Any:
        with self._read() as s:
            row = s.get(Setting, key)
        return default if row is None else json.loads(row.value)

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as s:
            row = s.get(Setting, key)
            text = json.dumps(value, ensure_ascii=False)
            if row is None:
                s.add(Setting(key=key, value=text))
            else:
                row.value = text
        self.publish("updated", "setting")

    def settings_keys(self) -> list[str]:
        with self._read() as s:
            return list(s.exec(select(Setting.key)).all())

    def domain_settings(self) -> DomainSettings:
        with self._read() as s:
            return domain_settings_in(s)

    def save_domain_settings(self, value: DomainSettings) -> None:
        self.set_setting("domain", value.to_json())
