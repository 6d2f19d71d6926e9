"""Website channels: web forms made by the generator, chat visitors, and a lead's
"answer due" for a customer who wrote again after being answered.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:  # ADD COLUMN: no table copy
        batch.add_column(sa.Column("reply_due_at", sa.BigInteger(), nullable=True))
    op.create_table(
        "web_forms",
        sa.Column("id", _ID, nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("channel_id", _ID, sa.ForeignKey(
            "channels.id", name="fk_web_forms_channel_id_channels"), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("thank_you_url", sa.String(length=2000), nullable=False),
        sa.Column("button", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_web_forms"),
        sa.UniqueConstraint("key", name="uq_web_forms_key"),
    )
    op.create_index("ix_web_forms_channel_id", "web_forms", ["channel_id"])
    op.create_table(
        "chat_visitors",
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("channel_id", _ID, sa.ForeignKey(
            "channels.id", name="fk_chat_visitors_channel_id_channels"), nullable=False),
        sa.Column("contact_id", _ID, sa.ForeignKey(
            "contacts.id", name="fk_chat_visitors_contact_id_contacts"), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("token", name="pk_chat_visitors"),
    )


def downgrade() -> None:
    op.drop_table("chat_visitors")
    op.drop_index("ix_web_forms_channel_id", table_name="web_forms")
    op.drop_table("web_forms")
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("reply_due_at")
