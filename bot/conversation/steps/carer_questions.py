"""A carer's questions before their story about someone: whose story it is, how they know them,
their own name, on what basis they speak for them (and the child's age, for a parent), and whether
the person knows. Asked one at a time in that order; then the carer is recorded as the person's
representative."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bot.conversation import meaning, wording
from bot.conversation.journey import pins, story
from bot.conversation.questions import CARER_QUESTIONS
from bot.conversation.steps import telling, young_carer
from bot.conversation.steps.turn import Step, Turn
from bot.conversation.wording.story import no_basis
from bot.ops.runtime import Runtime
from consent_store.representatives import (
    ADULTHOOD_FOR_PARENTAL_CONSENT,
    NO_POWER,
    OWN_AGREEMENT,
    PARENTAL_RESPONSIBILITY,
)

HELP = wording.Reply("Services need to know whose story this is and why you can speak for them. Answer in "
                     "your own words.")
TOO_OLD = wording.Reply("Parental responsibility is for a child under 16. For someone older, please choose "
                        "another basis.")
# A power of attorney or deputyship said without its kind
_A_POWER = re.compile(r"\b(?:power of attorney|attorney|lpa|deputy|deputyship)\b", re.IGNORECASE)
OWN_NAME_STILL = wording.Reply("Thank you. And your own name? Services will know who told them.")
_SAYS_MY = re.compile(r"\bmy\b", re.I)  # "my husband dave": the name and the relationship at once
_I_AM_THEIR = re.compile(r"\b(?:i'?m|i’m|im|i am)\s+(?:her|his|their)\b", re.I)  # "I'm her son, her name is Doreen"


# A name said beside "im her grandson" at the person's name ("Kai Thompson, im her grandson"): the carer's
# own, or the person's? Asked, never guessed (the grandson's name went to the GP as his nan's).
WHOSE_NAME = "whose_name"
_NAMED_AS_THEIRS = re.compile(r"(?i)^\W*(it'?s|it is|she'?s|she is|he'?s|he is|(her|his|their) name|"
                              r"(she|he)\s*(is|'?s)?\s+called|called)\b")
# Whose, said plainly; "not" turns it ("mine not hers", "not my name"). "thats me, her name is Doris" says both.
_WHOSE = re.compile(r"\b(?P<not>not\s+)?(?:(?P<theirs>theirs|their name|hers|her name|his|his name|the person)|"
                    r"(?P<mine>mine|my name|my own|me|i am(?!\s+not)|that is me))\b")


# The story is the teller's own after all, said at a carer's question.

def next_question(answers: dict[str, Any]) -> str | None:
    """The next of CARER_QUESTIONS not yet answered (the age only for a parent's basis); first, whose
    a name is, when that was not clear."""
    if WHOSE_NAME in answers:
        return WHOSE_NAME
    for key in CARER_QUESTIONS:
        if key == "age" and answers.get("basis") != PARENTAL_RESPONSIBILITY:
            continue
        if key not in answers:
            return key
    return None


def ask(turn: Turn) -> Step:
    """The carer's next question: the first prompt of story_form when a carer tells it (not while
    "Shall I clear everything …?" waits for its answer)."""
    answers = turn.slot("carer") or {}
    if turn.slot("restart_asked"):
        return Step()
    if turn.answered and (_relationship_again(answers, turn.text) or _asked_again_whole(answers, turn.text)):
        return Step()  # "Thank you. And your own name?" or "Please tell me just your name, …" asked it already
    return Step().say(wording.carer_question(next_question(answers) or CARER_QUESTIONS[-1], answers))


# The questions with no buttons to show again: their re-ask ("Please tell me just your name, for example …")
# asks them whole, and the question after it said it twice in one reply.
_ASKED_WHOLE = ("name", "carer_name")


def _asked_again_whole(answers: dict[str, Any], text: str) -> bool:
    """Whether `reply` has just asked a name question again in its re-ask's words (CARER_REASK): the
    reply answers it not, nor is it anything else `reply` answers (help, stop, later, a relationship,
    another language, some of the story, a yes or no to "Shall I clear everything …?")."""
    key = next_question(answers)
    return key in _ASKED_WHOLE and bool(text.strip()) and not text.startswith("/") \
        and meaning.carer_answer(key, text) is None and meaning.general(text) is None \
        and not meaning.is_yes(text) and not meaning.is_no(text) \
        and not meaning.says_own_story(text) and not meaning.in_another_language(text, least=3) \
        and meaning.relationship_of(text) is None and not telling.tells_more(text)


def reply(rt: Runtime, turn: Turn, value: Any) -> Step:
    """The carer's answer to the question asked. Its slots: the answers so far (`carer`), and
    carer_reply "done" once all are in, "stopped", or None to ask (again). A carer who says they are under 18 is
    told of the help that is theirs first (young_carer.py)."""
    return young_carer.with_their_help(turn, value, _answer(rt, turn, value))


def _answer(rt: Runtime, turn: Turn, value: Any) -> Step:
    if not isinstance(value, str):
        return Step().set(carer_reply=None)
    if turn.slot("restart_asked"):  # "Shall I clear everything …?"
        answered = _clear_or_keep(rt, turn, value)
        if answered is not None:
            return answered
        turn = replace(turn, slots={**turn.slots, "restart_asked": None})  # dropped: the reply is what it would be
        step = _answer(rt, turn, value)
        return step if "restart_asked" in step.slots else step.set(restart_asked=None)
    if back_again(rt, turn, value):  # "I have been here before", "who has his story?", a PIN: not a new story's answers
        return Step().set(carer_reply="stopped", story_done=telling.RETURNING)
    if meaning.is_help(value):
        return Step().say(HELP).set(carer_reply=None)
    if meaning.is_stop(value) and meaning.wants_deleted(value):  # "delete it all": asked first, never "kept safely"
        return Step().say(wording.clear_question(turn.person)).set(restart_asked=True, carer_reply=None)
    if meaning.is_stop(value):
        return Step().set(carer_reply="stopped", story_done="stopped")
    if meaning.says_own_story(value):  # "no dear its for me, I dont care for anybody": no carer after all
        parts = story.story_parts(rt, turn.sender_id)
        return Step().say(wording.Reply("OK, this is your own story."), wording.ask_for_story(len(parts), "self")) \
            .set(teller="self", carer=None, carer_reply="done")
    meant = meaning.general(value)
    if meant is not None and meant.kind == "restart":  # "start again" was kept as the name "Start Again"
        return Step().say(wording.Reply("OK, let's start again.")).set(carer={}, carer_reply=None)
    if meant is not None and meant.kind in ("later", "human"):
        return Step().say(wording.LATER if meant.kind == "later" else wording.TALK_TO_PERSON).set(carer_reply=None)
    answers = dict(turn.slot("carer") or {})
    key = next_question(answers)
    if meaning.in_another_language(value, least=3 if key in ("name", "carer_name") else 2):  # a name may be Polish
        return Step().say(wording.ONLY_ENGLISH).set(carer_reply=None, carer=answers)
    if key is not None and _a_concern_told(value):
        # "my uncle Dave has been staying with her … bruises on her arms she cant explain" at "How are you related to
        # Patricia?": the help was given first (bot/rasa/server.py); what it tells is kept with the story, so that its
        # risks are read back and shared as the person chooses, and it is never taken as the answer (it was "other
        # family", and nothing of it reached the story: a stranger, session 25); the question is asked again (the help
        # has said "I have kept what you told me")
        return telling.keep_message(rt, turn, value).set(carer_reply=None, carer=answers)
    if key == WHOSE_NAME:
        return _whose_name(answers, value)
    if key not in (None, "name", WHOSE_NAME):
        _my_name_not_theirs(answers, value)
    kept = Step()
    if key is not None and key not in answers:
        answer = meaning.carer_answer(key, value)
        if answer is not None and telling.tells_more(value) and _tells_of_them(rt, value):
            # "my dad frank has parkinsons and keeps falling, hes on co-careldopa…" at the name question: the
            # name is taken, and the story it came with is kept (it was lost: "I have not heard Frank's story")
            kept = telling.keep_message(rt, turn, value)
            kept.replies = kept.replies or [wording.KEPT_FIRST_WORDS]
        if answer is None:
            relation = meaning.relationship_of(value) if "relationship" not in answers else None
            if key == "basis" and meaning.knows_of(value) == "yes":
                # "yes she knows" at the basis: knowing, kept as the answer to "Does … know?", is not agreeing; said
                # so, and the basis asked again (it was asked again with no word why: a stranger, session 33)
                return Step().say(wording.knowing_is_not_agreeing(answers)).set(
                    carer_reply=None, carer={**answers, "knows": "yes"})
            if key == "basis" and _A_POWER.search(value):
                # "i have lasting power of attorney for him": which one, not the example it was given (a stranger)
                return Step().say(wording.WHICH_POWER).set(carer_reply=None, carer=answers)
            if telling.tells_more(value) and _tells_of_them(rt, value):
                # the story begun at a question, with how they are related in it ("He lives at 22 Birch Avenue … He had
                # a fall … I'm his son Tom" at "And your own name?"): kept, never lost (a stranger, session 24: the
                # relationship was taken and the rest thrown away), and the question asked again
                kept = telling.keep_message(rt, turn, value)
                kept.replies = kept.replies or [wording.KEPT_FIRST_WORDS]
                return kept.set(carer_reply=None, carer={**answers, **({"relationship": relation} if relation else {})})
            if relation:  # "im her granddaughter" at the name: kept, and the name asked again
                return Step().set(carer_reply=None, carer={**answers, "relationship": relation})
            if _relationship_again(answers, value):
                # "im his granddaughter" at "And what is your name?", how they are related known already:
                # not "Please tell me just your name", as if the answer were wrong
                return Step().say(OWN_NAME_STILL).set(carer_reply=None, carer=answers)
            if key in _ASKED_WHOLE and (meaning.is_yes(value) or meaning.is_no(value)):
                return Step().set(carer_reply=None, carer=answers)  # "no" to a name: the question again, once
            return Step().say(wording.CARER_REASK[key]).set(carer_reply=None, carer=answers)
        if key == "name" and meaning.carer_own_name(value) == answer and not _NAMED_AS_THEIRS.match(value):
            relation = meaning.relationship_of(value)
            answers = {**answers, **({"relationship": relation} if relation and "relationship" not in answers else {})}
            return Step().set(carer_reply=None, carer={**answers, WHOSE_NAME: answer})
        answers[key] = answer
        if key == "name" and "relationship" not in answers and (_SAYS_MY.search(value) or _I_AM_THEIR.search(value)):
            relation = meaning.relationship_of(value)  # "I'm her son, her name is Doreen": how, said with it
            if relation:
                answers["relationship"] = relation
        if key == "name" and "carer_name" not in answers and (own := meaning.carer_own_name(value)) and own != answer:
            answers["carer_name"] = own  # "her name is Doreen and I'm her son John": never asked for again
        if key == "relationship" and "carer_name" not in answers:
            own = meaning.carer_own_name(value)  # "im his son gary": the carer's own name as well
            if own:
                answers["carer_name"] = own
        if key == "knows" and answer == "unable" and answers.get("basis") == OWN_AGREEMENT:
            # "They agreed I can", then "They are not able to understand": both cannot be so. Asked again,
            # with what is needed; "None of these" keeps the story and shares nothing (consent_store)
            answers.pop("basis")
            return Step().say(wording.cannot_agree_themselves(answers)).set(carer_reply=None, carer=answers)
        if key == "basis" and answer == OWN_AGREEMENT and answers.get("knows") == "unable":
            # told that someone who cannot understand cannot agree, "she agreed" again: the two cannot both stand,
            # and the agreement was kept beside "not able to understand" and shared on it (a stranger, session 33);
            # the latest word is taken, and whether they understand is asked again
            answers.pop("knows")
            kept.say(wording.agreed_after_unable(answers))
        if key == "basis" and answer == NO_POWER:  # "None of these": what that means, said now, not when refused
            kept.say(no_basis(answers))
        if key == "age" and isinstance(answer, int) and answer >= ADULTHOOD_FOR_PARENTAL_CONSENT:
            answers.pop("age")
            answers.pop("basis")
            return Step().say(TOO_OLD).set(carer_reply=None, carer=answers)
    if next_question(answers) is not None:
        return kept.set(carer_reply=None, carer=answers)
    answers["representative_id"] = story.record_carer(rt, turn.sender_id, answers)
    noted = wording.carer_noted(answers)
    if story.story_parts(rt, turn.sender_id):  # some of the story was told with the answers: ask for more
        noted = wording.Reply(f"{noted.text} {wording.TELL_MORE}", wording.FINISHED)  # not "Thank you. Thank you, …"
    return kept.say(noted).set(carer_reply="done", carer=answers)


def back_again(rt: Runtime, turn: Turn, value: str) -> bool:
    """Whether a reply to a carer's question says they have been here before: "I have been here before",
    "/returning", "hi its mark again", a right asked for ("who has his story?", "stop sharing", never a
    name), or, asked their own name, a PIN where this conversation has one. The returning path follows:
    the PIN, then the menu."""
    if meaning.back_again(value) or meaning.rights_wish(value) is not None:
        return True
    return next_question(turn.slot("carer") or {}) == "carer_name" and meaning.looks_like_pin(value) \
        and pins.has_pin(rt, turn.sender_id)


def _clear_or_keep(rt: Runtime, turn: Turn, value: str) -> Step | None:
    """The answer to "Shall I clear everything …?" at a carer's question: yes clears the answers and
    any of the story told (the questions start again), no keeps them (the question is asked again);
    None for anything else."""
    answered = telling.clear_or_keep(rt, turn, value)
    if answered is None:
        return None
    if answered.slots.get("restart_asked") is False:  # cleared: the carer's questions again, from the first
        return Step().say(wording.Reply(f"{wording.CLEARED} Let's start again.")).set(
            restart_asked=None, carer={}, carer_reply=None, followups_asked=[])
    return Step().say(wording.KEPT_READ_BACK).set(restart_asked=None, carer_reply=None)


def _relationship_again(answers: dict[str, Any], value: str) -> bool:
    """Whether a reply to "And what is your name?" says again how they are related, and no name."""
    return next_question(answers) == "carer_name" and "relationship" in answers \
        and meaning.carer_answer("carer_name", value) is None and meaning.relationship_of(value) is not None


def _whose_name(answers: dict[str, Any], value: str) -> Step:
    """The answer to "Is Kai Thompson your name, or the name of the person you care for?"."""
    said = meaning.plain(value)
    name = answers.pop(WHOSE_NAME)
    sides = {("mine" if found.group("mine") else "theirs") if not found.group("not") else
             ("theirs" if found.group("mine") else "mine") for found in _WHOSE.finditer(said)}
    theirs = meaning.name_said_with(value)  # "thats me, her name is Doris": both names at once
    if "mine" in sides and theirs and theirs != name:
        answers["carer_name"], answers["name"] = name, theirs
    elif sides == {"theirs"}:
        answers["name"] = name
    elif sides == {"mine"}:
        answers["carer_name"] = name
    else:  # neither, or both ("my name, hers is Doris"): asked again, never guessed
        return Step().say(wording.CARER_REASK[WHOSE_NAME]).set(carer_reply=None, carer={**answers, WHOSE_NAME: name})
    return Step().set(carer_reply=None, carer=answers)


_KIN_IS = re.compile(r"(?i)\b(?:my\s+)?(mum|mam|mother|dad|da|father|husband|wife|partner|son|daughter|nan|gran|grandma|"
                     r"grandad|grandpa|brother|sister|aunt|uncle|friend|neighbour)\s+is\s+(?:called\s+)?([^\W\d_][\w'-]*)")


def _my_name_not_theirs(answers: dict[str, Any], value: str) -> None:
    """At a later question, "no thats MY name. her name is Dorothy Thompson" or "no sorry priya is me. dad is
    Frank": the name taken as the person's was the carer's own; both are put right, and how they are
    related when said ("dad is Frank": the carer is his son or daughter)."""
    old = str(answers.get("name") or "")
    said = meaning.plain(value)
    mine = re.search(r"\bmy name\b|\bthat is me\b", said) or (
        old and re.search(rf"\b{re.escape(old.split()[0].lower())} (is|was) (me|my name)\b", said))
    kin = _KIN_IS.search(value)
    theirs = meaning.name_said_with(value) or (meaning.name_of(kin.group(2)) if kin else None)
    if not (old and mine and theirs) or theirs == old:
        return
    answers["carer_name"], answers["name"] = old, theirs
    if kin:
        answers["relationship"] = meaning.relationship_of(f"my {kin.group(1)}") or answers.get("relationship")


def _a_concern_told(value: str) -> bool:
    """Whether the answer tells a concern a rule heard, or the classifier surely (bot/rasa/server.py gives the help for
    it): kept with the story, never taken as the answer."""
    from bot.understanding.safeguarding import detector  # loads only where it is needed
    from bot.understanding.safeguarding.policy import quiet_where_a_name_is_asked

    if not value.strip() or value.startswith("/"):
        return False
    # (at every question, what only the classifier heard and not surely is answered as an answer: "I'm her daughter, I
    # moved back in to look after her after dad passed" was not taken as the relationship, a second reader, session 25)
    found = detector().check(value)
    return found.concern and not quiet_where_a_name_is_asked(found.categories, found.surest)


def _tells_of_them(rt: Runtime, value: str) -> bool:
    """Whether a reply no question could read tells some of the story (structuring finds a fact in it):
    "she has type 1 diabetes and epilepsy" does; "sorry I don't understand what you want me to put here"
    and "I would rather not give my own name" do not, and are asked again, never kept for services."""
    profile = rt.structurer.structure([value], teller="carer")
    return any(not (section == "about_me" and item.get("kind") in ("name", "gender"))
               and not (section == "support_network" and _ONLY_WHO.fullmatch(str(item.get("text", ""))))
               for section, items in profile.get("sections", {}).items() for item in items)


# Only who they are to the carer, said with the name: "Her name is Joan Baker, she's my mum" was kept as story, and its
# "my mum" read as someone other than Joan: she was read back as male, her COPD as "Their wife has copd" (a stranger on
# the stack, session 24)
_ONLY_WHO = re.compile(r"\W*(?:and\s+)?(?:she|he|they)\s*(?:['’]?s|\s+is|\s+are|['’]re)\s+(?:my|our|me)\s+(?:\w+\s+){0,2}?"
                       r"(?:mum|mam|mom|mother|dad|da|father|nan|gran|grandma|grandad|husband|wife|partner|son|daughter|"
                       r"brother|sister|aunt|auntie|uncle|neighbour|friend|mother-in-law|father-in-law)\W*", re.IGNORECASE)
