"""A service's question in the returning form (issue 21): after the PIN, "Riverside Surgery needs your
date of birth: reply with it or say skip"; the reply checked (a date, a phone number, an address with
its postcode) and kept for that service alone, or skipped. The `menu_pending` slot is "question"
while one is asked; bot/conversation/steps/visit.py says what comes after it.

By SMS: a person texted a question (bot/delivery/notify.py) whose next text starts a new session
has the returning form waiting for their PIN (`waiting_for_reply`, from the session start): their
reply is not taken before the PIN, and the question is asked again after it. A text in the same
session as the question (`same_session_reply`, from the SMS channel before Rasa reads it) is taken
as the answer at once when the PIN was given in this session, else after the PIN, the same way;
unless the person is half-way through something else (telling, a read-back, a service's own
questions, a check): then it goes on as that, and the question is asked after the next PIN."""
from __future__ import annotations

from datetime import datetime

from bot.conversation import meaning, rights
from bot.conversation.errors import AnswerRefused
from bot.conversation.journey import questions_back
from bot.conversation.rights import Right
from bot.conversation.stages import Pending, Stage
from bot.conversation.steps.turn import Step, Turn
from bot.conversation.wording import Reply
from bot.ops.runtime import Runtime

SKIP = [{"title": "Skip", "payload": "skip"}]
HELP = Reply("The service asked this to go on with your referral. Your answer goes only to that service. It "
             "does not go into your story. Reply with the answer. Or say \"skip\", and they will ask you another way.")
PIN_FIRST = Reply("Thank you. Before I pass anything on, I need your PIN. Please type it. Then I will ask you the "
                  "question again.")
CHECK_PIN_FIRST = Reply("Thank you. Before we check your story, I need your PIN. Please type it. Then I will read "
                        "your story back a part at a time.")
GONE = Reply("That question is no longer open. The service has already moved on, so nothing was sent.")


def ask(rt: Runtime, turn: Turn) -> Step:
    """The question still open (the prompt while menu_pending is "question")."""
    asked = questions_back.open_question(rt, turn.sender_id)
    if asked is None:
        return Step()
    return Step().say(Reply(questions_back.question_text(asked), SKIP))


def reply(rt: Runtime, turn: Turn, text: str, now: datetime) -> Step:
    """A reply to the question: kept for that service (menu_pending None: what comes next follows), or
    said back plainly when it cannot be used (the same question stays)."""
    asked = questions_back.open_question(rt, turn.sender_id)
    if asked is None:
        return Step().set(menu_pending=None)
    if meaning.is_help(text):
        return Step().say(HELP)
    who = asked.who
    if meaning.is_skip(text):
        done = questions_back.answer(rt, turn.sender_id, asked, None, now)
        return Step().say(Reply(f"OK. I will tell {who} you would rather not answer this here. Then they can ask "
                                "you another way.") if done else GONE).set(menu_pending=None)
    try:
        value = questions_back.checked(asked, text, now.date())
    except AnswerRefused as why:
        return Step().say(Reply(str(why), SKIP))
    if not questions_back.answer(rt, turn.sender_id, asked, value, now):
        return Step().say(GONE).set(menu_pending=None)
    return Step().say(Reply(f"Thank you. I will send {who} your answer ({questions_back.said_back(asked, value)}). "
                            "Only they get it. It is not added to your story.")).set(menu_pending=None)


def before_pin(turn: Turn, text: str) -> Step | None:
    """A texted reply to a question (or to a review reminder) before the PIN (the form asks the PIN
    first): not taken, and said so; None for anything that is the PIN's business (a PIN, help, stop)."""
    if turn.pending not in (Pending.QUESTION, Pending.REVIEW) or meaning.looks_like_pin(text) \
            or meaning.is_help(text) or meaning.is_stop(text):
        return None
    return Step().say(PIN_FIRST if turn.pending is Pending.QUESTION else CHECK_PIN_FIRST).set(pin_reply=None)


def same_session_reply(rt: Runtime, turn: Turn) -> Step | None:
    """A text within the session in which a question was texted to the person: the returning form
    made ready to take it as the answer (after the PIN given in this session, else the PIN first).
    None when no texted question waits, or the person is half-way through something else."""
    idle = turn.form is None or (turn.form == "returning_form" and turn.pending is None
                                 and turn.slot("requested_slot") == "menu_reply")
    if not idle or not questions_back.texted(rt, turn.sender_id):
        return None
    step = Step(form="returning_form").at(Stage.RETURNING).set(menu_reply=None, menu_wish=None,
                                                               menu_pending=Pending.QUESTION.value)
    if rights.may(rt, turn.sender_id, Right.READ_BACK):
        return step.set(requested_slot="menu_reply", pin_reply="ok")
    return step.set(requested_slot="pin_reply", pin_reply=None)


def waiting_for_reply(rt: Runtime, turn: Turn) -> Step | None:
    """At a new SMS session of a person who was texted a question: the returning form, waiting for
    the PIN, with the question to ask after it. None for anyone else."""
    if not questions_back.texted(rt, turn.sender_id):
        return None
    step = Step(form="returning_form").at(Stage.RETURNING)
    return step.set(requested_slot="pin_reply", pin_reply=None, menu_reply=None, menu_wish=None,
                    menu_pending=Pending.QUESTION.value)
