"""The first hub store schema.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

RUN_ID = sa.String(64)
NAME = sa.String(64)
LOCAL_ID = sa.String(128)
GOLDEN_ID = sa.String(64)
HASH = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("run_id", RUN_ID, primary_key=True),
        sa.Column("flow", NAME, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),  # running, succeeded, failed, abandoned
        sa.Column("trigger", sa.String(32), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("figures", sa.Text),
        sa.Column("error", sa.Text),
    )
    op.create_index("ix_runs_flow_started", "runs", ["flow", "started_at"])
    op.create_table(
        "run_step",
        sa.Column("run_id", RUN_ID, primary_key=True),
        sa.Column("step", sa.String(16), primary_key=True),
        sa.Column("system", NAME, primary_key=True),  # '' for a step over all systems
        sa.Column("figures", sa.Text, nullable=False),
        sa.Column("finished_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "staged_record",
        sa.Column("run_id", RUN_ID, primary_key=True),
        sa.Column("system", NAME, primary_key=True),
        sa.Column("local_id", LOCAL_ID, primary_key=True),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("record_hash", HASH, nullable=False),
        sa.Column("modified_at", sa.String(19)),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("golden_hint", GOLDEN_ID),
    )
    op.create_table(
        "staged_golden",
        sa.Column("run_id", RUN_ID, primary_key=True),
        sa.Column("golden_id", GOLDEN_ID, primary_key=True),
        sa.Column("record", sa.Text),
        sa.Column("record_hash", HASH),
        sa.Column("sources", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),  # new, changed, unchanged, merged, retired
        sa.Column("merged_into", GOLDEN_ID),
    )
    op.create_table(
        "staged_link",
        sa.Column("run_id", RUN_ID, primary_key=True),
        sa.Column("system", NAME, primary_key=True),
        sa.Column("local_id", LOCAL_ID, primary_key=True),
        sa.Column("golden_id", GOLDEN_ID, nullable=False),
    )
    op.create_table(
        "push_plan",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", RUN_ID, nullable=False),
        sa.Column("system", NAME, nullable=False),
        sa.Column("golden_id", GOLDEN_ID, nullable=False),
        sa.Column("action", sa.String(8), nullable=False),  # create, update
        sa.Column("local_id", LOCAL_ID),
        sa.Column("native", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),  # planned, written, rejected
        sa.Column("error", sa.Text),
        sa.Column("result_local_id", LOCAL_ID),
        sa.Column("result_record", sa.Text),
        sa.Column("result_hash", HASH),
    )
    op.create_index("ix_push_plan_run_system", "push_plan", ["run_id", "system"])
    op.create_table(
        "golden",
        sa.Column("entity", NAME, primary_key=True),
        sa.Column("golden_id", GOLDEN_ID, primary_key=True),
        sa.Column("record", sa.Text),
        sa.Column("record_hash", HASH),
        sa.Column("sources", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),  # active, merged, retired
        sa.Column("merged_into", GOLDEN_ID),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "xref",
        sa.Column("entity", NAME, primary_key=True),
        sa.Column("system", NAME, primary_key=True),
        sa.Column("local_id", LOCAL_ID, primary_key=True),
        sa.Column("golden_id", GOLDEN_ID, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("record_hash", HASH, nullable=False),
        sa.Column("modified_at", sa.String(19)),
        sa.Column("deleted_at", sa.DateTime),
        sa.Column("pushed_hash", HASH),
        sa.Column("pushed_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_xref_golden", "xref", ["entity", "golden_id"])
    op.create_table(
        "match_key",
        sa.Column("entity", NAME, primary_key=True),
        sa.Column("system", NAME, primary_key=True),
        sa.Column("local_id", LOCAL_ID, primary_key=True),
        sa.Column("key_field", NAME, primary_key=True),
        sa.Column("key_value", sa.String(255), nullable=False),
    )
    op.create_index("ix_match_key_value", "match_key", ["entity", "key_field", "key_value"])
    op.create_table(
        "watermark",
        sa.Column("flow", NAME, primary_key=True),
        sa.Column("system", NAME, primary_key=True),
        sa.Column("cursor", sa.Text, nullable=False),
        sa.Column("run_id", RUN_ID, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("flow", NAME, nullable=False),
        sa.Column("entity", NAME, nullable=False),
        sa.Column("system", NAME, nullable=False),
        sa.Column("local_id", LOCAL_ID),
        sa.Column("golden_id", GOLDEN_ID),
        sa.Column("stage", sa.String(16), nullable=False),  # map, validate, plan, load
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("payload", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),  # held, resolved, replayed, discarded
        sa.Column("first_run_id", RUN_ID, nullable=False),
        sa.Column("run_id", RUN_ID, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_quarantine_record", "quarantine", ["flow", "system", "local_id", "status"])


def downgrade() -> None:
    op.drop_table("quarantine")
    op.drop_table("watermark")
    op.drop_table("match_key")
    op.drop_table("xref")
    op.drop_table("golden")
    op.drop_table("push_plan")
    op.drop_table("staged_link")
    op.drop_table("staged_golden")
    op.drop_table("staged_record")
    op.drop_table("run_step")
    op.drop_table("runs")
