"""A named viewer who may read the story too (`pathway_viewers.sees_story`, off unless the person
says so); a review period the person chooses and a check a service asks for (`story_reviews`).
consent_store/pathway.py, consent_store/reviews.py.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("pathway_viewers") as batch:
        batch.add_column(sa.Column("sees_story", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("story_reviews") as batch:
        batch.add_column(sa.Column("period_days", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("requested_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("requested_at", TZ, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("story_reviews") as batch:
        batch.drop_column("requested_at")
        batch.drop_column("requested_by")
        batch.drop_column("period_days")
    with op.batch_alter_table("pathway_viewers") as batch:
        batch.drop_column("sees_story")
