"""取り込み: choose Excel/CSV trackers, check the preview, import in the background, undo from the history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import errors
from desktop.importers.files import ImportRefused
from desktop.importers.honest import missing_for, reasons, with_member
from desktop.importers.pipeline import SheetPlan, plan_sheet
from desktop.importers.result import Cancelled
from desktop.importers.session import FileReport, Preview, preview_file, store_preview
from desktop.models.changes import Change
from desktop.models.imports import ImportCancelled
from desktop.views.shell.context import AppContext
from desktop.views.imports.commands import ImportMade, UndoImport
from desktop.views.imports.history import ImportHistory
from desktop.views.imports.new_members import save_name
from desktop.views.imports.preview import ImportPreview
from desktop.views.imports.text import derived_text, lacks_text, word
from desktop.views.imports.words import save_word
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import fmt
from desktop.views.shell.worker import Worker

FILTER = "Excel / CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)"

Read = tuple[int, Preview | ImportRefused]  # a file's place in the list, and its preview or refusal
Stored = tuple[int, FileReport | BaseException]  # a file's place, and its report or why it stored nothing


class ImportPage(QWidget):
    """Files → sheets → preview → Import (worker, progress, cancel) → summary and history with undo."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded: list[Preview] = []
        self.worker: Worker | None = None
        self.stale: set[int] = set()  # files whose ticks or mapping changed: their preview is read again
        self.importing = False
        self.setAcceptDrops(True)
        self._build()
        self.refresher = Coalescer(self.history.refresh, parent=self)
        context.signals.changed.connect(self._on_store_changed)

    def _build(self) -> None:
        title = QLabel(self.tr("Import Excel and CSV trackers"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        hint = QLabel(self.tr("Choose the files your team keeps (or drop them here). Nothing is stored "
                              "until you press Import, and every import can be undone."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6776;")
        self.choose = QPushButton(self.tr("Choose files…"), objectName="choose_files")
        self.choose.clicked.connect(self._on_choose)
        self.sheets = QListWidget(objectName="sheets")
        self.sheets.currentItemChanged.connect(self._show_current)
        self.sheets.itemChanged.connect(self._on_sheet_checked)
        self.preview = ImportPreview()
        self.preview.mapping_changed.connect(self._on_mapping_changed)
        self.preview.member_chosen.connect(self._on_member_chosen)
        self.preview.unknown.word_mapped.connect(lambda text, code: self._answered(save_word, text, code))
        self.preview.new_members.name_mapped.connect(lambda name, member: self._answered(save_name, name, member))
        self.confirm = self._ask  # tests answer for the user
        self.import_button = QPushButton(self.tr("Import"), objectName="import", enabled=False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancel_import")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.progress = QProgressBar(objectName="progress")
        self.progress.setVisible(False)
        self.message = QLabel(objectName="import_message")
        self.message.setWordWrap(True)
        self.history = ImportHistory(self.context.store)
        self.history.undo_requested.connect(self._on_undo_requested)
        self._lay_out(title, hint)

    def _lay_out(self, title: QLabel, hint: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(hint, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sheets)
        split.addWidget(self.preview)
        split.setSizes([260, 740])
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        actions.addStretch(0 if self.progress.isVisible() else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(split, 3)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.history, 2)

    # ---- choosing files --------------------------------------------------------------

    def apply_options(self, files: list[str] | None = None, **_: object) -> None:
        if files:
            self.open_files([Path(f) for f in files])

    def _on_choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose trackers to import"),
                                                self.context.ui.last_folder(), FILTER)
        if paths:
            self.context.ui.set_last_folder(str(Path(paths[0]).parent))
            self.open_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)

    def open_files(self, paths: list[Path]) -> None:
        """Read and plan the files in the background (streamed: never whole in memory), then show their sheets."""
        self.loaded, self.stale = [], set()
        self._fill_sheets()
        self._read([(n, path, None) for n, path in enumerate(paths)], self._on_files_read)

    def _read(self, files: list[tuple[int, Path, list[SheetPlan] | None]], done: Callable[[list[Read]], None]) -> None:
        store = self.context.store

        def job(progress) -> list[Read]:  # noqa: ANN001 - the worker's callback
            out: list[Read] = []
            for n, path, plans in files:
                try:
                    out.append((n, preview_file(store, path, plans, on_progress=progress,
                                                cancel=self.worker.cancel)))
                except ImportRefused as exc:
                    if exc.code == "cancelled":
                        raise Cancelled from exc
                    out.append((n, exc))
            return out

        self.message.setText(self.tr("Reading…"))
        self._run(job, done)

    def _on_files_read(self, read: list[Read]) -> None:
        self.loaded = [x for _, x in read if isinstance(x, Preview)]
        self._fill_sheets()
        self.message.setText("\n".join(self._refusals(read)))

    def _refusals(self, read: list[Read]) -> list[str]:
        return [fmt(self.tr("%1: not imported — %2"), x.path.name, word(x.code))
                for _, x in read if isinstance(x, ImportRefused)]

    def _fill_sheets(self) -> None:
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for f, item in enumerate(self.loaded):
            for p, plan in enumerate(item.plans):
                row = QListWidgetItem(f"{item.path.name} — {plan.sheet}")
                if plan.layout is None:  # greyed out: say why beside it
                    why = lacks_text(missing_for(plan))
                    row.setText(f"{row.text()} ({why})")
                    row.setToolTip(fmt(self.tr("Not importable: %1"), why))
                elif plan.sheet in item.derived:  # a pivot, summary or copy: unticked, and why
                    row.setText(f"{row.text()} ({derived_text(item.derived[plan.sheet])})")
                row.setData(Qt.ItemDataRole.UserRole, (f, p))
                flags = row.flags() | Qt.ItemFlag.ItemIsUserCheckable
                row.setFlags(flags if plan.layout else flags & ~Qt.ItemFlag.ItemIsEnabled)
                row.setCheckState(Qt.CheckState.Checked if plan.selected else Qt.CheckState.Unchecked)
                self.sheets.addItem(row)
        self.sheets.blockSignals(False)
        if self.sheets.count():
            self.sheets.setCurrentRow(0)
        self._show_current()
        self._update_buttons()

    def _reread(self, index: int) -> None:
        """Ticks or a mapping changed: read that file's preview again (after the read under way)."""
        self.stale.add(index)
        if self.worker is None:
            self._read_stale()

    def _read_stale(self) -> None:
        indexes, self.stale = sorted(self.stale), set()
        self._read([(i, self.loaded[i].path, [replace(p) for p in self.loaded[i].plans]) for i in indexes],
                   self._on_reread)

    def _on_reread(self, read: list[Read]) -> None:
        for i, fresh in read:
            if isinstance(fresh, Preview):  # the plans on screen stay: they may have changed meanwhile
                self.loaded[i] = replace(fresh, plans=self.loaded[i].plans, derived=self.loaded[i].derived)
        self._show_current()
        self.message.setText("\n".join(self._refusals(read)))
        if self.stale:
            self._read_stale()

    def _current(self) -> tuple[Preview, SheetPlan] | None:
        row = self.sheets.currentItem()
        if row is None:
            return None
        f, p = row.data(Qt.ItemDataRole.UserRole)
        return self.loaded[f], self.loaded[f].plans[p]

    def _show_current(self) -> None:
        chosen = self._current()
        known = {m.name_key: m.name for m in self.context.store.members()} if chosen else None
        self.preview.show_plan(chosen[1] if chosen else None, chosen[0].result if chosen else None, known,
                               chosen[0] if chosen else None)

    def _on_sheet_checked(self, row: QListWidgetItem) -> None:
        f, p = row.data(Qt.ItemDataRole.UserRole)
        self.loaded[f].plans[p].selected = row.checkState() == Qt.CheckState.Checked
        self._show_current()
        self._update_buttons()
        self._reread(f)

    def _on_mapping_changed(self, sheet: str, mapping: dict[str, str]) -> None:
        chosen = self._current()
        if chosen is None or chosen[1].sheet != sheet:
            return
        item, old = chosen
        new = plan_sheet(sheet, item.heads[sheet], item.path.name, mapping)
        new.selected, new.origin, new.span = old.selected and new.layout is not None, old.origin, old.span
        item.plans[item.plans.index(old)] = new
        self._show_current()
        self._update_buttons()
        self._reread(self.sheets.currentItem().data(Qt.ItemDataRole.UserRole)[0])

    def _on_member_chosen(self, sheet: str, name: str) -> None:
        """The user named the rep of a sheet without a rep column: its rows go to that member."""
        chosen = self._current()
        if chosen is None or chosen[1].sheet != sheet:
            return
        with_member(chosen[1], name)
        self._reread(self.sheets.currentItem().data(Qt.ItemDataRole.UserRole)[0])

    def _answered(self, save: Callable[..., None], *answer: str) -> None:
        """What a result word means or who a new rep name is, saved team-wide; every file is read again."""
        save(self.context.store, *answer)
        for i in range(len(self.loaded)):
            self._reread(i)

    def _update_buttons(self) -> None:
        busy = self.worker is not None
        ready = any(p.selected and p.layout for item in self.loaded for p in item.plans)
        self.import_button.setEnabled(ready and not busy)
        self.cancel_button.setEnabled(busy)
        self.choose.setEnabled(not busy)
        for choice in (self.sheets, self.preview.mapping):  # the choices being stored stay as they are
            choice.setEnabled(not self.importing)

    # ---- importing ---------------------------------------------------------------------

    def start_import(self) -> None:
        """Store every ticked sheet, one batch per file, in the background. A file refused (it
        changed since it was read) or cancelled stores nothing; the files before it stay stored."""
        store = self.context.store
        files = [(n, replace(x, plans=[replace(p) for p in x.plans]))  # the worker's own copy of the choices
                 for n, x in enumerate(self.loaded) if any(p.selected for p in x.plans)]

        def job(progress) -> list[Stored]:  # noqa: ANN001 - the worker's callback
            out: list[Stored] = []
            for n, x in files:
                try:
                    out.append((n, store_preview(store, x, on_progress=progress, cancel=self.worker.cancel)))
                except ImportRefused as exc:
                    out.append((n, Cancelled() if exc.code == "cancelled" else exc))
                    if exc.code == "cancelled":
                        break
                except Exception as exc:  # noqa: BLE001 - this file stored nothing; the ones before stay
                    out.append((n, exc))
                    break
            return out

        self.message.setText(self.tr("Importing…"))
        self.importing = True
        self._run(job, self._on_imported)

    def cancel_import(self) -> None:
        if self.worker is not None:
            self.worker.cancel.set()

    def _run(self, job, done) -> Worker:  # noqa: ANN001 - a worker job and its result slot
        worker = Worker(job)
        self.worker = worker
        worker.signals.progress.connect(self._on_progress)
        self._done = done
        worker.signals.finished.connect(self._finish)  # a method, not a lambda: it goes with the page
        worker.signals.failed.connect(self._on_failed)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()
        self.context.start(worker)
        return worker

    def _finish(self, result: object) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self._done(result)
        self._update_buttons()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, exc: BaseException) -> None:
        """Only reading fails as a whole (an import reports file by file): nothing was stored."""
        self.worker = None
        self.importing = False
        self.progress.setVisible(False)
        self._update_buttons()
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Reading cancelled. Nothing was changed."))
        else:
            self.message.setText(fmt(self.tr("The file could not be read and nothing was changed (%1)."),
                                     str(exc)[:200]))

    def _on_imported(self, stored: list[Stored]) -> None:
        """Undo entries for the batches stored; a line per file; the files not stored stay listed
        (a file that changed since it was read must be opened again)."""
        self.importing = False
        reports = [r for _, r in stored if isinstance(r, FileReport)]
        self.context.undo.beginMacro(self.tr("Import"))
        for b in (b for r in reports for b in r.batch_ids):
            self.context.undo.push(ImportMade(self.context.store, b, self.tr("Import")))
        self.context.undo.endMacro()
        self.message.setText("\n".join(self._outcome(self.loaded[n], r) for n, r in stored))
        done = {n for n, r in stored if isinstance(r, (FileReport, ImportRefused))}
        self.loaded, self.stale = [x for n, x in enumerate(self.loaded) if n not in done], set()
        self._fill_sheets()
        self.history.refresh()

    def _outcome(self, file: Preview, result: FileReport | BaseException) -> str:
        name = file.path.name
        if isinstance(result, FileReport) and result.nothing:
            why = "; ".join(fmt(self.tr("%1 (%2 rows, e.g. %3 '%4')"), word(r.code), r.count, r.column, r.value)
                            if r.value else fmt(self.tr("%1 (%2 rows)"), word(r.code), r.count) for r in reasons(result))
            return fmt(self.tr("%1: nothing was stored and nothing changed — %2"), name, why)
        if isinstance(result, FileReport):
            return fmt(self.tr("%1: %2 added, %3 replaced, %4 skipped"), name, result.added, result.replaced,
                       result.skipped)
        if isinstance(result, ImportRefused):
            return fmt(self.tr("%1: not imported — %2"), name, word(result.code))
        if isinstance(result, (Cancelled, ImportCancelled)):
            return fmt(self.tr("%1: import cancelled; nothing from this file was stored."), name)
        if (why := self._storage_trouble(result)) is not None:
            return fmt(self.tr("%1: not imported — %2. Nothing from this file was stored."), name, why)
        return fmt(self.tr("%1: the import failed; nothing from this file was stored (%2)."), name, str(result)[:200])

    def _storage_trouble(self, exc: BaseException) -> str | None:
        """Busy, full, read-only: the database could not take the import (not an unexpected error)."""
        code = errors.failure_code(exc)
        if code == errors.BUSY:
            return self.tr("another KPI Desk or import is writing to the database; try again in a moment")
        if code == errors.DISK_FULL:
            return self.tr("the disk is full")
        if code in (errors.READ_ONLY, errors.PERMISSION):
            return self.tr("the database cannot be written (read-only)")
        return None

    def _on_undo_requested(self, batch_id: int) -> None:
        if not self.confirm(self.tr("Remove everything this import added? You can put it back with Redo.")):
            return
        self.context.undo.push(UndoImport(self.context.store, batch_id, self.tr("removing an import")))
        self.message.clear()  # the line about the import just removed is no longer true

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Undo import"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_store_changed(self, change: Change) -> None:
        if change.table in ("importbatch", "*"):
            self.refresher.poke()

    def prepare_screenshot(self) -> None:
        self.refresher.flush()

    def shutdown(self) -> None:
        """Closing the window cancels a running import (it rolls back)."""
        self.cancel_import()
