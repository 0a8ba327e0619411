"""Store operations for the PDCA cadence: reviews and their actions, the schedule, alert rules, targets.

Every write is one short transaction returning what undo needs (`remove_*`
returns the rows, `restore_*` puts them back with their ids).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import col, select

from desktop.kpi.reviews import Schedule, review_due
from desktop.models.checklist_facts import ChecklistQueries
from desktop.models.setup_state import SetupStateOps
from desktop.models.snapshot import SnapshotQueries
from desktop.models.tables import Review, ReviewAction, ReviewActionIn, ReviewIn

SCHEDULE_KEY = "pdca_schedule"
MANUAL_KEY = "checklist_manual"


class ReviewOps(SnapshotQueries, ChecklistQueries, SetupStateOps):
    """Reviews, review actions, the PDCA schedule, setup alert rules and reviewed targets."""

    # ---- reviews -------------------------------------------------------------------

    def add_review(self, data: ReviewIn, actions: Sequence[dict[str, Any]] = ()) -> Review:
        """Save a review with its findings and actions in one transaction."""
        review = Review.model_validate(ReviewIn.model_validate(data))
        with self._write() as s:
            s.add(review)
            s.flush()
            rows = [ReviewAction.model_validate(ReviewActionIn.model_validate({**a, "review_id": review.id}))
                    for a in actions]
            s.add_all(rows)
        self.publish("added", "review", [review.id])
        return review

    def reviews(self, kind: str | None = None) -> list[Review]:
        with self._read() as s:
            query = select(Review).order_by(col(Review.held_on).desc(), col(Review.id).desc())
            if kind is not None:
                query = query.where(Review.kind == kind)
            return list(s.exec(query).all())

    def review(self, review_id: int) -> Review | None:
        with self._read() as s:
            return s.get(Review, review_id)

    def remove_review(self, review_id: int) -> dict[str, Any]:
        """Delete a review and its actions; returns them for `restore_review`."""
        with self._write() as s:
            review = s.get(Review, review_id)
            if review is None:
                raise KeyError(review_id)
            actions = list(s.exec(select(ReviewAction).where(ReviewAction.review_id == review_id)))
            saved = {"review": review.model_dump(), "actions": [a.model_dump() for a in actions]}
            s.execute(delete(ReviewAction).where(col(ReviewAction.review_id) == review_id))
            s.execute(delete(Review).where(col(Review.id) == review_id))
        self.publish("removed", "review", [review_id])
        return saved

    def restore_review(self, saved: dict[str, Any]) -> None:
        with self._write() as s:
            s.execute(insert(Review), [saved["review"]])
            if saved["actions"]:
                s.execute(insert(ReviewAction), saved["actions"])
        self.publish("added", "review", [saved["review"]["id"]])

    # ---- actions -------------------------------------------------------------------

    def add_action(self, data: ReviewActionIn) -> ReviewAction:
        action = ReviewAction.model_validate(ReviewActionIn.model_validate(data))
        with self._write() as s:
            s.add(action)
            s.flush()
        self.publish("added", "reviewaction", [action.id])
        return action

    def review_actions(self, review_id: int | None = None, kind: str | None = None) -> list[ReviewAction]:
        with self._read() as s:
            query = select(ReviewAction).order_by(ReviewAction.id)
            if review_id is not None:
                query = query.where(ReviewAction.review_id == review_id)
            if kind is not None:
                query = query.where(ReviewAction.kind == kind)
            return list(s.exec(query).all())

    def actions_due(self, until: date) -> list[ReviewAction]:
        """Open actions due on or before `until`, already started by then, or with no due date; oldest first."""
        return [a for a in self.review_actions(kind="action") if a.status == "open" and (
            a.due is None or a.due <= until or (a.started_on is not None and a.started_on <= until))]

    def update_action(self, action_id: int, **changes: Any) -> dict[str, Any]:
        """Change an action; returns its previous values for undo."""
        with self._write() as s:
            action = s.get(ReviewAction, action_id)
            if action is None:
                raise KeyError(action_id)
            old = action.model_dump()
            checked = ReviewActionIn.model_validate({**old, **changes})
            for key in changes:
                setattr(action, key, getattr(checked, key))
        self.publish("updated", "reviewaction", [action_id])
        return {k: old[k] for k in changes}

    def remove_action(self, action_id: int) -> dict[str, Any]:
        with self._write() as s:
            action = s.get(ReviewAction, action_id)
            if action is None:
                raise KeyError(action_id)
            saved = action.model_dump()
            s.delete(action)
        self.publish("removed", "reviewaction", [action_id])
        return saved

    def restore_action(self, saved: dict[str, Any]) -> None:
        with self._write() as s:
            s.execute(insert(ReviewAction), [saved])
        self.publish("added", "reviewaction", [saved["id"]])

    # ---- schedule and hand ticks -------------------------------------------------------

    def pdca_schedule(self) -> Schedule:
        return Schedule.from_json(self.setting(SCHEDULE_KEY))

    def has_pdca_schedule(self) -> bool:
        return self.setting(SCHEDULE_KEY) is not None

    def save_pdca_schedule(self, schedule: Schedule) -> None:
        self.set_setting(SCHEDULE_KEY, schedule.to_json())

    def reviews_due(self, today: date) -> dict[str, date]:
        """Each review kind (weekly, monthly, quarterly) due and not held, with its scheduled day."""
        if not self.has_pdca_schedule():
            return {}
        schedule, fsm = self.pdca_schedule(), self.domain_settings().fiscal_start_month
        out = {}
        for kind in ("weekly", "monthly", "quarterly"):
            held = self.reviews(kind)
            day = review_due(kind, schedule, held[0].held_on if held else None, today, fsm)
            if day is not None:
                out[kind] = day
        return out

    def checklist_manual(self) -> dict[str, bool]:
        return dict(self.setting(MANUAL_KEY, {}) or {})

    def set_checklist_manual(self, code: str, ticked: bool) -> None:
        self.set_setting(MANUAL_KEY, {**self.checklist_manual(), code: ticked})


