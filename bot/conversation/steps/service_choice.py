"""Choosing a service and agreeing what it receives: the services on offer, the one the person
chose (its own questions first, then the consent question), a choice of parts ("not my medicines"),
and typed replies at either question understood from their words, whatever intent the NLU model
guessed."""
from __future__ import annotations

from bot.conversation import meaning, rights, wording
from bot.conversation.journey import sharing
from bot.conversation.questions import BASIS_CHOICES
from bot.conversation.rights import Right
from bot.conversation.stages import Stage
from bot.conversation.steps import pin
from bot.conversation.steps.service_questions import open_gaps
from bot.conversation.steps.turn import Step, Turn
from bot.intake.services import Service
from bot.ops.runtime import Runtime
from consent_store.representatives import FINANCIAL_BASES

NOT_CAUGHT = wording.Reply("Sorry, I did not catch which service.")
CHOICES_AT = (Stage.CONSENT, Stage.CHOOSE_SERVICE, Stage.DONE)  # where a typed reply can be a choice
LONGEST_CHOICE_WORDS = 15  # after the end, a service named in longer than this is not choosing it


def offer_services(rt: Runtime, turn: Turn) -> Step:
    """The services that could use the confirmed story, with what each would receive."""
    if not rights.may(rt, turn.sender_id, Right.SHARE):
        return pin.ask_first()
    offers = sharing.offers(rt, turn.sender_id)
    return Step().say(wording.service_offers(offers, turn.person)).set(service_id=None) \
        .at(Stage.CHOOSE_SERVICE if offers else Stage.DONE)


def show_consent(rt: Runtime, turn: Turn) -> Step:
    """Work out which offered service the person chose and ask for consent to share with it (its
    own questions first, once)."""
    if not rights.may(rt, turn.sender_id, Right.SHARE):
        return pin.ask_first()
    if turn.stage is Stage.CONSENT:  # "only my health", guessed as a choice of service
        chosen = choose_sections(rt, turn)
        if chosen is not None:
            return chosen
    offers = sharing.offers(rt, turn.sender_id)
    if not offers:  # no confirmed story yet, or nothing in it any service uses
        return Step().say(wording.reprompt(turn.stage))
    if turn.stage is Stage.GAPS and turn.slot("gap_answer") == "stopped":
        return Step().say(wording.STOPPED).at(Stage.DONE).set(gap_answer=None)
    chosen_id = turn.service_named
    if turn.stage is Stage.GAPS:  # back from the service's questions: the same service
        chosen_id = turn.slot("service_id")
    services = [service for service, _ in offers]
    service = next((s for s in services if s.id == chosen_id), None) or meaning.match_service(turn.text, services)
    if service is None:
        return Step().say(NOT_CAUGHT, wording.service_offers(offers, turn.person)).at(Stage.CHOOSE_SERVICE)
    gaps = open_gaps(rt, turn, service.id)
    if gaps:  # the service's form needs what the story did not say: ask that first, once
        return Step(then="gap_form").say(wording.gaps_intro(service, len(gaps))).set(service_id=service.id) \
            .at(Stage.GAPS).set(gap_answer=None)
    offers = sharing.offers(rt, turn.sender_id)  # answers may have added sections
    sections = dict((s.id, secs) for s, secs in offers)[service.id]
    return Step().say(wording.consent_question(service, sections, person=turn.person)) \
        .set(service_id=service.id).at(Stage.CONSENT).set(sections_chosen=None)


def choose_sections(rt: Runtime, turn: Turn) -> Step | None:
    """A reply to the consent question that names parts ("not my medicines", "only my health"):
    ask again with just those parts. None if the reply names no part on offer."""
    service = rt.services.get(turn.slot("service_id") or "")
    if service is None or not rights.may(rt, turn.sender_id, Right.SHARE):
        return None
    offered = dict((s.id, secs) for s, secs in sharing.offers(rt, turn.sender_id)).get(service.id, [])
    chosen = meaning.chosen_sections(turn.text, offered)
    if chosen is None:
        return None
    if not chosen:
        return Step().say(wording.NOTHING_LEFT_TO_SHARE).set(sections_chosen=None)
    return Step().say(wording.consent_question(service, chosen, chosen=True, person=turn.person)) \
        .set(sections_chosen=chosen)


def understood_at_a_choice(rt: Runtime, turn: Turn, after: str | None = None) -> Step | None:
    """A typed reply to the consent question or the services on offer, understood from its words
    (bot.conversation.meaning) whatever intent the model guessed. None: not understood there.
    `after` is the yes or no action that is asking, so it is never sent back to itself."""
    stage, text = turn.stage, turn.text
    if text.startswith("/") or stage not in CHOICES_AT:
        return None
    offers = sharing.offers(rt, turn.sender_id) if rights.may(rt, turn.sender_id, Right.SHARE) else []
    if stage is Stage.DONE:
        named = meaning.services_named(text, [service.id for service, _ in offers])
        return show_consent(rt, turn) if named and len(text.split()) <= LONGEST_CHOICE_WORDS else None
    if stage is Stage.CHOOSE_SERVICE:
        meant = meaning.service_meaning(text, [service.id for service, _ in offers])
    else:
        service = rt.services.get(turn.slot("service_id") or "")
        offered = dict((s.id, secs) for s, secs in offers).get(service.id if service else "", [])
        meant = meaning.consent_meaning(text, offered)
        beyond = [s for s in meaning.sections_named(text) if s not in offered]
        basis = (turn.carer or {}).get("basis")
        if beyond and basis in FINANCIAL_BASES and service is not None:  # "can you put her health in as well"
            label = dict(BASIS_CHOICES)[basis].replace(":", " for")
            return Step().say(wording.beyond_the_basis(label, beyond, offered, turn.person or "them"))
        if meant.kind == "question" and service is not None:
            return Step().say(wording.consent_explained(service, turn.slot("sections_chosen") or offered,
                                                        turn.person))
        if meant.kind == "help":
            return Step().say(wording.consent_help(service))
    return _choice_meant(rt, turn, meant.kind, offers, after)


def _choice_meant(rt: Runtime, turn: Turn, kind: str, offers: list[tuple[Service, list[str]]],
                  after: str | None) -> Step | None:
    if kind == "value":
        return show_consent(rt, turn) if turn.stage is Stage.CHOOSE_SERVICE else choose_sections(rt, turn)
    if kind in ("yes", "no") and after != f"action_handle_{kind}":
        return Step(then=f"action_handle_{kind}")
    if kind == "later":
        return Step().say(wording.LATER)
    if kind == "human":
        return Step().say(wording.TALK_TO_PERSON)
    if kind == "stop":
        return Step().say(wording.STOPPED).at(Stage.DONE).set(service_id=None)
    if kind == "restart":
        return Step().say(wording.RESTARTED).at(None).set(service_id=None)
    if kind in ("question", "help") and turn.stage is Stage.CHOOSE_SERVICE:
        return Step().say(wording.service_offers(offers, turn.person))
    return None
