"""The hand-written migrations build exactly the tables the code uses, and upgrade old data."""
import uuid

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

from consent_store.database import MIGRATIONS, make_engine
from consent_store.schema import metadata


def test_the_migrated_schema_matches_the_code(sessions, database_url):
    engine = make_engine(database_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []


def test_0002_gives_existing_people_an_audit_pseudonym(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        for n in range(3):
            connection.execute(text("INSERT INTO persons (id, handle_hash, kek_id, wrapped_data_key, created_at) "
                                    "VALUES (:id, :h, 'k', x'00', '2026-01-01')"), {"id": str(uuid.uuid4()), "h": f"h{n}"})
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        refs = connection.execute(text("SELECT audit_ref FROM persons")).scalars().all()
    assert len(refs) == 3 and len(set(refs)) == 3 and all(refs)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")  # and back down cleanly
    engine.dispose()
