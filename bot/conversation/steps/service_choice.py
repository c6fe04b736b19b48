"""Choosing services and agreeing what each receives: the services on offer (the best fit for the
story first, with why: bot.conversation.relevance), the ones the person chose ("the nurses and my
gp", "1 and 3", "all of them": each in turn, its own questions first, then its consent question), a
choice of parts ("not my medicines"), and typed replies at either question understood from their
words, whatever intent the NLU model guessed."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.conversation import meaning, own_practice, relevance, rights, wording
from bot.conversation.journey import sharing, story
from bot.conversation.meaning.consent import only_about_parts
from bot.conversation.pathway_viewers import lets_someone_see
from bot.conversation.questions import BASIS_CHOICES
from bot.conversation.relevance import Ranked
from bot.conversation.rights import Right
from bot.conversation.stages import Stage
from bot.conversation.steps import pin, young_carer
from bot.conversation.steps.service_questions import open_gaps
from bot.conversation.steps.turn import Step, Turn
from bot.conversation.steps.update_to_some import update_to_some
from bot.conversation.wording.story import no_basis_to_share
from bot.intake.services import Service
from bot.ops.runtime import Runtime
from consent_store.representatives import FINANCIAL_BASES, NO_POWER, NO_POWER_TO_SHARE

NOT_CAUGHT = wording.Reply("Sorry, I did not catch which service.")
_STOPPING = re.compile(r"\b(stop|stopping|withdraw|cancel|no longer|not share|don'?t share|dont share|take back)\b",
                       re.IGNORECASE)
CHOICES_AT = (Stage.CONSENT, Stage.CHOOSE_SERVICE, Stage.DONE)  # where a typed reply can be a choice
LONGEST_CHOICE_WORDS = 15  # after the end, a service named in longer than this is not choosing it


def queue(turn: Turn, waiting: list[str] | None = None) -> dict[str, list[str] | None]:
    """The services_queue slot set to `waiting` (None: no more waiting), as slots to set: none when
    it would not change."""
    if (turn.slot("services_queue") or None) == (waiting or None):
        return {}
    return {"services_queue": waiting or None}


def offered(rt: Runtime, turn: Turn) -> Ranked[Service]:
    """The services that could use the confirmed story and do not have it yet, each with the parts it would
    receive, the best fit first; those the story gives no call for held back (given only when named)."""
    if not rights.may(rt, turn.sender_id, Right.SHARE):
        return Ranked([])
    sharing_already = {service.id for service in sharing.sharing_now(rt, turn.sender_id)}
    every = sharing.offers(rt, turn.sender_id)
    # a service that has the story already is not listed again (the returning menu's "Share with a service" listed
    # the GP that had it), but is still there when named: "the gp" asks again, and a new agreement replaces the old
    offers = [(service, parts) for service, parts in every if service.id not in sharing_already]
    already = [(service, parts) for service, parts in every if service.id in sharing_already]
    saved = story.current_profile(rt, turn.sender_id) if every else None
    if saved is None:
        return Ranked(offers, held_back=already)
    ranked = relevance.rank(saved.profile, offers, saved.told_by, rt.now().date())
    return Ranked(ranked.offers, ranked.reasons, ranked.held_back + already)


def _sections(ranked: Ranked[Service]) -> dict[str, list[str]]:
    """Service id -> the parts it would receive, listed or held back."""
    return {service.id: sections for service, sections in ranked.offers + ranked.held_back}


def named(text: str, ranked: Ranked[Service]) -> list[str]:
    """The services a typed reply names: those listed by number or words, those held back by words."""
    if text.startswith("/"):
        return []
    listed = meaning.services_named(text, [service.id for service, _ in ranked.offers])
    held = meaning.services_named(text, [service.id for service, _ in ranked.held_back], listed=False)
    return listed + [service_id for service_id in held if service_id not in listed]


def offer_services(rt: Runtime, turn: Turn) -> Step:
    """The services that could use the confirmed story, the best fit first, with why."""
    if not rights.may(rt, turn.sender_id, Right.SHARE):
        return pin.ask_first_if_kept(rt, turn)
    if (turn.carer or {}).get("basis") == NO_POWER:  # no one may agree for them: the story is kept, not offered
        # (that they cannot understand only where it was said: "None of these", and "yes she knows, she said its ok",
        # got "Someone who is not able to understand cannot agree": a stranger, session 32)
        said = wording.Reply(NO_POWER_TO_SHARE) if (turn.carer or {}).get("knows") == "unable" \
            else no_basis_to_share(turn.person, young=bool((turn.carer or {}).get(young_carer.TOLD)))
        return Step().say(said).set(service_id=None, **queue(turn)).at(Stage.DONE)
    ranked = offered(rt, turn)
    return Step().say(wording.service_offers(ranked.offers, turn.person, ranked.reasons)) \
        .set(service_id=None, **queue(turn)).at(Stage.CHOOSE_SERVICE if ranked.offers else Stage.DONE)


def show_consent(rt: Runtime, turn: Turn) -> Step:
    """Work out which services the person chose and ask for consent to share with the first (its
    own questions first, once); the others are asked about in turn after it (`next_chosen`)."""
    if not rights.may(rt, turn.sender_id, Right.SHARE):
        return pin.ask_first_if_kept(rt, turn)
    if turn.stage in (Stage.DONE, Stage.CHOOSE_SERVICE, None) and _STOPPING.search(turn.text) \
            and meaning.menu_choice(turn.text) == "stop":  # in words: "3" is the third service here
        # (and after a hello, where a saved story is asked whose it is: "can u stop sendin my stuff 2 the job ppl" was
        # offered to share with them, a stranger, session 41)
        # "stop sharing with the home adaptations" names a service but asks to stop: it was taken as a
        # choice, asked for consent again, and "no" then said nothing had been shared (found by a stranger)
        from bot.conversation.steps import returning_menu  # (it imports this module)

        return returning_menu.returning(rt, turn).and_then(Step(form="returning_form", then="returning_form"))
    if turn.stage in (Stage.DONE, Stage.CHOOSE_SERVICE) and lets_someone_see(rt, turn.text):
        # "let my social worker see my referrals" names no service to share with but someone to see the
        # referrals: it started the adult social care form just after an update (found by a stranger)
        from bot.conversation.steps import returning_menu  # (it imports this module)

        return returning_menu.returning(rt, turn).and_then(Step(form="returning_form", then="returning_form"))
    if turn.stage is Stage.GAPS and turn.slot("gap_answer") == "delete":  # "delete it all" at a service's question:
        return delete_asked(rt, turn).set(gap_answer=None, service_id=None, **queue(turn))  # asked, as from the menu
    if (turn.carer or {}).get("basis") == NO_POWER:  # no one may agree for them: refused now, not after its questions
        return Step().say(no_basis_to_share(turn.person, young=bool((turn.carer or {}).get(young_carer.TOLD)))) \
            .set(service_id=None, **queue(turn)).at(Stage.DONE)
    if turn.stage is Stage.CONSENT:  # "only my health", guessed as a choice of service
        parts = choose_sections(rt, turn)
        if parts is not None:
            return parts
    ranked = offered(rt, turn)
    if not ranked.offers and not ranked.held_back:  # no confirmed story yet, or nothing any service uses
        return Step().say(wording.reprompt(turn.stage, turn.person))
    if turn.stage is Stage.GAPS and turn.slot("gap_answer") == "stopped":
        return Step().say(wording.STOPPED).at(Stage.DONE).set(gap_answer=None, **queue(turn))
    if turn.stage is Stage.GAPS and turn.slot("gap_answer") == "declined":  # not this service: the next, or the list
        return not_this_one(rt, turn).set(gap_answer=None, service_id=None) \
            .and_then(next_chosen(rt, turn) or offer_services(rt, turn))
    services = {service.id: service for service, _ in ranked.offers + ranked.held_back}
    if turn.stage is Stage.GAPS:  # back from the service's questions: the same service
        chosen = [turn.slot("service_id")]
    else:
        chosen = named(turn.text, ranked)
        if turn.service_named in services:  # a button, or the service the NLU model found
            chosen = [turn.service_named] + [c for c in chosen if c != turn.service_named]
    chosen = [c for c in chosen if c in services]
    if not chosen:  # after the urgent help for these words, no "Sorry, I did not catch" (a stranger, session 23)
        return Step().say(*([] if turn.helped else [NOT_CAUGHT]),
                          wording.service_offers(ranked.offers, turn.person, ranked.reasons)).at(Stage.CHOOSE_SERVICE)
    step = _ask_about(rt, turn, services[chosen[0]])
    return step if turn.stage is Stage.GAPS else step.set(**queue(turn, chosen[1:]))


def delete_asked(rt: Runtime, turn: Turn) -> Step:
    """A wish to delete the story said while it is being shared: the menu's "Delete my story" ("This
    deletes your story, your PIN … Are you sure?"), its PIN first if it was not typed in this session."""
    from bot.conversation.steps import returning_menu  # (it imports this module)

    return returning_menu.returning(rt, replace(turn, text="delete my story")) \
        .and_then(Step(form="returning_form", then="returning_form"))


def _ask_about(rt: Runtime, turn: Turn, service: Service) -> Step:
    """The chosen service's questions (once), or its consent question; first, when the story names
    another GP practice than the one this form goes to, that they differ."""
    step = Step()
    if turn.stage is not Stage.GAPS:
        saved = story.current_profile(rt, turn.sender_id)
        practice = own_practice.another_practice(saved.profile, service) if saved else None
        if practice:  # "dr patel at the elms surgery", and the form goes to Riverside Surgery
            step.say(wording.another_practice(practice, service, turn.person))
    gaps = open_gaps(rt, turn, service.id)
    if gaps:  # the service's form needs what the story did not say: ask that first, once
        return step.and_then(Step(then="gap_form").say(wording.gaps_intro(service, len(gaps), turn.person))
                             .set(service_id=service.id).at(Stage.GAPS).set(gap_answer=None))
    sections = _sections(offered(rt, turn)).get(service.id, [])  # answers may have added sections
    return step.and_then(Step().say(wording.consent_question(service, sections, person=turn.person))
                         .set(service_id=service.id).at(Stage.CONSENT).set(sections_chosen=None))


def refused_besides(rt: Runtime, turn: Turn) -> Step:
    """At a service's consent question, other services turned down in the same reply ("yes to this one. actually not
    the housing people, i dont want them contacted"): taken out of those waiting, and said (a stranger, session 31: it
    held back this service's "your home", and the housing questions came next). Returns what to say (nothing when none
    was turned down), with them no longer waiting."""
    current = turn.slot("service_id")
    if turn.stage is not Stage.CONSENT or turn.text.startswith("/"):
        return Step()
    refused = meaning.services_refused(turn.text, [s for s in rt.services if s != current])
    if refused:  # one that has the story already is no longer to be asked about: stopping is the menu's
        shared = {service.id for service in sharing.sharing_now(rt, turn.sender_id)}
        refused = [s for s in refused if s not in shared]
    if not refused:
        return Step()
    waiting = [s for s in turn.slot("services_queue") or [] if isinstance(s, str) and s not in refused]
    return Step().say(wording.not_these([rt.services[s] for s in refused])).set(**queue(turn, waiting))


def refused_then_asked_again(rt: Runtime, turn: Turn) -> Step | None:
    """Other services turned down at the consent question, and nothing else said of this one than a yes or a no:
    said, and this service's question asked again (never a yes or a no taken from words about another service)."""
    said = refused_besides(rt, turn)
    service = rt.services.get(turn.slot("service_id") or "")
    if not said.replies or service is None:
        return None
    offered_parts = _sections(offered(rt, turn)).get(service.id, [])
    before = [s for s in turn.slot("sections_chosen") or [] if s in offered_parts]
    return said.say(wording.consent_question(service, before or offered_parts, chosen=bool(before), person=turn.person))


def this_one_turned_down(rt: Runtime, turn: Turn) -> Step | None:
    """At a service's consent question, that service turned down by its name ("nah changed my mind, dont send it to the
    gp"): a no to it, and the next chosen or the services on offer (a stranger, session 32: heard as choosing the GP,
    its question was asked again). None when the reply does not turn it down."""
    service_id = turn.slot("service_id")
    if turn.stage is not Stage.CONSENT or turn.text.startswith("/") or service_id not in rt.services:
        return None
    if not meaning.services_refused(turn.text, [service_id]):
        return None
    return not_this_one(rt, turn).and_then(next_chosen(rt, turn) or offer_services(rt, turn))


def not_this_one(rt: Runtime, turn: Turn) -> Step:
    """Nothing shared with the service asked about: said, and that it keeps what it had before, if it has."""
    service = rt.services.get(turn.slot("service_id") or "")
    if service is None:
        return Step()
    return Step().say(wording.not_shared(service, shared_before=service in sharing.sharing_now(rt, turn.sender_id)))


def next_chosen(rt: Runtime, turn: Turn) -> Step | None:
    """The next of the services chosen together ("1 and 3"), once the one before is shared or
    not: its questions or its consent question. None when none is left."""
    waiting = [s for s in turn.slot("services_queue") or [] if isinstance(s, str)]
    while waiting:
        service_id = waiting.pop(0)
        following = replace(turn, text="", service_named=service_id,
                            slots={**turn.slots, "stage": Stage.CHOOSE_SERVICE.value, "services_queue": None})
        step = show_consent(rt, following)
        if step.slots.get("service_id") == service_id:  # still on offer
            return step.set(services_queue=waiting or None)
    return None


def choose_sections(rt: Runtime, turn: Turn) -> Step | None:
    """A reply to the consent question that names parts ("not my medicines", "only my health"):
    ask again with just those parts. None if the reply names no part on offer."""
    service = rt.services.get(turn.slot("service_id") or "")
    if service is None or not rights.may(rt, turn.sender_id, Right.SHARE):
        return None
    if (refused := this_one_turned_down(rt, turn)) is not None:  # "dont send it to the gp", at the GP's question
        return refused
    if (again := refused_then_asked_again(rt, turn)) is not None:  # "actually not the housing people"
        return again
    offered_parts = _sections(offered(rt, turn)).get(service.id, [])
    if turn.helped:
        # the urgent help was just given for these words ("some nights I think about taking all my sleeping tablets", at
        # "Do you agree to share this?"): no parts chosen by them, and the question again (a stranger, session 24: the
        # needs assessment was sent the medicines and nothing else)
        return held_back_after_help(rt, turn)
    before = [s for s in turn.slot("sections_chosen") or [] if s in offered_parts]
    every = meaning.held_back_only(turn.text, list(meaning.SECTION_WORDS))
    if every and not set(every) & set(offered_parts):
        # "not my medicines", where the service gets no medicines: said so, and the question again (a stranger, session
        # 30: it was read as no, and nothing was shared with the service she most wanted)
        return Step().say(wording.not_on_offer(service, every, turn.person),
                          wording.consent_question(service, before or offered_parts, chosen=bool(before), person=turn.person))
    held = meaning.held_back_only(turn.text, offered_parts)
    if meaning.consent_meaning(turn.text, offered_parts).kind == "yes":
        # "yes that's fine, the GP knows all about my health anyway": all of it, said back to be agreed (a stranger,
        # session 24: it was "your health. Nothing else.", and the GP got no name)
        chosen: list[str] | None = list(offered_parts)
    elif held is not None and before:  # "not risks and safety" after "not my meds": both left out, never one back
        chosen = [s for s in before if s not in held]
    elif (added := meaning.added_sections(turn.text, before, offered_parts)) is not None:
        chosen = added  # "add work and money to that": added to what was chosen, never only it (a stranger, session 37)
    else:
        chosen = meaning.chosen_sections(turn.text, offered_parts)
    if chosen is None:  # "the first two", "the last one": by their place in the parts on screen
        by_place = meaning.consent_meaning(turn.text, before or offered_parts)
        chosen = by_place.value if by_place.kind == "value" else None
    said_things = meaning.things_held_back(turn.text)
    unknown = [u for u in meaning.unnamed_parts(turn.text) if not any(t in u for t in said_things)]
    # a carer's own, held back: "not my own health", "not my thyroid" (hers, not her mother's): the part goes without
    # what she said of herself in it, and never whole nor not at all
    own_parts, things = _carers_own_held_back(rt, turn, offered_parts, said_things)
    if chosen is None and (unknown or things or own_parts):  # "not the wotsit stuff": which part, asked, with what is
        chosen = before or offered_parts  # shared so far
    if chosen is None:
        return None
    marks = _own_held_marks(turn)
    if own_parts:
        chosen = [s for s in offered_parts if s in chosen or s in own_parts]
        marks = list(dict.fromkeys(marks + [sharing.own_held(part) for part in own_parts]))
        step = _sections_chosen(rt, turn, service, chosen, offered_parts, things, unknown)
        return _with_marks(Step().say(wording.carers_own_left_out(own_parts, turn.person)), marks).and_then(
            _with_marks(step, marks)) if step is not None else None
    step = _sections_chosen(rt, turn, service, chosen, offered_parts, things, unknown)
    return _with_marks(step, marks) if step is not None else None


def _carers_own_held_back(rt: Runtime, turn: Turn, offered_parts: list[str], things: list[str]) -> tuple[list[str], list[str]]:
    """For a story a carer told: the parts whose her own words ("not my own health") or things found only in what she
    said of herself ("not my thyroid") hold back, where she said anything of herself in them; and the things left
    to hold back as any person's."""
    if turn.teller != "carer":
        return [], things
    parts = meaning.own_parts_held(turn.text, offered_parts)
    theirs = []
    for thing in things:
        mine = sharing.sections_naming(rt, turn.sender_id, [thing], offered_parts, about="narrator")
        if mine and not sharing.sections_naming(rt, turn.sender_id, [thing], offered_parts, about="subject"):
            parts += [part for part in mine if part not in parts]
        else:
            theirs.append(thing)
    own = sharing.parts_with_carers_own(rt, turn.sender_id, parts)
    if not own:
        return [], things
    return [part for part in offered_parts if part in own], theirs


def _own_held_marks(turn: Turn) -> list[str]:
    """The parts a carer's own was held back in so far (sharing.OWN_HELD marks in the parts chosen)."""
    return [m for m in turn.slot("sections_chosen") or [] if isinstance(m, str) and m.startswith(sharing.OWN_HELD)]


def _with_marks(step: Step, marks: list[str]) -> Step:
    """The parts chosen, with the carer's own held back in those of them it was held back in."""
    chosen = step.slots.get("sections_chosen")
    if isinstance(chosen, list):
        step.slots["sections_chosen"] = [s for s in chosen if not s.startswith(sharing.OWN_HELD)] + [
            m for m in marks if m[len(sharing.OWN_HELD):] in chosen]
    return step


def _sections_chosen(rt: Runtime, turn: Turn, service: Service, chosen: list[str], offered_parts: list[str],
                     things: list[str], unknown: list[str]) -> Step | None:
    """The parts chosen, said back with the question again (or what stops them being shared)."""
    if things:  # "dont tell them about the depression": the parts that hold it are left out whole
        return _things_left_out(rt, turn, service, things, chosen, offered_parts)
    telling = sharing.medicines_that_tell([turn.text]) if "medications" in chosen and len(chosen) < len(offered_parts) else []
    if telling and sharing.sections_naming(rt, turn.sender_id, telling, ["medications"]):
        # "not my mental health": the medicines that tell it go with it (a stranger, session 31: "sertraline 50" went)
        chosen = [s for s in chosen if s != "medications"]
        return Step().say(wording.medicines_tell(turn.person),
                          *([wording.consent_question(service, chosen, chosen=True, person=turn.person)] if chosen else
                            [wording.nothing_left(turn.person)])).set(sections_chosen=chosen or None)
    if chosen and len(chosen) < len(offered_parts) and _MIND_HELD_BACK.search(meaning.plain(turn.text)):
        # "yes but not the mental health bit": the community mental health team under the services involved went with
        # the rest (a stranger, session 34); any part that names the mind is left out with it, and the person told
        holding = sharing.sections_naming(rt, turn.sender_id, list(_OF_THE_MIND), chosen)
        if holding:
            left = [s for s in chosen if s not in holding]
            said = wording.things_held_back(["mental health"], holding, turn.person)
            if not left:
                return Step().say(said, wording.nothing_left(turn.person)).set(sections_chosen=None)
            return Step().say(said, wording.consent_question(service, left, chosen=True, person=turn.person)) \
                .set(sections_chosen=left)
    if not chosen:
        return Step().say(wording.nothing_left(turn.person)).set(sections_chosen=None)
    own = [sharing.CARERS_OWN] if _carers_own_kept(turn, chosen, offered_parts) and sharing.carers_own_facts(
        rt, turn.sender_id, [s for s in offered_parts if s not in chosen]) else []
    if unknown:  # words that name no part: never silently ignored
        left_out = [s for s in offered_parts if s not in chosen]
        return Step().say(wording.parts_not_known(service, unknown, chosen, left_out, turn.person)) \
            .set(sections_chosen=chosen + own)
    return Step().say(wording.consent_question(service, chosen, chosen=True, person=turn.person, yours_too=bool(own))) \
        .set(sections_chosen=chosen + own)


# The mind, held back in words: "not the mental health bit", "leave out the mood stuff"; what names it elsewhere
_MIND_HELD_BACK = re.compile(r"\b(?:not|no|without|leave out|leave off|except|apart from|but)\b(?:\s+\w+){0,3}?\s+"
                             r"(?:mental(?:\s+health)?|mood|moods|depression|anxiety|nerves)\b")
_OF_THE_MIND = ("mental", "mood", "depression", "anxiety", "cmht", "psychiatr", "psycholog", "counsell", "nerves")


def _things_left_out(rt: Runtime, turn: Turn, service: Service, things: list[str], chosen: list[str],
                     offered_parts: list[str]) -> Step:
    """Something the person does not want the service told of, by its own words ("the depression", "Gary"): the parts of
    the story that hold it are left out whole (a part is shared whole or not at all), and the person is told which,
    and asked again. Found in none, they are told so, with what will and will not be shared, and asked which part it is
    in; nothing is shared unasked, and parts named beside it stay left out ("not the wotsit stuff and not my meds")."""
    holding = sharing.sections_naming(rt, turn.sender_id, things, chosen)
    if not holding:
        left_out = [s for s in offered_parts if s not in chosen]
        return Step().say(wording.parts_not_known(service, things, chosen, left_out, turn.person)) \
            .set(sections_chosen=chosen if left_out else None)
    left = [s for s in chosen if s not in holding]
    said = wording.things_held_back(things, holding, turn.person)
    if not left:
        return Step().say(said, wording.nothing_left(turn.person)).set(sections_chosen=None)
    return Step().say(said, wording.consent_question(service, left, chosen=True, person=turn.person)) \
        .set(sections_chosen=left)


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


def held_back_after_help(rt: Runtime, turn: Turn) -> Step:
    """After the urgent help at the consent question: parts the words hold back ("ye but not my meds n not the home
    stuff") are still held back, and the question is asked again with what is left; nothing is chosen by the words
    otherwise (a stranger, session 26: the parts were dropped with the help, the question asked again whole, and "ye"
    sent the medicines). Holding back only ever shares less."""
    from bot.conversation.steps.yes_no import ASKED_AGAIN  # (yes_no reads this module)

    service = rt.services.get(turn.slot("service_id") or "")
    offered_parts = _sections(offered(rt, turn)).get(service.id, []) if service else []
    # sentence by sentence: what follows the choice tells the danger in its own words ("yes, but not her health. to be
    # honest ... some nights i think about just putting a pillow over her face": its "just" was taken as "only", and
    # health was sent; a stranger, session 27)
    held = sorted({part for said in _SENTENCES.split(turn.text or "") if service
                   for part in meaning.held_back_only(said, offered_parts) or []}, key=offered_parts.index)
    # and a sentence that keeps only some ("Only about me, my goals, my health and how to communicate. Not my home, not
    # people": a stranger, session 29, was asked again with all but the home): only those are kept
    # (a sentence of the parts' names and the words of choosing only: "i think about just putting a pillow over her
    # face" keeps no part, session 27)
    kept = [chosen for said in _SENTENCES.split(turn.text or "") if service and re.search(r"\b(only|just)\b", meaning.plain(said))
            and only_about_parts(said) and (chosen := meaning.chosen_sections(said, offered_parts))]
    held += [part for part in offered_parts if kept and part not in held and not all(part in k for k in kept)]
    things = meaning.things_held_back(turn.text or "")
    if service is None or not (held or things):
        return Step().say(ASKED_AGAIN[Stage.CONSENT])
    before = [s for s in turn.slot("sections_chosen") or [] if s in offered_parts] or offered_parts
    chosen = [s for s in before if s not in held]
    # a carer's own held back before ("not my own health"), still held back in the parts that go
    marks = _own_held_marks(turn)
    if things:  # "… dont put anything about Gary in it": held back too, after the help
        return _with_marks(_things_left_out(rt, turn, service, things, chosen, offered_parts), marks)
    if not chosen:
        return Step().say(wording.nothing_left(turn.person)).set(sections_chosen=None)
    return _with_marks(Step().say(wording.consent_question(service, chosen, chosen=True, person=turn.person))
                       .set(sections_chosen=chosen), marks)


_THE_CARERS_OWN = re.compile(r"\b(my|mine|me|myself|our|ours|i|im|ive|only|just)\b")  # "not my health", "only his goals"
_THE_PERSONS = r"\b(his|her|hers|their|theirs|him|them)\b"


def _carers_own_kept(turn: Turn, chosen: list[str], offered_parts: list[str]) -> bool:
    """Whether a carer who left parts out left out only the person's ("not his health", "not Frank's health"):
    then the carer's own facts in those parts still go (sharing.CARERS_OWN). Her asthma on her own carer's
    assessment is not "his health" (a stranger, session 19). Not when the words are the carer's own ("not my
    health") or keep only some parts ("only his goals"): then what is left out goes whole."""
    if turn.teller != "carer" or set(offered_parts) <= set(chosen):
        return False
    said = meaning.plain(turn.text)
    if _THE_CARERS_OWN.search(said):
        return False
    name = re.escape((turn.person or "").lower())
    persons = _THE_PERSONS + (rf"|\b{name}'?s\b" if turn.person and turn.person != "them" else "")
    return bool(re.search(persons, said)) or sharing.CARERS_OWN in (turn.slot("sections_chosen") or [])


def understood_at_a_choice(rt: Runtime, turn: Turn, after: str | None = None) -> Step | None:
    """A typed reply to the consent question or the services on offer, understood from its words
    (bot.conversation.meaning) whatever intent the model guessed. None: not understood there.
    `after` is the yes or no action that is asking, so it is never sent back to itself."""
    stage, text = turn.stage, turn.text
    if stage is Stage.RESEND and (some := update_to_some(rt, turn)) is not None:  # "just send it to the doctors"
        return some
    if stage is Stage.RESEND and not text.startswith("/"):  # "Shall I send the update?": "yh", as at consent
        said = "yes" if meaning.is_clear_yes(text) else "no" if meaning.is_no(text) else None
        return Step(then=f"action_handle_{said}") if said and after != f"action_handle_{said}" else None
    if text.startswith("/") or stage not in CHOICES_AT:
        return None
    ranked = offered(rt, turn)
    if stage is Stage.DONE:  # the list is no longer on screen: a service by its words, never by a number
        by_words = not re.fullmatch(r"[\d\s,.&and]*", text.strip().lower())
        return show_consent(rt, turn) if by_words and named(text, ranked) and len(
            text.split()) <= LONGEST_CHOICE_WORDS else None
    if stage is Stage.CHOOSE_SERVICE:
        meant = meaning.service_meaning(text, [service.id for service, _ in ranked.offers],
                                        [service.id for service, _ in ranked.held_back])  # not listed: by name
    else:
        service = rt.services.get(turn.slot("service_id") or "")
        offered_parts = _sections(ranked).get(service.id if service else "", [])
        if (refused := this_one_turned_down(rt, turn)) is not None:  # "dont send it to the gp", at the GP's question
            return refused
        if (again := refused_then_asked_again(rt, turn)) is not None:  # "actually not the housing people"
            return again
        if meaning.unnamed_parts(text):  # "ok but not the wotsit stuff": never a yes, a no or ignored
            return choose_sections(rt, turn)
        if meaning.things_held_back(text):  # "ok yes but dont put anything about Gary in it": never a plain yes
            return choose_sections(rt, turn)
        meant = meaning.consent_meaning(text, offered_parts)
        beyond = [s for s in meaning.sections_named(text) if s not in offered_parts]
        basis = (turn.carer or {}).get("basis")
        if beyond and basis in FINANCIAL_BASES and service is not None:  # "can you put her health in as well"
            label = dict(BASIS_CHOICES)[basis].replace(":", " for")
            return Step().say(wording.beyond_the_basis(label, beyond, offered_parts, turn.person or "them"))
        if meant.kind == "question" and service is not None:
            chosen = [s for s in turn.slot("sections_chosen") or [] if s != sharing.CARERS_OWN]
            return Step().say(wording.consent_explained(service, chosen or offered_parts, turn.person))
        if meant.kind == "help":
            return Step().say(wording.consent_help(service, turn.person))
    return _choice_meant(rt, turn, meant.kind, ranked, after)


def _choice_meant(rt: Runtime, turn: Turn, kind: str, ranked: Ranked[Service], after: str | None) -> Step | None:
    if kind == "value":
        return show_consent(rt, turn) if turn.stage is Stage.CHOOSE_SERVICE else choose_sections(rt, turn)
    if kind in ("yes", "no") and after != f"action_handle_{kind}":
        return Step(then=f"action_handle_{kind}")
    if kind == "later":
        return Step().say(wording.LATER)
    if kind == "human":
        return Step().say(wording.TALK_TO_PERSON)
    if kind == "stop":
        return Step().say(wording.STOPPED).at(Stage.DONE).set(service_id=None, **queue(turn))
    if kind == "restart":
        return Step().say(wording.RESTARTED).at(None).set(service_id=None, **queue(turn))
    if kind in ("question", "help") and turn.stage is Stage.CHOOSE_SERVICE:
        return Step().say(wording.service_offers(ranked.offers, turn.person, ranked.reasons))
    return None
