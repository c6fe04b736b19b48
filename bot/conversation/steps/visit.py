"""What a returning visit brings after the PIN, before the menu (issue 21): a question a service
asked (bot/conversation/steps/service_questions_back.py), then, if the story is due for one, the
"is this still true?" check (bot/conversation/steps/reviews.py). Each is a question the returning
form's `menu_pending` slot remembers; the returning form (bot/conversation/steps/returning_menu.py)
hands its prompt and replies here."""
from __future__ import annotations

from dataclasses import replace

from bot.conversation import wording
from bot.conversation.errors import AnswerRefused
from bot.conversation.journey import questions_back
from bot.conversation.journey import reviews as review_times
from bot.conversation.questions import MENU
from bot.conversation.stages import Pending
from bot.conversation.steps import reviews, service_questions_back
from bot.conversation.steps.turn import Step, Turn
from bot.ops.runtime import Runtime

PENDING = (Pending.QUESTION, Pending.REVIEW, Pending.REVIEW_CHANGE)


def upcoming(rt: Runtime, turn: Turn) -> Step:
    """The next thing to ask: a service's open question, else a check of the story if one is due,
    else nothing (menu_pending None: the menu)."""
    if questions_back.open_question(rt, turn.sender_id) is not None:
        return Step().set(menu_pending=Pending.QUESTION.value)
    found = review_times.check_due(rt, turn.sender_id, rt.now())
    if found is not None:
        return reviews.begin(rt, turn, found)
    return Step().set(menu_pending=None)


def after_pin(rt: Runtime, turn: Turn, so_far: Step) -> Step:
    """Just after the PIN (and whatever the person asked for with it): what the visit brings; nothing
    if what they asked for leads to a question of its own or ends the form."""
    if so_far.slots.get("menu_pending") or so_far.slots.get("menu_reply"):
        return Step()
    return upcoming(rt, turn)


def period_wish(rt: Runtime, turn: Turn, text: str) -> Step | None:
    """"check my story every 3 months", "don't ask me to check it": the review period kept and the
    next check said back (begun now if it is due); None if `text` is not about that."""
    return reviews.period_wish(rt, turn, text, rt.now())


def question_now(rt: Runtime, turn: Turn) -> Step:
    """A service's open question asked at once (menu_pending "question"), when the person is already
    past the PIN in this session: "who has my story?" announced it, so their next reply is its answer."""
    if questions_back.open_question(rt, turn.sender_id) is None:
        return Step()
    return Step().set(menu_pending=Pending.QUESTION.value)


def typed_answer(rt: Runtime, turn: Turn, text: str) -> Step | None:
    """A reply at the menu that is plainly the answer to a service's open question (a real date for a
    date of birth, a number for a phone, an address with its postcode), taken as its answer; None
    otherwise. Free-text questions (more detail, the GP) are not guessed at: any words would pass."""
    asked = questions_back.open_question(rt, turn.sender_id)
    if asked is None or questions_back.CHECKS.get(asked.question, "text") == "text":
        return None
    try:
        questions_back.checked(asked, text, rt.now().date())
    except AnswerRefused:
        return None
    return reply(rt, replace(turn, slots={**turn.slots, "menu_pending": Pending.QUESTION.value}), text)


def leaves(text: str) -> bool:
    """A button of the menu pressed instead of a reply (the question, or the check, waits)."""
    return " ".join(text.split()).casefold() in {label.casefold() for _, label in MENU}


def ask(rt: Runtime, turn: Turn) -> Step:
    """The prompt while one of these is pending."""
    if turn.pending is Pending.QUESTION:
        asked = service_questions_back.ask(rt, turn)
        if asked.replies:
            return asked
        following = upcoming(rt, turn)  # answered elsewhere meanwhile: what comes next, or the menu
        if following.slots.get("menu_pending"):
            return following.and_then(reviews.ask(rt, replace(turn, slots={**turn.slots, **following.slots})))
        return following.say(wording.menu(turn.just_verified))
    return reviews.ask(rt, turn)


def reply(rt: Runtime, turn: Turn, text: str) -> Step:
    """A reply to one of these; then the next, when it is over."""
    now = rt.now()
    if turn.pending is Pending.QUESTION:
        step = service_questions_back.reply(rt, turn, text, now)
    else:
        step = reviews.reply(rt, turn, text, now)
    step.set(menu_reply=step.slots.get("menu_reply"))
    if "menu_pending" in step.slots and step.slots["menu_pending"] is None and not step.slots["menu_reply"]:
        if turn.pending is Pending.QUESTION:  # a check of the story may follow a question, not another check
            step.and_then(upcoming(rt, turn))
    return step
