"""A yes or a no (a button, or plainly worded): to sharing with the chosen service, to sending an
update to those who have the story, or to the services on offer."""
from __future__ import annotations

import re

from bot.conversation import meaning, rights, wording
from bot.conversation.errors import NotPermitted, ServiceClosed
from bot.conversation.journey import sharing
from bot.conversation.rights import Right
from bot.conversation.stages import Stage
from bot.conversation.steps import delivery_news, pin
from bot.conversation.steps.answer_put_right import put_right
from bot.conversation.steps.anything_else import reprompt
from bot.conversation.steps.service_choice import (
    choose_sections,
    held_back_after_help,
    next_chosen,
    not_this_one,
    offer_services,
    refused_then_asked_again,
    understood_at_a_choice,
)
from bot.conversation.steps.turn import Step, Turn
from bot.conversation.steps.update_to_some import update_to_some
from bot.ops.runtime import Runtime


async def yes(rt: Runtime, turn: Turn) -> Step:
    """"Yes" means: share with the chosen service, or send them the update. Sharing waits a few
    seconds for the outcome, so the person hears how it went."""
    stage = turn.stage
    if (righted := put_right(rt, turn)) is not None:  # "yes. but terminally ill question answer is NO"
        return righted
    if stage is Stage.RESEND and (some := update_to_some(rt, turn)) is not None:  # "yes, only the gp": never all of them
        return some
    if not meaning.is_clear_yes(turn.text, turn.intent):
        return reprompt(rt, turn, after="action_handle_yes")
    if stage in (Stage.RESEND, Stage.CONSENT) and not rights.may(rt, turn.sender_id, Right.SHARE):
        return pin.ask_first()
    if stage is Stage.RESEND:
        outcomes = sharing.send_update(rt, turn.sender_id)
        return Step().say(wording.update_sent(outcomes) if outcomes else wording.NOT_SHARING).at(Stage.DONE)
    service_id = turn.slot("service_id")
    if stage is Stage.CONSENT and service_id in rt.services:
        return (await _share(rt, turn, service_id)).and_then(next_chosen(rt, turn) or Step())
    return reprompt(rt, turn)


async def _share(rt: Runtime, turn: Turn, service_id: str) -> Step:
    try:
        outcome = sharing.share_with(rt, turn.sender_id, service_id, turn.teller, only=turn.slot("sections_chosen"))
    except ServiceClosed:
        return Step().say(wording.service_closed(rt.services[service_id], turn.person)).at(Stage.DONE)
    except NotPermitted as refused:
        return Step().say(wording.Reply(f"{refused} Nothing has been shared.")).at(Stage.DONE)
    status, reason = delivery_news.shared(await delivery_news.outcome(rt, turn.sender_id, outcome.delivery_id))
    step = Step().say(wording.shared(outcome.service, outcome.receipt_code, status, reason, turn.person))
    if status not in ("failed", "cancelled") and any(_CARERS_PHONE.search(label) for label in outcome.still_to_ask):
        step.say(wording.no_number(outcome.service))  # a carer's assessment that cannot reach the carer (F19)
    return step.at(Stage.DONE)


# A reply that says no in its first words ("no", "no thanks", "nope, not now", "please don't share it"), whatever follows;
# not "dont know" (a second reader, session 23)
PLAINLY_NO = re.compile(r"(?i)^\W*(?:please\s+)?(?:no|nope|nah|no thanks?|no thank you|not now|(?:dont|don't|do not)\s+"
                        r"(?:share|send|want|agree))\b")
ASKED_AGAIN = {Stage.CONSENT: wording.Reply("When you are ready: do you agree to share this? Please answer yes or no.",
                                             wording.YES_NO),
                Stage.CHOOSE_SERVICE: wording.Reply("When you are ready, say one or more numbers or names of the services, "
                                                    "or \"no\"."),
                Stage.RESEND: wording.Reply("When you are ready: shall I send them the update? Please answer yes or no.",
                                            wording.YES_NO)}
_CARERS_PHONE = re.compile(r"(?i)\bcarer'?s?\b.*\b(tele)?phone\b")  # "Carer's telephone", left unanswered


def no(rt: Runtime, turn: Turn) -> Step:
    """"No" means: do not share with this service (or only some parts of it), do not send the
    update, or none of the services on offer."""
    stage = turn.stage
    if (righted := put_right(rt, turn)) is not None:  # "sorry I press wrong, nobody is terminally ill, is no"
        return righted
    if stage is Stage.CONSENT and (again := refused_then_asked_again(rt, turn)) is not None:
        return again  # "no not the housing people": another service turned down, this one's question asked again
    if turn.helped and stage in (Stage.CONSENT, Stage.CHOOSE_SERVICE, Stage.RESEND) and not PLAINLY_NO.match(turn.text):
        # the urgent help was just given for these words ("sometimes i think everyone would be better off if i wasnt
        # here", at "Do you agree to share this?"): no "no" to sharing, and the question again (a stranger, session 23: it was taken
        # as a no and the services listed again); parts held back stay held back ("ye but not my meds": session 26)
        return held_back_after_help(rt, turn) if stage is Stage.CONSENT else Step().say(ASKED_AGAIN[stage])
    understood = understood_at_a_choice(rt, turn, after="action_handle_no")
    if understood is not None and stage is not Stage.DONE:  # "what will they do with it?", guessed as no
        return understood
    if stage is Stage.RESEND:
        return Step().say(wording.UPDATE_NOT_SENT).at(Stage.DONE)
    if stage is Stage.CONSENT:
        chosen = choose_sections(rt, turn)
        if chosen is not None:  # "no, not my medicines": a choice of parts, not a no
            return chosen
        return not_this_one(rt, turn).and_then(next_chosen(rt, turn) or offer_services(rt, turn))
    if stage is Stage.CHOOSE_SERVICE:  # "no thats it": no more services; those already shared with keep it
        shared = sharing.sharing_now(rt, turn.sender_id)
        return Step().say(wording.no_more_services(shared) if shared else wording.NOTHING_CHOSEN).at(Stage.DONE)
    return reprompt(rt, turn)
