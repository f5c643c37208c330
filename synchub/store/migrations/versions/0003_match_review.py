"""Probabilistic matching: the steward's review queue and decisions, the cross-references'
history, which rules the stored match keys were built with, and the run-scoped review pairs.

``xref_history`` starts with one open row per existing cross-reference (valid from its
creation). ``match_key`` keeps its shape; its rows for blocking keys (``block:<rule>``) are
written by the first run after the upgrade, which re-indexes every live record once because
``match_index`` has no fingerprint yet.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

RUN_ID = sa.String(64)
NAME = sa.String(64)
LOCAL_ID = sa.String(128)
GOLDEN_ID = sa.String(64)
HASH = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "xref_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity", NAME, nullable=False),
        sa.Column("system", NAME, nullable=False),
        sa.Column("local_id", LOCAL_ID, nullable=False),
        sa.Column("golden_id", GOLDEN_ID, nullable=False),
        sa.Column("valid_from", sa.DateTime, nullable=False),
        sa.Column("valid_to", sa.DateTime),
        sa.Column("run_id", RUN_ID),
    )
    op.create_index("ix_xref_history_record", "xref_history", ["entity", "system", "local_id"])
    op.create_index("ix_xref_history_golden", "xref_history", ["entity", "golden_id"])
    op.execute("INSERT INTO xref_history (entity, system, local_id, golden_id, valid_from) "
               "SELECT entity, system, local_id, golden_id, created_at FROM xref")

    op.create_table(
        "match_index",
        sa.Column("entity", NAME, primary_key=True),
        sa.Column("fingerprint", HASH, nullable=False),
        sa.Column("run_id", RUN_ID, nullable=False),
        sa.Column("built_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "match_review",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity", NAME, nullable=False),
        sa.Column("flow", NAME, nullable=False),
        sa.Column("system_a", NAME, nullable=False),
        sa.Column("local_a", LOCAL_ID, nullable=False),
        sa.Column("system_b", NAME, nullable=False),
        sa.Column("local_b", LOCAL_ID, nullable=False),
        sa.Column("golden_a", GOLDEN_ID, nullable=False),
        sa.Column("golden_b", GOLDEN_ID, nullable=False),
        sa.Column("probability", sa.Float, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),  # open, accepted, rejected
        sa.Column("run_id", RUN_ID, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("decided_at", sa.DateTime),
        sa.Column("decided_by", sa.String(128)),
        sa.Column("reason", sa.Text),
    )
    op.create_index("ix_match_review_pair", "match_review",
                    ["entity", "system_a", "local_a", "system_b", "local_b", "status"])
    op.create_index("ix_match_review_flow_status", "match_review", ["flow", "status"])
    op.create_table(
        "match_decision",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity", NAME, nullable=False),
        sa.Column("system_a", NAME, nullable=False),
        sa.Column("local_a", LOCAL_ID, nullable=False),
        sa.Column("system_b", NAME),
        sa.Column("local_b", LOCAL_ID),
        sa.Column("decision", sa.String(16), nullable=False),  # must_link, cannot_link, split
        sa.Column("golden_id", GOLDEN_ID),
        sa.Column("review_id", sa.Integer),
        sa.Column("decided_by", sa.String(128), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("applied_run_id", RUN_ID),
    )
    op.create_index("ix_match_decision_a", "match_decision", ["entity", "system_a", "local_a"])
    op.create_index("ix_match_decision_b", "match_decision", ["entity", "system_b", "local_b"])
    op.create_index("ix_match_decision_pending", "match_decision", ["entity", "applied_run_id"])
    op.create_table(
        "staged_review",
        sa.Column("run_id", RUN_ID, primary_key=True),
        sa.Column("system_a", NAME, primary_key=True),
        sa.Column("local_a", LOCAL_ID, primary_key=True),
        sa.Column("system_b", NAME, primary_key=True),
        sa.Column("local_b", LOCAL_ID, primary_key=True),
        sa.Column("golden_a", GOLDEN_ID, nullable=False),
        sa.Column("golden_b", GOLDEN_ID, nullable=False),
        sa.Column("probability", sa.Float, nullable=False),
    )
    op.create_table(
        "staged_decision",
        sa.Column("run_id", RUN_ID, primary_key=True),
        sa.Column("decision_id", sa.Integer, primary_key=True),
    )


def downgrade() -> None:
    for table in ("staged_decision", "staged_review", "match_decision", "match_review", "match_index",
                  "xref_history"):
        op.drop_table(table)
