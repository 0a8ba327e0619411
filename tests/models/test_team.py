"""Team mode on a real PostgreSQL server: roles, row-level security with real logins, live changes."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models import errors
from desktop.models.store import Store
from desktop.models.tables import ActivityIn, KpiNodeIn, LeadIn, MemberIn, TallyIn
from desktop.models.team_roles import user_url

D = date(2025, 4, 3)


@pytest.fixture
def team(pg_url: str):
    """A team database after `team init`: a manager (鈴木) and two reps (山田, 佐藤), each with their own
    login, and one call each already logged by the administrator."""
    admin = Store.open(pg_url)
    admin.setup_team()
    tag = pg_url.rsplit("/", 1)[1][-12:].strip("_")
    logins = {}
    for login, role, name in (("mgr", "manager", "鈴木 一郎"), ("yamada", "rep", "山田 太郎"),
                              ("sato", "rep", "佐藤 花子")):
        logins[login] = user_url(pg_url, f"{login}_{tag}", admin.add_team_user(f"{login}_{tag}", role, name))
    ids = {m.name: m.id for m in admin.members()}
    admin.add_activities([ActivityIn(day=D, member_id=ids[n], outcome="no_answer") for n in ("山田 太郎", "佐藤 花子")])
    yield admin, logins, ids
    admin.close()


def _open(url: str) -> Store:
    return Store.open(url)


def test_a_rep_logs_their_own_calls_and_everyone_reads_the_team_numbers(team) -> None:
    admin, logins, ids = team
    yamada = _open(logins["yamada"])
    try:
        yamada.add_activities([ActivityIn(day=D, member_id=ids["山田 太郎"], outcome="appointment")])
        yamada.set_tallies([TallyIn(day=D, member_id=ids["山田 太郎"], metric="emails", count=5)])
        assert yamada.totals(D, D)["calls"] == 3 and yamada.totals(D, D)["appointments"] == 1
        assert yamada.totals(D, D)["emails"] == 5
    finally:
        yamada.close()
    assert admin.member_counts(D, D)[ids["山田 太郎"]]["calls"] == 2


def test_a_rep_cannot_log_for_another_rep(team) -> None:
    admin, logins, ids = team
    yamada = _open(logins["yamada"])
    try:
        with pytest.raises(errors.StoreError) as info:
            yamada.add_activities([ActivityIn(day=D, member_id=ids["佐藤 花子"], outcome="appointment")])
        assert info.value.code == errors.NOT_YOURS
        with pytest.raises(errors.StoreError):
            yamada.set_tallies([TallyIn(day=D, member_id=ids["佐藤 花子"], metric="calls", count=99)])
    finally:
        yamada.close()
    assert admin.member_counts(D, D)[ids["佐藤 花子"]] == {"calls": 1}


def test_a_reps_update_or_delete_of_another_reps_row_is_refused_not_silently_ignored(team) -> None:
    """PostgreSQL answers an UPDATE its policy filters away with 0 rows: the Store says no."""
    admin, logins, ids = team
    with admin.engine.connect() as conn:
        sato_call = conn.exec_driver_sql("SELECT id FROM activity WHERE member_id = ?", (ids["佐藤 花子"],)).scalar()
        own_call = conn.exec_driver_sql("SELECT id FROM activity WHERE member_id = ?", (ids["山田 太郎"],)).scalar()
    yamada = _open(logins["yamada"])
    try:
        for attempt in (lambda: yamada.update_activity(sato_call, outcome="appointment"),
                        lambda: yamada.remove_activities([sato_call])):
            with pytest.raises(errors.StoreError) as info:
                attempt()
            assert info.value.code == errors.NOT_YOURS
        yamada.update_activity(own_call, outcome="connected")  # their own row: accepted
    finally:
        yamada.close()
    assert admin.totals(D, D)["calls"] == 2 and admin.totals(D, D)["connects"] == 1
    assert admin.member_counts(D, D)[ids["佐藤 花子"]] == {"calls": 1}


def test_a_rep_records_stages_of_their_own_leads_only(team) -> None:
    admin, logins, ids = team
    mine = admin.add_lead(LeadIn(company="サクラ商事", owner_id=ids["山田 太郎"])).id
    satos = admin.add_lead(LeadIn(company="アオイ物産", owner_id=ids["佐藤 花子"])).id
    yamada = _open(logins["yamada"])
    try:
        yamada.set_lead_status(mine, "mql", D)
        with pytest.raises(errors.StoreError):
            yamada.set_lead_status(satos, "mql", D)
    finally:
        yamada.close()
    assert admin.lead_stages() == {mine: {"mql": D}}
    assert admin.member_counts(D, D)[ids["山田 太郎"]]["mqls"] == 1


def test_a_rep_cannot_change_the_kpi_tree_or_members_but_a_manager_can(team) -> None:
    admin, logins, ids = team
    yamada, mgr = _open(logins["yamada"]), _open(logins["mgr"])
    try:
        with pytest.raises(errors.StoreError):
            yamada.add_node(KpiNodeIn(kind="kgi", title="年間売上 1億円", metric="revenue"))
        with pytest.raises(errors.StoreError):
            yamada.add_member(MemberIn(name="新人 次郎"))
        node = mgr.add_node(KpiNodeIn(kind="kgi", title="年間売上 1億円", metric="revenue"))
        mgr.add_activities([ActivityIn(day=D, member_id=ids["佐藤 花子"], outcome="connected")])
        assert [n.title for n in yamada.nodes()] == ["年間売上 1億円"] and node.id
    finally:
        yamada.close()
        mgr.close()
    assert admin.member_counts(D, D)[ids["佐藤 花子"]]["connects"] == 1


def test_the_tables_belong_to_a_role_nobody_logs_in_as(team) -> None:
    admin, _, _ = team
    with admin.engine.connect() as conn:
        owners = set(conn.exec_driver_sql(
            "SELECT DISTINCT r.rolname, r.rolcanlogin, r.rolbypassrls FROM pg_tables t "
            "JOIN pg_roles r ON r.rolname = t.tableowner WHERE t.schemaname = 'public'"))
        unsecured = conn.exec_driver_sql(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace "
            "AND NOT relrowsecurity AND relname NOT IN ('alembic_version', 'changelog')").fetchall()
    assert len(owners) == 1 and [(login, bypass) for _, login, bypass in owners] == [(False, False)]
    assert unsecured == []


def test_a_wrong_password_is_one_clear_error(team) -> None:
    _, logins, _ = team
    wrong = logins["yamada"].replace("@127.0.0.1", "x@127.0.0.1")
    with pytest.raises(errors.StoreError) as info:
        Store.open(wrong)
    assert info.value.code == errors.LOGIN_FAILED and "x@" not in info.value.path


def test_a_team_server_upgraded_to_lead_stages_secures_the_new_table(pg_url: str) -> None:
    from desktop.models import migrate, team_roles
    from desktop.models.pg_backend import PostgresBackend

    engine = PostgresBackend(pg_url).make_engine()
    migrate.upgrade(engine, target="0007")
    with engine.begin() as conn:  # `team init` on the server as it was before 0008
        team_roles.secure(conn, team_roles.create_roles(conn, conn.exec_driver_sql("SELECT current_database()").scalar_one()))
    engine.dispose()
    store = Store.open(pg_url)  # the administrator's next start migrates to 0008
    try:
        with store.engine.connect() as conn:
            secured = conn.exec_driver_sql("SELECT relrowsecurity FROM pg_class WHERE relname = 'leadstatus'").scalar()
            policies = {r[0] for r in conn.exec_driver_sql("SELECT policyname FROM pg_policies WHERE tablename = 'leadstatus'")}
        assert secured and policies == {"kpidesk_read", "kpidesk_manage", "kpidesk_own"}
    finally:
        store.close()
