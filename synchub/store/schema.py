"""The hub store's tables, as the current migration leaves them.

JSON documents (canonical records, figures, native payloads) are stored as text so the same
schema works on SQLite and PostgreSQL. Run-scoped tables (``staged_*``, ``push_plan``,
``run_step``) hold what the steps of one run hand each other; ``commit`` applies them to the
lasting tables (``golden``, ``xref``, ``match_key``, ``watermark``) in one transaction.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

RUN_ID = String(64)
NAME = String(64)
LOCAL_ID = String(128)
GOLDEN_ID = String(64)
HASH = String(32)

runs = Table(
    "runs", metadata,
    Column("run_id", RUN_ID, primary_key=True),
    Column("flow", NAME, nullable=False),
    Column("status", String(16), nullable=False),  # running, succeeded, failed, abandoned
    Column("trigger", String(32), nullable=False),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("figures", Text),
    Column("error", Text),
    Index("ix_runs_flow_started", "flow", "started_at"),
)

run_step = Table(
    "run_step", metadata,
    Column("run_id", RUN_ID, primary_key=True),
    Column("step", String(16), primary_key=True),
    Column("system", NAME, primary_key=True),  # '' for a step over all systems
    Column("figures", Text, nullable=False),
    Column("finished_at", DateTime, nullable=False),
)

staged_record = Table(
    "staged_record", metadata,
    Column("run_id", RUN_ID, primary_key=True),
    Column("system", NAME, primary_key=True),
    Column("local_id", LOCAL_ID, primary_key=True),
    Column("record", Text, nullable=False),
    Column("record_hash", HASH, nullable=False),
    Column("modified_at", String(19)),
    Column("deleted", Boolean, nullable=False),
    Column("golden_hint", GOLDEN_ID),
)

staged_golden = Table(
    "staged_golden", metadata,
    Column("run_id", RUN_ID, primary_key=True),
    Column("golden_id", GOLDEN_ID, primary_key=True),
    Column("record", Text),
    Column("record_hash", HASH),
    Column("sources", Text),
    Column("status", String(16), nullable=False),  # new, changed, unchanged, merged, retired
    Column("merged_into", GOLDEN_ID),
)

staged_link = Table(
    "staged_link", metadata,
    Column("run_id", RUN_ID, primary_key=True),
    Column("system", NAME, primary_key=True),
    Column("local_id", LOCAL_ID, primary_key=True),
    Column("golden_id", GOLDEN_ID, nullable=False),
)

push_plan = Table(
    "push_plan", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", RUN_ID, nullable=False),
    Column("system", NAME, nullable=False),
    Column("golden_id", GOLDEN_ID, nullable=False),
    Column("action", String(8), nullable=False),  # create, update
    Column("local_id", LOCAL_ID),
    Column("native", Text, nullable=False),
    Column("status", String(16), nullable=False),  # planned, written, rejected
    Column("error", Text),
    Column("result_local_id", LOCAL_ID),
    Column("result_record", Text),
    Column("result_hash", HASH),
    Index("ix_push_plan_run_system", "run_id", "system"),
)

golden = Table(
    "golden", metadata,
    Column("entity", NAME, primary_key=True),
    Column("golden_id", GOLDEN_ID, primary_key=True),
    Column("record", Text),
    Column("record_hash", HASH),
    Column("sources", Text),
    Column("status", String(16), nullable=False),  # active, merged, retired
    Column("merged_into", GOLDEN_ID),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

xref = Table(
    "xref", metadata,
    Column("entity", NAME, primary_key=True),
    Column("system", NAME, primary_key=True),
    Column("local_id", LOCAL_ID, primary_key=True),
    Column("golden_id", GOLDEN_ID, nullable=False),
    Column("record", Text, nullable=False),
    Column("record_hash", HASH, nullable=False),
    Column("modified_at", String(19)),
    Column("deleted_at", DateTime),
    Column("pushed_hash", HASH),
    Column("pushed_at", DateTime),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_xref_golden", "entity", "golden_id"),
)

match_key = Table(
    "match_key", metadata,
    Column("entity", NAME, primary_key=True),
    Column("system", NAME, primary_key=True),
    Column("local_id", LOCAL_ID, primary_key=True),
    Column("key_field", NAME, primary_key=True),
    Column("key_value", String(255), nullable=False),
    Index("ix_match_key_value", "entity", "key_field", "key_value"),
)

watermark = Table(
    "watermark", metadata,
    Column("flow", NAME, primary_key=True),
    Column("system", NAME, primary_key=True),
    Column("cursor", Text, nullable=False),
    Column("run_id", RUN_ID, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

quarantine = Table(
    "quarantine", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("flow", NAME, nullable=False),
    Column("entity", NAME, nullable=False),
    Column("system", NAME, nullable=False),
    Column("local_id", LOCAL_ID),
    Column("golden_id", GOLDEN_ID),
    Column("stage", String(16), nullable=False),  # map, validate, plan, load
    Column("reason", Text, nullable=False),
    Column("payload", Text),
    Column("status", String(16), nullable=False),  # held, resolved, replayed, discarded
    Column("first_run_id", RUN_ID, nullable=False),
    Column("run_id", RUN_ID, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("note", Text),
    Column("alerted_at", DateTime),  # when a steward was told about it (0002)
    Column("closed_by", String(128)),  # who discarded or replayed it (0002)
    Index("ix_quarantine_record", "flow", "system", "local_id", "status"),
)

alert = Table(
    "alert", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("flow", NAME, nullable=False),
    Column("run_id", RUN_ID, nullable=False),
    Column("status", String(16), nullable=False),  # sent, failed, quiet (nothing new)
    Column("recipients", Text),
    Column("subject", Text),
    Column("new_rows", Integer, nullable=False),
    Column("held_rows", Integer, nullable=False),
    Column("error", Text),
    Column("created_at", DateTime, nullable=False),
    Index("ix_alert_flow_created", "flow", "created_at"),
)
