"""Data quality: quarantine rows remember when a steward was alerted and who closed them; the
alert log (one row per alert e-mail a run sent, failed to send or had nothing new for).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.add_column(sa.Column("alerted_at", sa.DateTime))
        batch.add_column(sa.Column("closed_by", sa.String(128)))
    op.create_table(
        "alert",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("flow", sa.String(64), nullable=False),
        sa.Column("run_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),  # sent, failed, quiet (nothing new)
        sa.Column("recipients", sa.Text),
        sa.Column("subject", sa.Text),
        sa.Column("new_rows", sa.Integer, nullable=False),
        sa.Column("held_rows", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_alert_flow_created", "alert", ["flow", "created_at"])


def downgrade() -> None:
    op.drop_table("alert")
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_column("closed_by")
        batch.drop_column("alerted_at")
