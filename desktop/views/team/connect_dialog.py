"""File → チームのデータベースに接続…: the server's address and this person's login, a test that
runs off the GUI thread, an optional one-time upload of this PC's history, and the connection
remembered as `kpidesk team join` remembers it (the password in the system keyring, never in a file).

The dialog does the talking to the server; the window then switches to it (`connect_requested`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from desktop.commands import team_join
from desktop.models import errors, upload
from desktop.models.backend import is_server_url
from desktop.models.store import Store
from desktop.views.shell.context import AppContext
from desktop.views.shell.store_errors import store_error_text
from desktop.views.shell.text import fmt
from desktop.views.shell.worker import Worker


@dataclass(frozen=True)
class Probe:
    """What the server said about this login."""

    where: str  # the server and database, without the password
    member: str  # the member this login is ("" for an administrator's login)
    role: str  # rep | manager | admin
    uploaded: int | None = None  # records added by the upload (None: none asked for)
    kept: bool = False  # the password went to the keyring


def probe(url: str, local: Store | None = None, remember: bool = False) -> Probe:
    """Log in (and migrate, as `team join` does); upload `local`'s history once; remember the URL."""
    server = Store.open(url, check=False)
    try:
        login = make_url(url).username
        me = next((m for m in server.members() if m.login == login), None)
        uploaded = upload.upload_from(local, server) if local is not None else None
        where = server.location
    finally:
        server.close()
    kept = team_join.remember(url) if remember else False
    return Probe(where, me.name if me else "", me.role if me else "admin", uploaded, kept)


class ConnectDialog(QDialog):
    """Connect this window to a team's PostgreSQL server."""

    connect_requested = Signal(str, object)  # the URL (with its password), the Probe

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Connect to the team's database"))
        self._busy = False
        self._asked = ("", False)  # the URL being tried, and whether to connect once it answers
        self._build()

    def _build(self) -> None:
        intro = QLabel(self.tr("Paste the connection URL your manager gave you (the last line of "
                               "“kpidesk team add-user”), or fill in the server and your login."), wordWrap=True)
        self.url = QLineEdit(objectName="url", placeholderText="postgresql://user:password@host:5432/kpidesk")
        self.url.textEdited.connect(self._on_url_edited)
        self.host = QLineEdit(objectName="host", placeholderText=self.tr("e.g. 192.168.1.20 or db.example.com"))
        self.port = QSpinBox(objectName="port", minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit("kpidesk", objectName="database")
        self.user = QLineEdit(objectName="user")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        for field in (self.host, self.database, self.user, self.password):
            field.textEdited.connect(self._on_field_edited)
        self.port.valueChanged.connect(self._on_field_edited)
        form = QFormLayout()
        form.addRow(self.tr("Connection URL"), self.url)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        store = self.context.store
        local = store.path is not None and not store.read_only
        records = local and upload.has_history(store)
        self.upload = QCheckBox(fmt(self.tr("Upload this PC's records (%1) to the team, once"),
                                    store.path.name if local else "—"), objectName="upload")
        self.upload.setEnabled(records)
        self.upload.setToolTip(self.tr("A rep uploads their own records, a manager everyone's. "
                                       "Uploading again adds nothing.") if records or not local else
                               self.tr("This PC's database holds no records yet: there is nothing to upload."))
        self.result = QLabel(objectName="result", wordWrap=True)
        self.result.setMinimumHeight(40)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("Test connection"), objectName="test")
        self.connect_button = QPushButton(self.tr("Connect"), objectName="connect", default=True)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(lambda: self._start(connect=False))
        self.connect_button.clicked.connect(lambda: self._start(connect=True))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.upload)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    # ---- the URL and the fields say the same ------------------------------------------

    def _on_url_edited(self, text: str) -> None:
        if not is_server_url(text.strip()):
            return
        try:
            parsed = make_url(text.strip())
        except Exception:  # noqa: BLE001 - half typed: the fields wait for the rest  # pragma: no cover
            return
        self.host.setText(parsed.host or "")
        self.port.blockSignals(True)
        self.port.setValue(parsed.port or 5432)
        self.port.blockSignals(False)
        self.database.setText(parsed.database or "")
        self.user.setText(parsed.username or "")
        self.password.setText(parsed.password or "")

    def _on_field_edited(self, *_: object) -> None:
        self.url.setText(self._url().render_as_string(hide_password=True) if self._complete() else "")

    def _complete(self) -> bool:
        return all(f.text().strip() for f in (self.host, self.database, self.user))

    def _url(self) -> URL:
        return URL.create("postgresql", username=self.user.text().strip(), password=self.password.text() or None,
                          host=self.host.text().strip(), port=self.port.value(), database=self.database.text().strip())

    def connection_url(self) -> str:
        """The URL to connect with, password included ("" while the form is incomplete)."""
        return self._url().render_as_string(hide_password=False) if self._complete() else ""

    # ---- testing and connecting, off the GUI thread ------------------------------------

    def _start(self, connect: bool) -> None:
        if self._busy:
            return
        url = self.connection_url()
        if not url:
            self._say(self.tr("Enter the server, the database and your user name (or paste the connection URL)."),
                      warn=True)
            return
        local = self.context.store if connect and self.upload.isChecked() and self.upload.isEnabled() else None
        self._busy = True
        for button in (self.test_button, self.connect_button):
            button.setEnabled(False)
        self._say(self.tr("Uploading and connecting…") if local else self.tr("Connecting…"))
        self._asked = (url, connect)
        worker = Worker(lambda _progress: probe(url, local, remember=connect))
        worker.signals.finished.connect(self._done)  # a bound slot: run on the GUI thread, not the worker's
        worker.signals.failed.connect(self._failed)
        self.context.start(worker)

    def _done(self, found: Probe) -> None:
        self._idle()
        url, connect = self._asked
        roles = {"rep": self.tr("rep"), "manager": self.tr("manager"), "admin": self.tr("administrator")}
        who = fmt(self.tr("%1 (%2)"), found.member, roles[found.role]) if found.member else roles[found.role]
        self._say(fmt(self.tr("Connected to %1 as %2."), found.where, who))
        if connect:
            self.connect_requested.emit(url, found)
            self.accept()

    def _failed(self, exc: object) -> None:
        self._idle()
        if isinstance(exc, errors.StoreError):
            self._say(store_error_text(exc), warn=True)
        else:
            self._say(fmt(self.tr("The server did not answer as a KPI Desk database: %1"),
                          errors.one_line(exc) if isinstance(exc, BaseException) else exc), warn=True)

    def _idle(self) -> None:
        self._busy = False
        for button in (self.test_button, self.connect_button):
            button.setEnabled(True)

    def _say(self, text: str, warn: bool = False) -> None:
        self.result.setStyleSheet("color: #c62828;" if warn else "color: #1e5d2f;")
        self.result.setText(text)


def connected_text(found: Probe) -> str:
    """The status line once the window shows the team's database."""
    from PySide6.QtCore import QCoreApplication

    parts = [fmt(QCoreApplication.translate("ConnectDialog", "Connected to %1."), found.where)]
    if found.uploaded is not None:
        parts.append(fmt(QCoreApplication.translate("ConnectDialog", "%1 records of this PC uploaded."),
                         f"{found.uploaded:,}"))
    parts.append(QCoreApplication.translate("ConnectDialog", "The password is kept in the system's keyring.")
                 if found.kept else QCoreApplication.translate(
                     "ConnectDialog", "No keyring on this PC: the password is not kept, and the app opens the "
                                      "local file next time."))
    return " ".join(parts)
