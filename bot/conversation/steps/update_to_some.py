"""The answer to "Shall I send them the update?" that names some of the services and not the others ("just send it to the
doctors please not the other one", "yes but not the home adaptations"): the update goes to those only, and the person is
told which were not sent it (a stranger, session 32: "Please answer yes or no", and then the update went to both)."""
from __future__ import annotations

import re

from bot.conversation import meaning, rights, wording
from bot.conversation.journey import sharing
from bot.conversation.rights import Right
from bot.conversation.stages import Stage
from bot.conversation.steps import pin
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime

# A word that may turn a service down, in the few words before it is named: such a mention is never taken as sending
_TURNING_DOWN = re.compile(r"\b(not|no|never|without|except|apart|rather|instead|nor|stop|dont)\b")
# A yes said first ("yes but not the home adaptations"): the rest are sent it, those turned down are not
_YES_FIRST = re.compile(r"^(yes|yeah|yep|yh|ok|okay|sure|fine|go on|go ahead|send it|please send it)\b(?! not\b)")


def _plainly_named(said: str, service_id: str) -> bool:
    """Whether every mention of the service is free of a word that turns it down just before it."""
    words = meaning.SERVICE_WORDS.get(service_id, re.escape(service_id))
    return all(not _TURNING_DOWN.search(" ".join(said[:m.start()].split()[-4:]))
               for m in re.finditer(rf"\b({words})\b", said))


def update_to_some(rt: Runtime, turn: Turn) -> Step | None:
    """At "Shall I send them the update?", a reply that sends it to some of the services that have the story and not to
    the others: sent to those, and said which were not sent it. None when it names none, or all, of them."""
    if turn.stage is not Stage.RESEND or turn.text.startswith("/") or meaning.is_question(turn.text):
        return None
    services = sharing.sharing_now(rt, turn.sender_id)
    ids = [service.id for service in services]
    if len(ids) < 2:
        return None
    said = meaning.plain(turn.text)
    refused = meaning.services_refused(turn.text, ids)
    chosen = [s for s in meaning.services_named(turn.text, ids, listed=False) if s not in refused]
    if any(not _plainly_named(said, s) for s in chosen):  # never sent on a mention that may turn it down
        return None
    if not chosen and refused and _YES_FIRST.match(said):
        chosen = [s for s in ids if s not in refused]
    if not chosen or set(chosen) >= set(ids):
        return None
    if not rights.may(rt, turn.sender_id, Right.SHARE):
        return pin.ask_first()
    outcomes = sharing.send_update(rt, turn.sender_id, only=chosen)
    left = [service for service in services if service.id not in chosen]
    return Step().say(wording.update_sent(outcomes) if outcomes else wording.NOT_SHARING,
                      wording.update_not_sent_to(left)).at(Stage.DONE)
