"""The pathway (issue 21): what has been told of each referral's status, and to whom (chat, SMS,
the service); the phone number of a person who came by SMS, sealed; the people a person named to
see their pathway page. consent_store/pathway.py.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _person(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                   name=f"fk_{table}_person_id_persons")


def upgrade() -> None:
    op.create_table(
        "referral_notices",
        sa.Column("referral_id", sa.String(36), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("told_status", sa.String(16), nullable=False),
        sa.Column("told_as_of", TZ, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("retry_at", TZ, nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("referral_id", "channel", name="pk_referral_notices"),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE",
                                name="fk_referral_notices_referral_id_referrals"),
        _person("referral_notices"),
    )
    op.create_index("ix_referral_notices_person_id", "referral_notices", ["person_id"])
    op.create_table(
        "sms_contacts",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("sealed_number", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("person_id", name="pk_sms_contacts"),
        _person("sms_contacts"),
    )
    op.create_table(
        "pathway_viewers",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("sealed_name", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_pathway_viewers"),
        _person("pathway_viewers"),
    )
    op.create_index("ix_pathway_viewers_person_id", "pathway_viewers", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_pathway_viewers_person_id", "pathway_viewers")
    op.drop_table("pathway_viewers")
    op.drop_table("sms_contacts")
    op.drop_index("ix_referral_notices_person_id", "referral_notices")
    op.drop_table("referral_notices")
