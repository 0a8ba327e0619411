"""Team mode on PostgreSQL: the roles, the grants and the row-level security policies.

Three group roles per database, named after it: ``<db>_owner`` (NOLOGIN: owns every table, so
the policies bind everyone who logs in — owners bypass row-level security), ``<db>_rep`` and
``<db>_manager``. A person is a LOGIN role in one of the two groups, linked to their Member row
by ``member.login``.

* everyone reads the team's numbers;
* a rep writes only their own activities, day counts, deals (and the rollup rows of them), and
  leads that are theirs or nobody's;
* a manager writes everything: KPI tree, targets, settings, reviews, members, imports for anyone.

PostgreSQL refuses an INSERT outside a policy with an error, but an UPDATE or DELETE it filters
away reports 0 rows: the Store checks the row count (`Store.require_rows`).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.engine import make_url

KEYLESS = ("setting",)  # no integer id: a change names the table only
OWN_ROWS = ("activity", "tally", "deal", "dailycount", "tallyreplacement", "leadstatus")  # a rep's, by member_id
READ_ONLY = ("alembic_version", "changelog")  # nobody writes these but migrations and the trigger
LOGIN_NAME = re.compile(r"^[a-z][a-z0-9_]{1,40}$")

_ME = ("CREATE OR REPLACE FUNCTION kpidesk_me() RETURNS integer LANGUAGE sql STABLE "
       "AS $$ SELECT id FROM member WHERE login = current_user $$")


def change_triggers(table: str) -> list[str]:
    """The statements that make every write to `table` leave a change sequence and NOTIFY
    (the trigger function is migration 0007's `kpidesk_note_change`)."""
    if table in KEYLESS:
        return [f"CREATE TRIGGER kpidesk_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION kpidesk_note_change('none')"]
    return [f"CREATE TRIGGER kpidesk_change_{event.lower()} AFTER {event} ON {table} "
            f"REFERENCING {side.upper()} TABLE AS {side}_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION kpidesk_note_change('{side}')"
            for event, side in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old"))]


@dataclass(frozen=True)
class Roles:
    owner: str
    rep: str
    manager: str


def roles_for(database: str) -> Roles:
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40]
    return Roles(f"{base}_owner", f"{base}_rep", f"{base}_manager")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _ensure_role(conn: Connection, name: str, options: str = "NOLOGIN") -> None:
    if not conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).first():
        conn.exec_driver_sql(f"CREATE ROLE {_quote(name)} {options}")


def create_roles(conn: Connection, database: str) -> Roles:
    """The three group roles (idempotent); the admin may act as the owner."""
    roles = roles_for(database)
    for name in (roles.owner, roles.rep, roles.manager):
        _ensure_role(conn, name)
    conn.exec_driver_sql(f"GRANT {_quote(roles.owner)} TO CURRENT_USER")
    conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {_quote(roles.owner)}")
    for group in (roles.rep, roles.manager):
        conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {_quote(database)} TO {_quote(group)}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {_quote(group)}")
    return roles


def _tables(conn: Connection) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]


def secure_if_team(conn: Connection) -> None:
    """After a migration adds a table on a server `team init` already set up: secure it as the others
    (idempotent; run as the administrator who migrates). On a server without team roles, nothing."""
    roles = roles_for(conn.exec_driver_sql("SELECT current_database()").scalar_one())
    owner = conn.exec_driver_sql("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
                                 "AND tablename = 'lead'").scalar()
    if owner == roles.owner:
        secure(conn, roles)


def secure(conn: Connection, roles: Roles) -> None:
    """Hand every table to the owner role, grant the groups, and (re)create the policies."""
    o, rep, mgr = (_quote(r) for r in (roles.owner, roles.rep, roles.manager))
    conn.exec_driver_sql(_ME)
    for obj in ("FUNCTION kpidesk_me()", "FUNCTION kpidesk_note_change()"):
        conn.exec_driver_sql(f"ALTER {obj} OWNER TO {o}")
    for table in _tables(conn):
        t = _quote(table)
        conn.exec_driver_sql(f"ALTER TABLE {t} OWNER TO {o}")
        if table in READ_ONLY:
            conn.exec_driver_sql(f"GRANT SELECT ON {t} TO {rep}, {mgr}")
            continue
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {rep}, {mgr}")
        for sql in _policies(table, rep, mgr):
            conn.exec_driver_sql(sql)
    for seq, in conn.exec_driver_sql("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"):
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON SEQUENCE {_quote(seq)} TO {rep}, {mgr}")  # owned by their tables


def _policies(table: str, rep: str, mgr: str) -> list[str]:
    t = _quote(table)
    out = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]
    for name in ("kpidesk_read", "kpidesk_manage", "kpidesk_own"):
        out.append(f"DROP POLICY IF EXISTS {name} ON {t}")
    out.append(f"CREATE POLICY kpidesk_read ON {t} FOR SELECT TO {rep}, {mgr} USING (true)")
    out.append(f"CREATE POLICY kpidesk_manage ON {t} FOR ALL TO {mgr} USING (true) WITH CHECK (true)")
    # alert events are each client's bookkeeping (raised, acknowledged, snoozed), not numbers
    mine = {"lead": "owner_id IS NULL OR owner_id = kpidesk_me()", "alertevent": "true",
            "contract": "deal_id IN (SELECT id FROM deal WHERE member_id = kpidesk_me())"}.get(
        table, "member_id = kpidesk_me()" if table in OWN_ROWS else None)
    if mine:
        out.append(f"CREATE POLICY kpidesk_own ON {t} FOR ALL TO {rep} USING ({mine}) WITH CHECK ({mine})")
    return out


def check_login_name(name: str) -> bool:
    return bool(LOGIN_NAME.match(name))


def new_password() -> str:
    return secrets.token_urlsafe(18)


def add_login(conn: Connection, roles: Roles, login: str, role: str, password: str) -> None:
    """A LOGIN role in the rep or manager group with a SCRAM-SHA-256 password. The verifier is
    computed here (libpq's PQencryptPasswordConn), so the password itself never reaches the server's
    statement log."""
    raw = conn.connection.driver_connection
    verifier = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    group = roles.manager if role == "manager" else roles.rep
    if conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = ?", (login,)).first():
        raise ValueError("login_exists")
    conn.exec_driver_sql(f"CREATE ROLE {_quote(login)} LOGIN PASSWORD '{verifier}' IN ROLE {_quote(group)}")


def user_url(admin_url: str, login: str, password: str) -> str:
    """The admin's server and database with this person's login: what they paste into `team join`."""
    url = make_url(admin_url).set(username=login, password=password)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class TeamOps:
    """Store methods an administrator runs on a team's server (`kpidesk team …`)."""

    def setup_team(self) -> Roles:
        """Roles, grants and policies for this database (run again after an upgrade: idempotent)."""
        with self._write() as s:
            conn = s.connection()
            roles = create_roles(conn, conn.exec_driver_sql("SELECT current_database()").scalar_one())
            secure(conn, roles)
        return roles

    def add_team_user(self, login: str, role: str, member_name: str | None = None) -> str:
        """A person's own login, linked to their Member row (found by name, else created);
        returns their password (shown once, never stored)."""
        from desktop.models.facts import member_key
        from desktop.models.tables import Member
        from sqlmodel import select

        password = new_password()
        name = (member_name or login).strip()
        with self._write() as s:
            conn = s.connection()
            roles = roles_for(conn.exec_driver_sql("SELECT current_database()").scalar_one())
            add_login(conn, roles, login, role, password)
            member = s.exec(select(Member).where(Member.name_key == member_key(name))).first()
            if member is None:
                member = Member(name=name, name_key=member_key(name))
                s.add(member)
            member.login, member.role = login, role
            s.flush()
        self.publish("updated", "member", [member.id])
        return password
