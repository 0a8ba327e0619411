"""記録: one keystroke per call outcome (1–6), E/F/M for email, follow-up and meeting; Ctrl+Z undoes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from uuid import uuid4

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QKeyEvent
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.outcomes import DEFAULT_OUTCOME_KEYS, ActivityKind, Outcome
from desktop.models.changes import Change
from desktop.models.errors import StoreError
from desktop.models.tables import ActivityIn, LeadIn
from desktop.views.shell.context import AppContext
from desktop.views.activities import kept
from desktop.views.activities.commands import LogActivities
from desktop.views.activities.log_queue import Entry, LogQueue
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.store_errors import store_error_text
from desktop.views.shell.text import count, fmt, metric_name, term

KIND_KEYS = {Qt.Key.Key_E: ActivityKind.EMAIL, Qt.Key.Key_F: ActivityKind.FOLLOW_UP,
             Qt.Key.Key_M: ActivityKind.MEETING}
KIND_LETTERS = {ActivityKind.EMAIL: "E", ActivityKind.FOLLOW_UP: "F", ActivityKind.MEETING: "M"}
SHOWN = ("connects", "appointments", "emails", "follow_ups", "meetings")
STATUS_COLOURS = {"on_track": "#1e7d32", "at_risk": "#b26a00", "behind": "#c62828", "no_target": "#5b6776",
                  "no_data": "#5b6776"}
CARD = "QLabel { background: #f3f5f8; border: 1px solid #d9dee5; border-radius: 8px; padding: 10px 14px; }"
KEY_STYLE = "QPushButton { padding: 10px 8px; font-size: 14px; text-align: left; }"


class QuickLogPanel(QWidget):
    """The rep's logging pad: today's numbers on top, keys in the middle, last entries below."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.today: Callable[[], date] = context.extras.get("today", date.today)
        self.lead_ids: dict[str, int] = {}
        self.pending_note = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._refresher = Coalescer(self.refresh, parent=self)
        self.queue = LogQueue(self.store)
        self.destroyed.connect(self.queue.release)
        self.queue.stored.connect(self._on_log_stored)
        self.queue.waiting.connect(self._on_log_waiting)
        self.queue.asked.connect(self._on_step_asked)
        self.queue.refused.connect(self._on_log_refused)
        self._undo_index = context.undo.index()
        context.undo.indexChanged.connect(self._on_undo_index_changed)
        context.signals.changed.connect(self._on_store_changed)
        QApplication.instance().aboutToQuit.connect(self.queue.keep)  # stored before quitting, or kept in a file
        self._load_members()
        self.refresh()
        self._kept_left = self.queue.restore()  # what could not be stored at the last quit
        if self._kept_left:
            self._show_pending()
        self._kept_away = next((p for p in self.queue.found_in if p != kept.path_for(self.store.path)), None)

    # ---- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.member = QComboBox(objectName="log_member")
        self.member.currentIndexChanged.connect(self._on_member_changed)
        self.calls = QLabel(objectName="today_calls", wordWrap=True)  # the re-planning line must fit 1024 px
        self.calls.setStyleSheet(CARD + "QLabel { font-size: 16px; }")
        self.others = QLabel(objectName="today_others")
        self.others.setStyleSheet(CARD)
        self.company = QLineEdit(objectName="log_company", placeholderText=self.tr(
            "Company (type to search; Enter picks it or adds a new lead)"))
        self.completer = QCompleter(QStringListModel(self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.company.setCompleter(self.completer)
        self.company.returnPressed.connect(self._on_company_entered)
        self.note = QLineEdit(objectName="log_note", placeholderText=self.tr(
            "Note (optional; Enter keeps it for the next key)"))
        self.note.returnPressed.connect(self._on_note_entered)
        self.hint = QLabel(objectName="log_hint", wordWrap=True)  # a kept-entries path is long: never widen the window
        self.hint.setStyleSheet("color: #5b6776;")
        self.recent = QListWidget(objectName="log_recent")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form = QFormLayout()
        form.addRow(self.tr("Rep"), self.member)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Note"), self.note)
        top = QHBoxLayout()
        top.addWidget(self.calls, 3)  # the wider card: its second line says how today's target was re-planned
        top.addWidget(self.others, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addLayout(self._keys())
        layout.addWidget(self.hint)
        layout.addWidget(QLabel(self.tr("Latest entries today (Ctrl+Z undoes the last one)")))
        layout.addWidget(self.recent, 1)

    def _keys(self) -> QGridLayout:
        grid = QGridLayout()
        for n, (key, outcome) in enumerate(DEFAULT_OUTCOME_KEYS.items()):
            word = self.tr("Materials sent") if outcome == Outcome.OTHER else term(outcome.value)
            self._key_button(grid, n // 3, n % 3, f"{key}  {word}",
                             lambda _c=False, o=outcome: self.log(ActivityKind.CALL, o.value))
        for n, (kind, letter) in enumerate(KIND_LETTERS.items()):
            self._key_button(grid, 2, n, f"{letter}  {term(kind.value)}", lambda _c=False, k=kind: self.log(k))
        return grid

    def _key_button(self, grid: QGridLayout, row: int, col: int, label: str, slot: Callable) -> None:
        button = QPushButton(label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the pad
        button.setStyleSheet(KEY_STYLE)
        button.clicked.connect(slot)
        grid.addWidget(button, row, col)

    # ---- keys ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        outcome = DEFAULT_OUTCOME_KEYS.get(event.text())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if outcome is not None and plain:
            self.log(ActivityKind.CALL, outcome.value)
        elif event.key() in KIND_KEYS and plain:
            self.log(KIND_KEYS[Qt.Key(event.key())])
        elif event.key() == Qt.Key.Key_Z and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.undo_last()
        else:
            super().keyPressEvent(event)

    def log(self, kind: ActivityKind, outcome: str | None = None) -> None:
        """Log one activity now, for the chosen rep, against the company in the field (if any).

        The row is queued for the writer thread: the key never waits for the database.
        """
        member_id = self.member.currentData()
        if member_id is None:
            self.hint.setText(self.tr("Add a member first (メンバー tab)."))
            return
        note = self.pending_note or self.note.text().strip()
        row = ActivityIn(day=self.today(), at=datetime.now().time().replace(microsecond=0), member_id=member_id,
                         lead_id=self._lead_id(), kind=kind.value, outcome=outcome, note=note,
                         dedupe_key=f"quicklog:{uuid4().hex}")  # found again if stored and then restored
        self.queue.put(Entry([row], term(outcome) if outcome else term(kind.value), self.member.currentText()))
        self.pending_note = ""
        self.note.clear()
        self.company.clear()
        self._show_pending()

    def undo_last(self) -> None:
        """Ctrl+Z: take back an entry still waiting to be stored, else undo the last stored step."""
        taken = self.queue.cancel_last()
        if taken is not None:
            self._say(fmt(self.tr("Undone: %1 (it was not stored yet)"), taken.label))
            self._show_pending()
        elif self.context.undo.canUndo():
            self.context.undo.undo()
        else:
            self._say(self.tr("Nothing to undo."))

    def _on_log_stored(self, entry: Entry) -> None:
        if not isValid(self) or not isValid(self.context.undo):
            return  # a queued call that outlived the panel (database switched): the row is stored all the same
        if entry.remove:  # an undo kept at the last quit, now stored: there is no step to push
            self._say(fmt(self.tr("Undone: %1"), entry.label))
            self._show_pending()
            self._say_where_it_was_kept(entry)
            return
        command = LogActivities(self.store, entry.rows, fmt(self.tr("Log %1"), entry.label), stored=entry.ids,
                                queue=self.queue)
        command.label = entry.label  # what a redo kept at quit is called on the next start
        self.context.undo.push(command)
        self._undo_index = self.context.undo.index()
        if not self.queue.pending():
            self._say(fmt(self.tr("Logged: %1"), entry.label))
        self._show_pending()
        self._refresher.poke()
        self._say_where_it_was_kept(entry)

    def _say_where_it_was_kept(self, entry: Entry) -> None:
        """The last entry kept at the last quit is stored: say where it was kept, when not beside the database."""
        self._kept_left -= entry.restored
        if entry.restored and not self._kept_left and self._kept_away is not None:
            self._say(fmt(self.tr("Stored what could not be stored at the last quit. The database's folder could "
                                  "not be written, so it had been kept in %1."), str(self._kept_away)))
            self._kept_away = None

    def _on_log_refused(self, entry: Entry) -> None:
        """The database said no for good (another member's records): not stored, not on the stack."""
        if isValid(self):
            self._say(store_error_text(StoreError(entry.problem, self.store.location)), warn=True)
            self._show_pending()

    def _on_step_asked(self, entry: Entry) -> None:
        """An undo/redo of a stored entry is queued: say so; the stack moves once it is stored."""
        if isValid(self):
            self._show_pending()

    def _on_log_waiting(self, entry: Entry) -> None:
        waiting = self.queue.pending() + self.queue.pending_steps()
        if not isValid(self) or entry.cancelled or not waiting:
            return  # taken back (or stored) since that attempt failed
        if entry.problem == "busy":
            why = self.tr("the database is busy with another task (an import?)")
        elif entry.problem == "disk_full":
            why = self.tr("the disk is full")
        elif entry.problem in ("read_only", "permission_denied"):
            why = self.tr("the database cannot be written (read-only)")
        else:
            why = self.tr("the database did not accept it")
        self._say(fmt(self.tr("Not stored yet: %1 entries wait because %2. Retrying; nothing is lost."),
                      count(len(waiting)), why), warn=True)

    def _on_undo_index_changed(self, index: int) -> None:
        if not isValid(self.context.undo) or not isValid(self.hint):  # the stack emits while it is destroyed
            return
        if index < self._undo_index:
            self._say(fmt(self.tr("Undone: %1"), self.context.undo.text(index)))
        self._undo_index = index
        self._show_pending()

    def _say(self, text: str, warn: bool = False) -> None:
        self.hint.setStyleSheet("color: #c62828;" if warn else "color: #5b6776;")
        self.hint.setText(text)

    def _show_pending(self) -> None:
        """The entries not stored yet, on top of the list, marked as such."""
        for at in range(self.recent.count() - 1, -1, -1):
            if self.recent.item(at).data(Qt.ItemDataRole.UserRole) == "pending":
                self.recent.takeItem(at)
        for entry in self.queue.pending():
            row = entry.rows[0]
            item = QListWidgetItem(fmt(self.tr("%1  %2  %3 — not stored yet"), row.at.strftime("%H:%M") if row.at else "",
                                       entry.who, entry.label))
            self._pending_item(item)
        for step in self.queue.pending_steps():
            words = self.tr("%1 — undo not stored yet") if step.step < 0 else self.tr("%1 — redo not stored yet")
            self._pending_item(QListWidgetItem(fmt(words, step.label)))
        waiting = self.queue.pending() + self.queue.pending_steps()
        if waiting and not self.hint.text().startswith(self.tr("Not stored yet")):
            last = waiting[-1]
            words = self.tr("Undoing: %1") if last.step < 0 else self.tr("Redoing: %1") if last.step else self.tr("Storing: %1")
            self._say(fmt(words, last.label))

    def _pending_item(self, item: QListWidgetItem) -> None:
        item.setData(Qt.ItemDataRole.UserRole, "pending")
        item.setForeground(QColor("#b26a00"))
        self.recent.insertItem(0, item)

    def _lead_id(self) -> int | None:
        return self.lead_ids.get(self.company.text().strip())

    def _on_company_entered(self) -> None:
        name = self.company.text().strip()
        if name and name not in self.lead_ids:
            found = self.store.find_lead(name)
            if found is None:
                lead = self.store.add_lead(LeadIn(company=name, owner_id=self.member.currentData()))
                found = lead.id
                self.hint.setText(fmt(self.tr("New lead added: %1"), name))
            self.lead_ids[name] = found
        self.setFocus()

    def _on_note_entered(self) -> None:
        self.pending_note = self.note.text().strip()
        self.hint.setText(self.tr("Note kept: press 1–6 or E/F/M to log with it."))
        self.setFocus()

    # ---- data -----------------------------------------------------------------------

    def _load_members(self) -> None:
        chosen = self.context.ui.value("log/member_id", None)
        self.member.blockSignals(True)
        self.member.clear()
        for m in self.store.members(active_only=True):
            self.member.addItem(m.name, m.id)
        index = self.member.findData(int(chosen)) if chosen not in (None, "") else -1
        self.member.setCurrentIndex(max(0, index))
        self.member.blockSignals(False)

    def _on_member_changed(self) -> None:
        if self.member.currentData() is not None:
            self.context.ui.set("log/member_id", self.member.currentData())
        self.refresh()

    def refresh(self) -> None:
        member_id = self.member.currentData()
        self.lead_ids = {company: lead_id for lead_id, company in reversed(self.store.lead_companies())}
        self.completer.model().setStringList(sorted(self.lead_ids))
        if member_id is None:
            return
        today = self.today()
        target = self.store.day_target("calls", member_id, today)
        self.calls.setText(self._calls_text(target))
        totals = self.store.totals(today, today, member_id)
        self.others.setText("　".join(f"{metric_name(m)} <b>{count(totals.get(m, 0))}</b>" for m in SHOWN))
        self.recent.clear()
        who = self.member.currentText()
        for r in self.store.recent_activities(member_id, today):
            what = f"{term(r.kind)}  {term(r.outcome)}" if r.outcome else term(r.kind)  # 面談, not 面談 面談
            at = r.at.strftime("%H:%M") if r.at else ""
            self.recent.addItem(f"{at}  {who}  {what}  {r.company}  {r.note}".rstrip())
        self._show_pending()

    def _calls_text(self, t) -> str:  # noqa: ANN001 - DayTarget
        if t.target_today is None:
            return fmt(self.tr("Calls today <b>%1</b> (no monthly target)"), count(t.done_today))
        colour = STATUS_COLOURS.get(t.status.value, "#27313d")
        left = max(0.0, t.month_target - (t.done_month - t.done_today))
        why = fmt(self.tr("Today's target is re-planned each day from what is left of the month: "
                          "%1 calls over %2 business days."), count(left), count(t.business_days_left))
        return fmt(self.tr("Calls today <b>%1</b> / target %2 · month %3 / %4 · "
                           "<span style='color:%5'>%6</span>"), count(t.done_today), count(t.target_today),
                   count(t.done_month), count(t.month_target), colour, term(t.status.value)) + f"<br><small>{why}</small>"

    def _on_store_changed(self, change: Change) -> None:
        if change.table == "member" or change.table == "*":
            self._load_members()
        self._refresher.poke()

    def prepare_screenshot(self) -> None:
        self._refresher.flush()
