"""Tables of the consent store. Migrations in consent_store/migrations are written to match."""
from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# A person is found by a keyed hash of their conversation handle, never by the handle itself.
persons = Table(
    "persons",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("handle_hash", String(64), nullable=False, unique=True),
    Column("kek_id", String(32), nullable=False),
    Column("wrapped_data_key", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# The story while it is being told: one sealed row per person, replaced as it grows.
story_drafts = Table(
    "story_drafts",
    metadata,
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# Confirmed profiles: append-only, one row per version.
profile_versions = Table(
    "profile_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("told_by", String(16), nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
    Column("confirmed_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("person_id", "version", name="uq_profile_versions_person_version"),
)

consents = Table(
    "consents",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("service_id", String(64), nullable=False),
    Column("sections", JSON, nullable=False),
    Column("purpose", Text, nullable=False),
    Column("granted_by", String(16), nullable=False),
    Column("granted_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("withdrawn_at", DateTime(timezone=True), nullable=True),
    Column("receipt_code", String(16), nullable=False, unique=True),
)

# The outbox: a delivery is written down before it is sent, with its sealed payload.
deliveries = Table(
    "deliveries",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("service_id", String(64), nullable=False),
    Column("consent_id", String(36), ForeignKey("consents.id", ondelete="CASCADE"), nullable=False),
    Column("profile_version", Integer, nullable=False),
    Column("sections", JSON, nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String(200), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delivered_at", DateTime(timezone=True), nullable=True),
)
