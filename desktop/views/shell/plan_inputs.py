"""The 逆算 inputs (average deal size and the four rates) the setup wizard and the 逆算 planner share.

Kept in the database ("plan_inputs"), so reopening the wizard or the planner starts from what the
manager last entered, not from defaults, and the wizard's undo takes them back with the setup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.models.store import Store

KEY = "plan_inputs"
RATE_CODES = ("win_rate", "opportunity_rate", "appointment_rate", "connect_rate")


@dataclass(frozen=True)
class PlanInputs:
    """Deal size in yen (None = not entered) and rates as fractions (0.2 = 20 %)."""

    deal_size: int | None = None
    rates: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"deal_size": self.deal_size, "rates": {c: self.rates[c] for c in RATE_CODES if c in self.rates}}


def load_plan_inputs(store: Store) -> PlanInputs | None:
    data = store.setting(KEY)
    if not isinstance(data, dict):
        return None
    rates = {c: float(v) for c, v in (data.get("rates") or {}).items() if c in RATE_CODES and v}
    deal = data.get("deal_size")
    return PlanInputs(deal_size=int(deal) if deal else None, rates=rates)


def save_plan_inputs(store: Store, inputs: PlanInputs) -> None:
    if load_plan_inputs(store) != inputs:
        store.set_setting(KEY, inputs.to_json())
