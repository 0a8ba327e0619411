

def engine_at(path, revision: str):  # noqa: ANN001, ANN201 - Path, Engine
    """An engine on a new database file at an older schema `revision`, holding the member 山田 太郎
    (id 1): what a user's file from before a migration looks like. Dispose it before Store.open."""
    from desktop.models import migrate
    from desktop.models.db import make_engine, sqlite_url

    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, target=revision)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO member (id, name, name_key, team, role, active) "
                             "VALUES (1, '山田 太郎', '山田太郎', '', 'rep', 1)")
    return engine


def opened_from_before(path, revision: str, *statements: str):  # noqa: ANN001, ANN201 - Path, Store
    """A user's file at an older `revision` holding 山田 太郎 and what `statements` insert, opened (and so
    migrated) by the Store: close it when done."""
    from desktop.models.store import Store

    engine = engine_at(path, revision)
    with engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)
    engine.dispose()
    return Store.open(path)
