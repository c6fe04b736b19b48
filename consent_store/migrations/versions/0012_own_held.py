"""Parts shared without what the teller, a carer, said of themselves in them ("yes but not my own health":
her thyroid stays out, her mother's dementia goes): `consents.own_held`. consent_store/consent.py.

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consents") as batch:
        batch.add_column(sa.Column("own_held", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consents") as batch:
        batch.drop_column("own_held")
