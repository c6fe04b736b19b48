"""The service's side of a question it asked (issue 21): staff put a referral on hold with a question
("What you need": a date of birth, an address...); the referrer sends back the person's answer (or
that they chose not to answer in the chat) as a signed Task (bot/delivery/task_answers.py); and,
when staff asked the person to check their story, how the check ended (bot/delivery/review_requests.py:
it moves nothing). The receiver keeps it, once per message id, encrypted like an intake, shows it on the referral's page,
and the Task goes on: back to where it was before the question (`resume_status`), told to the
referrer as any staff update is (signed, kept here only when the referrer took it).
"""
from __future__ import annotations

import html
import time

from bot.delivery.errors import NotATaskUpdate
from bot.delivery.review_requests import CHECKED, check_outcome
from bot.delivery.task_answers import parse_answer_task
from reference_service.intake_store import IntakeStore, Json

ON_HOLD = "on-hold"
LABELS = {"date-of-birth": "Date of birth", "address": "Address", "phone": "Phone number", "gp": "GP practice",
          "more-detail": "More about the help they need"}  # each question of QUESTIONS, as staff read it


def take_answer(store: IntakeStore, task_id: str, message_id: str, body: bytes, now: float) -> bool | None:
    """Keep an answer the referrer sent for `task_id`: True if it is new, False for a repeat of one
    kept, None if the body is no answer."""
    try:
        question, value, answered = parse_answer_task(body, task_id)
    except NotATaskUpdate:
        return None
    document: Json = {"question": question, "value": value, "answered": answered}
    return store.add_answer(message_id, task_id, document, now)


def take_check(store: IntakeStore, task_id: str, message_id: str, body: bytes, now: float) -> bool | None:
    """Keep how a check staff asked for ended (the person's story unchanged, or changed), shown with
    the answers: True if it is new, False for a repeat, None if the body is not one. It moves nothing."""
    checked = check_outcome(body, task_id)
    return None if checked is None else store.add_answer(message_id, task_id, {"check": checked}, now)


def resume_status(store: IntakeStore, task_id: str) -> str:
    """Where an answered question sends the referral: where it was when staff asked (a referral asked
    before it was marked received goes to received)."""
    held_from = store.held_from(task_id) or "received"
    return "received" if held_from in ("requested", ON_HOLD) else held_from


def answers_html(store: IntakeStore, task_id: str) -> str:
    """The answers the person gave, for the referral's page (everything escaped)."""
    items = []
    for answer in store.answers_to(task_id):
        when = time.strftime("%d %B %Y %H:%M", time.gmtime(answer["received_at"]))
        if answer.get("check") in CHECKED:
            items.append(f"<li>{html.escape(CHECKED[answer['check']][1])} (received {when} UTC).</li>")
        elif answer.get("answered"):
            asked = LABELS.get(answer.get("question") or "", "Answer")
            items.append(f"<li>{html.escape(asked)}: "
                         f"<strong>{html.escape(str(answer.get('value')))}</strong> (received {when} UTC)</li>")
        else:
            items.append(f"<li>The person chose not to answer this in the chat (received {when} UTC): please ask "
                         "them another way.</li>")
    if not items:
        return ""
    return f"<h2>Answers from the person</h2><ul>{''.join(items)}</ul>"
