"""The chosen service's own questions (gap_form): what its form needs that the story did not say,
asked one at a time before the consent question: first what the form requires, then what it does not
require but the person is the one to answer (up to the service's `ask_limit`), each saying it can be
skipped. Each answer is kept in the profile, so every service that asks it finds it; "skip" leaves a
question for the service to ask; "leave the rest for the service" leaves every question still to come
that the form does not require (never one it requires: those are still asked, and the person is told
why). The keys left are kept in the `gaps_skipped` slot, in the sealed conversation store, and carried
into later sessions, so no question left for a service is asked again."""
from __future__ import annotations

import re
from typing import Any

from bot.conversation import answers, meaning, rights, wording
from bot.conversation.journey import story
from bot.conversation.journey.service_questions import answer_gap, gap_questions
from bot.conversation.meaning.leave_rest import is_leave_rest
from bot.conversation.rights import Right
from bot.conversation.steps.turn import Step, Turn
from bot.intake import AnswerNotUnderstood, Gap
from bot.ops.runtime import Runtime
from consent_store.people import handle_hash

HELP = wording.Reply("The service's form asks this. Answer in your own words, or say \"skip\" to leave it for "
                     "the service to ask.")
MAY_SKIP = ("The form does not need this one. Say \"skip\" to leave it for the service, or \"leave the rest "
            "for the service\" to stop these questions.")
# "can I finish this later?" is leaving for now; "later this year" may be an answer.
# "Do you have any allergies? Say "none" if you have none.": there "none" answers; elsewhere it skips
_NONE_ANSWERS = re.compile(r"(none|nothing|no|nope|no none|none known|none that i know of|not that i know of)[.!]*", re.I)
_LEAVING = re.compile(r"\b(finish|continue|carry on|come back|do (this|it|that)|go|answer|get back)\b", re.I)


NOT_THIS_BUTTON = wording.Reply("That button was for an earlier question. Here is this one again.")


def open_gaps(rt: Runtime, turn: Turn, service_id: str, skipped: list[str] | None = None) -> list[Gap]:
    """The chosen service's questions still to ask: not answered, and not skipped."""
    if not rights.may(rt, turn.sender_id, Right.SHARE):
        return []
    if skipped is None:
        skipped = turn.slot("gaps_skipped") or []
    gaps = [gap for gap in gap_questions(rt, turn.sender_id, [service_id], skipped) if gap.key not in skipped]
    if any(gap.key == CARERS_NAME for gap in gaps) and _carers_name_kept(rt, turn, next(
            gap for gap in gaps if gap.key == CARERS_NAME)):
        return [gap for gap in gap_questions(rt, turn.sender_id, [service_id], skipped) if gap.key not in skipped]
    return gaps


# A form's question for the name of the carer telling the story (the carer's assessment's "Carer's name")
CARERS_NAME = "about_me.where(kind='carer_name').value"


def _carers_name_kept(rt: Runtime, turn: Turn, gap: Gap) -> bool:
    """The name a carer gave at the carer's questions ("im her son tom evans"), kept as the answer to a form's
    question for it: told once, never asked again (a stranger, session 19: a carer's assessment went with no
    carer's name, he had said "skip" to it). From the carer's answers, or the saved story's after a restart."""
    carer = turn.carer or story.saved_carer(rt, turn.sender_id) or {}
    name = str(carer.get("carer_name") or "").strip()
    if not name:
        return False
    try:
        answer_gap(rt, turn.sender_id, gap, name)
    except AnswerNotUnderstood:
        return False
    return True


def _question(gap: Gap) -> wording.Reply:
    """The question; one the form does not require says that it can be skipped."""
    question = wording.gap_question(gap)
    if gap.required:
        return question
    return wording.Reply(f"{question.text}\n{MAY_SKIP}", question.buttons)


def ask(rt: Runtime, turn: Turn) -> Step:
    """Asks the next question the chosen service's form needs: the prompt of gap_form."""
    gaps = open_gaps(rt, turn, turn.slot("service_id") or "")
    if not gaps:
        return Step()
    return Step().say(_question(gaps[0])).set(gap_key=gaps[0].key)


def _leave_rest(rt: Runtime, service_id: str, current: Gap | None, gaps: list[Gap], skipped: list[str]) -> Step:
    """ "Leave the rest for the service": every question still to come that the form does not
    require is left (and remembered, so never asked again); one it requires is still asked."""
    service = rt.services.get(service_id)
    name = service.name if service else "the service"
    left_out = [gap.key for gap in gaps if not gap.required and gap.key not in skipped]
    skipped += left_out
    needed = [gap for gap in gaps if gap.required]
    if not needed:
        return Step().say(wording.Reply(f"Fine. I will leave the rest for {name} to ask.")) \
            .set(gap_answer="done", gaps_skipped=skipped)
    if current is not None and current.required:
        why = (f"I can't leave this one: the form for {name} marks it as needed, so I have to ask it before the "
               "form can go. If you don't know, say \"don't know\".")
    else:
        count = "one question" if len(needed) == 1 else f"{len(needed)} questions"
        why = (f"The form for {name} still marks {count} as needed, so I have to ask "
               f"{'it' if len(needed) == 1 else 'them'} first.")
    left = "I will leave the questions it does not need for the service to ask. " if left_out else ""
    return Step().say(wording.Reply(left + why)).set(gap_answer=None, gaps_skipped=skipped)


def _none_answers(gap: Gap, text: str) -> bool:
    """Whether "none" answers this question: it says so itself ('Say "none" if you have none')."""
    return '"none"' in gap.question.lower() and bool(_NONE_ANSWERS.fullmatch(text.strip()))


def _read_checked(rt: Runtime, gap: Gap, text: str) -> meaning.Meaning | None:
    """What a reply to a question we check (a phone number, a date of birth, an address) means, by
    `meaning.understand`: declined in words ("not giving that out", "she's not on the phone"), gone to
    find it ("let me look it up"), or the answer among other words; None for other questions."""
    kind = answers.kind_of(gap.key, gap.label, gap.question, gap.type)
    if kind not in ("phone", "dob", "address"):
        return None
    meant = meaning.understand(f"gap_{kind}", text, today=rt.now().date())
    if meant.kind == "value" and kind != "phone":
        return None  # a date or an address is checked and kept as typed, as before
    return meant if meant.kind in ("value", "skip", "later") else None


# Not this service, said at its questions: "i didnt ask for a carers one", "stop. i dont want the carers
# assessment", "nah wrong one i meant benefits" (taken as the carer's name, and the questions went on).
_NOT_CHOSEN = re.compile(r"\b((i )?(did not|do not|never) (ask|asked|want|wanted|need|choose|chose|pick|picked)( for)?"
                         r"( the| a| that| this| any)? ?(?P<what>[a-z ]{0,30}?)(?P<kind> one| thing| service| form| assessment)?"
                         r"( please| thanks)*( (just|only|i (meant|wanted|asked for|chose)) [a-z ]{1,60})?$|wrong (one|service|form)|"
                         r"not (that|this) one)\b")
_FEW_WORDS = 25  # a service turned down in a longer answer may be part of the answer ("not the gp, a nurse came")
_WRONG_ONE = re.compile(r"((nah|no|oh|oops|sorry|stop)\s+)*(wrong (one|service|form)|not (that|this) (one|service|form))"
                       r"( (i|we) (meant|wanted|chose|asked for|picked)\b.*| please| thanks| sorry)*")


# Another GP practice named at the GP practice's questions, against this one: "my gp is parkside not
# riverside", "his surgery is the elms, not that one" (a stranger's story went to Riverside's form anyway).
_ANOTHER_GP = re.compile(r"\b(my|his|her|their|our) (gp|doctor|doctors|surgery|practice)( is| are|s)? (at |with |called )?"
                         r"(?!not\b)[a-z]+( [a-z]+){0,3},? not (at |with )?(riverside|this|that|the one|you|your)\b")


# A service by its name, not by what it helps with ("i didnt want adult social care" is the service; "i dont
# want help with washing" is an answer to its questions).
_BY_NAME = re.compile(r"\b(social care|social services|carers? assessment|benefits (advice|check)|welfare|adaptations?|"
                      r"occupational therapy|district nurses?|community nurs\w+|nursing team|gp|surgery|practice|"
                      r"employment support)\b")


NUMBER_UNSEEN = wording.Reply("I cannot see your number here. Please type it.")
NUMBER_NOT_UK = wording.Reply("I cannot use the number you are texting from. Please type a UK phone number.")


def _texting_from(rt: Runtime, turn: Turn) -> str | None:
    """The UK number this text comes from, when the SMS channel gave one and it is this conversation's
    own (its id is the number's keyed hash, as bot/rasa/channels/sms.py makes it); else None."""
    number = turn.sms_number
    if not number or not turn.sender_id.startswith("sms-"):
        return None
    if "sms-" + handle_hash(rt.lookup_key, "sms:" + re.sub(r"[^\d+]", "", number)) != turn.sender_id:
        return None
    return answers.uk_number(number)


def not_this_service(text: str, service_id: str) -> bool:
    """Whether a reply at a service's questions says the person does not want this service: said of it
    by name or as "this one", "that one", "wrong one"."""
    p = meaning.plain(text).replace("?", "").strip()
    if service_id == "gp-practice" and _ANOTHER_GP.search(p):  # "my gp is parkside not riverside"
        return True
    if meaning.services_refused(text, [service_id]) and len(p.split()) <= _FEW_WORDS:
        return True  # "I said not the housing people", at the home adaptations' own question (a stranger, session 31)
    found = _NOT_CHOSEN.search(p)
    if found is None:
        return False
    if found.group("what") is None:  # "wrong one", "not this one": the whole reply, never inside an answer
        return bool(_WRONG_ONE.fullmatch(p))
    what = (found.group("what") or "").strip()
    wanted_by_name = re.search(r"\b(want|wanted)\b", found.group(0)) and _BY_NAME.search(found.group("what") or "")
    if found.group("kind") is None and not wanted_by_name and not re.search(
            r"\b(ask|asked|choose|chose|pick|picked)\b", found.group(0)):
        return False  # "i dont need help with washing" answers; "i dont want the carers assessment" does not
    # "the carers assessment", "a carers one" (a service's short name with "one" for its kind)
    return bool(what) and any(meaning.services_named(said, [service_id]) for said in (
        f"{what}{found.group('kind') or ''}", f"{what} assessment", what))


def _the_persons_name_for_mine(turn: Turn, gap: Any, text: str) -> str | None:
    """The person's name, when a carer gives it at a question for their own name ("What is your name?" on
    the carer's assessment, answered "Dave Morris" by Dave's wife); else None."""
    person = str((turn.carer or {}).get("name") or "")
    if turn.teller != "carer" or not person or not re.search(r"\byour (own |full |first )?name\b", gap.question, re.I):
        return None
    said = meaning.name_of(text) or ""
    first = person.split()[0].lower()
    return person if said and said.split()[0].lower() == first else None


def reply(rt: Runtime, turn: Turn, value: Any) -> Step:
    """Keeps the answer in the profile, or says plainly what would answer it. Its slots: gap_answer
    "done" when nothing is left to ask, "stopped", or None to ask the next (or the same) again."""
    if value is None:  # the form starting (the slot was cleared), not a reply
        return Step().set(gap_answer=None)
    text = str(value)
    if meaning.is_help(text):
        return Step().say(HELP).set(gap_answer=None)
    if meaning.is_stop(text) and meaning.wants_deleted(text):  # "delete it all": asked, as "Delete my story" is
        return Step().set(gap_answer="delete")  # (service_choice.show_consent), never "kept safely"
    if meaning.is_stop(text):
        return Step().set(gap_answer="stopped")
    if not_this_service(text, turn.slot("service_id") or ""):  # "i didnt ask for a carers one", "wrong one"
        return Step().set(gap_answer="declined")
    if meaning.in_another_language(text):  # never kept as an answer in English
        return Step().say(wording.ONLY_ENGLISH).set(gap_answer=None)
    service_id = turn.slot("service_id") or ""
    skipped = list(turn.slot("gaps_skipped") or [])
    if is_leave_rest(text):
        gaps = open_gaps(rt, turn, service_id, skipped)
        return _leave_rest(rt, service_id, next((g for g in gaps if g.key == turn.slot("gap_key")), None), gaps,
                           skipped)
    meant = meaning.general(text)
    if meant is not None and (meant.kind == "human" or (meant.kind == "later" and _LEAVING.search(text))):
        # the same question is asked again
        return Step().say(wording.LATER if meant.kind == "later" else wording.TALK_TO_PERSON).set(gap_answer=None)
    gaps = open_gaps(rt, turn, service_id, skipped)
    current = next((g for g in gaps if g.key == turn.slot("gap_key")), gaps[0] if gaps else None)
    if text.startswith("/") and current is not None:
        # a button's payload ("/affirm", "/deny": an earlier question's button, tapped again, or typed) is no answer to a
        # form's question, whose own buttons send words (a stranger, session 30: the GP got "Medicines: /affirm")
        return Step().say(NOT_THIS_BUTTON).set(gap_answer=None)  # (the form asks it again)
    step = Step()
    if current is not None and answers.kind_of(current.key, current.label, current.question, current.type) == "phone" \
            and answers.means_this_number(text):  # "this one I am texting from"
        own = _texting_from(rt, turn)
        if own is None:
            return Step().say(NUMBER_UNSEEN if turn.sms_number is None else NUMBER_NOT_UK).set(gap_answer=None)
        text = own
    if current is not None:
        read = _read_checked(rt, current, text)  # a phone number, date of birth or address, read as the benchmark reads it
        if read is not None and read.kind == "later":
            return Step().say(wording.LATER).set(gap_answer=None)
        if read is not None and read.kind == "value":
            text = str(read.value)  # "07700 900123 after 5pm": the number among the words
        theirs = _the_persons_name_for_mine(turn, current, text)
        if theirs:  # "Dave Morris" at the carer's own name: the person's, never filed as the carer's
            return Step().say(wording.Reply(f"{theirs} is the name of the person you care for. What is your own "
                                            "name? Or say \"skip\".")).set(gap_answer=None)
        if (meaning.is_skip(text) or (read is not None and read.kind == "skip")) and not _none_answers(current, text):
            if current.key not in skipped:
                skipped.append(current.key)
        else:
            try:
                # (the whole reply too: "ring me, Sue, on 07700 900123" says whose the number is)
                answered = answer_gap(rt, turn.sender_id, current, text, said=str(value))
            except AnswerNotUnderstood as problem:
                return Step().say(wording.Reply(str(problem))).set(gap_answer=None)
            if answered.in_danger:
                step.say(wording.safety_reminder(["not_safe_at_home"], now=True))
            if answered.carers_number:
                step.say(wording.Reply(f"Thank you. I have put {answered.carers_number} down as your number. The "
                                       "service will ring you, not them."))
    left = open_gaps(rt, turn, service_id, skipped)
    return step.set(gap_answer=None if left else "done", gaps_skipped=skipped)
