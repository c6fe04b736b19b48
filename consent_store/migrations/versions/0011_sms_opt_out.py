"""A person who texted STOP: their number is no longer kept (`sms_contacts.sealed_number` may be
empty) and `opted_out_at` says since when no status text or reminder goes to them, until they text
START. consent_store/pathway.py.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sms_contacts") as batch:
        batch.alter_column("sealed_number", existing_type=sa.LargeBinary(), nullable=True)
        batch.add_column(sa.Column("opted_out_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM sms_contacts WHERE sealed_number IS NULL")
    with op.batch_alter_table("sms_contacts") as batch:
        batch.drop_column("opted_out_at")
        batch.alter_column("sealed_number", existing_type=sa.LargeBinary(), nullable=False)
