"""Tables of the consent store. Migrations in consent_store/migrations are written to match."""
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
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
# `audit_ref` is the random name the disclosure log knows them by: once the person is erased it
# points at nobody, so the log keeps its chain without identifying anyone.
persons = Table(
    "persons",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("handle_hash", String(64), nullable=False, unique=True),
    Column("kek_id", String(32), nullable=False),
    Column("wrapped_data_key", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("audit_ref", String(36), nullable=False, unique=True),
    Index("ix_persons_kek_id", "kek_id"),
)

# Other ways to reach a person (a phone number, an email): looked up by keyed hash, and sealed
# with the person's data key when they must be read back (to send a text).
contact_handles = Table(
    "contact_handles",
    metadata,
    Column("handle_hash", String(64), primary_key=True),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("sealed_handle", LargeBinary, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# The PIN or passphrase a returning person set: scrypt, with a count of failures and a lock-out.
credentials = Table(
    "credentials",
    metadata,
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("salt", LargeBinary, nullable=False),
    Column("digest", LargeBinary, nullable=False),
    Column("cost", Integer, nullable=False),  # scrypt n
    Column("failed_attempts", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# A PIN checked (or a first PIN set) in one conversation: the person's rights over their saved story
# in that conversation until `expires_at`, or until the conversation's next session (which deletes
# the row), whichever comes first. Found by the keyed hash of the conversation id, as persons are.
verifications = Table(
    "verifications",
    metadata,
    Column("handle_hash", String(64), primary_key=True),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("verified_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_verifications_person_id", "person_id"),
)

# People who speak for the person: their name sealed, their relationship and legal basis in clear.
representatives = Table(
    "representatives",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("sealed_name", LargeBinary, nullable=False),
    Column("relationship", String(32), nullable=False),
    Column("basis", String(32), nullable=False),
    Column("subject_age", Integer, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
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
    Column("representative_id", String(36), nullable=True),
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
    # Added in 0002: the basis of whoever granted it, their representative row, single items.
    Column("basis", String(32), nullable=False, server_default="own"),
    Column("representative_id", String(36), nullable=True),
    Column("items", JSON, nullable=True),  # {section: [item id, ...]} shared without the whole section
    Column("withdrawal_code", String(16), nullable=True, unique=True),
    # Added in 0012: parts shared without what the teller (a carer) said of themselves in them ("not my own health")
    Column("own_held", JSON, nullable=True),
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
    # The worker's side: when to try next, who holds it now (a lease, so a crashed worker's rows
    # come back), when the service acknowledged it, and when the person was told the outcome.
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("lease_until", DateTime(timezone=True), nullable=True),
    Column("lease_token", String(36), nullable=True),
    Column("acknowledged_at", DateTime(timezone=True), nullable=True),
    Column("told_at", DateTime(timezone=True), nullable=True),
    Index("ix_deliveries_due", "status", "next_attempt_at"),
    Index("ix_deliveries_lease_token", "lease_token"),
)

# A service endpoint that answered 410 Gone: nothing more is sent to it until someone re-enables it.
service_endpoints = Table(
    "service_endpoints",
    metadata,
    Column("service_id", String(64), primary_key=True),
    Column("disabled_at", DateTime(timezone=True), nullable=False),
    Column("reason", String(200), nullable=False),
)

# Rasa's conversation history (the tracker): a head row per conversation, found by the keyed hash of
# the conversation id (the same hash as `persons.handle_hash`, so erasure finds it), holding the
# conversation's own data key, which only the key-encryption key `kek_id` unwraps, and (sealed) its
# sender id and number of batches; each save appends one sealed batch of events. `revision` changes
# whenever the data key does (the history started again). `batches` NULL: a conversation sealed
# before batches, its whole history in `ciphertext`.
conversations = Table(
    "conversations",
    metadata,
    Column("handle_hash", String(64), primary_key=True),
    Column("kek_id", String(32), nullable=False),
    Column("wrapped_data_key", LargeBinary, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("batches", Integer, nullable=True),
    Index("ix_conversations_updated_at", "updated_at"),
)

# One save's events, sealed with the conversation's data key and bound to its hash, revision and `seq`.
conversation_batches = Table(
    "conversation_batches",
    metadata,
    Column("handle_hash", String(64), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("ciphertext", LargeBinary, nullable=False),
)

# Referrals (consent_store/referrals.py): one per consent, its FHIR Task's status as the service set
# it, and a reason code from a fixed list (no free text). Each status update a service sends is
# applied once: its message id is kept in `referral_updates`.
referrals = Table(
    "referrals",
    metadata,
    Column("id", String(36), primary_key=True),  # the Task's id
    Column("request_id", String(36), nullable=False),  # the ServiceRequest's id
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("service_id", String(64), nullable=False),
    Column("consent_id", String(36), ForeignKey("consents.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("status", String(16), nullable=False),
    Column("reason", String(40), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_referrals_person_id", "person_id"),
)

referral_updates = Table(
    "referral_updates",
    metadata,
    Column("message_id", String(64), primary_key=True),
    Column("referral_id", String(36), ForeignKey("referrals.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

# The disclosure log: append-only and hash-chained. `seq` has no gaps; each row's hash covers the
# previous row's hash and its own fields. Rows name a person only by `audit_ref`.
disclosures = Table(
    "disclosures",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("recorded_at", String(32), nullable=False),  # ISO 8601 text: hashed exactly as stored
    Column("subject_ref", String(36), nullable=False),
    Column("event", String(16), nullable=False),
    Column("service_id", String(64), nullable=True),
    Column("sections", Text, nullable=False),  # canonical JSON text, hashed as stored
    Column("profile_version", Integer, nullable=True),
    Column("consent_id", String(36), nullable=True),
    Column("digest", String(64), nullable=True),
    Column("prev_hash", String(64), nullable=False),
    Column("row_hash", String(64), nullable=False),
    Index("ix_disclosures_subject_ref", "subject_ref"),
)

# Where the newest key rotation got to: a rotation that is interrupted resumes from here.
key_rotations = Table(
    "key_rotations",
    metadata,
    Column("new_kek_id", String(32), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=True),
)

# The pathway (consent_store/pathway.py): what the person, their phone and the service have been told
# of each referral's status (one row per referral and channel: chat, sms, service), the person's phone
# number when they came by SMS (sealed with their key, for status texts only), and the people they
# named to see their pathway page (a coordinator: name sealed, with an expiry, revocable).
referral_notices = Table(
    "referral_notices",
    metadata,
    Column("referral_id", String(36), ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True),
    Column("channel", String(16), primary_key=True),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("told_status", String(16), nullable=False),
    Column("told_as_of", DateTime(timezone=True), nullable=True),  # the referral's updated_at when told
    Column("attempts", Integer, nullable=False),
    Column("retry_at", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_referral_notices_person_id", "person_id"),
)

sms_contacts = Table(
    "sms_contacts",
    metadata,
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("sealed_number", LargeBinary, nullable=True),  # none once they texted STOP
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("opted_out_at", DateTime(timezone=True), nullable=True),  # texted STOP (until START)
)

pathway_viewers = Table(
    "pathway_viewers",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("sealed_name", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    # The person said this viewer may read the story too, not only the statuses (off unless said).
    Column("sees_story", Boolean, nullable=False, server_default=false()),
    Index("ix_pathway_viewers_person_id", "person_id"),
)

# Answers to a service's question (consent_store/questions.py): one per question a service asked (a
# referral on hold, as it was when it asked), the answer sealed with the person's key until the
# service has it (then dropped: the service keeps it, we keep that it went), or skipped.
service_answers = Table(
    "service_answers",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("referral_id", String(36), ForeignKey("referrals.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), nullable=False),
    Column("question", String(32), nullable=False),
    Column("asked_as_of", DateTime(timezone=True), nullable=False),  # the referral's updated_at as it asked
    Column("kind", String(16), nullable=False),  # answered, skipped
    Column("sealed_value", LargeBinary, nullable=True),
    Column("answered_at", DateTime(timezone=True), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("retry_at", DateTime(timezone=True), nullable=True),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    UniqueConstraint("referral_id", "asked_as_of", name="uq_service_answers_referral_asked"),
    Index("ix_service_answers_person_id", "person_id"),
)

# "Is this still true?" (consent_store/reviews.py): when the person last checked their story, and
# until when they put the next check off.
story_reviews = Table(
    "story_reviews",
    metadata,
    Column("person_id", String(36), ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("reviewed_at", DateTime(timezone=True), nullable=True),
    Column("outcome", String(16), nullable=False),  # confirmed, changed, later
    Column("put_off_until", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # The review period the person chose, in days (the services' shortest, or 182, when none).
    Column("period_days", Integer, nullable=True),
    # A service that asked for the story to be checked, and when: a check is due from then.
    Column("requested_by", String(64), nullable=True),
    Column("requested_at", DateTime(timezone=True), nullable=True),
)
