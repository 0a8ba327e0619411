"""`kpidesk team init | add-user | join`: one shared set of numbers on a team's PostgreSQL server.

    kpidesk team init --db postgresql://admin:…@server/kpidesk        # schema, roles, policies
    kpidesk team add-user yamada --role rep --member "山田 太郎" --db postgresql://admin:…@server/kpidesk
    kpidesk team join postgresql://yamada:…@server/kpidesk           # on each PC

`add-user` prints the person's connection URL as its last line, once: the password is never stored
on the server side (only its SCRAM verifier) nor by KPI Desk in plain text.
"""

from __future__ import annotations

import argparse

from desktop.commands.common import CliError, open_store, text
from desktop.models import backend


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("team", help="team mode on a PostgreSQL server: init, add-user, join")
    team = p.add_subparsers(dest="team_command", required=True, parser_class=type(p))
    init = team.add_parser("init", help="create the schema, roles and row-level security on the server")
    init.add_argument("--db", required=True, help="the server URL of an administrator (postgresql://…)")
    init.set_defaults(run=run_init)
    add = team.add_parser("add-user", help="create a person's own login and print their URL")
    add.add_argument("name", help="login name (lower-case letters, digits, _)")
    add.add_argument("--role", choices=("rep", "manager"), required=True)
    add.add_argument("--member", help="the member's name as the team writes it (default: the login)")
    add.add_argument("--db", required=True, help="the server URL of an administrator")
    add.set_defaults(run=run_add_user)
    join = team.add_parser("join", help="connect this PC to the team's database")
    join.add_argument("url", help="the URL `team add-user` printed")
    join.add_argument("--upload", metavar="SQLITE", help="upload this local database's history once")
    join.set_defaults(run=run_join)


def _server(url: str):  # noqa: ANN202 - Store
    if not backend.is_server_url(url):
        raise CliError("not_server_url", detail=url)
    return open_store(url)


def run_init(args: argparse.Namespace) -> int:
    store = _server(args.db)
    try:
        roles = store.setup_team()
        where = store.location
    finally:
        store.close()
    print(text("team_ready", path=where, detail=f"{roles.rep}, {roles.manager}"))
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    from desktop.models.team_roles import check_login_name, user_url

    if not check_login_name(args.name):
        raise CliError("bad_login", detail=args.name)
    store = _server(args.db)
    try:
        try:
            password = store.add_team_user(args.name, args.role, args.member)
        except ValueError as exc:
            raise CliError("login_exists", detail=args.name) from exc
    finally:
        store.close()
    print(text("user_added", detail=args.name, path=args.role))
    print(user_url(args.db, args.name, password))
    return 0


def run_join(args: argparse.Namespace) -> int:
    from desktop.commands import team_join

    return team_join.run(args)
