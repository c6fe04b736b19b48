"""A service asks the person to check their story is still true (issue 21), by the same signed call
back as a status update: `POST <our address>/fhir/Task/<task id>`, signed the Standard Webhooks way
with the secret the service shares with us (bot/delivery/referrals.py verifies it the same way).

The body is the referral's Task as it stands (its `status` unchanged: asking is not a move) with
`businessStatus` coded `check-requested` in REVIEW_SYSTEM. FHIR's Task.businessStatus is the task's
state in the service's own terms, beside its status. It is applied once (its message id is kept),
only while the service still has the person's consent and the referral has not ended; it is kept in
the consent store (consent_store/reviews.py, "review-requested" in the disclosure log) and the
person's next visit (or a text, bot/delivery/notify.py) starts the check, saying who asked.

When the check ends, the service that asked hears how (`check_outcome_task`): the Task as it stands
with `businessStatus` coded `checked-unchanged` (the person confirmed every part) or `checked-changed`
(something changed: the changes come as an update only if the person chooses to send it), sent by
the notifier as the person's answer to a question is (signed, retried, acknowledged, "check-sent" in
the disclosure log; consent_store/questions.py keeps it until the service has it).
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from bot.ops.runtime import Runtime
from consent_store import consent as consents
from consent_store import people, reviews
from consent_store import referrals as store
from consent_store.errors import NotAllowed
from consent_store.referrals import Referral

REVIEW_SYSTEM = "https://tell-my-story-once.example/fhir/CodeSystem/story-review"
CHECK_REQUESTED = "check-requested"
CHECK_TEXT = "Please ask the person to check their story is still true"
CHECKED = {reviews.CONFIRMED: ("checked-unchanged", "The person checked their story is still true: nothing has changed"),
           reviews.CHANGED: ("checked-changed", "The person checked their story and something has changed: the changes "
                                          "come as an update if they choose to send it")}


def review_request(task_id: str, status: str) -> dict[str, Any]:
    """The body a service sends to ask for a check (as the reference receiver does)."""
    return {"resourceType": "Task", "id": task_id, "status": status, "intent": "order",
            "businessStatus": {"coding": [{"system": REVIEW_SYSTEM, "code": CHECK_REQUESTED}], "text": CHECK_TEXT}}


def check_outcome_task(referral: Referral, service_name: str, outcome: str) -> dict[str, Any]:
    """The Task that tells the service how the check it asked for ended ("confirmed" or "changed")."""
    from fhir.resources.task import Task

    from bot.delivery.referrals import task

    code, text = CHECKED[outcome]
    document = task(referral, service_name)
    document["businessStatus"] = {"coding": [{"system": REVIEW_SYSTEM, "code": code}], "text": text}
    Task.parse_obj(document)  # raises if it is not a valid R4(B) Task
    return document


def check_outcome(body: bytes, task_id: str) -> str | None:
    """"confirmed" or "changed" when `body` tells how a check of this task ended; None when it does not."""
    codes = _business_codes(_task_for(body, task_id))
    return next((outcome for outcome, (code, _) in CHECKED.items() if (REVIEW_SYSTEM, code) in codes), None)


def asked_status(body: bytes, task_id: str) -> str | None:
    """The Task's status, when `body` is a request for a check of this task; None when it is not one
    (it may be a status update: bot/delivery/referrals.py reads those)."""
    parsed = _task_for(body, task_id)
    if parsed is None or (REVIEW_SYSTEM, CHECK_REQUESTED) not in _business_codes(parsed):
        return None
    return str(parsed.status)


def _task_for(body: bytes, task_id: str) -> Any:
    """`body` as a FHIR Task, when it is one for `task_id`; None otherwise."""
    from fhir.resources.task import Task

    try:
        parsed = Task.parse_obj(json.loads(body))
    except (ValueError, TypeError, ValidationError, RecursionError):
        return None
    return parsed if parsed.id == task_id else None


def _business_codes(parsed: Any) -> list[tuple[object, object]]:
    if parsed is None or not parsed.businessStatus:
        return []
    return [(c.system, c.code) for c in (parsed.businessStatus.coding or [])]


def apply(rt: Runtime, session: Session, referral: Referral, status: str, message_id: str, now: datetime
          ) -> Referral:
    """Keep the service's request, once. NotAllowed when the status is not the referral's own (a
    request moves nothing), the referral has ended or the service no longer has consent;
    AlreadyApplied for a message id seen before."""
    consent = consents.get_consent(session, referral.consent_id)
    person = people.person_by_id(session, rt.kek, referral.person_id)
    if (status != referral.status or referral.status in store.FINAL or consent is None or not consent.is_live(now)
            or person is None):
        raise NotAllowed()
    reviews.request(session, person, referral.service_id, referral.consent_id, referral.id, message_id, now)
    return referral
