"""Where a person's story lives and where every decision about sharing it is enforced.

Data functions take a SQLAlchemy session and never commit: the caller owns the transaction
(`with sessionmaker.begin() as session:`). Everything stored about a person is sealed with that
person's own data key (see `consent_store.crypto`).
"""
