"""The app follows another client's writes on a team's server without waiting for its timer."""

from __future__ import annotations

from datetime import date

from desktop.models.changes import Change
from desktop.models.store import Store
from desktop.models.tables import ActivityIn, MemberIn
from desktop.views.shell.signals import StoreSignals

D = date(2025, 4, 3)


def test_another_clients_write_reaches_the_signal_through_the_socket(qtbot, pg_url: str) -> None:
    here, there = Store.open(pg_url), Store.open(pg_url)
    member = there.add_member(MemberIn(name="山田 太郎"))
    signals = StoreSignals(here, poll_ms=3_600_000)  # the hourly timer never fires in this test
    seen: list[Change] = []
    signals.changed.connect(seen.append)
    try:
        qtbot.waitUntil(lambda: any(c.table == "member" for c in seen), timeout=5000)
        ids = there.add_activities([ActivityIn(day=D, member_id=member.id, outcome="appointment")])
        qtbot.waitUntil(lambda: ("activity", tuple(ids)) in [(c.table, c.ids) for c in seen], timeout=5000)
    finally:
        signals.close()
        here.close()
        there.close()


def test_an_unreachable_server_opens_its_offline_copy_read_only_with_its_time(qtbot, pg_url: str) -> None:
    """The copy was refreshed while connected; now the server's address answers nothing."""
    import socket

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.app import Controller
    from desktop.views.shell.team import copy_for
    from desktop.views.shell.ui_settings import UiSettings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    gone = f"postgresql://yamada:pw@127.0.0.1:{closed}/kpidesk"
    server = Store.open(pg_url)
    member = server.add_member(MemberIn(name="山田 太郎"))
    server.add_activities([ActivityIn(day=D, member_id=member.id, outcome="appointment") for _ in range(4)])
    server.refresh_offline_copy(copy_for(gone))
    server.close()
    ui = UiSettings(QSettings(str(copy_for(gone).with_suffix(".ini")), QSettings.Format.IniFormat))
    controller = Controller(QApplication.instance(), ui, lock=False, today=D)
    assert controller.open(gone)
    try:
        store = controller.store
        assert store.read_only and store.totals(D, D)["appointments"] == 4
        label = controller.window.findChild(QLabel, "offline")
        assert label is not None and label.text().startswith("Data as of ") and label.text().endswith("(offline)")
    finally:
        _shut(controller)


def test_a_rep_can_open_every_page_on_the_team_database(qtbot, pg_url: str) -> None:
    """Pages that write bookkeeping when shown (default alert rules, alert events) must not stop a
    rep, whose login may not write the manager's tables."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import Controller
    from desktop.models.team_roles import user_url
    from desktop.views.shell.pages import PAGE_NAMES
    from desktop.views.shell.ui_settings import UiSettings

    admin = Store.open(pg_url)
    admin.setup_team()
    login = "rep_" + pg_url.rsplit("_", 1)[-1]
    rep_url = user_url(pg_url, login, admin.add_team_user(login, "rep", "山田 太郎"))
    admin.add_activities([ActivityIn(day=D, member_id=admin.members()[0].id, outcome="connected")])
    admin.close()
    ui = UiSettings(QSettings(str(qtbot_tmp(qtbot) / "ui.ini"), QSettings.Format.IniFormat))
    controller = Controller(QApplication.instance(), ui, lock=False, today=D)
    assert controller.open(rep_url)
    try:
        for name in PAGE_NAMES:
            controller.window.show_page(name)
            QApplication.processEvents()
        assert controller.store.totals(D, D)["connects"] == 1
    finally:
        _shut(controller)


def _shut(controller) -> None:  # noqa: ANN001 - Controller
    """The window closes, its background reads finish and hand in their results, then the store
    closes (before the test's database is dropped)."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from desktop.views.shell.signals import Coalescer

    controller.window.close()
    controller.window.context.signals.close()  # no more changes come in
    for _ in range(2):  # pending refreshes run now, while the database is still there, then stop
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()
        for coalescer in controller.window.findChildren(Coalescer):
            coalescer.flush()
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()
    controller.store.close()


def qtbot_tmp(qtbot):  # noqa: ANN001, ANN201 - a folder of this test's own
    import tempfile
    from pathlib import Path

    return Path(tempfile.mkdtemp(prefix="kpidesk-ui-"))
