"""Fresh databases on the machine's PostgreSQL and MariaDB services, one per test.

A test that needs a service fails (it does not skip) when the service is unreachable: CI runs
on a machine where they are up, and a silent skip would hide a broken setup.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

POSTGRES_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
MARIADB_ADMIN = "mysql+pymysql://root@127.0.0.1:3306/?charset=utf8mb4"


def _admin(url: str) -> sa.Engine:
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as exc:
        pytest.fail(f"service not reachable at {engine.url.render_as_string(hide_password=True)}: {exc.orig}; "
                    "start it (see .ci/run)")
    return engine


@contextlib.contextmanager
def _database(admin_url: str, create: str, drop: str, url: str) -> Iterator[str]:
    name = f"synchub_t_{uuid.uuid4().hex[:8]}"
    admin = _admin(admin_url)
    with admin.connect() as conn:
        conn.execute(sa.text(create.format(name=name)))
    try:
        yield url.format(name=name)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(drop.format(name=name)))
        admin.dispose()


def postgres_database():
    """A new PostgreSQL database (context manager giving its URL); dropped afterwards."""
    return _database(POSTGRES_ADMIN, 'CREATE DATABASE "{name}"', 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                     "postgresql+psycopg://postgres@127.0.0.1:5432/{name}")


def mariadb_database():
    """A new MariaDB database (context manager giving its pymysql URL); dropped afterwards."""
    return _database(MARIADB_ADMIN, "CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
                     "DROP DATABASE IF EXISTS `{name}`", "mysql+pymysql://root@127.0.0.1:3306/{name}?charset=utf8mb4")
