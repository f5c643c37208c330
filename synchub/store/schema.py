"""The hub store's tables, as the current migration leaves them.

JSON documents (canonical records, figures, native payloads) are stored as text so the same
schema works on SQLite and PostgreSQL. Run-scoped tables (``staged_*``, ``push_plan``,
``run_step``) hold what the steps of one run hand each other; ``commit`` applies them to the
lasting tables (``golden``, ``xref``, ``xref_history``, ``match_key``, ``match_review``,
``watermark``) in one transaction. ``match_decision`` is written by data stewards (the CLI) and
read by the next run's merge.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, Index, Integer, MetaData, String, Table, Text

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

staged_review = Table(
    "staged_review", metadata,  # pairs the run's merge sends to the steward (0003)
    Column("run_id", RUN_ID, primary_key=True),
    Column("system_a", NAME, primary_key=True),
    Column("local_a", LOCAL_ID, primary_key=True),
    Column("system_b", NAME, primary_key=True),
    Column("local_b", LOCAL_ID, primary_key=True),
    Column("golden_a", GOLDEN_ID, nullable=False),
    Column("golden_b", GOLDEN_ID, nullable=False),
    Column("probability", Float, nullable=False),
)

staged_decision = Table(
    "staged_decision", metadata,  # steward decisions the run's merge applied for the first time (0003)
    Column("run_id", RUN_ID, primary_key=True),
    Column("decision_id", Integer, primary_key=True),
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

xref_history = Table(
    "xref_history", metadata,  # which golden record each record belonged to, and when (0003)
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", NAME, nullable=False),
    Column("system", NAME, nullable=False),
    Column("local_id", LOCAL_ID, nullable=False),
    Column("golden_id", GOLDEN_ID, nullable=False),
    Column("valid_from", DateTime, nullable=False),
    Column("valid_to", DateTime),  # null: still its golden record
    Column("run_id", RUN_ID),  # the run that wrote it (null: taken over from the xref by 0003)
    Index("ix_xref_history_record", "entity", "system", "local_id"),
    Index("ix_xref_history_golden", "entity", "golden_id"),
)

KEY_VALUE_LENGTH = 255

match_key = Table(
    "match_key", metadata,
    Column("entity", NAME, primary_key=True),
    Column("system", NAME, primary_key=True),
    Column("local_id", LOCAL_ID, primary_key=True),
    Column("key_field", NAME, primary_key=True),  # an exact key's field, or 'block:<rule>' (0003)
    Column("key_value", String(KEY_VALUE_LENGTH), nullable=False),
    Index("ix_match_key_value", "entity", "key_field", "key_value"),
)

match_index = Table(
    "match_index", metadata,  # which match rules the stored keys of an entity were built with (0003)
    Column("entity", NAME, primary_key=True),
    Column("fingerprint", HASH, nullable=False),
    Column("run_id", RUN_ID, nullable=False),
    Column("built_at", DateTime, nullable=False),
)

match_review = Table(
    "match_review", metadata,  # the steward's review queue (0003)
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", NAME, nullable=False),
    Column("flow", NAME, nullable=False),
    Column("system_a", NAME, nullable=False),
    Column("local_a", LOCAL_ID, nullable=False),
    Column("system_b", NAME, nullable=False),
    Column("local_b", LOCAL_ID, nullable=False),
    Column("golden_a", GOLDEN_ID, nullable=False),
    Column("golden_b", GOLDEN_ID, nullable=False),
    Column("probability", Float, nullable=False),
    Column("status", String(16), nullable=False),  # open, accepted, rejected
    Column("run_id", RUN_ID, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("decided_at", DateTime),
    Column("decided_by", String(128)),
    Column("reason", Text),
    Index("ix_match_review_pair", "entity", "system_a", "local_a", "system_b", "local_b", "status"),
    Index("ix_match_review_flow_status", "flow", "status"),
)

match_decision = Table(
    "match_decision", metadata,  # a steward's must-link, cannot-link or split (0003)
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", NAME, nullable=False),
    Column("system_a", NAME, nullable=False),
    Column("local_a", LOCAL_ID, nullable=False),
    Column("system_b", NAME),  # null for a split
    Column("local_b", LOCAL_ID),
    Column("decision", String(16), nullable=False),  # must_link, cannot_link, split
    Column("golden_id", GOLDEN_ID),  # split: the golden record the record leaves
    Column("review_id", Integer),  # the review it decided, if any
    Column("decided_by", String(128), nullable=False),
    Column("reason", Text),
    Column("decided_at", DateTime, nullable=False),
    Column("applied_run_id", RUN_ID),  # the run whose merge first applied it (null: not yet)
    Index("ix_match_decision_a", "entity", "system_a", "local_a"),
    Index("ix_match_decision_b", "entity", "system_b", "local_b"),
    Index("ix_match_decision_pending", "entity", "applied_run_id"),
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
