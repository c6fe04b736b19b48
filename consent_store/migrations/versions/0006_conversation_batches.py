"""Conversations appended to: a sealed batch of events per save instead of the whole history sealed
again each time. Rows sealed before stay as they are (`batches` NULL) and are moved into batches by
their next save (the keys are not available to a migration).

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("conversations", sa.Column("batches", sa.Integer, nullable=True))
    op.create_table(
        "conversation_batches",
        sa.Column("handle_hash", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("handle_hash", "seq", name="pk_conversation_batches"),
    )


def downgrade() -> None:
    op.drop_table("conversation_batches")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("batches")
