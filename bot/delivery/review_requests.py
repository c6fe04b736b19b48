"""A service asks the person to check their story is still true (issue 21), by the same signed call
back as a status update: `POST <our address>/fhir/Task/<task id>`, signed the Standard Webhooks way
with the secret the service shares with us (bot/delivery/referrals.py verifies it the same way).

The body is the referral's Task as it stands (its `status` unchanged: asking is not a move) with
`businessStatus` coded `check-requested` in REVIEW_SYSTEM. FHIR's Task.businessStatus is the task's
state in the service's own terms, beside its status. It is applied once (its message id is kept),
only while the service still has the person's consent and the referral has not ended; it is kept in
the consent store (consent_store/reviews.py, "review-requested" in the disclosure log) and the
person's next visit (or a text, bot/delivery/notify.py) starts the check, saying who asked.
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


def review_request(task_id: str, status: str) -> dict[str, Any]:
    """The body a service sends to ask for a check (as the reference receiver does)."""
    return {"resourceType": "Task", "id": task_id, "status": status, "intent": "order",
            "businessStatus": {"coding": [{"system": REVIEW_SYSTEM, "code": CHECK_REQUESTED}], "text": CHECK_TEXT}}


def asked_status(body: bytes, task_id: str) -> str | None:
    """The Task's status, when `body` is a request for a check of this task; None when it is not one
    (it may be a status update: bot/delivery/referrals.py reads those)."""
    from fhir.resources.task import Task

    try:
        parsed = Task.parse_obj(json.loads(body))
    except (ValueError, TypeError, ValidationError, RecursionError):
        return None
    codes = [(c.system, c.code) for c in (parsed.businessStatus.coding or [])] if parsed.businessStatus else []
    if parsed.id != task_id or (REVIEW_SYSTEM, CHECK_REQUESTED) not in codes:
        return None
    return str(parsed.status)


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
