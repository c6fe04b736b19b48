"""A verification per conversation: the PIN checked in this conversation and session, with an expiry.
The one thing the rights gate (bot/conversation/rights.py) reads; never a slot a client could set.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "verifications",
        sa.Column("handle_hash", sa.String(64), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("verified_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("handle_hash", name="pk_verifications"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                name="fk_verifications_person_id_persons"),
    )
    op.create_index("ix_verifications_person_id", "verifications", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_verifications_person_id", "verifications")
    op.drop_table("verifications")
