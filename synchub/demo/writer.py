"""Writing to the demo databases: which systems a URL map names, dropping and creating their
schemas, chunked inserts, PostgreSQL sequences after explicit ids, and an engine for bulk writes.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Engine, create_engine, event, text

from synchub.demo.schemas import METADATA
from synchub.demo.vocabulary import SYSTEMS

CHUNK_ROWS = 5000
"""Rows per ``INSERT`` executemany: big enough to be fast, small enough for any driver."""


def check_urls(urls: Mapping[str, str]) -> list[str]:
    """The systems named in ``urls``, in :data:`SYSTEMS` order; unknown names are an error."""
    unknown = sorted(set(urls) - set(SYSTEMS))
    if unknown:
        raise ValueError(f"unknown demo system(s) {unknown}; expected some of {list(SYSTEMS)}")
    return [s for s in SYSTEMS if s in urls]


def insert_rows(conn, table, rows: Mapping[str, list]) -> None:
    """Insert a record of lists in chunks of :data:`CHUNK_ROWS` with executemany."""
    cols = list(rows)
    if not cols:
        return
    n = len(rows[cols[0]])
    for start in range(0, n, CHUNK_ROWS):
        stop = min(start + CHUNK_ROWS, n)
        batch = [dict(zip(cols, vals)) for vals in zip(*(rows[c][start:stop] for c in cols))]
        conn.execute(table.insert(), batch)


def sync_sequence(conn, table, column: str) -> None:
    """After explicit ids, move PostgreSQL's serial sequence past them.

    SQLite and MariaDB advance their auto-increment by themselves; PostgreSQL would hand
    out id 1 to the next insert that lets the database assign the id.
    """
    if conn.dialect.name != "postgresql":
        return
    conn.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{column}'), "
            f"COALESCE((SELECT MAX(\"{column}\") FROM \"{table.name}\"), 0) + 1, false)"
        )
    )


def _engines(urls: Mapping[str, str]) -> dict[str, Engine]:
    return {s: bulk_engine(urls[s]) for s in check_urls(urls)}


def bulk_engine(url: str) -> Engine:
    """An engine for bulk writes. On SQLite the page cache is raised to 256 MB: with the
    default 2 MB, index pages of a million rows inserted in random key order thrash."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _cache(dbapi_conn, _record) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA cache_size = -262144")
            cur.close()

    return engine


def reset(urls: Mapping[str, str]) -> None:
    """Drop and create the native schemas: ``urls`` maps 'crm'|'erp'|'scm' to a SQLAlchemy URL.

    Only the demo tables of each system (:data:`synchub.demo.schemas.METADATA`) are dropped;
    other tables in the same database are left alone.
    """
    for system, engine in _engines(urls).items():
        try:
            METADATA[system].drop_all(engine)
            METADATA[system].create_all(engine)
        finally:
            engine.dispose()
