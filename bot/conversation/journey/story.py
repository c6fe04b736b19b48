"""The story being told: each message kept in the sealed draft, the draft structured into a
profile, and that profile confirmed as a new sealed version. Each function is one transaction."""
from __future__ import annotations

import copy
import hashlib
import json
import re
import threading
import time
from collections import OrderedDict

from bot.conversation.journey.person import person_for
from bot.ops.runtime import Runtime
from consent_store import people, representatives
from consent_store.people import Person


def story_parts(rt: Runtime, sender_id: str) -> list[str]:
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return people.read_draft(session, person) if person else []


def add_to_story(rt: Runtime, sender_id: str, text: str) -> int:
    """Keep one message of the story, sealed; returns how many messages the story now has. (Every
    message is checked for a safeguarding concern in the Rasa server, before this.)"""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id, create=True)
        return people.append_to_draft(session, person, text, rt.now())


class RecentStructures:
    """The last few drafts this process structured, keyed by a digest of everything that decides the
    result (the parts, the teller, the person's name, the base profile). A read-back turn needs the
    same draft several times over the action server's calls (to find the next section, to see whether
    a correction changed anything, to ask); each is structured once. In memory only: at most
    `size` entries, each for at most `seconds`."""

    def __init__(self, size: int = 64, seconds: float = 600.0):
        self.size, self.seconds = size, seconds
        self._entries: OrderedDict[str, tuple[float, dict]] = OrderedDict()
        self._lock = threading.Lock()

    def structure(self, rt: Runtime, parts: list[str], teller: str, base: dict | None,
                  subject_name: str | None) -> dict:
        key = hashlib.sha256(json.dumps([parts, teller, base, subject_name], sort_keys=True,
                                        ensure_ascii=False).encode()).hexdigest()
        now = time.monotonic()
        with self._lock:
            for stale in [k for k, (at, _) in self._entries.items() if now - at > self.seconds]:
                del self._entries[stale]
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return copy.deepcopy(found[1])
        profile = rt.structurer.structure(parts, teller=teller, base=base, subject_name=subject_name)
        with self._lock:
            self._entries[key] = (now, copy.deepcopy(profile))
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return profile

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


RECENT = RecentStructures()


def _structured(rt: Runtime, session, person: Person, teller: str, carer: dict | None,
                updating: bool) -> dict | None:
    """The profile the draft describes: the story told (onto the confirmed one when updating),
    less what the person took out at the read-back, with who told it."""
    parts, removed_items = people.read_draft_and_removed(session, person)
    if not any(part and part.strip() for part in parts):  # (no bot.understanding.structuring import: it loads spaCy)
        return None
    base = people.latest_profile(session, person) if updating else None
    profile = RECENT.structure(rt, parts, teller, base.profile if base else None, (carer or {}).get("name"))
    removed = {(r["section"], r["text"]) for r in removed_items}
    for key, items in profile["sections"].items():
        items[:] = [i for i in items if (key, i["text"]) not in removed]
    if carer:
        profile["teller"] = {k: carer.get(k) for k in ("relationship", "basis", "knows", "representative_id")}
    elif base and base.profile.get("teller"):
        profile["teller"] = base.profile["teller"]
    return profile


def draft_profile(rt: Runtime, sender_id: str, teller: str, carer: dict | None = None,
                  updating: bool = False) -> dict | None:
    """The profile as understood from the story so far, or None if nothing has been told."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return _structured(rt, session, person, teller, carer, updating) if person else None


def confirm_profile(rt: Runtime, sender_id: str, teller: str, carer: dict | None = None,
                    updating: bool = False) -> int | None:
    """Store the confirmed profile as a new sealed version and discard the draft."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        profile = _structured(rt, session, person, teller, carer, updating) if person else None
        if profile is None:
            return None
        earlier = people.latest_profile(session, person)
        if earlier and not updating:  # answers to gap questions stand: the story is retold, not the answers
            for section, items in earlier.profile["sections"].items():
                profile["sections"].setdefault(section, []).extend(i for i in items if i.get("question_key"))
        version = people.save_profile_version(session, person, profile, teller, rt.now(),
                                              representative_id=(profile.get("teller") or {}).get("representative_id"))
        people.clear_draft(session, person)
        return version


def remove_from_story(rt: Runtime, sender_id: str, section: str, words: str, teller: str,
                      carer: dict | None = None, updating: bool = False) -> list[str]:
    """Take items out of one section of the story being read back: all of them, or those whose
    words match `words`. Returns the texts taken out (empty if nothing matched)."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        profile = _structured(rt, session, person, teller, carer, updating) if person else None
        if profile is None:
            return []
        wanted = set(re.findall(r"[a-z0-9]+", words.lower())) - {"the", "a", "an", "my", "their", "that", "about"}
        chosen = [i["text"] for i in profile["sections"].get(section, [])
                  if not wanted or wanted & set(re.findall(r"[a-z0-9]+", i["text"].lower()))]
        if chosen:
            people.remove_from_draft(session, person, [{"section": section, "text": t} for t in chosen], rt.now())
        return chosen


def record_carer(rt: Runtime, sender_id: str, carer: dict) -> str:
    """Record the carer as the person's representative (their name sealed); returns its id."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id, create=True)
        rep = representatives.add_representative(
            session, person, carer.get("carer_name") or "", carer.get("relationship") or "", carer["basis"],
            rt.now(), subject_age=carer.get("age"))
        return rep.id


def current_profile(rt: Runtime, sender_id: str) -> people.ProfileVersion | None:
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return people.latest_profile(session, person) if person else None
