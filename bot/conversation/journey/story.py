"""The story being told: each message kept in the sealed draft, the draft structured into a
profile, and that profile confirmed as a new sealed version. Each function is one transaction, but
`read_draft`, which reads the draft in its caller's."""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from bot.conversation.journey.person import person_for, person_or_new
from bot.ops.runtime import Runtime
from bot.sections import medicine_text
from consent_store import people, representatives, verification
from consent_store.people import Person


def story_parts(rt: Runtime, sender_id: str) -> list[str]:
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return people.read_draft(session, person) if person else []


def add_to_story(rt: Runtime, sender_id: str, text: str) -> int:
    """Keep one message of the story, sealed; returns how many messages the story now has. (Every
    message is checked for a safeguarding concern in the Rasa server, before this.)"""
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, sender_id)
        return people.append_to_draft(session, person, text, rt.now())


# The sections whose items are the story's facts: the read-back's own lines (a name or an age alone tells no story).
_STORY_SECTIONS = ("health", "medications", "allergies", "daily_living", "home", "support_network",
                   "services_involved", "risks", "work_money", "goals", "what_matters")


def take_back(rt: Runtime, sender_id: str, text: str) -> bool:
    """Forget the last message kept, if it is `text`: a correction that changed nothing is not kept as story."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        return person is not None and people.drop_last_draft_part(session, person, text, rt.now())


def tells_something(rt: Runtime, text: str) -> bool:
    """Whether a message, read alone as someone's own story, tells any fact of one ("I have asthma")."""
    if text.startswith("/") or not any(c.isalpha() for c in text):
        return False
    sections = rt.structurer.structure([text], teller="self").get("sections", {})
    return any(sections.get(name) for name in _STORY_SECTIONS)


@dataclass(frozen=True)
class Draft:
    """The story being told, structured: the profile its parts describe (onto the confirmed one
    when updating), less what the person took out at the read-back, with who told it. Structuring
    takes tens of milliseconds, so a call that needs the draft more than once reads it once and
    passes this along."""
    parts: list[str]
    removed: list[dict[str, Any]]  # [{"section", "text"}] taken out at the read-back
    profile: dict[str, Any]

    def without(self, removed: list[dict[str, Any]]) -> Draft:
        """This draft with more items taken out, as reading it again would give it."""
        profile = copy.deepcopy(self.profile)
        _take_out(profile, removed, self.parts)
        return Draft(self.parts, self.removed + removed, profile)


def _take_out(profile: dict[str, Any], removed: list[dict[str, Any]], parts: list[str]) -> None:
    """Takes out what the person took out at the read-back: an item of the same section and words, told before it was
    taken out. The same words told again after ("remove the metformin", then "add that i take metformin") are kept:
    before, they were taken out again at once and could never be put back (issue 18)."""
    for key, items in profile["sections"].items():
        items[:] = [i for i in items if not any(r["section"] == key and r["text"] == i["text"] and _told_before(i, r, parts)
                                                and _whose(i) in r.get("abouts", [_whose(i)]) for r in removed)]
        for item in items:
            for removal in removed:
                if removal["section"] == key and item.get("name") and item.get("name") in (removal.get("names") or []) \
                        and not _told_before(item, removal, parts):  # another line of it told before keeps its dose
                    _only_said_again(item, removal, parts)


def _only_said_again(item: dict[str, Any], removal: dict[str, Any], parts: list[str]) -> None:
    """A medicine taken out, then told again: its dose and how often only as said again, never those of the line
    taken out (structuring keeps them from an earlier mention of the same medicine)."""
    later = " ".join(parts[int(removal.get("parts") or 0):]).lower()
    for detail in ("dose", "frequency"):
        if item.get(detail) and str(item[detail]).lower() not in later:
            item.pop(detail)
    item["text"] = medicine_text(item)


def _whose(item: dict[str, Any]) -> str:
    """Whom an item is about ("subject" when unsaid): one line taken out of two with the same words ("Your son has
    cerebral palsy", "You have cerebral palsy") is that one's alone (a stranger, session 31: "remove the fifth one" took
    both out)."""
    return str(item.get("about") or "subject")


def _told_before(item: dict[str, Any], removal: dict[str, Any], parts: list[str]) -> bool:
    """Whether `item` was told before `removal` was asked for: from the parts told then (or the very item taken out,
    as a saved version's item an update reads keeps where it was said in that version). A removal recorded without
    how many parts there were then (an older draft) takes out every item of its words, as it always did."""
    told_then = removal.get("parts")
    source = item.get("source")
    if not isinstance(told_then, int) or not isinstance(source, dict) or not isinstance(source.get("start"), int):
        return True
    if source in (removal.get("sources") or []):
        return True
    return bool(source["start"] < len(_JOINED.join(p.strip() for p in parts[:told_then] if p and p.strip())))


_JOINED = "\n"  # how parts are joined into the story structured (bot.understanding.structuring.PART_SEPARATOR)


def read_draft(rt: Runtime, session: Session, person: Person, teller: str, carer: dict[str, Any] | None,
               updating: bool) -> Draft | None:
    """The draft, structured, in the caller's transaction; None if nothing has been told."""
    parts, removed = people.read_draft_and_removed(session, person)
    if not any(part and part.strip() for part in parts):  # (no bot.understanding.structuring import: it loads spaCy)
        return None
    base = people.latest_profile(session, person) if updating else None
    profile = rt.structurer.structure(parts, teller=teller, base=base.profile if base else None,
                                      subject_name=(carer or {}).get("name"),
                                      relationship=(carer or {}).get("relationship"))
    _take_out(profile, removed, parts)
    if carer:
        profile["teller"] = {k: carer.get(k) for k in ("relationship", "basis", "knows", "representative_id")}
    elif base and base.profile.get("teller"):
        profile["teller"] = base.profile["teller"]
    return Draft(parts, removed, profile)


def draft(rt: Runtime, sender_id: str, teller: str, carer: dict[str, Any] | None = None,
          updating: bool = False) -> Draft | None:
    """The story so far, structured; None if nothing has been told."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return read_draft(rt, session, person, teller, carer, updating) if person else None


def draft_profile(rt: Runtime, sender_id: str, teller: str, carer: dict[str, Any] | None = None,
                  updating: bool = False) -> dict[str, Any] | None:
    """The profile as understood from the story so far, or None if nothing has been told."""
    found = draft(rt, sender_id, teller, carer, updating)
    return found.profile if found else None


def draft_and_saved(rt: Runtime, sender_id: str, teller: str, carer: dict[str, Any] | None = None,
                    updating: bool = False) -> tuple[Draft | None, people.ProfileVersion | None]:
    """The story so far, structured, and the confirmed version it updates (None unless updating)."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return None, None
        saved = people.latest_profile(session, person) if updating else None
        return read_draft(rt, session, person, teller, carer, updating), saved


def confirm_profile(rt: Runtime, sender_id: str, teller: str, carer: dict[str, Any] | None = None,
                    updating: bool = False, draft: Draft | None = None) -> int | None:
    """Store the confirmed profile as a new sealed version and discard the draft. `draft` is the
    one the person was read back, if the caller has it; it is structured again only if the draft
    changed since (or none was given)."""
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return None
        if draft is None or people.read_draft_and_removed(session, person) != (draft.parts, draft.removed):
            draft = read_draft(rt, session, person, teller, carer, updating)
        if draft is None:
            return None
        profile = copy.deepcopy(draft.profile)
        earlier = people.latest_profile(session, person)
        if earlier and not updating and not verification.has_secret(session, person) \
                and people.discard_unopened_versions(session, person):
            earlier = None  # saved before with no PIN chosen: unopened by anyone, and not this story's
        if earlier and not updating:  # answers to gap questions stand: the story is retold, not the answers
            for section, items in earlier.profile["sections"].items():
                profile["sections"].setdefault(section, []).extend(i for i in items if i.get("question_key"))
        version: int = people.save_profile_version(
            session, person, profile, teller, rt.now(),
            representative_id=(profile.get("teller") or {}).get("representative_id"))
        people.clear_draft(session, person)
        return version


_NOT_NAMING = {"the", "a", "an", "my", "their", "that", "about", "one", "ones", "bit", "bits", "line", "lines", "part",
               "thing", "please", "his", "her", "this"}  # words that name no item
# Nor, beside words that do, the small words between: "the fall in march" named "another fall in the kitchen"
# as well as "I fell in March" (both had two of its words). Alone ("the one about him") they still name.
_SMALL_WORDS = {"in", "on", "at", "of", "to", "for", "with", "and", "or", "from", "by", "was", "is", "it", "its",
                "i", "he", "she", "they", "we", "you", "had", "has", "have", "me", "him", "them", "when", "too"}
# Forms of one word, so that "the fall in march" names "I fell in March".
_SAME_WORD = {"fell": "fall", "falls": "fall", "fallen": "fall", "falling": "fall", "broke": "break",
              "broken": "break", "breaks": "break"}


def _tokens(text: str) -> set[str]:
    """The words of `text`, lower case; a word with an apostrophe both split and joined ("alzheimer's": "alzheimer",
    "s" and "alzheimers"), so that "remove the alzheimers" names "They have alzheimer's" (a stranger, session 41: "I
    could not find") and "my son's one" still names "Your son has …"."""
    lowered = text.lower()
    return set(re.findall(r"[a-z0-9]+", lowered)) | set(re.findall(r"[a-z0-9]+", re.sub(r"['’]", "", lowered)))


def _naming_words(text: str) -> set[str]:
    """The words of `text` that can name an item, each in one form."""
    words = {_SAME_WORD.get(word, word) for word in _tokens(text)} - _NOT_NAMING
    return words - _SMALL_WORDS or words


T = TypeVar("T")
_POSITIONS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
              "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
              "tenth": 10, "10th": 10}
_PLACE = "|".join(sorted(_POSITIONS, key=len, reverse=True))
# Several places at once, and what is said around them: "the 1st and 2nd", "the second one for gods sake", "first and
# third lines please" (a stranger, session 29: "I could not find '1st and 2nd'")
_PLACES = re.compile(rf"\s*(?:the\s+)?(?:{_PLACE})(?:\s+(?:ones?|1|lines?|bits?|items?))?(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?"
                     rf"(?:{_PLACE})(?:\s+(?:ones?|1|lines?|bits?|items?))?)*\s*")
_SAID_AROUND = re.compile(r"(?:\s+(?:please|pls|plz|thanks|thank you|ta|now|then|for (?:gods?|god's|heavens?|heaven's|"
                          r"pete's|petes|crying out loud) sake|ffs|too|as well))+\s*[.!?]*$")
_COUNTS = {"one": 1, "two": 2, "three": 3, "2": 2, "3": 3}


def _by_position(words: str, texts: list[T]) -> list[T] | None:
    """Lines named by where they are: "the last two", "the last one", "the second line", "1, 2, 5 and 6", "the first one and
    the last one" (a stranger, session 31: "I could not find …"); None when the words name no place ("the 2nd floor one"
    names a floor)."""
    said = _SAID_AROUND.sub("", words.lower())
    found: list[T] = []
    for piece in re.split(r"\s*(?:,|&|\+|\band\b)\s*", said.strip()):
        last = re.fullmatch(r"\s*(?:the\s+)?last(?:\s+(one|two|three|2|3))?(?:\s+(?:ones?|lines?|bits?))?\s*", piece)
        numbers = re.fullmatch(r"\s*(?:(?:line|number|no)s?\s+)?(\d{1,2})\s*", piece)
        if last:
            found += texts[-_COUNTS.get(last.group(1) or "one", 1):]
        elif numbers and 1 <= int(numbers.group(1)) <= len(texts):
            found.append(texts[int(numbers.group(1)) - 1])
        elif piece and _PLACES.fullmatch(piece):
            places = [_POSITIONS[w] for w in re.findall(rf"\b(?:{_PLACE})\b", piece)]
            if not places or any(n > len(texts) for n in places):
                return None
            found += [texts[n - 1] for n in places]
        else:
            return None
    return [line for n, line in enumerate(found) if line not in found[:n]] or None


def _named(words: str, items: list[dict[str, Any]]) -> list[int]:
    """The items the words name best, each thing named on its own ("the cerebral palsy and the epilepsy"), or the whole
    of the words where one of its things names nothing ("fish and chips"). An item is named by its words and by whom it
    is about ("the bit about my son": "Your son has …")."""
    said = [_naming_words(words)] + [_naming_words(w) for w in re.split(r"\s*(?:,|&|\band\b)\s*", words) if w.strip()]
    every = [{_SAME_WORD.get(word, word) for word in _tokens(f"{i['text']} {_whose(i)}")} for i in items]
    best: list[int] = []
    for wanted in said[1:] if len(said) > 2 else said[:1]:
        scores = [len(wanted & known) for known in every]
        top = [n for n, score in enumerate(scores) if score and score == max(scores)]
        if not top:
            return _named_whole(said[0], every) if len(said) > 2 else []
        best += [n for n in top if n not in best]
    return best


def _named_whole(wanted: set[str], every: list[set[str]]) -> list[int]:
    scores = [len(wanted & known) for known in every]
    return [n for n, score in enumerate(scores) if score and score == max(scores)]


def remove_from_story(rt: Runtime, sender_id: str, draft: Draft, section: str, words: str,
                      shown: list[list[int]] | None = None) -> tuple[list[str], Draft]:
    """Take items out of one section of the story being read back: all of them, or those whose
    words match `words`. `shown`: the items each line read back says, in order, so that "the last one" is the last
    line the person saw (lines saying the same were read back once). Returns the texts taken out (empty if nothing
    matched), and the draft without them."""
    items = draft.profile["sections"].get(section, [])
    texts = [i["text"] for i in items]
    lines = _by_position(words, shown if shown is not None else [[i] for i in range(len(texts))])
    placed = None if lines is None else [i for line in lines for i in line if i < len(texts)]
    # The lines the words name best ("the 2nd floor one" is the 2nd floor, not also the ground floor flat), for each
    # thing named ("the cerebral palsy and the epilepsy": both, a stranger, session 31). All of them only when asked for
    # with no words ("remove the lines", "remove the one", words that name no line, took the whole part out: issue 18);
    # words that name none take nothing out
    picked = placed if placed is not None else list(range(len(texts))) if not words.strip() else _named(words, items)
    chosen = list(dict.fromkeys(texts[i] for i in picked))
    if not chosen:
        return [], draft
    removed = [{"section": section, "text": text, "parts": len(draft.parts),
                "sources": [items[i]["source"] for i in picked if texts[i] == text and isinstance(items[i].get("source"), dict)],
                "names": [items[i]["name"] for i in picked if texts[i] == text and isinstance(items[i].get("name"), str)],
                "abouts": sorted({_whose(items[i]) for i in picked if texts[i] == text})}
               for text in chosen]
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        if person is None:
            return [], draft
        people.remove_from_draft(session, person, removed, rt.now())
    return chosen, draft.without(removed)


def record_carer(rt: Runtime, sender_id: str, carer: dict[str, Any]) -> str:
    """Record the carer as the person's representative (their name sealed); returns its id."""
    with rt.sessions.begin() as session:
        person = person_or_new(rt, session, sender_id)
        rep = representatives.add_representative(
            session, person, carer.get("carer_name") or "", carer.get("relationship") or "", carer["basis"],
            rt.now(), subject_age=carer.get("age"))
        return rep.id


def saved_carer(rt: Runtime, sender_id: str) -> dict[str, Any] | None:
    """The carer's answers the saved story was told with (whose story, how they are related, their basis, their
    own name), as the carer questions keep them; None when the person told it themselves or nothing is saved.
    An update is told as the saved story was: a carer's update read back and sent as the person's own told the
    services "Told once by the person", with no basis for sharing (a stranger, session 19)."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if person is None or saved is None or saved.told_by != "carer":
            return None
        teller: dict[str, Any] = dict(saved.profile.get("teller") or {})
        rep_id = teller.get("representative_id") or saved.representative_id
        rep = representatives.get_representative(session, person, rep_id) if rep_id else None
    carer = {key: value for key, value in teller.items() if value is not None}
    name = next((i.get("text") for i in saved.profile.get("sections", {}).get("about_me") or []
                 if i.get("kind") == "name" and i.get("about", "subject") == "subject"), None)
    if name:
        carer["name"] = name
    if rep is not None:
        carer.setdefault("relationship", rep.relationship or None)
        carer.setdefault("basis", rep.basis)
        carer["representative_id"] = rep.id
        if rep.name:
            carer["carer_name"] = rep.name
    return {key: value for key, value in carer.items() if value is not None}


def current_profile(rt: Runtime, sender_id: str) -> people.ProfileVersion | None:
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        return people.latest_profile(session, person) if person else None
