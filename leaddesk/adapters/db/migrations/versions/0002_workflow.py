"""Workflow: role pools, SLA deadlines, escalation, unstaffed arrivals, manual warmth;
invoice VAT, buyer and sending; invoice item units and order.

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
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("pool_role", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("sla_due_at", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("escalated_at", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("unstaffed", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("warmth_manual", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    awaiting = sa.text(
        "first_response_at IS NULL AND escalated_at IS NULL AND closed_at IS NULL")
    op.create_index("ix_leads_sla_due", "leads", ["sla_due_at"], sqlite_where=awaiting,
                    postgresql_where=awaiting)
    postponed = sa.text("postponed_until IS NOT NULL")
    op.create_index("ix_leads_postponed", "leads", ["postponed_until"],
                    sqlite_where=postponed, postgresql_where=postponed)
    in_a_pool = sa.text("pool_role IS NOT NULL")
    op.create_index("ix_leads_pool", "leads", ["pool_role", "id"], sqlite_where=in_a_pool,
                    postgresql_where=in_a_pool)
    op.create_index("ix_leads_assignee_status", "leads", ["assignee_id", "status"])
    op.create_index("ix_deals_contact_id", "deals", ["contact_id"])
    with op.batch_alter_table("invoices") as batch:
        batch.add_column(sa.Column("vat_rate", sa.Numeric(precision=5, scale=2), nullable=True))
        batch.add_column(sa.Column("buyer", sa.String(length=300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("buyer_details", sa.Text(), nullable=True))
        batch.add_column(sa.Column("issued_by", sa.BigInteger().with_variant(sa.Integer(),
                                   "sqlite"), nullable=True))
        batch.add_column(sa.Column("sent_at", sa.BigInteger(), nullable=True))
        batch.create_foreign_key("fk_invoices_issued_by_users", "users", ["issued_by"], ["id"])
    with op.batch_alter_table("invoice_items") as batch:
        batch.add_column(sa.Column("unit", sa.String(length=20), nullable=False,
                                   server_default="шт."))
        batch.add_column(sa.Column("position", sa.Integer(), nullable=False,
                                   server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("invoice_items") as batch:
        batch.drop_column("position")
        batch.drop_column("unit")
    with op.batch_alter_table("invoices") as batch:
        batch.drop_constraint("fk_invoices_issued_by_users", type_="foreignkey")
        for column in ("sent_at", "issued_by", "buyer_details", "buyer", "vat_rate"):
            batch.drop_column(column)
    op.drop_index("ix_deals_contact_id", table_name="deals")
    op.drop_index("ix_leads_assignee_status", table_name="leads")
    op.drop_index("ix_leads_pool", table_name="leads")
    op.drop_index("ix_leads_postponed", table_name="leads")
    op.drop_index("ix_leads_sla_due", table_name="leads")
    with op.batch_alter_table("leads") as batch:
        for column in ("warmth_manual", "unstaffed", "escalated_at", "sla_due_at", "pool_role"):
            batch.drop_column(column)
