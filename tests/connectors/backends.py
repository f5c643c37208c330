"""The database backends the SQL connector is tested on, each as a fresh database per test.

``sqlite`` is a file in the test's tmp folder; the others are new databases on the machine's
PostgreSQL and MariaDB services (see ``tests/services.py``: an unreachable service fails the
test, it does not skip). ``mariadb-odbc`` is the same kind of MariaDB database reached through
the Debian ``MariaDB Unicode`` ODBC driver with SQLAlchemy's ``mysql+pyodbc`` dialect.
"""

from __future__ import annotations

import contextlib
import socket
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.services import mariadb_database, postgres_database

BACKENDS = ("sqlite", "postgresql", "mariadb", "mariadb-odbc")
ODBC_DRIVER = "MariaDB Unicode"


def backend_params(*names: str) -> list:
    """pytest params for these backends (all by default); every one but sqlite is ``integration``."""
    return [pytest.param(name, id=name, marks=() if name == "sqlite" else pytest.mark.integration)
            for name in names or BACKENDS]


def odbc_url(pymysql_url: str, port: int | None = None) -> str:
    """The ``mysql+pyodbc`` URL of the database a ``mysql+pymysql`` URL names."""
    require_odbc_driver()
    url = sa.engine.make_url(pymysql_url)
    connect = (f"DRIVER={{{ODBC_DRIVER}}};SERVER={url.host};PORT={port or url.port or 3306};"
               f"DATABASE={url.database};USER={url.username};PASSWORD={url.password or ''};CHARSET=utf8mb4")
    return "mysql+pyodbc:///?odbc_connect=" + urllib.parse.quote_plus(connect)


def require_odbc_driver() -> None:
    """Fail (not skip) when the ODBC driver is missing: CI installs it (``make system-deps``)."""
    import pyodbc

    if ODBC_DRIVER not in pyodbc.drivers():
        pytest.fail(f"ODBC driver {ODBC_DRIVER!r} is not installed (installed: {pyodbc.drivers()}); "
                    "run `make system-deps`")


@contextlib.contextmanager
def fresh_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """A new, empty database of the backend; its SQLAlchemy URL; dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'system.db'}"
    elif backend == "postgresql":
        with postgres_database() as url:
            yield url
    elif backend == "mariadb":
        with mariadb_database() as url:
            yield url
    elif backend == "mariadb-odbc":
        require_odbc_driver()
        with mariadb_database() as url:
            yield odbc_url(url)
    else:
        raise ValueError(f"unknown backend {backend!r}")


def free_port() -> int:
    """A local TCP port nothing listens on (just released by the OS)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unreachable_url(backend: str, url: str, tmp_path: Path) -> str:
    """The same database behind a port nothing listens on (SQLite: a folder that does not exist)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'system.db'}"
    if backend == "mariadb-odbc":
        connect = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["odbc_connect"][0]
        database = dict(part.split("=", 1) for part in connect.split(";") if part)["DATABASE"]
        return odbc_url(f"mysql+pymysql://root@127.0.0.1/{database}", port=free_port())
    return sa.engine.make_url(url).set(port=free_port()).render_as_string(hide_password=False)
