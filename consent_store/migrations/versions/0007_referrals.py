"""Referrals: each share's FHIR Task status as the service set it (one per consent), and the message
ids of the status updates already applied (each is applied once). consent_store/referrals.py.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "referrals",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("service_id", sa.String(64), nullable=False),
        sa.Column("consent_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(40), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_referrals"),
        sa.UniqueConstraint("consent_id", name="uq_referrals_consent_id"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                name="fk_referrals_person_id_persons"),
        sa.ForeignKeyConstraint(["consent_id"], ["consents.id"], ondelete="CASCADE",
                                name="fk_referrals_consent_id_consents"),
    )
    op.create_index("ix_referrals_person_id", "referrals", ["person_id"])
    op.create_table(
        "referral_updates",
        sa.Column("message_id", sa.String(64), nullable=False),
        sa.Column("referral_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("applied_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("message_id", name="pk_referral_updates"),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE",
                                name="fk_referral_updates_referral_id_referrals"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                name="fk_referral_updates_person_id_persons"),
    )


def downgrade() -> None:
    op.drop_table("referral_updates")
    op.drop_index("ix_referrals_person_id", "referrals")
    op.drop_table("referrals")
