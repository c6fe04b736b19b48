"""Answers to a service's question, sealed until the service has them; and when the person last
checked their story ("is this still true?"). consent_store/questions.py, consent_store/reviews.py.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _person(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                   name=f"fk_{table}_person_id_persons")


def upgrade() -> None:
    op.create_table(
        "service_answers",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("referral_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("question", sa.String(32), nullable=False),
        sa.Column("asked_as_of", TZ, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sealed_value", sa.LargeBinary(), nullable=True),
        sa.Column("answered_at", TZ, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("retry_at", TZ, nullable=True),
        sa.Column("sent_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_service_answers"),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE",
                                name="fk_service_answers_referral_id_referrals"),
        _person("service_answers"),
        sa.UniqueConstraint("referral_id", "asked_as_of", name="uq_service_answers_referral_asked"),
    )
    op.create_index("ix_service_answers_person_id", "service_answers", ["person_id"])
    op.create_table(
        "story_reviews",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("reviewed_at", TZ, nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("put_off_until", TZ, nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("person_id", name="pk_story_reviews"),
        _person("story_reviews"),
    )


def downgrade() -> None:
    op.drop_table("story_reviews")
    op.drop_index("ix_service_answers_person_id", "service_answers")
    op.drop_table("service_answers")
