"""A carer who says they are under 18 ("im her son and im 14", "i am fourteen and i look after my mum") is a young
carer, with help of their own that the services here, for adults, do not give: told once, with the reply to the first
message that says it, at the carer's questions or in the story; the conversation then goes on as it would have (a
stranger, session 30: a boy of 14 who cooks for his mum and gives her tablets was never told)."""
from __future__ import annotations

from bot.conversation import wording
from bot.conversation.steps.turn import Step, Turn
from bot.understanding.safeguarding.context import childs_age

TOLD = "young_carer"  # in the carer's answers: the age the line was given for (never twice)


def with_their_help(turn: Turn, text: str, step: Step) -> Step:
    """`step`, with the young carer's help first when `text` is a carer's first saying they are under 18."""
    answers = step.slots.get("carer", turn.slot("carer"))
    if turn.teller != "carer" or not isinstance(answers, dict) or answers.get(TOLD) or not isinstance(text, str):
        return step
    age = childs_age(text)
    if age is None:
        return step
    step.replies.insert(0, wording.young_carer(age, turn.person))
    return step.set(carer={**answers, TOLD: age})
