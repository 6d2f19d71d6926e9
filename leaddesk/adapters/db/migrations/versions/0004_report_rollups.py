"""Report rollups: the lead rollup per channel (not only per kind) and local hour, the
first-response distribution per day, leads per day and person (leaderboard, reasons) and
won deals' money per day; the rollups are counted again from the leads (a downgrade
leaves the old lead rollup empty). Arrivals per channel and minute read from an index.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from leaddesk.adapters.db.rollup_writes import rebuild_rollups

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("lead_rollup")
    op.create_table(
        "lead_rollup",
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("channel_kind", sa.String(length=20), nullable=False),
        sa.Column("local_hour", sa.Integer(), nullable=False),
        sa.Column("local_weekday", sa.Integer(), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("response_seconds", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "channel_id", "source", "status",
                                name="pk_lead_rollup"),
    )
    op.create_table(
        "response_rollup",
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("upto_seconds", sa.Integer(), nullable=False),
        sa.Column("channel_kind", sa.String(length=20), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "channel_id", "upto_seconds",
                                name="pk_response_rollup"),
    )
    op.create_table(
        "people_rollup",
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("assignee_id", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_kind", sa.String(length=20), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("in_sla", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "channel_id", "source", "assignee_id", "status",
                                "reason_id", name="pk_people_rollup"),
    )
    op.create_table(
        "deal_rollup",
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("assignee_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_kind", sa.String(length=20), nullable=False),
        sa.Column("won", sa.Integer(), nullable=False),
        sa.Column("money", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day", "channel_id", "source", "assignee_id",
                                name="pk_deal_rollup"),
    )
    op.drop_index("ix_leads_received", table_name="leads")
    op.create_index("ix_leads_received", "leads", ["received_at", "channel_id"])
    rebuild_rollups(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_leads_received", table_name="leads")
    op.create_index("ix_leads_received", "leads", ["received_at"])
    op.drop_table("deal_rollup")
    op.drop_table("people_rollup")
    op.drop_table("response_rollup")
    op.drop_table("lead_rollup")
    op.create_table(
        "lead_rollup",
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.Column("channel_kind", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("local_hour", sa.Integer(), nullable=False),
        sa.Column("local_weekday", sa.Integer(), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("response_seconds", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "channel_kind", "source", "status",
                                name="pk_lead_rollup"),
    )
