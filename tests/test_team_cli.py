"""`kpidesk team init / add-user / join` against a real PostgreSQL server, with real logins."""

from __future__ import annotations

import os
import socket
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.models.store import Store
from desktop.models.tables import ActivityIn, DealIn, LeadIn, MemberIn, TallyIn

D = date(2025, 4, 3)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def team_url(pg_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = run(capsys, "team", "init", "--db", pg_url)
    assert code == 0 and "roles" in out and not err
    return pg_url


def _login(pg_url: str, name: str) -> str:
    return f"{name}_{os.getpid()}_{abs(hash(pg_url)) % 10_000}"


def _add(capsys, team_url: str, name: str, role: str, member: str) -> str:  # noqa: ANN001
    code, out, err = run(capsys, "team", "add-user", _login(team_url, name), "--role", role, "--member", member,
                         "--db", team_url)
    assert code == 0 and not err, err
    return out.strip().splitlines()[-1]  # the URL is the last line


def _local_history(path: Path) -> Path:
    """A rep's own SQLite file from before the team had a server: 山田's 12 calls (3 connects, 1
    appointment), a tally and a won deal, and 2 calls of 佐藤's that are not 山田's to upload."""
    s = Store.open(path)
    yamada, sato = s.add_member(MemberIn(name="山田 太郎")), s.add_member(MemberIn(name="佐藤 花子"))
    outcomes = ["no_answer"] * 8 + ["connected"] * 2 + ["appointment"] + ["gatekeeper"]
    s.add_activities([ActivityIn(day=D, member_id=yamada.id, outcome=o) for o in outcomes])
    s.add_activities([ActivityIn(day=D, member_id=sato.id, outcome="no_answer") for _ in range(2)])
    s.set_tallies([TallyIn(day=date(2025, 4, 4), member_id=yamada.id, metric="emails", count=7)])
    s.add_deals([DealIn(member_id=yamada.id, created_day=D, amount=1_200_000, stage="won", closed_day=D)])
    s.close()
    return path


def test_add_user_makes_a_scram_login_and_prints_its_url_last(capsys, team_url: str) -> None:
    url = _add(capsys, team_url, "yamada", "rep", "山田 太郎")
    assert url.startswith("postgresql://") and _login(team_url, "yamada") in url
    with Store.open(team_url).engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT rolpassword FROM pg_authid WHERE rolname = ?",
                                      (_login(team_url, "yamada"),)).scalar()
    assert stored.startswith("SCRAM-SHA-256$") and url.split(":")[2].split("@")[0] not in stored
    rep = Store.open(url)  # the printed URL logs in
    assert [m.name for m in rep.members() if m.login] == ["山田 太郎"]
    rep.close()


def test_join_uploads_a_reps_own_history_once(capsys, team_url: str, tmp_path: Path) -> None:
    url = _add(capsys, team_url, "yamada", "rep", "山田 太郎")
    local = _local_history(tmp_path / "mine.sqlite3")
    code, out, err = run(capsys, "team", "join", url, "--upload", str(local))
    assert code == 0 and not err, err
    assert "uploaded 14 records" in out  # 山田's 12 calls, 1 day count and 1 deal
    code, out, _ = run(capsys, "team", "join", url, "--upload", str(local))
    assert code == 0 and "uploaded 0 records" in out, "a second upload adds nothing"
    server = Store.open(team_url)
    try:
        totals = server.totals(D, date(2025, 4, 30))
        assert (totals["calls"], totals["connects"], totals["appointments"]) == (12, 3, 1)
        assert (totals["emails"], totals["wins"], totals["revenue"]) == (7, 1, 1_200_000)
        assert [m.name for m in server.members()] == ["山田 太郎"], "佐藤's rows are not 山田's to upload"
    finally:
        server.close()


def test_join_uploads_a_reps_lead_stages_with_their_leads_once(capsys, team_url: str, tmp_path: Path) -> None:
    url = _add(capsys, team_url, "yamada", "rep", "山田 太郎")
    local = Store.open(tmp_path / "leads.sqlite3")
    yamada, sato = local.add_member(MemberIn(name="山田 太郎")).id, local.add_member(MemberIn(name="佐藤 花子")).id
    for company, owner, status in (("サクラ商事", yamada, "sql"), ("ミドリ工業", yamada, "mql"), ("アオイ物産", sato, "sql")):
        local.set_lead_status(local.add_lead(LeadIn(company=company, owner_id=owner)).id, status, D)
    local.close()
    code, out, err = run(capsys, "team", "join", url, "--upload", str(tmp_path / "leads.sqlite3"))
    assert code == 0 and not err, err
    assert "uploaded 5 records" in out  # 山田's two leads, サクラ商事 MQL and SQL, ミドリ工業 MQL
    code, out, _ = run(capsys, "team", "join", url, "--upload", str(tmp_path / "leads.sqlite3"))
    assert "uploaded 0 records" in out
    server = Store.open(team_url)
    try:
        totals = server.totals(D, D)
        assert (totals["mqls"], totals["sqls"], totals["mqls_to_sql"]) == (2, 1, 1)
        assert sorted(lead.company for lead in server.leads()) == ["サクラ商事", "ミドリ工業"]
    finally:
        server.close()


def test_join_keeps_no_password_in_plain_text(capsys, team_url: str, tmp_path: Path) -> None:
    url = _add(capsys, team_url, "sato", "rep", "佐藤 花子")
    password = url.split("://", 1)[1].split("@")[0].split(":", 1)[1]
    code, out, _ = run(capsys, "team", "join", url)
    assert code == 0
    data = Path(os.environ["KPIDESK_DATA_DIR"])
    written = b"".join(p.read_bytes() for p in data.rglob("*") if p.is_file())
    assert b"team.json" not in written and written and password.encode() not in written


@pytest.mark.parametrize("args, words", [
    (["team", "add-user", "Bad Name", "--role", "rep", "--db", "{url}"], "login name"),
    (["team", "join", "/tmp/not-a-server.sqlite3"], "PostgreSQL URL"),
    (["team", "join", "{wrong}"], "login refused"),
    (["team", "join", "postgresql://someone:pw@127.0.0.1:{closed}/kpidesk"], "cannot reach"),
])
def test_bad_team_input_is_one_clear_line(capsys, team_url: str, args: list[str], words: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    wrong = team_url.replace("@127.0.0.1", "x@127.0.0.1")
    args = [a.format(url=team_url, wrong=wrong, closed=closed) for a in args]
    code, out, err = run(capsys, *args)
    assert code == 2 and not out and err.startswith("error: ") and words in err
    assert len(err.strip().splitlines()) == 1 and "x@" not in err


class _MemoryKeyring:
    """Stands in for the desktop's keyring service (Credential Manager, Keychain, Secret Service),
    which a headless test machine has none of; the keyring package's own backend interface."""

    @staticmethod
    def make():  # noqa: ANN205 - a keyring.backend.KeyringBackend
        from keyring.backend import KeyringBackend

        class Memory(KeyringBackend):
            priority = 1
            secrets: dict[tuple[str, str], str] = {}

            def set_password(self, service: str, username: str, password: str) -> None:
                self.secrets[(service, username)] = password

            def get_password(self, service: str, username: str) -> str | None:
                return self.secrets.get((service, username))

            def delete_password(self, service: str, username: str) -> None:
                self.secrets.pop((service, username), None)

        return Memory()


def test_after_join_the_commands_use_the_team_database_with_the_password_from_the_keyring(
        capsys, team_url: str) -> None:
    import json

    import keyring

    ring = _MemoryKeyring.make()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        url = _add(capsys, team_url, "yamada", "rep", "山田 太郎")
        code, out, _ = run(capsys, "team", "join", url)
        assert code == 0 and "keyring" in out
        password = url.split("://", 1)[1].split("@")[0].split(":", 1)[1]
        assert list(ring.secrets.values()) == [password]
        admin = Store.open(team_url)
        yamada = next(m.id for m in admin.members() if m.name == "山田 太郎")
        admin.add_activities([ActivityIn(day=D, member_id=yamada, outcome="appointment") for _ in range(2)])
        admin.close()
        code, out, err = run(capsys, "summary", "--json")  # no --db: the joined team database
        assert code == 0, err
        assert json.loads(out)["2025-04"]["appointments"] == 2
    finally:
        keyring.set_keyring(previous)


def test_join_uploads_the_leads_and_their_links_once(capsys, team_url: str, tmp_path: Path) -> None:
    """山田's local file: 2 calls and a deal with 株式会社あおば (its deal came from the second call),
    his own lead 緑商事 with nothing logged yet, and 佐藤's lead 東西物産, which is not his to upload.
    The server already knows あおば (someone imported it): it is linked, not added twice."""
    from desktop.models.tables import LeadIn

    url = _add(capsys, team_url, "yamada", "rep", "山田 太郎")
    admin = Store.open(team_url)
    known = admin.add_lead(LeadIn(company="株式会社あおば", person="受付")).id
    admin.close()
    s = Store.open(tmp_path / "mine.sqlite3")
    yamada, sato = s.add_member(MemberIn(name="山田 太郎")), s.add_member(MemberIn(name="佐藤 花子"))
    aoba = s.add_lead(LeadIn(company="株式会社あおば", person="青葉 一郎", owner_id=yamada.id)).id
    s.add_lead(LeadIn(company="緑商事", phone="03-1234-5678", status="mql", owner_id=yamada.id))
    s.add_lead(LeadIn(company="東西物産", owner_id=sato.id))
    calls = s.add_activities([ActivityIn(day=D, member_id=yamada.id, lead_id=aoba, outcome=o)
                              for o in ("connected", "appointment")])
    s.add_deals([DealIn(member_id=yamada.id, lead_id=aoba, created_day=D, amount=500_000, stage="lost",
                        closed_day=D, lost_reason="予算なし", source_activity_id=calls[1])])
    s.close()
    code, out, err = run(capsys, "team", "join", url, "--upload", str(tmp_path / "mine.sqlite3"))
    assert code == 0 and not err, err
    assert "uploaded 4 records" in out  # 緑商事, 2 calls and the deal: あおば was on the server already
    code, out, _ = run(capsys, "team", "join", url, "--upload", str(tmp_path / "mine.sqlite3"))
    assert code == 0 and "uploaded 0 records" in out, "a second upload adds nothing"
    server = Store.open(team_url)
    try:
        leads = {ld.company: ld for ld in server.leads()}
        assert sorted(leads) == ["株式会社あおば", "緑商事"]
        assert leads["株式会社あおば"].id == known
        mine = next(m.id for m in server.members() if m.name == "山田 太郎")
        assert (leads["緑商事"].phone, leads["緑商事"].status, leads["緑商事"].owner_id) == ("03-1234-5678", "mql", mine)
        with server.engine.connect() as conn:
            linked = conn.exec_driver_sql("SELECT outcome, lead_id FROM activity ORDER BY outcome").all()
            deal = conn.exec_driver_sql("SELECT d.lead_id, d.lost_reason, a.outcome FROM deal d "
                                        "JOIN activity a ON a.id = d.source_activity_id").one()
        assert [tuple(r) for r in linked] == [("appointment", known), ("connected", known)]
        assert tuple(deal) == (known, "予算なし", "appointment")
    finally:
        server.close()


def test_demo_writes_its_year_into_the_server(capsys, pg_url: str) -> None:
    code, out, err = run(capsys, "demo", "--db", pg_url, "--today", "2025-11-20")
    assert code == 0 and not err, err
    assert "members 6" in out and "pw" not in out.split(":", 2)[-1].split("@")[0]
    server = Store.open(pg_url)
    try:
        assert len(server.members()) == 6 and len(server.leads()) == 240
        assert server.totals(date(2025, 4, 1), date(2025, 11, 20))["calls"] > 10_000
    finally:
        server.close()
    code, _, err = run(capsys, "demo", "--db", pg_url)
    assert code == 2 and "already holds data" in err and "empty team database" in err, err


def test_demo_into_the_server_is_one_transaction(capsys, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The year's members, leads, calls and deals are written before the KPI tree: a failure
    while writing the tree leaves the server as empty as it was."""
    from desktop.models import demo

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("the connection dropped while writing the tree")

    monkeypatch.setattr(demo, "_tree", broken)
    code, out, err = run(capsys, "demo", "--db", pg_url, "--today", "2025-11-20")
    assert code != 0 and not out and "RuntimeError" in err
    server = Store.open(pg_url)
    try:
        assert demo.is_empty(server) and server.leads() == []
    finally:
        server.close()
