"""Email channel: message headers and the outbox's retry time, account errors per folder,
and the mail set aside without becoming a lead.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("headers", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("next_attempt_at", sa.BigInteger(), nullable=True))
    in_the_outbox = sa.text("delivery_state IN ('queued', 'sending', 'failed')")
    op.create_index("ix_messages_outbox", "messages", ["next_attempt_at"],
                    sqlite_where=in_the_outbox, postgresql_where=in_the_outbox)
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("last_error", sa.Text(), nullable=True))
        batch.add_column(sa.Column("last_error_at", sa.BigInteger(), nullable=True))
    op.create_table(
        "set_aside_mail",
        sa.Column("id", _ID, nullable=False),
        sa.Column("channel_id", _ID, sa.ForeignKey("channels.id",
                  name="fk_set_aside_mail_channel_id_channels"), nullable=False),
        sa.Column("external_id", sa.String(length=500), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("received_at", sa.BigInteger(), nullable=False),
        sa.Column("lead_id", _ID, sa.ForeignKey("leads.id",
                  name="fk_set_aside_mail_lead_id_leads"), nullable=True),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_set_aside_mail"),
        sa.UniqueConstraint("channel_id", "external_id",
                            name="uq_set_aside_mail_channel_id_external_id"),
    )


def downgrade() -> None:
    op.drop_table("set_aside_mail")
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("last_error_at")
        batch.drop_column("last_error")
    op.drop_index("ix_messages_outbox", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("next_attempt_at")
        batch.drop_column("headers")
