"""File → チームのデータベースに接続… against the real test server, with a real rep login: the URL
pasted fills the fields, テスト接続 says in Japanese what the server said (off the GUI thread),
接続 uploads this PC's history once and switches the window, 切断 goes back to the local file."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.models.store import Store
from tests.test_team_cli import D, _local_history
from tests.views.test_team_live import _shut


@pytest.fixture
def rep_url(pg_url: str) -> str:
    from desktop.models.team_roles import user_url

    admin = Store.open(pg_url)
    admin.setup_team()
    login = "rep_" + uuid.uuid4().hex[:12]
    url = user_url(pg_url, login, admin.add_team_user(login, "rep", "山田 太郎"))
    admin.close()
    return url


@pytest.fixture
def controller(qtbot, tmp_path: Path, japanese):  # noqa: ANN001, ANN201
    from desktop.app import Controller
    from desktop.views.shell.ui_settings import UiSettings

    ui = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    made = Controller(QApplication.instance(), ui, lock=False, today=D)
    assert made.open(_local_history(tmp_path / "mine.sqlite3"))
    yield made
    _shut(made)


def _dialog(controller, qtbot):  # noqa: ANN001, ANN202
    from desktop.views.team.connect_dialog import ConnectDialog

    controller.window.show()
    controller.window._on_team_connect()
    dialog = controller.window.findChild(ConnectDialog, "team_connect")
    assert dialog is not None and dialog.isVisible()
    return dialog


def _click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_pasted_url_fills_the_fields_and_a_wrong_password_is_said_in_japanese(qtbot, controller, rep_url) -> None:  # noqa: ANN001
    from sqlalchemy.engine import make_url

    dialog = _dialog(controller, qtbot)
    parsed = make_url(rep_url)
    qtbot.keyClicks(dialog.url, rep_url.replace(parsed.password, "wrong-password"))
    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == ("127.0.0.1", parsed.port, parsed.username)
    assert dialog.database.text() == parsed.database and dialog.password.text() == "wrong-password"
    _click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "ログインできません" in dialog.result.text() and "wrong-password" not in dialog.result.text()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, parsed.password)
    assert parsed.password not in dialog.url.text(), "the URL field never shows the password"
    _click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert dialog.result.text().endswith("に 山田 太郎（担当者） として接続できました。"), dialog.result.text()
    assert not controller.store.is_team, "a test connects nothing"


def test_an_unreachable_server_and_an_empty_form_are_one_sentence(qtbot, controller) -> None:  # noqa: ANN001
    import socket

    dialog = _dialog(controller, qtbot)
    _click(qtbot, dialog.connect_button)
    assert "ユーザー名を入力してください" in dialog.result.text() and not controller.store.is_team
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    qtbot.keyClicks(dialog.url, f"postgresql://yamada:pw@127.0.0.1:{closed}/kpidesk")
    _click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "に接続できません" in dialog.result.text(), dialog.result.text()
    assert dialog.isVisible() and not controller.store.is_team


def test_connect_uploads_once_switches_the_window_and_disconnect_goes_back(qtbot, controller, rep_url, pg_url) -> None:  # noqa: ANN001
    local = controller.store.path
    dialog = _dialog(controller, qtbot)
    qtbot.keyClicks(dialog.url, rep_url)
    dialog.upload.setChecked(True)
    _click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: controller.store.is_team, timeout=30_000)
    assert "14 件アップロード" in controller.window.statusBar().currentMessage()
    server = Store.open(pg_url)
    try:
        totals = server.totals(D, date(2025, 4, 30))
        assert (totals["calls"], totals["emails"], totals["wins"]) == (12, 7, 1)
    finally:
        server.close()
    saved = Path(os.environ["KPIDESK_DATA_DIR"]) / "team.json"
    assert saved.exists() and rep_url.split(":")[2].split("@")[0] not in saved.read_text(encoding="utf-8")
    dialog = _dialog(controller, qtbot)  # once more, from the team's window: nothing local to upload
    assert not dialog.upload.isEnabled()
    dialog.close()
    controller.window._on_team_disconnect()
    qtbot.waitUntil(lambda: not controller.store.is_team, timeout=20_000)
    assert controller.store.path == local and not saved.exists()


def test_an_empty_local_file_offers_no_upload(qtbot, tmp_path: Path, japanese) -> None:  # noqa: ANN001
    """A PC that has recorded nothing yet (or only its members) has nothing to upload: the box is off
    and says why; one logged call turns it on."""
    from desktop.app import Controller
    from desktop.views.shell.ui_settings import UiSettings

    ui = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    made = Controller(QApplication.instance(), ui, lock=False, today=D)
    try:
        assert made.open(tmp_path / "empty.sqlite3")
        made.store.member_ids_by_name(["山田 太郎"], create=True)
        dialog = _dialog(made, qtbot)
        assert not dialog.upload.isEnabled()
        assert "アップロードするものはありません" in dialog.upload.toolTip()
        dialog.close()
        dialog.setParent(None)  # the next look finds the window's new dialog
        member = made.store.members()[0].id
        made.store.add_activities([{"day": D, "member_id": member, "kind": "call", "outcome": "no_answer"}])
        dialog = _dialog(made, qtbot)
        assert dialog.upload.isEnabled()
        dialog.close()
    finally:
        _shut(made)
