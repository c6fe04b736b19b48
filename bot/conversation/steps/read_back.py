"""The read-back (readback_form): what was understood, read back one section at a time, each
confirmed, taken out or corrected in the person's own words; then the story is saved, and a
first-time person chooses a PIN (a returning one who has not typed theirs does so first, and so does
anyone with a saved story who told a story afresh). For an update, only the sections the change
touched are read back."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from bot.conversation import meaning, rights, wording
from bot.conversation.journey import pins, sharing, story, your_record
from bot.conversation.journey.story import Draft
from bot.conversation.readback import read_back
from bot.conversation.rights import Right
from bot.conversation.stages import PinStep, Stage
from bot.conversation.steps import pin, telling
from bot.conversation.steps.service_choice import offer_services
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime

# Replies at a section that change nothing, and what is said to each (READ_BACK_UNCLEAR otherwise).
ASIDES = {"later": wording.LATER, "human": wording.TALK_TO_PERSON}
NOT_ANSWERS = ("later", "restart", "human", "question", "help", "invalid")


def start(rt: Runtime, turn: Turn) -> Step:
    """Starts the read-back (readback_form follows): or, if the person stopped, says so."""
    if turn.slot("story_done") == telling.RETURNING:
        return back_again(rt, turn)
    if turn.slot("story_done") == "stopped":
        return Step().say(wording.STOPPED).at(Stage.TELLING).set(story_done=None, readback_reply="stopped",
                                                                   pin_reply="stopped")
    profile = story.draft_profile(rt, turn.sender_id, turn.teller, turn.carer, turn.updating)
    if profile is None:  # the form only completes once something was told
        return Step().say(wording.nothing_told(turn.person)).at(Stage.TELLING).set(readback_reply="stopped", pin_reply="stopped")
    step = Step()
    if profile.get("safeguarding", {}).get("concern"):
        step.say(wording.safety_reminder(profile["safeguarding"].get("reasons") or [], for_a_child=_a_child(rt, turn),
                                         younger=_younger(profile)))
    if not turn.updating and story.current_profile(rt, turn.sender_id) is not None:
        # A story told afresh would take the saved one's place: the PIN first, even in the session it was
        # typed in ("start again" and a new story was saved over the latest version without it)
        rights.new_session(rt, turn.sender_id)
    first_pin = not pins.has_pin(rt, turn.sender_id)
    return step.say(wording.READ_BACK_START).at(Stage.READBACK).set(
        readback_reply=None, readback_done=[], pin_reply=None, pin_step=PinStep.NEW.value if first_pin else None)


def back_again(rt: Runtime, turn: Turn) -> Step:
    """"I have been here before" (a PIN, a right asked for) at a carer's question: nothing is read back; the
    returning path instead, as for the button (the PIN, checked at once when it was the reply, then the
    menu, or what they asked for). The new story's answers are dropped; its words stay unread (hazard H5)."""
    from bot.conversation.steps import returning_menu  # it needs this module: loaded only here

    step = Step().set(story_done=None, carer_reply=None, carer=None, teller=None)
    step.and_then(returning_menu.returning(rt, turn))
    if step.slots.get("pin_reply") is None and meaning.looks_like_pin(turn.text):
        now = replace(turn, slots={**turn.slots, **step.slots})
        step.and_then(returning_menu.pin_reply(rt, now, turn.text))
    return step.and_then(Step(form="returning_form"))


def _younger(profile: dict[str, Any]) -> bool:
    """Whether the story says the person it is about is 18 to 59 (no helpline for older people in their reminder)."""
    return any(item.get("kind") == "age" and item.get("about") == "subject" and 18 <= int(item.get("value") or 0) < 60
               for item in profile.get("sections", {}).get("about_me") or [])


def _a_child(rt: Runtime, turn: Turn) -> bool:
    """Whether a person telling their own story said they are under 18 (their reminder is a child's help)."""
    from bot.understanding.safeguarding.context import a_child_writing

    return turn.teller == "self" and any(a_child_writing(text) for text in story.story_parts(rt, turn.sender_id))


@dataclass(frozen=True)
class Reading:
    """What one call knows of the read-back: the draft, structured once, and the sections to read
    back (all of them, or, for an update, those the change touched)."""
    draft: Draft | None
    sections: list[dict[str, Any]]

    def next_section(self, confirmed: list[str]) -> dict[str, Any] | None:
        return next((g for g in self.sections if section_key(g) not in confirmed), None)


def reading(rt: Runtime, turn: Turn, found: Draft | None = None) -> Reading:
    """The read-back as it stands: from the draft (read now, unless the caller has `found`)."""
    if turn.updating and not rights.may(rt, turn.sender_id, Right.READ_BACK):
        return Reading(None, [])  # the PIN first: nothing of the saved story is read back before it
    if found is None:
        found, saved = story.draft_and_saved(rt, turn.sender_id, turn.teller, turn.carer, turn.updating)
    else:
        saved = story.current_profile(rt, turn.sender_id) if turn.updating else None
    groups = read_back(found.profile, turn.teller) if found else []
    if turn.updating:
        before = {g["section"]: g["lines"] for g in read_back(saved.profile, turn.teller)} if saved else {}
        groups = [g for g in groups if before.get(g["section"]) != g["lines"]]
    return Reading(found, groups)


def section_key(group: dict[str, Any]) -> str:
    """A section as read back, as the readback_done slot remembers it confirmed."""
    return str(group["section"]) + ":" + "|".join(group["lines"])


def ask(rt: Runtime, turn: Turn) -> Step:
    """Reads back the next section not yet confirmed, and asks if it is right (not while "Shall I
    clear everything …?" or "Do you want me to take out all … lines?" waits for its answer)."""
    if turn.slot("restart_asked") or any(key.startswith(REMOVE_ALL_ASKED) for key in turn.slot("readback_done") or []):
        return Step()  # (nor while "Do you want me to take out all … lines?" waits: a yes to it is no yes to the part)
    group = reading(rt, turn).next_section(turn.slot("readback_done") or [])
    return Step().say(wording.section_read_back(group)) if group is not None else Step()


def required_slots(rt: Runtime, turn: Turn) -> list[str]:
    """The sections, then a first PIN; or a returning person's PIN, then the sections."""
    if turn.slot("readback_reply") == "stopped":
        return []
    if pin.needs_pin(rt, turn):
        return ["pin_reply", "readback_reply"]
    if turn.pin_step is not None:  # choosing a first PIN: until it is typed twice
        return ["readback_reply", "pin_reply"]
    if rights.may(rt, turn.sender_id, Right.READ_BACK):
        return ["readback_reply"]
    return ["readback_reply", "pin_reply"]


def pin_reply(rt: Runtime, turn: Turn, value: Any) -> Step:
    """The PIN at the read-back: a first one chosen, or a returning person's checked. Stopping
    there ends the read-back too; a wish to delete what was told ("delete it all") at a first PIN is
    asked first ("Shall I clear everything …?"), never "kept safely"."""
    if not pin.typed(value):
        return pin.kept(rt, turn, value)
    if turn.slot("restart_asked") and pin.mode(rt, turn) == "set":
        answered = _clear_or_keep_saved(rt, turn, value)
        if answered is not None:
            return answered
        turn = replace(turn, slots={**turn.slots, "restart_asked": None})  # dropped: the reply is what it would be
        return pin_reply(rt, turn, value).set(restart_asked=None)
    if meaning.is_stop(value) and meaning.wants_deleted(value) and pin.mode(rt, turn) == "set":
        return Step().say(wording.clear_question(turn.person)).set(restart_asked=True, pin_reply=None)
    if pin.mode(rt, turn) != "set" and pin.forgot(value):
        # "i forgot it" at a story told again in a conversation with a PIN was taken as stop ("OK, I have
        # stopped"), a dead end (a stranger, F30): what can be done, plainly; what was told stays a draft
        return Step().say(wording.FORGOT_PIN).set(pin_reply="stopped", readback_reply="stopped")
    checked = pin.check(rt, turn, value)
    if checked.slots["pin_reply"] == "stopped":
        return Step().say(wording.STOPPED).set(pin_reply="stopped", readback_reply="stopped")
    return checked


def _clear_or_keep_saved(rt: Runtime, turn: Turn, value: str) -> Step | None:
    """The answer to "Shall I clear everything …?" at a first PIN, the story saved a moment ago: yes
    deletes everything (story, answers, the PIN half chosen) and the story is asked for again, from whose
    it is for a carer (their record went too); no keeps it and the PIN is asked again; None otherwise."""
    answer = meaning.erase_answer(value)  # "Yes, clear it", "No, keep it": the buttons' titles typed
    if answer == "yes" or value == "/affirm":
        your_record.erase_everything(rt, turn.sender_id)
        step = Step().set(restart_asked=False, readback_reply="stopped", pin_reply="stopped", readback_done=[],
                          pin_step=None, followups_asked=[])
        if turn.teller == "carer":  # their answers were recorded with the story: asked again
            return step.say(wording.Reply(f"{wording.CLEARED} Let's start again.")).set(carer={}, carer_reply=None)
        return step.say(wording.cleared(turn.teller))
    if answer == "no" or value == "/deny":
        return Step().say(wording.KEPT_READ_BACK).set(restart_asked=None, pin_reply=None)
    return None


def reply(rt: Runtime, turn: Turn, value: Any) -> Step:
    """A reply to "Is this right about …?": "yes", "remove that", "remove the diabetes", "add that
    …", "that's wrong", or a correction in the person's own words ("it's my left hip"). Its slots:
    readback_reply "done" once every section is confirmed and the story saved, "stopped", or None
    to read the next (or the same) section; readback_done the sections confirmed."""
    if not isinstance(value, str):
        return Step().set(readback_reply=value if value in ("done", "stopped") else None)
    if turn.updating and not rights.may(rt, turn.sender_id, Right.UPDATE):
        return Step().set(readback_reply=None, pin_reply=None)  # the PIN first
    if turn.slot("restart_asked"):  # "Shall I clear everything …?"
        answered = telling.clear_or_keep(rt, turn, value)
        if answered is not None and answered.slots.get("restart_asked") is False:  # cleared: told again
            return answered.set(readback_reply="stopped", pin_reply="stopped", readback_done=[])
        if answered is not None:
            return answered.set(readback_reply=None)  # the same part is read back again
        step = _reply(rt, turn, value)  # the question is dropped: the reply is what it would be
        return step if "restart_asked" in step.slots else step.set(restart_asked=None)
    return _reply(rt, turn, value)


# Kept in readback_done beside the sections confirmed, for the section whose "What should it say?" is waiting:
# the next reply is its new wording ("I want come back to work but not heavy lifting" got "Sorry, I did not
# catch that", a stranger); it is no section, so no section is ever taken as confirmed by it
WORDING_ASKED = "wording_asked:"
# Kept the same way for the section whose "Do you want me to take out all … lines?" is waiting: only a clear yes
# to it takes the whole part out ("remove all of it", done at once, lost a stranger's stroke, heart rhythm and weak
# arm: issue 18); a no keeps it, and any other reply is read as itself
REMOVE_ALL_ASKED = "remove_all_asked:"
_ASKED = (WORDING_ASKED, REMOVE_ALL_ASKED)


def _reply(rt: Runtime, turn: Turn, value: str) -> Step:
    done = turn.slot("readback_done") or []
    confirmed = [key for key in done if not key.startswith(_ASKED)]
    asked = [key[len(WORDING_ASKED):] for key in done if key.startswith(WORDING_ASKED)]
    asked_all = [key[len(REMOVE_ALL_ASKED):] for key in done if key.startswith(REMOVE_ALL_ASKED)]
    now = reading(rt, turn)
    group = now.next_section(confirmed)
    if meaning.is_help(value):
        return Step().say(wording.ASK_WHAT_IS_WRONG).set(readback_reply=None)
    if meaning.is_stop(value) and meaning.wants_deleted(value):  # "forget it, delete it all": never "kept safely"
        return telling.ask_to_clear(rt, turn).set(readback_reply=None)
    if meaning.is_stop(value):
        return Step().say(wording.STOPPED).set(readback_reply="stopped", pin_reply="stopped")
    if meaning.in_another_language(value):  # never read as a correction in English
        return Step().say(wording.ONLY_ENGLISH).set(readback_reply=None)
    step = Step()
    if group is not None and not any(c.isalnum() for c in value) and not meaning.words.is_thumbs_up(value):
        # an emoji is not a yes, but a thumbs up or a tick is (meaning/words.py)
        step.say(wording.READ_BACK_UNCLEAR)
    elif group is not None and section_key(group) in asked_all and _all_out_answer(value) is not None:
        step, now = _all_out(rt, turn, now, group, _all_out_answer(value) == "yes")
    elif group is not None:
        step, now = _answer_about(rt, turn, now, group, value, confirmed, section_key(group) in asked)
    if now.next_section(confirmed) is not None:
        return step.set(readback_reply=None, readback_done=confirmed)
    if story.confirm_profile(rt, turn.sender_id, turn.teller, turn.carer, turn.updating, draft=now.draft) is None:
        return step.say(wording.NOTHING_UNDERSTOOD).set(readback_reply="stopped", pin_reply="stopped",
                                                        readback_done=confirmed)
    return step.set(readback_reply="done", readback_done=confirmed)


# Words about a line read back, not a fact: "the stairs bit reads wrong", "the school bit isnt money", "that line is wrong"
_ABOUT_A_LINE = re.compile(r"\b(?:bit|part|line|lines|one|section)\s+(?:is|isnt|is not|isn't|was|reads|says|should|"
                           r"shouldnt|shouldn't|aint|ain't|doesnt|does not|doesn't)\b"
                           r"|\b(?:isnt|is not|isn't|aint|ain't|not)\s+(?:money|health|home|medicines?|meds|goals?|risks?|"
                           r"work|support|what matters)\b", re.IGNORECASE)


def _answer_about(rt: Runtime, turn: Turn, now: Reading, group: dict[str, Any], value: str,
                  confirmed: list[str], wording_asked: bool = False) -> tuple[Step, Reading]:
    """What a reply does to the section read back: confirmed (added to `confirmed`), taken out,
    corrected or added to; and the read-back after it. After "What should it say?" (`wording_asked`), a
    reply that is no other answer is the section's new wording."""
    meant = meaning.read_back_reply(value)
    if wording_asked and meant.kind == "invalid" and any(c.isalpha() for c in value) and now.draft:
        # the part's new wording: a part of one line read back says it instead ("You want come back to work."
        # had lost "but not lifting heavy things"); a longer part keeps its lines and gets the new one
        if len(group.get("lines") or []) == 1:
            _, reworded = story.remove_from_story(rt, turn.sender_id, now.draft, group["section"],
                                                  "the first one", group.get("items"))  # (the one line shown)
            now = reading(rt, turn, reworded)
        step = telling.keep_message(rt, turn, value)
        return step.say(wording.CHANGED), reading(rt, turn)
    if meant.kind == "right":
        confirmed.append(section_key(group))
        return Step(), now
    whole = meant.kind == "remove" and bool(_WHOLE_PART.fullmatch((meant.text or "").strip().lower()))
    if whole and len(group["lines"]) > 1:  # the whole part: asked first, then only a clear yes takes it all out
        confirmed.append(REMOVE_ALL_ASKED + section_key(group))  # (taken out of the list at the next reply)
        return Step().say(wording.remove_all_question(group)), now
    if meant.kind == "remove" and not meant.text and len(group["lines"]) > 1:
        # "remove that" (or the button) said of a part with several lines took them all out: which is asked
        return Step().say(wording.which_to_remove(group)), now
    if meant.kind == "remove":
        taken, left = story.remove_from_story(rt, turn.sender_id, now.draft, group["section"], "" if whole else meant.text,
                                              group.get("items")) if now.draft else ([], None)
        return Step().say(wording.REMOVED if taken else wording.not_found(meant.text)), reading(rt, turn, left)
    if meant.kind == "wrong":
        confirmed.append(WORDING_ASKED + section_key(group))  # (taken out of the list at the next reply)
        return Step().say(wording.ASK_WHAT_IS_WRONG), now
    if meant.kind == "restart":
        return telling.ask_to_clear(rt, turn), now
    if meant.kind == "invalid" and turn.helped and any(c.isalpha() for c in value):
        # a danger told at a part read back ("its mostly right but his dad … grabbed tyler by the arm and left bruises"):
        # the help said "I have kept what you told me", and it is kept in the story, to be read back with the risks; it
        # was "Sorry, I did not catch that" and nothing kept (a stranger, session 27)
        return telling.keep_message(rt, turn, value), reading(rt, turn)
    if meant.kind in NOT_ANSWERS:
        return Step().say(ASIDES.get(meant.kind, wording.READ_BACK_UNCLEAR)), now
    before = {section_key(g) for g in now.sections}
    lines_of = {section_key(g): set(g["lines"]) for g in now.sections}
    here = [section_key(g) for g in now.sections if g["section"] == group["section"]]
    lines_before = {line for g in now.sections if g["section"] == group["section"] for line in g["lines"]}
    # "add that my name is Ronald Hughes" puts the name right: a second name beside the first is no name
    adding = meant.kind == "add" and not _NAME_GIVEN.match(meant.text)
    kept = meant.text if adding else correction_text(meant.text, group["section"])
    if adding and group["section"] == "medications" and re.match(r"(?i)(the|my|his|her|their) ", kept):
        kept = f"{'I take' if turn.teller == 'self' else 'They take'} {kept}"  # "wheres the novorapid??": a medicine
    step = telling.keep_message(rt, turn, kept)
    now = reading(rt, turn)  # the draft has one more part (unless it was not kept): structured again
    if [section_key(g) for g in now.sections if g["section"] == group["section"]] != here:
        lines_now = {line for g in now.sections if g["section"] == group["section"] for line in g["lines"]}
        if not adding and lines_before <= lines_now and _ABOUT_A_LINE.search(meant.text or value):
            # "the stairs bit reads wrong, he can do them if Im right behind him", "ellie isnt money lol": words about a
            # line, kept as a new line beside it, and "I have changed that" said (a stranger, session 28): taken back,
            # and the person told plainly how to put it right
            if not step.replies and story.take_back(rt, turn.sender_id, kept):
                return step.say(wording.NOT_CHANGED), reading(rt, turn)
        # nothing that was there changed: "I have added that", never "I have changed that" (a stranger, session 28)
        return step.say(wording.ADDED if adding or lines_before <= lines_now else wording.CHANGED), now
    # (or a part that was there and has a new line: "add that I use home oxygen at night", at the medicines, went to
    # day-to-day living, which had lines before, and "Sorry, I could not work out how to change that" took it back: a
    # stranger, session 29)
    elsewhere = [g["section"] for g in now.sections if section_key(g) not in before
                 or set(g["lines"]) - lines_of.get(section_key(g), set())]
    if elsewhere:  # "I have changed that" was said when only another part had changed ("its williams with 2 Ls")
        return step.say(wording.kept_under(elsewhere, turn.person, added=meant.kind == "add")), now
    holding = _already_said(meant.text or "", now) if adding else []
    if not step.replies and story.take_back(rt, turn.sender_id, kept):
        # nothing changed, and the person is told so: none of its words stay in the story to be sent (issue 18)
        now = reading(rt, turn)
    if holding:  # "add that i have oxygen at night", told in the story already (a stranger, session 29: "Sorry, I could
        # not work out how to change that", three times)
        return step.say(wording.already_there(holding, turn.person)), now
    return step.say(wording.NOT_CHANGED), now


_LITTLE_WORDS = frozenset("""have has had that with need needs want wants some they them this from your their what when
    also just really very about into over then than there here still using uses does like""".split())


def _already_said(text: str, now: Reading) -> list[str]:
    """The parts read back whose items already say every word that matters of `text` ("i have oxygen at night"), in
    the words of the story (a long line is read back cut short)."""
    words = [w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _LITTLE_WORDS]
    if not words or now.draft is None:
        return []
    sections = now.draft.profile.get("sections", {})
    return list(dict.fromkeys(g["section"] for g in now.sections
                              if any(all(re.search(rf"\b{w}", str(i.get("text", "")).lower()) for w in words)
                                     for i in sections.get(g["section"], []))))


def _all_out_answer(value: str) -> str | None:
    """The answer to "Do you want me to take out all … lines?": "yes" (the button, "yes", "yes take it all out"),
    "no" ("no", "no keep it"), or None for any other reply (read as a reply to the part)."""
    if value in ("/affirm", "/deny"):
        return "yes" if value == "/affirm" else "no"
    meant = meaning.read_back_reply(re.sub(r"(?i)^\W*((yes|yeah|yep|yup|ok|okay|sure|please)\b[\s,.!]*)+", "", value) or value)
    if meant.kind == "remove" and _WHOLE_PART.fullmatch((meant.text or "").strip().lower()):
        return "yes"  # "take it all out", said again
    return meaning.erase_answer(value)


def _all_out(rt: Runtime, turn: Turn, now: Reading, group: dict[str, Any], yes: bool) -> tuple[Step, Reading]:
    """The whole part taken out after a clear yes; kept, and read back again, after a no."""
    if not yes or now.draft is None:
        return Step().say(wording.KEPT_ALL), now
    taken, left = story.remove_from_story(rt, turn.sender_id, now.draft, group["section"], "", group.get("items"))
    return Step().say(wording.REMOVED if taken else wording.KEPT_ALL), reading(rt, turn, left)


# "remove all of it", "take the lot out": the whole part, asked first (never which line)
_WHOLE_PART = re.compile(r"(?:all|all of (?:it|that|this|them)|it all|all that|every ?thing(?: here| in (?:it|this|here))?|"
                         r"the lot|every line|all (?:the |these |those )?lines|(?:the |these |those )?lines|them(?: all)?|"
                         r"those|these|both(?: of them| lines)?|all (?:\d+|two|three|four|five|six)(?: of them| lines)?|"
                         r"(?:the |this )?(?:whole )?(?:thing|part|section|lot))")
# "my name is …", "her full name is …": a name given, which puts right the one there
_NAME_GIVEN = re.compile(r"^\W*(?:my|her|his|their)\s+(?:full\s+)?(?:name is|name's|names|name’s)\s+\S", re.IGNORECASE)
# A name and nothing else: "Ron Ronald Hughes", said to "Is this right about you?"
_BARE_NAME = re.compile(r"\s*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,3}\s*[.!]?\s*")


def correction_text(text: str, section: str | None = None) -> str:
    """A correction said at the read-back, worded so structuring applies it to what it corrects; a name alone,
    said of the part about the person, is their name put right."""
    from bot.understanding.structuring.corrections import is_correction  # loads only where it is needed

    if section == "about_me" and _BARE_NAME.fullmatch(text):
        return f"Correction: my name is {text.strip().rstrip('.!')}"
    return text if is_correction(text) else f"Correction: {text}"


def after(rt: Runtime, turn: Turn) -> Step:
    """After the read-back: offer services, or (for an update) offer to send it to those with a
    live agreement."""
    step = Step().set(readback_reply=None, pin_reply=None)
    if turn.slot("restart_asked") is False and turn.slot("readback_reply") == "stopped":  # cleared: told again
        return Step(then="story_form").set(readback_reply=None, pin_reply=None, story_done=None).at(Stage.TELLING)
    if "stopped" in (turn.slot("readback_reply"), turn.slot("pin_reply")):
        return step.at(Stage.DONE if story.current_profile(rt, turn.sender_id) else Stage.TELLING)
    if turn.updating:
        if not rights.may(rt, turn.sender_id, Right.UPDATE):
            return step.and_then(pin.ask_first())
        services = sharing.sharing_now(rt, turn.sender_id)
        return step.say(wording.offer_update(services) if services else wording.UPDATE_SAVED) \
            .set(updating=False).at(Stage.RESEND if services else Stage.DONE)
    return step.and_then(offer_services(rt, turn))
