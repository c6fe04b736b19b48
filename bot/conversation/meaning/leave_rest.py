""""Leave the rest for the service": a reply to one of a service's questions that ends the questions
its form does not require (bot/conversation/steps/service_questions.py). Pure, like the other readers
here; its own words, since "that's enough" means this only while those questions are asked."""
from __future__ import annotations

import re

from bot.conversation.meaning.lexicon import POLITE
from bot.conversation.meaning.plain import bare, plain

_THE_SERVICE = r"(the service|the services|the team|them|they|the surgery|the practice|the council)"
_THE_REST = (r"(the rest|the rest of (it|them|the questions)|the others|the other (ones|questions)|all (of )?(the )?rest|"
             r"everything else|all the others|any more|anything else)")
LEAVE_REST = (
    rf"((you can |just |please )?(leave|save) {_THE_REST}( (for|to) {_THE_SERVICE}( to ask)?)?|"
    rf"{_THE_SERVICE} (can|could|will|may) ask {_THE_REST}|"
    rf"let {_THE_SERVICE} ask {_THE_REST}|"
    rf"skip {_THE_REST}|skip (all|them all|all of them|everything)|"
    r"(no|not any|no more|not any more) (more )?questions|"  # a bare "no more" answers "Do you smoke?"

    r"(i do not want|i would rather not|i do not need) (to answer )?(any )?more( questions)?|"
    r"(that is|that will be|i have had) enough( questions| of (the |these |this )?questions)?( now| for (now|today))?|"
    r"enough( questions| of (the |these )?questions)( now| for (now|today))?)")
_WHOLE = re.compile(rf"^((ok|okay|sorry|um|erm|no|oh|actually|i think)\s+)*(?:{LEAVE_REST})(\s+{POLITE})*$")


def is_leave_rest(text: str) -> bool:
    """Whether a reply asks to leave the questions still to come for the service to ask."""
    return bool(_WHOLE.match(bare(plain(text))))
