"""The outbox worker: retry schedule, leases, acknowledgements, telling the person, and endpoints
disabled by 410 Gone. A delivery that was "delivered" before is "sent" now (no acknowledgement
was checked then).

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("next_attempt_at", TZ, nullable=True))
        batch.add_column(sa.Column("lease_until", TZ, nullable=True))
        batch.add_column(sa.Column("lease_token", sa.String(36), nullable=True))
        batch.add_column(sa.Column("acknowledged_at", TZ, nullable=True))
        batch.add_column(sa.Column("told_at", TZ, nullable=True))
    op.execute("UPDATE deliveries SET next_attempt_at = created_at")
    op.execute("UPDATE deliveries SET status = 'sent' WHERE status = 'delivered'")
    with op.batch_alter_table("deliveries") as batch:
        batch.alter_column("next_attempt_at", existing_type=TZ, nullable=False)
        batch.create_index("ix_deliveries_due", ["status", "next_attempt_at"])
        batch.create_index("ix_deliveries_lease_token", ["lease_token"])
    op.create_table(
        "service_endpoints",
        sa.Column("service_id", sa.String(64), nullable=False),
        sa.Column("disabled_at", TZ, nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("service_id", name="pk_service_endpoints"),
    )


def downgrade() -> None:
    op.drop_table("service_endpoints")
    op.execute("UPDATE deliveries SET status = 'delivered' WHERE status IN ('sent', 'received')")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_index("ix_deliveries_lease_token")
        batch.drop_index("ix_deliveries_due")
        for column in ("told_at", "acknowledged_at", "lease_token", "lease_until", "next_attempt_at"):
            batch.drop_column(column)
