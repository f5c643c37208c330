"""The hub store's migrations build exactly the schema the code declares, and 0003 carries the
existing cross-references into their history."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from synchub.store import HubStore
from synchub.store import schema as t


def test_the_migrations_build_the_declared_schema(tmp_path):
    store = HubStore(f"sqlite:///{tmp_path / 'hub.db'}")
    store.migrate()
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), t.metadata)
    assert differences == []


def test_0003_starts_the_history_of_every_cross_reference(tmp_path):
    store = HubStore(f"sqlite:///{tmp_path / 'hub.db'}")
    created = dt.datetime(2025, 5, 1, 8, 0, 0)
    with store.engine.begin() as conn:
        command.upgrade(store._alembic(conn), "0002")
        conn.execute(sa.text(
            "INSERT INTO xref (entity, system, local_id, golden_id, record, record_hash, created_at, updated_at) "
            "VALUES ('customer', 'crm', 'A1', 'g-1', '{}', 'h', :t, :t), "
            "('customer', 'erp', 'B1', 'g-1', '{}', 'h', :t, :t)"), {"t": created})
    store.migrate()
    history = store.frame(sa.select(t.xref_history).order_by(t.xref_history.c.local_id))
    assert history[["system", "local_id", "golden_id"]].values.tolist() == [["crm", "A1", "g-1"], ["erp", "B1", "g-1"]]
    assert history["valid_from"].tolist() == [created, created] and history["valid_to"].isna().all()
    assert store.match_fingerprint("customer") is None  # the first run builds the keys
