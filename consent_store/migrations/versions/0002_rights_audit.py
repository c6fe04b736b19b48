"""Contact handles, PIN credentials, representatives, consent basis and items, the hash-chained
disclosure log, key rotation progress, and each person's audit pseudonym.

Revision ID: 0002
Revises: 0001
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("audit_ref", sa.String(36), nullable=True))
    connection = op.get_bind()
    for (person_id,) in connection.execute(sa.text("SELECT id FROM persons")).all():
        connection.execute(sa.text("UPDATE persons SET audit_ref = :ref WHERE id = :id"),
                           {"ref": str(uuid.uuid4()), "id": person_id})
    with op.batch_alter_table("persons") as batch:
        batch.alter_column("audit_ref", existing_type=sa.String(36), nullable=False)
        batch.create_unique_constraint("uq_persons_audit_ref", ["audit_ref"])

    op.create_table(
        "contact_handles",
        sa.Column("handle_hash", sa.String(64), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sealed_handle", sa.LargeBinary, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("handle_hash", name="pk_contact_handles"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                name="fk_contact_handles_person_id_persons"),
    )
    op.create_table(
        "credentials",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("salt", sa.LargeBinary, nullable=False),
        sa.Column("digest", sa.LargeBinary, nullable=False),
        sa.Column("cost", sa.Integer, nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", TZ, nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("person_id", name="pk_credentials"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                name="fk_credentials_person_id_persons"),
    )
    op.create_table(
        "representatives",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("sealed_name", sa.LargeBinary, nullable=False),
        sa.Column("relationship", sa.String(32), nullable=False),
        sa.Column("basis", sa.String(32), nullable=False),
        sa.Column("subject_age", sa.Integer, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_representatives"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                name="fk_representatives_person_id_persons"),
    )
    with op.batch_alter_table("profile_versions") as batch:
        batch.add_column(sa.Column("representative_id", sa.String(36), nullable=True))
    with op.batch_alter_table("consents") as batch:
        batch.add_column(sa.Column("basis", sa.String(32), nullable=False, server_default="own"))
        batch.add_column(sa.Column("representative_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("items", sa.JSON, nullable=True))
        batch.add_column(sa.Column("withdrawal_code", sa.String(16), nullable=True))
        batch.create_unique_constraint("uq_consents_withdrawal_code", ["withdrawal_code"])
    op.create_table(
        "disclosures",
        sa.Column("seq", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("subject_ref", sa.String(36), nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("service_id", sa.String(64), nullable=True),
        sa.Column("sections", sa.Text, nullable=False),
        sa.Column("profile_version", sa.Integer, nullable=True),
        sa.Column("consent_id", sa.String(36), nullable=True),
        sa.Column("digest", sa.String(64), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("row_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_disclosures"),
    )
    op.create_index("ix_disclosures_subject_ref", "disclosures", ["subject_ref"])
    op.create_table(
        "key_rotations",
        sa.Column("new_kek_id", sa.String(32), nullable=False),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("new_kek_id", name="pk_key_rotations"),
    )
    op.create_index("ix_persons_kek_id", "persons", ["kek_id"])


def downgrade() -> None:
    op.drop_index("ix_persons_kek_id", table_name="persons")
    for table in ("key_rotations", "disclosures", "representatives", "credentials", "contact_handles"):
        op.drop_table(table)
    with op.batch_alter_table("consents") as batch:
        batch.drop_constraint("uq_consents_withdrawal_code", type_="unique")
        for column in ("withdrawal_code", "items", "representative_id", "basis"):
            batch.drop_column(column)
    with op.batch_alter_table("profile_versions") as batch:
        batch.drop_column("representative_id")
    with op.batch_alter_table("persons") as batch:
        batch.drop_constraint("uq_persons_audit_ref", type_="unique")
        batch.drop_column("audit_ref")
