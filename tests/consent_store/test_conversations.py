"""Rasa's conversation history, sealed and appended to, one batch per save (SQLite and PostgreSQL)."""
import json
from datetime import timedelta

import pytest
from sqlalchemy import delete, insert, select, update

from consent_store import conversations, crypto, erasure, people, rotation
from consent_store.conversations import Batch
from consent_store.errors import RecordUnreadable
from consent_store.keys import Keyring, load_keyring
from consent_store.schema import conversation_batches as batches
from consent_store.schema import conversations as heads
from tests.conftest import NOW

WORDS = "I have Quennell's syndrome and I live in Thistlewood Court"
TURNS = [[{"event": "user", "text": f"{WORDS} ({n})"}, {"event": "action", "name": "action_listen"}]
         for n in range(1, 5)]


def tell(session, keys, handle="hash-1", sender="web-abc", turns=TURNS, now=NOW):
    for n, events in enumerate(turns, start=1):
        assert conversations.append(session, keys, handle, sender, events, now, {"slots": {"turn": n}}) == n


def sealed(session, handle="hash-1") -> dict[int, bytes]:
    return dict(session.execute(select(batches.c.seq, batches.c.ciphertext)
                                .where(batches.c.handle_hash == handle)).all())


def unreadable(sessions, keys, handle="hash-1") -> None:
    with sessions.begin() as session, pytest.raises(RecordUnreadable):
        conversations.load(session, keys, handle)


def test_each_save_appends_one_sealed_batch_and_leaves_the_others_as_they_were(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek, turns=TURNS[:3])
        before = sealed(session)
        assert conversations.append(session, kek, "hash-1", "web-abc", TURNS[3], NOW, {"slots": {"turn": 4}}) == 4
    with sessions.begin() as session:
        after = sealed(session)
        found = conversations.load(session, kek, "hash-1")
        assert conversations.load(session, kek, "hash-2") is None
        assert conversations.all_sender_ids(session, kek) == ["web-abc"]
    assert {seq: after[seq] for seq in before} == before  # nothing sealed again
    assert sorted(after) == [1, 2, 3, 4]
    assert found.sender_id == "web-abc" and found.events == [e for turn in TURNS for e in turn]
    assert [batch.state for batch in found.batches] == [{"slots": {"turn": n}} for n in range(1, 5)]
    for ciphertext in after.values():
        assert b"Quennell" not in ciphertext and b"Thistlewood" not in ciphertext


def test_an_edited_batch_does_not_open(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek)
        ciphertext = bytearray(sealed(session)[2])
        ciphertext[20] ^= 1
        session.execute(update(batches).where(batches.c.handle_hash == "hash-1", batches.c.seq == 2)
                        .values(ciphertext=bytes(ciphertext)))
    unreadable(sessions, kek)


def test_reordered_batches_do_not_open(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek)
        rows = sealed(session)
        for seq, other in ((2, 3), (3, 2)):
            session.execute(update(batches).where(batches.c.handle_hash == "hash-1", batches.c.seq == seq)
                            .values(ciphertext=rows[other]))
    unreadable(sessions, kek)


def test_a_batch_dropped_from_the_middle_or_the_end_is_noticed(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek, "hash-1")
        tell(session, kek, "hash-2", "web-def")
        session.execute(delete(batches).where(batches.c.handle_hash == "hash-1", batches.c.seq == 2))
        # the last batch gone, and the count in clear lowered to match: the sealed head still says 4
        session.execute(delete(batches).where(batches.c.handle_hash == "hash-2", batches.c.seq == 4))
        session.execute(update(heads).where(heads.c.handle_hash == "hash-2").values(batches=3))
    unreadable(sessions, kek, "hash-1")
    unreadable(sessions, kek, "hash-2")


def test_a_batch_moved_to_another_conversation_does_not_open(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek, "hash-1")
        tell(session, kek, "hash-2", "web-def")
        session.execute(update(batches).where(batches.c.handle_hash == "hash-2", batches.c.seq == 3)
                        .values(ciphertext=sealed(session, "hash-1")[3]))
    unreadable(sessions, kek, "hash-2")
    with sessions.begin() as session:  # nor a whole head given another conversation's key and batches
        head = session.execute(select(heads).where(heads.c.handle_hash == "hash-1")).one()
        session.execute(update(heads).where(heads.c.handle_hash == "hash-2").values(
            wrapped_data_key=head.wrapped_data_key, ciphertext=head.ciphertext, revision=head.revision))
    unreadable(sessions, kek, "hash-2")


def test_starting_again_leaves_no_old_batch_that_would_open(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek)
        old = sealed(session)
        conversations.replace(session, kek, "hash-1", "web-abc", [{"event": "restart"}], NOW)
    with sessions.begin() as session:
        assert conversations.load(session, kek, "hash-1").events == [{"event": "restart"}]
        assert sorted(sealed(session)) == [1]
        session.execute(update(batches).where(batches.c.handle_hash == "hash-1").values(ciphertext=old[1]))
    unreadable(sessions, kek)  # an old revision's batch put back


def test_conversations_past_the_retention_period_are_deleted_with_every_batch(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek, "old", now=NOW - timedelta(days=31))
        tell(session, kek, "recent", now=NOW - timedelta(days=31))
        conversations.append(session, kek, "recent", "web-abc", TURNS[0], NOW - timedelta(days=1))
        assert conversations.forget_older_than(session, NOW - timedelta(days=30)) == 1
    with sessions.begin() as session:
        assert conversations.load(session, kek, "old") is None and not sealed(session, "old")
        assert len(conversations.load(session, kek, "recent").batches) == 5


def test_erasing_a_person_deletes_their_conversations_every_batch(sessions, kek):
    with sessions.begin() as session:
        person = people.find_or_create_person(session, kek, "hash-web", NOW)
        people.add_contact_handle(session, person, "hash-phone", "phone", "+447700900123", NOW)
        for handle in ("hash-web", "hash-phone", "hash-someone-else"):
            tell(session, kek, handle)
        erasure.erase_person(session, person, NOW)
    with sessions.begin() as session:
        assert [row.handle_hash for row in session.execute(select(heads.c.handle_hash))] == ["hash-someone-else"]
        assert {row.handle_hash for row in session.execute(select(batches.c.handle_hash))} == {"hash-someone-else"}


def test_key_rotation_reaches_every_batch(sessions, tmp_path):
    key_file = tmp_path / "keys" / "master.key"
    old = load_keyring(key_file)
    with sessions.begin() as session:
        tell(session, old, "hash-1")
        tell(session, old, "hash-2", "web-def")
        before = sealed(session, "hash-1")
    new = rotation.start_rotation(sessions, key_file, NOW)
    assert rotation.rewrap(sessions, new, NOW).remaining == 0
    only_new = Keyring(new.current)
    with sessions.begin() as session:
        assert sealed(session, "hash-1") == before  # batches untouched: only the head's key re-wrapped
        for handle in ("hash-1", "hash-2"):
            assert len(conversations.load(session, only_new, handle).batches) == 4
        assert conversations.append(session, only_new, "hash-1", "web-abc", TURNS[0], NOW) == 5
    assert rotation.keys_still_used(sessions) == {new.current.key_id}


def _old_format_row(session, kek, handle: str, document: dict, revision: int = 3, plain: bytes | None = None):
    """A conversation as the store sealed it before batches: one blob of the whole document."""
    data_key = crypto.new_data_key()
    session.execute(insert(heads).values(
        handle_hash=handle, kek_id=kek.key_id, wrapped_data_key=crypto.wrap_data_key(kek, data_key, handle),
        revision=revision, updated_at=NOW, batches=None,
        ciphertext=crypto.seal(data_key, plain or json.dumps(document).encode(),
                               crypto.associated_data(handle, conversations.KIND, revision))))


def test_a_conversation_sealed_in_the_old_single_blob_still_opens_and_moves_into_batches(sessions, kek):
    old_events = [{"event": "user", "text": WORDS}, {"event": "slot", "name": "x", "value": float("nan")}]
    with sessions.begin() as session:
        _old_format_row(session, kek, "hash-old", {"sender_id": "web-old", "dialogue": {"events": old_events}})
        _old_format_row(session, kek, "hash-bad", {"sender_id": "web-bad", "dialogue": {"events": old_events}})
    with sessions.begin() as session:
        found = conversations.load(session, kek, "hash-old")
        assert found.sender_id == "web-old" and found.events[0] == old_events[0]
        assert found.events[1]["value"] != found.events[1]["value"]  # NaN, as the standard library wrote it
        assert sorted(conversations.all_sender_ids(session, kek)) == ["web-bad", "web-old"]
        assert conversations.append(session, kek, "hash-old", "web-old", TURNS[0], NOW, {"slots": {}}) == 2
        session.execute(update(heads).where(heads.c.handle_hash == "hash-bad").values(revision=4))
    with sessions.begin() as session:
        moved = conversations.load(session, kek, "hash-old")
        assert moved.batches[0].events[0] == old_events[0] and moved.batches[1] == Batch(TURNS[0], {"slots": {}})
        assert session.execute(select(heads.c.batches).where(heads.c.handle_hash == "hash-old")).scalar_one() == 2
    unreadable(sessions, kek, "hash-bad")  # an old row rolled to another revision still does not open


def test_what_the_fast_json_will_not_take_is_kept_too(sessions, kek):
    import numpy as np

    odd = [{"event": "slot", "name": "count", "value": 2**70},  # beyond 64 bits
           {"event": "user", "parse_data": {"intent": {"name": np.str_("greet"), "confidence": np.float32(0.5)}},
            "text": "emoji 🙂 and \u202ebidi"}]
    with sessions.begin() as session:
        conversations.append(session, kek, "hash-odd", "web-odd", odd, NOW)
    with sessions.begin() as session:
        events = conversations.load(session, kek, "hash-odd").events
    assert events[0]["value"] == 2**70 and events[1]["parse_data"]["intent"] == {"name": "greet", "confidence": 0.5}
    assert events[1]["text"] == "emoji 🙂 and \u202ebidi"


# --- reading part of a conversation: the head, the batches asked for, and the whole checked -------

LONG = [[{"event": "user", "text": f"{WORDS} ({n})"}] for n in range(1, 9)]


def flip(session, handle: str, seq: int) -> None:
    ciphertext = bytearray(sealed(session, handle)[seq])
    ciphertext[-1] ^= 1
    session.execute(update(batches).where(batches.c.handle_hash == handle, batches.c.seq == seq)
                    .values(ciphertext=bytes(ciphertext)))


def test_a_reader_opens_only_the_batches_asked_for_and_the_whole_check_still_finds_an_old_one_edited(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek, turns=LONG)
        flip(session, "hash-1", 2)
    with sessions.begin() as session:
        reader = conversations.open_head(session, kek, "hash-1")
        assert reader.sender_id == "web-abc" and reader.count == 8
        recent = reader.batches(range(6, 9))  # what a turn reads: batch 2 is not opened
        assert [batch.events for batch in recent.values()] == LONG[5:]
        assert [batch.state for batch in recent.values()] == [{"slots": {"turn": n}} for n in (6, 7, 8)]
        with pytest.raises(RecordUnreadable):
            reader.batches([2])  # asked for, it does not open
        with pytest.raises(RecordUnreadable):
            reader.verify()  # the head's digest chain over every batch's sealed bytes
        assert conversations.open_head(session, kek, "hash-2") is None
    unreadable(sessions, kek)  # nor does the whole conversation


def test_the_digest_chain_notices_a_batch_sealed_again_for_its_own_place(sessions, kek):
    """Each batch's associated data stops one taken from another place; the head's digest chain
    also stops one sealed anew for the same place (as only a holder of the data key could)."""
    with sessions.begin() as session:
        tell(session, kek)
        head = session.execute(select(heads).where(heads.c.handle_hash == "hash-1")).one()
        data_key = crypto.unwrap_data_key(kek, head.wrapped_data_key, "hash-1")
        forged = crypto.seal(data_key, json.dumps({"events": [{"event": "user", "text": "not said"}]}).encode(),
                             crypto.associated_data("hash-1", conversations.BATCH, f"{head.revision}.2"))
        session.execute(update(batches).where(batches.c.handle_hash == "hash-1", batches.c.seq == 2)
                        .values(ciphertext=forged))
    with sessions.begin() as session:
        reader = conversations.open_head(session, kek, "hash-1")
        assert reader.batches([2])[2].events == [{"event": "user", "text": "not said"}]  # it opens alone
        with pytest.raises(RecordUnreadable):
            reader.verify()
    unreadable(sessions, kek)


def test_a_batch_missing_or_one_too_many_is_noticed_where_it_is_looked_for(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek, "hash-1")
        tell(session, kek, "hash-2", "web-def")
        session.execute(delete(batches).where(batches.c.handle_hash == "hash-1", batches.c.seq == 2))
        extra = sealed(session, "hash-2")[4]  # a fifth batch the head does not count
        session.execute(insert(batches).values(handle_hash="hash-2", seq=5, ciphertext=extra))
    with sessions.begin() as session:
        missing = conversations.open_head(session, kek, "hash-1")
        with pytest.raises(RecordUnreadable):
            missing.batches([2, 3])
        assert list(missing.batches([3, 4])) == [3, 4]
        with pytest.raises(RecordUnreadable):
            missing.verify()
        too_many = conversations.open_head(session, kek, "hash-2")
        assert too_many.count == 4 and list(too_many.batches([4, 5])) == [4]  # beyond the count: not asked for
        with pytest.raises(RecordUnreadable):
            too_many.verify()
    unreadable(sessions, kek, "hash-2")


def _head_without_chain(session, kek, handle: str) -> None:
    """The head as the store sealed it before the digest chain: the sender id and the count only."""
    head = session.execute(select(heads).where(heads.c.handle_hash == handle)).one()
    data_key = crypto.unwrap_data_key(kek, head.wrapped_data_key, handle)
    session.execute(update(heads).where(heads.c.handle_hash == handle).values(ciphertext=crypto.seal(
        data_key, json.dumps({"sender_id": "web-abc", "batches": head.batches}).encode(),
        crypto.associated_data(handle, conversations.HEAD, head.revision))))


def test_a_head_from_before_the_chain_is_checked_batch_by_batch_and_its_chain_begun_at_the_next_save(sessions, kek):
    with sessions.begin() as session:
        tell(session, kek, "hash-1")
        tell(session, kek, "hash-2")
        _head_without_chain(session, kek, "hash-1")
        _head_without_chain(session, kek, "hash-2")
        flip(session, "hash-2", 1)
    with sessions.begin() as session:
        conversations.open_head(session, kek, "hash-1").verify()  # each batch opened instead
        with pytest.raises(RecordUnreadable):
            conversations.open_head(session, kek, "hash-2").verify()
        assert conversations.append(session, kek, "hash-1", "web-abc", LONG[0], NOW) == 5
    with sessions.begin() as session, pytest.raises(RecordUnreadable):
        conversations.append(session, kek, "hash-2", "web-abc", LONG[0], NOW)  # not extended unchecked
    with sessions.begin() as session:
        assert len(conversations.load(session, kek, "hash-1").batches) == 5
        flip(session, "hash-1", 2)
    with sessions.begin() as session, pytest.raises(RecordUnreadable):
        conversations.open_head(session, kek, "hash-1").verify()  # the chain now covers the old batches
