"""The person's answer to a service's question, as the FHIR Task that carries it back (issue 21).

A service puts a referral's Task on hold with a question (`statusReason`, a code of
bot/delivery/referrals.py's QUESTIONS). We answer with the Task as it stands, plus:
- `businessStatus`: "answered", or "not-answered" when the person said skip (the service asks them
  another way);
- `input`: the answer, typed by the question's code (`valueDate` for a date of birth, `valueString`
  otherwise), as the chat checked it (bot/conversation/answers.py). FHIR's Task.input is
  "additional information that may be needed in the execution of the task".
It is POSTed to the service alone, at `<the origin of its intake endpoint>/fhir/Task/<task id>`, signed
the Standard Webhooks way with the secret that service shares with us (bot/delivery/notify.py), and
its message id is the answer's id, so a retry is the same message and is applied once.
"""
from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from bot.delivery.errors import NotATaskUpdate
from bot.delivery.referrals import QUESTIONS, REASON_SYSTEM, task
from consent_store.referrals import Referral

Resource = dict[str, Any]
ANSWER_SYSTEM = "https://tell-my-story-once.example/fhir/CodeSystem/answer-status"
ANSWERED, NOT_ANSWERED = "answered", "not-answered"
BUSINESS_TEXT = {ANSWERED: "The person answered the question in the chat",
                 NOT_ANSWERED: "The person chose not to answer this in the chat: please ask them another way"}
DATE_QUESTIONS = frozenset({"date-of-birth"})


def answer_task(referral: Referral, service_name: str, question: str, value: str | None) -> Resource:
    """The Task that carries the answer to `question` (None: the person skipped it)."""
    from fhir.resources.task import Task

    document = task(referral, service_name)
    code = NOT_ANSWERED if value is None else ANSWERED
    document["businessStatus"] = {"coding": [{"system": ANSWER_SYSTEM, "code": code}], "text": BUSINESS_TEXT[code]}
    if value is not None:
        kind = "valueDate" if question in DATE_QUESTIONS else "valueString"
        document["input"] = [{"type": {"coding": [{"system": REASON_SYSTEM, "code": question}],
                                       "text": QUESTIONS.get(question, question)}, kind: value}]
    Task.parse_obj(document)  # raises if it is not a valid R4(B) Task
    return document


def parse_answer_task(body: bytes, task_id: str) -> tuple[str | None, str | None, bool]:
    """(question code, value, answered) from an answer Task for `task_id`; NotATaskUpdate if the body
    is not one. A skip has no question code or value."""
    from fhir.resources.task import Task

    try:
        parsed = Task.parse_obj(json.loads(body))
    except (ValueError, TypeError, ValidationError):
        raise NotATaskUpdate() from None
    codes = [c.code for c in (parsed.businessStatus.coding or []) if c.system == ANSWER_SYSTEM] \
        if parsed.businessStatus else []
    if parsed.id != task_id or not codes or codes[0] not in (ANSWERED, NOT_ANSWERED):
        raise NotATaskUpdate()
    if codes[0] == NOT_ANSWERED:
        return None, None, False
    for given in parsed.input or []:
        question = next((c.code for c in (given.type.coding or []) if c.system == REASON_SYSTEM), None)
        value = given.valueDate or given.valueString
        if question in QUESTIONS and value:
            return question, str(value), True
    raise NotATaskUpdate()
