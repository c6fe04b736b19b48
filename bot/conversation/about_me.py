"""A printable About Me (issue 21): the person's own story on one page, in plain words, to hand to
anyone who supports them. Its parts are the PRSB About Me standard's seven sections, arranged as the
download's About Me arranges the profile (consent_store/export.py: "What is most important to me",
"My wellness", "Please do and please do not"...), with who supported them to write it and when it was
last updated.

The chat gives a link after the PIN ("About me", "print my story"): like the download, it works for
LINK_MINUTES, signed with the store's lookup key and never stored. The page is bot/web/about_me.py's.
A story the person told is said in the first person ("I have asthma"); one a carer told, in one
voice about the person (bot/conversation/about_me_voice.py): the third person as the carer's words
speak of them ("He has dementia."), "I" and "me" in the carer's words said as the carer ("He lives
with Jean."), under headings that name the person ("What is most important to Dave"). A form's
answers are sentences that say what they are about ("I have not been in hospital in the last 3
months.", "Allergies: none known."), left out when they only repeat the story. Words that tell a danger (an
overdose, someone who harms them) are never on it: it is handed to those who support the person, who may be whom
the words name (a stranger, session 18, found "Helen says Tracy shouts at her" on the page left for Tracy). Time is
a parameter (`now`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from bot.conversation import about_me_voice as voices
from bot.conversation import pathway_links as links
from bot.conversation.about_me_voice import Voice
from bot.conversation.journey.person import person_for
from bot.conversation.readback import read_back, shorten
from bot.conversation.wording import Reply
from bot.ops.runtime import Runtime
from bot.understanding.safeguarding import tells_a_danger
from bot.understanding.safeguarding.categories import CATEGORIES
from consent_store import export, people, representatives
from consent_store import reviews as review_store
from consent_store.database import as_utc

PURPOSE = "about-me"
REQUESTS = ("please", "don't", "do not", "never", "always")  # a line that asks something of whoever reads it
REQUESTS_TITLE = "Please do and please do not"
_WISH = re.compile(r"^\W*(?:please\s+)?(?:(?:can i\s+)?(?:see|show|print|make|get|give me|open)\s+)?(?:me\s+)?"
                   r"(?:my\s+|an?\s+|the\s+)?(?:about me(?:\s+page)?|page about me|printable (?:story|page)|"
                   r"(?:my\s+)?story to print)\W*$|^\W*print(?:\s+out)?\s+my\s+story\W*$", re.I)
_FIRST = [(r"\bAre you\b", "Am I"), (r"\bare you\b", "am I"),
          (r"\b(Have|have|Has|has|Do|do|Does|does|Did|did|Can|can|Could|could|Will|will|Would|would|Should|should|"
           r"Were|were|Was|was)\s+you\b", r"\1 I"),
          (r"\bYou are\b", "I am"), (r"\bYou're\b", "I'm"), (r"\bYou were\b", "I was"), (r"\bYou've\b", "I've"),
          (r"\bYou'd\b", "I'd"), (r"\bYou'll\b", "I'll"), (r"^You\b", "I"), (r"\bYour\b", "My"), (r"\byour\b", "my"),
          (r"\byours\b", "mine"), (r"\byourself\b", "myself"), (r"\byou are\b", "I am"), (r"\byou have\b", "I have"),
          (r"\band you\b", "and I"), (r"\byou\b", "me")]


@dataclass(frozen=True)
class Part:
    heading: str
    lines: list[str]


@dataclass(frozen=True)
class AboutMe:
    name: str | None
    parts: list[Part]
    written_by: str | None   # who supported them to write it ("Jane Smith (daughter)"); None: they did
    updated: datetime        # when the story was last confirmed
    checked: datetime | None  # when it was last checked as still true, if later
    own_words: bool          # told by the person themselves (first person)


def first_person(sentence: str) -> str:
    """"You have asthma." -> "I have asthma."; "Your dog matters to you." -> "My dog matters to me."."""
    for pattern, replacement in _FIRST:
        sentence = re.sub(pattern, replacement, sentence)
    return sentence


def _plain(line: str, own: bool) -> str:
    line = re.sub(r"\s*\(You wrote \u201c.*?\u201d\.\)", "", line)  # a note to check a spelling: not for print
    return first_person(line) if own else line


_SAID_AS_READ = ("name", "preferred_name", "age", "language", "pronouns", "gender", "date_of_birth", "nhs_number",
                 "address", "phone", "email")


def _line(questions: Mapping[str, Any], section: str, item: dict[str, Any], line: str, voice: Voice) -> str:
    """One line of the About Me in the story's voice: a form's answer as a sentence about what it is,
    a read-back sentence in the person's voice, a carer's own words with "I" said as the carer."""
    if item.get("question_key") and item.get("kind") in (None, "answer") and not item.get("term"):
        key = str(item["question_key"])
        wording = questions.get(key)
        asked = wording.get("self") if isinstance(wording, dict) else None
        label = str(item.get("text", "")).split(": ", 1)[0]
        said = voices.form_answer(item, section, asked or (label + "?" if item.get("kind") == "answer" else None))
        if said is not None:
            return first_person(re.sub(r"^What you\b", "What I", said)) if voice.own else voices.you_to_them(said, voice)
    if voice.own:
        return _plain(line, True)
    if item.get("term") or item.get("kind") in _SAID_AS_READ:
        return voices.in_their_voice(_plain(line, False), voice, narrator=item.get("about") == "narrator")
    return shorten(voices.carer_words(str(item.get("text", line)), voice))


def _voice(profile: dict[str, Any], own: bool, name: str | None, rep: Any) -> Voice:
    if own:
        return Voice(True, name)
    items = [i for key in profile.get("sections", {}) for i in profile["sections"][key]]
    pronoun = voices.pronoun_of(items)
    relationship = (getattr(rep, "relationship", None) or (profile.get("teller") or {}).get("relationship"))
    possessive = {"he": "his", "she": "her"}.get(pronoun, "their")
    carer = (rep.name if rep is not None and rep.name else
             f"{possessive} {relationship}" if relationship else "the person who wrote this")
    return Voice(False, name, pronoun, carer)


def arrange(questions: Mapping[str, Any], profile: dict[str, Any], voice: Voice) -> list[Part]:
    """The About Me's parts (those with something in them) from a saved story, in `voice`;
    `questions`: the plain words of each question a form asks (data/services/_questions.json)."""
    groups = {g["section"]: g for g in read_back(profile, "self" if voice.own else "carer")}
    arranged: dict[str, list[str]] = {title: [] for title in export.ABOUT_ME_SECTIONS}
    # any kind, sure: a later update's own words decide the saved version's concern, and an allegation told before it
    # must stay off the page all the same (an ordinary line heard wrongly is only left off a handout)
    raised = list(CATEGORIES)
    for title, keys in export._FROM.items():  # the download's About Me arrangement (consent_store/export.py)
        for key in (k for k in keys if k in groups):
            items = profile["sections"][key]
            for line, said in zip(groups[key]["lines"], groups[key]["items"], strict=False):
                # a rule's danger anywhere, and among the risks what the classifier alone is sure of too (a carer's
                # tasks, 0.69 thoughts of suicide to the classifier, stay on the page: a second reader, session 18)
                if any(tells_a_danger(str(items[at].get("text", "")), raised, by_a_rule=key != "risks") for at in said):
                    continue  # a page to hand to whoever supports them, who may be whom the words name (session 18)
                line = _line(questions, key, items[said[0]], line, voice)
                target = REQUESTS_TITLE if line.lower().startswith(REQUESTS) else title
                if line not in arranged[target]:
                    arranged[target].append(line)
    every = [line for lines in arranged.values() for line in lines]
    titles = voices.headings(voice, export.ABOUT_ME_SECTIONS)
    parts = [Part(titles[title], [line for line in lines if not voices.repeats(line, every)])
             for title, lines in arranged.items()]
    return [p for p in parts if p.lines]


def about_me(rt: Runtime, person_id: str) -> AboutMe | None:
    """The person's About Me from their latest confirmed story; None if they have none."""
    with rt.reading.begin() as session:
        person = people.person_by_id(session, rt.kek, person_id)
        saved = people.latest_profile(session, person) if person else None
        if person is None or saved is None:
            return None
        own = saved.told_by != "carer"
        written_by = None if own else "someone who cares for them"
        rep_id = saved.representative_id or (saved.profile.get("teller") or {}).get("representative_id")
        rep = representatives.get_representative(session, person, rep_id) if rep_id and not own else None
        if rep is not None and rep.name:
            written_by = f"{rep.name} ({rep.relationship})" if rep.relationship else rep.name
        checked = review_store.state(session, person).checked_at
    names = [i["text"] for i in saved.profile["sections"].get("about_me", []) if i.get("kind") == "name"]
    parts = arrange(rt.questions, saved.profile, _voice(saved.profile, own, names[0] if names else None, rep))
    updated = as_utc(saved.confirmed_at)
    return AboutMe(names[0] if names else None, parts, written_by, updated,
                   checked if checked and checked > updated else None, own)


def about_me_for_link(rt: Runtime, token: str, now: datetime) -> AboutMe | None:
    """The About Me a valid, unexpired link names; None for one expired, forged or of nobody."""
    person_id = links.person_of_link(rt, token, now, PURPOSE)
    return about_me(rt, person_id) if person_id else None


def is_wish(text: str) -> bool:
    """Whether `text` asks for the About Me page ("About me", "print my story")."""
    return bool(_WISH.match(" ".join(text.split())))


def wish(rt: Runtime, sender_id: str, text: str, now: datetime) -> Reply | None:
    """"About me", "print my story": the link to the page; None if `text` asks for something else."""
    if not is_wish(text):
        return None
    token = links.person_token(rt, sender_id, PURPOSE, now)
    if token is None:
        return Reply("There is no saved story to print yet.")
    return Reply(voices.about_them(
        f"Here is your story on one page, to print or to show the people who support you: "
        f"{rt.settings.public_url}/pathway/about-me/{token}\nThe link works for {links.LINK_MINUTES} "
        "minutes. Anyone with it can open the page, so keep it to yourself.", _carer_reads(rt, sender_id)))


def _carer_reads(rt: Runtime, sender_id: str) -> str | None:
    """Whom a carer's replies are about ("Dave", "them"); None when the person told their own story."""
    with rt.reading.begin() as session:
        person = person_for(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
    if saved is None or saved.told_by != "carer":
        return None
    names = [str(i.get("text", "")).split() for i in saved.profile["sections"].get("about_me", [])
             if i.get("kind") == "name"]
    return names[0][0] if names and names[0] else "them"
