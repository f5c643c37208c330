"""The hub store: SQLAlchemy over SQLite (embedded default) or PostgreSQL (production).

Every write is in a transaction. The schema is versioned by Alembic migrations in
``synchub/store/migrations``; ``HubStore.migrate()`` brings a store to the newest version, and
every other entry point refuses a store that is not there yet.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from connectors.connection import var_dir
from synchub.errors import RunError, StoreError
from synchub.store import schema as t

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
IN_CHUNK = 900  # bound parameters per IN list (SQLite allows 32766; stay well below)


def store_url() -> str:
    """``$SYNCHUB_STORE_URL``, else an SQLite file in the var folder."""
    return os.environ.get("SYNCHUB_STORE_URL") or f"sqlite:///{var_dir() / 'hub.db'}"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (the monitor page) do not block the run
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class HubStore:
    """Access to one hub store database."""

    def __init__(self, url: str | None = None):
        self.url = url or store_url()
        if self.url.startswith("sqlite:///"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)

    # ------------------------------------------------------------------ schema
    def _alembic(self, connection) -> Config:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        return config

    def migrate(self) -> None:
        """Create or upgrade the schema to the newest migration."""
        with self.engine.begin() as conn:
            command.upgrade(self._alembic(conn), "head")

    def check(self) -> None:
        """Refuse a store whose schema is not at the newest migration."""
        head = ScriptDirectory.from_config(self._alembic(None)).get_current_head()
        with self.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current != head:
            raise StoreError(f"hub store {self.engine.url.render_as_string(hide_password=True)} is at schema "
                             f"version {current or '(empty)'}, expected {head}; run `synchub store upgrade`")

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[sa.Connection]:
        with self.engine.begin() as conn:
            yield conn

    # ------------------------------------------------------------------ generic reads
    def frame(self, query, conn: sa.Connection | None = None) -> pd.DataFrame:
        if conn is not None:
            result = conn.execute(query)
            keys = list(result.keys())
            rows = result.fetchall()
            # column by column: pandas is slow to build a frame from many row tuples
            columns = zip(*rows) if rows else [[] for _ in keys]
            return pd.DataFrame({key: pd.Series(list(values), dtype=object) for key, values in zip(keys, columns)},
                                columns=keys)
        with self.engine.connect() as own:
            return self.frame(query, own)

    def frame_in(self, query_for, values: Iterable, conn: sa.Connection | None = None) -> pd.DataFrame:
        """Rows of ``query_for(chunk)`` over chunks of values (for IN lists)."""
        values = list(dict.fromkeys(values))
        frames = [self.frame(query_for(values[i:i + IN_CHUNK]), conn) for i in range(0, len(values), IN_CHUNK)]
        frames = [f for f in frames if not f.empty]
        if frames:
            return pd.concat(frames, ignore_index=True)
        return self.frame(query_for([]), conn)

    @staticmethod
    def insert(conn: sa.Connection, table: sa.Table, rows: list[dict], chunk: int = 5000) -> None:
        for start in range(0, len(rows), chunk):
            conn.execute(table.insert(), rows[start:start + chunk])

    @staticmethod
    def upsert(conn: sa.Connection, table: sa.Table, rows: list[dict], keep: tuple[str, ...] = (),
               chunk: int = 5000) -> None:
        """Insert rows, or update the row with the same primary key (all columns but ``keep``).

        One statement per chunk (``INSERT ... ON CONFLICT DO UPDATE``, which SQLite and
        PostgreSQL both have), so no read is needed to tell new rows from known ones.
        """
        if not rows:
            return
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        elif conn.dialect.name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            raise StoreError(f"the hub store runs on SQLite or PostgreSQL, not {conn.dialect.name}")
        keys = [c.name for c in table.primary_key.columns]
        statement = insert(table)
        changed = {name: statement.excluded[name] for name in rows[0] if name not in keys and name not in keep}
        statement = statement.on_conflict_do_update(index_elements=keys, set_=changed)
        for start in range(0, len(rows), chunk):
            conn.execute(statement, rows[start:start + chunk])

    # ------------------------------------------------------------------ runs
    def start_run(self, flow: str, trigger: str, run_id: str | None = None, takeover: bool = False) -> str:
        """Register a run; refuse while another run of the flow is marked running.

        ``run_id`` lets a scheduler name the run (its retries reuse it). ``takeover`` marks a
        run whose process is known to be gone as abandoned; its staged work is discarded and
        the new run repeats it from the last committed watermark.
        """
        run_id = run_id or f"{flow}-{utcnow():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
        with self.begin() as conn:
            existing = conn.execute(sa.select(t.runs.c.run_id).where(t.runs.c.run_id == run_id)).first()
            if existing:
                return run_id
            running = conn.execute(sa.select(t.runs.c.run_id, t.runs.c.started_at).where(
                t.runs.c.flow == flow, t.runs.c.status == "running")).all()
            if running and not takeover:
                other, started = running[0]
                raise RunError(f"run {other} of flow {flow!r} (started {started:%Y-%m-%d %H:%M:%S} UTC) is still "
                               f"marked running; if its process is gone, start again with --takeover")
            for other, _ in running:
                conn.execute(t.runs.update().where(t.runs.c.run_id == other).values(
                    status="abandoned", finished_at=utcnow(), error="taken over by run " + run_id))
                self._discard_staged(conn, other)
            conn.execute(t.runs.insert().values(run_id=run_id, flow=flow, status="running", trigger=trigger,
                                                started_at=utcnow()))
        return run_id

    def run(self, run_id: str) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.runs).where(t.runs.c.run_id == run_id)).mappings().first()
        if row is None:
            raise RunError(f"no run {run_id!r} in the hub store")
        return dict(row)

    def fail_run(self, run_id: str, error: str) -> None:
        with self.begin() as conn:
            conn.execute(t.runs.update().where(t.runs.c.run_id == run_id, t.runs.c.status == "running").values(
                status="failed", finished_at=utcnow(), error=error[:4000]))

    def last_runs(self, flow: str | None = None, limit: int = 10) -> list[dict]:
        query = sa.select(t.runs).order_by(t.runs.c.started_at.desc()).limit(limit)
        if flow:
            query = query.where(t.runs.c.flow == flow)
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(query).mappings()]
        for row in rows:
            row["figures"] = json.loads(row["figures"]) if row["figures"] else {}
        return rows

    @staticmethod
    def _discard_staged(conn: sa.Connection, run_id: str) -> None:
        for table in (t.staged_record, t.staged_golden, t.staged_link, t.staged_review, t.staged_decision,
                      t.push_plan):
            conn.execute(table.delete().where(table.c.run_id == run_id))

    # ------------------------------------------------------------------ step figures
    def save_step(self, conn: sa.Connection, run_id: str, step: str, system: str, figures: dict) -> None:
        conn.execute(t.run_step.delete().where(t.run_step.c.run_id == run_id, t.run_step.c.step == step,
                                               t.run_step.c.system == system))
        conn.execute(t.run_step.insert().values(run_id=run_id, step=step, system=system,
                                                figures=json.dumps(figures), finished_at=utcnow()))

    def steps(self, run_id: str) -> pd.DataFrame:
        steps = self.frame(sa.select(t.run_step).where(t.run_step.c.run_id == run_id))
        steps["figures"] = steps["figures"].map(json.loads)
        return steps

    # ------------------------------------------------------------------ lasting state
    def watermark(self, flow: str, system: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(t.watermark.c.cursor).where(
                t.watermark.c.flow == flow, t.watermark.c.system == system)).scalar()

    def xref_rows(self, entity: str, *, system: str | None = None, local_ids: Iterable[str] | None = None,
                  golden_ids: Iterable[str] | None = None, conn: sa.Connection | None = None) -> pd.DataFrame:
        """Cross-references of one entity, selected by local ids (of one system) or golden ids."""
        x = t.xref

        def query(chunk):
            q = sa.select(x).where(x.c.entity == entity)
            if system is not None:
                q = q.where(x.c.system == system)
            if local_ids is not None:
                q = q.where(x.c.local_id.in_(chunk))
            if golden_ids is not None:
                q = q.where(x.c.golden_id.in_(chunk))
            return q

        if local_ids is not None:
            return self.frame_in(query, local_ids, conn)
        if golden_ids is not None:
            return self.frame_in(query, golden_ids, conn)
        return self.frame(query(None), conn)

    def records_sharing_keys(self, entity: str, keys: pd.DataFrame,
                             limits: dict[str, int] | None = None) -> tuple[pd.DataFrame, int]:
        """Live records (system, local_id, golden_id) holding one of ``keys`` (key_field, key_value).

        A key held by ``limits[key_field]`` records or more is too common to pair up whole (as a
        blocking rule's ``max_block_size``): it is left out, and counted in the second value.
        """
        k, x = t.match_key, t.xref
        limits = limits or {}
        frames, too_common = [], 0
        for key_field, group in keys.groupby("key_field"):
            values = list(dict.fromkeys(group["key_value"]))
            if key_field in limits:
                counts = self.frame_in(lambda chunk: sa.select(k.c.key_value, sa.func.count().label("n")).where(
                    k.c.entity == entity, k.c.key_field == key_field, k.c.key_value.in_(chunk)).group_by(k.c.key_value),
                    values)
                common = set(counts.loc[counts["n"] >= limits[key_field], "key_value"])
                too_common += len(common)
                values = [v for v in values if v not in common]
            frames.append(self.frame_in(
                lambda chunk: sa.select(k.c.system, k.c.local_id, x.c.golden_id)
                .join(x, sa.and_(x.c.entity == k.c.entity, x.c.system == k.c.system, x.c.local_id == k.c.local_id))
                .where(k.c.entity == entity, k.c.key_field == key_field, k.c.key_value.in_(chunk),
                       x.c.deleted_at.is_(None)), values))
        frames = [f for f in frames if not f.empty]
        found = (pd.concat(frames, ignore_index=True).drop_duplicates(["system", "local_id"]) if frames
                 else pd.DataFrame({"system": [], "local_id": [], "golden_id": []}, dtype=object))
        return found, too_common

    def match_fingerprint(self, entity: str, conn: sa.Connection | None = None) -> str | None:
        """The fingerprint of the match rules the stored keys of an entity were built with."""
        i = t.match_index
        if conn is None:
            with self.engine.connect() as own:
                return self.match_fingerprint(entity, own)
        return conn.execute(sa.select(i.c.fingerprint).where(i.c.entity == entity)).scalar()

    def active_golden_ids(self, entity: str) -> list[str]:
        g = t.golden
        return self.frame(sa.select(g.c.golden_id).where(g.c.entity == entity, g.c.status == "active"))[
            "golden_id"].tolist()

    def goldens(self, entity: str, golden_ids: Iterable[str], conn: sa.Connection | None = None) -> pd.DataFrame:
        g = t.golden
        return self.frame_in(lambda chunk: sa.select(g).where(g.c.entity == entity, g.c.golden_id.in_(chunk)),
                             golden_ids, conn)

    def count(self, table: sa.Table, *where) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar()

    # ------------------------------------------------------------------ quarantine
    def hold(self, conn: sa.Connection, *, flow: str, entity: str, system: str, stage: str, run_id: str,
             rows: pd.DataFrame) -> int:
        """Put rows (columns local_id, reason, payload; optional golden_id) in quarantine.

        A record already held for the same flow and system is updated, not held twice, so a
        repeated run never duplicates quarantine entries.
        """
        if rows.empty:
            return 0
        q = t.quarantine
        now = utcnow()
        # a held record is found again by its local id, or by its golden id when it has none
        local_ids = [v for v in rows["local_id"].tolist() if v is not None and v == v]
        golden_ids = [v for v in rows.get("golden_id", pd.Series(dtype=object)).tolist() if v is not None and v == v]
        open_rows = lambda column: lambda chunk: sa.select(q.c.id, q.c[column]).where(  # noqa: E731
            q.c.flow == flow, q.c.system == system, q.c.status == "held", q.c[column].in_(chunk))
        by_local = self.frame_in(open_rows("local_id"), local_ids, conn)
        by_golden = self.frame_in(open_rows("golden_id"), golden_ids, conn)
        held_by_local = dict(zip(by_local["local_id"], by_local["id"]))
        held_by_golden = dict(zip(by_golden["golden_id"], by_golden["id"]))
        new_rows, updates = [], []
        for row in rows.to_dict("records"):
            local_id, golden_id = row.get("local_id"), row.get("golden_id")
            values = {"stage": stage, "reason": row["reason"], "run_id": run_id, "updated_at": now,
                      "golden_id": golden_id,
                      "payload": json.dumps(row.get("payload"), ensure_ascii=False, default=str)}
            existing = held_by_local.get(local_id) if local_id is not None else held_by_golden.get(golden_id)
            if existing is not None:
                updates.append({"_id": existing, **values})
            else:
                new_rows.append({"flow": flow, "entity": entity, "system": system, "local_id": local_id,
                                 "status": "held", "first_run_id": run_id, "created_at": now, **values})
        if updates:
            conn.execute(q.update().where(q.c.id == sa.bindparam("_id")).values(
                {k: sa.bindparam(k) for k in updates[0] if k != "_id"}), updates)
        self.insert(conn, q, new_rows)
        return len(rows)

    def quarantine(self, flow: str | None = None, status: str | None = "held") -> pd.DataFrame:
        q = t.quarantine
        query = sa.select(q).order_by(q.c.id)
        if flow:
            query = query.where(q.c.flow == flow)
        if status:
            query = query.where(q.c.status == status)
        return self.frame(query)
