"""A share as a referral, in FHIR terms, and the service's word on it coming back.

Each share goes with a `ServiceRequest` (what is asked of the service) and a `Task` (where it has got
to), both validated with `fhir.resources`. The service moves the Task (received, accepted, rejected
with a reason, on hold waiting for something, in progress, completed) from its staff page, and tells
us by a signed call back: `POST <our address>/fhir/Task/<task id>` with the Task as its body, signed
the Standard Webhooks way with the secret that service shares with us (bot/delivery/sending.py), the other
way round. `receive_task_update` verifies it: unsigned, forged, for a task that is not that
service's, or stale (more than five minutes away) -> 401; a message id applied before -> 409; not a
Task, or a move the status cannot make -> 422; otherwise it is applied once, in the consent store
and the disclosure log (consent_store/referrals.py), and answered 200 with the Task, signed.

A reason is a code from the lists below, never the service's free text: nothing a service types
about the person is kept, and the person hears it in our plain words (`plain_status`).
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from bot.delivery import review_requests
from bot.delivery.errors import NotATaskUpdate
from bot.delivery.sending import Headers, signed_headers, verify
from consent_store import referrals as store
from consent_store.referrals import Referral

if TYPE_CHECKING:
    from bot.ops.runtime import Runtime

Resource = dict[str, Any]  # a FHIR resource as JSON

REASON_SYSTEM = "https://tell-my-story-once.example/fhir/CodeSystem/referral-reason"
# Why a service declines (Task rejected): code -> what the person hears after "because it".
DECLINE_REASONS = {
    "not-eligible": "does not meet the service's criteria",
    "other-service": "thinks another service is better placed to help",
    "already-known": "already knows you and is in touch another way",
    "no-capacity": "cannot take new referrals at the moment",
}
# What a service asks for (Task on hold): code -> what the person hears after "needs".
QUESTIONS = {
    "date-of-birth": "your date of birth",
    "address": "your address",
    "phone": "a phone number to reach you on",
    "gp": "the name of your GP practice",
    "more-detail": "a little more about the help you need",
}
CANCELLED_REASON = "consent-withdrawn"
# The statuses a service may set (only we open a referral, and only the person cancels one).
SERVICE_SETS = frozenset({store.RECEIVED, store.ACCEPTED, store.REJECTED, store.ON_HOLD, store.IN_PROGRESS,
                          store.COMPLETED})
TASK_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_UPDATE = 64_000


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _reason_text(status: str, reason: str | None) -> str | None:
    if status == store.REJECTED:
        return DECLINE_REASONS.get(reason or "")
    if status == store.ON_HOLD:
        return QUESTIONS.get(reason or "")
    if status == store.CANCELLED and reason == CANCELLED_REASON:
        return "the person stopped sharing with this service"
    return None


def _validated(resource_class: Any, document: Resource) -> Resource:
    resource_class.parse_obj(document)  # raises if it is not a valid R4(B) resource
    return document


def service_request(referral: Referral, service_name: str) -> Resource:
    """The ServiceRequest: a referral to `service_name`, its details in the enclosed intake form."""
    from fhir.resources.servicerequest import ServiceRequest

    return _validated(ServiceRequest, {
        "resourceType": "ServiceRequest", "id": referral.request_id, "status": "active", "intent": "order",
        "code": {"text": f"Referral to {service_name}"},
        "subject": {"display": "The person the enclosed questionnaireResponse is about"},
        "authoredOn": _iso(referral.created_at),
        "requester": {"display": "Tell my story once, with the person's consent"},
        "performer": [{"display": service_name}],
    })


def task(referral: Referral, service_name: str) -> Resource:
    """The Task for the referral as it stands (its id is where the service sends updates)."""
    from fhir.resources.task import Task

    document: Resource = {
        "resourceType": "Task", "id": referral.id, "status": referral.status, "intent": "order",
        "basedOn": [{"reference": f"ServiceRequest/{referral.request_id}"}],
        "focus": {"reference": f"ServiceRequest/{referral.request_id}"},
        "authoredOn": _iso(referral.created_at), "lastModified": _iso(referral.updated_at),
        "requester": {"display": "Tell my story once, with the person's consent"},
        "owner": {"display": service_name},
    }
    words = _reason_text(referral.status, referral.reason)
    if referral.reason and words:
        document["statusReason"] = {"coding": [{"system": REASON_SYSTEM, "code": referral.reason}], "text": words}
    return _validated(Task, document)


def referral_documents(referral: Referral, service_name: str) -> dict[str, Resource]:
    """What a delivery body carries about the referral, beside the QuestionnaireResponse."""
    return {"serviceRequest": service_request(referral, service_name), "task": task(referral, service_name)}


def task_update(task_id: str, status: str, reason: str | None = None) -> Resource:
    """The body a service sends to move a Task (as the reference receiver does)."""
    document: Resource = {"resourceType": "Task", "id": task_id, "status": status, "intent": "order"}
    if reason:
        document["statusReason"] = {"coding": [{"system": REASON_SYSTEM, "code": reason}],
                                    "text": _reason_text(status, reason) or reason}
    return document


def parse_task_update(body: bytes, task_id: str) -> tuple[str, str | None]:
    """(status, reason code) from a service's Task update; NotATaskUpdate if it is not one we take:
    not a valid Task, another task's id, a status a service cannot set, or a reason not in our lists
    (a decline needs one of DECLINE_REASONS, a hold one of QUESTIONS)."""
    from fhir.resources.task import Task

    try:
        document = json.loads(body)
        parsed = Task.parse_obj(document)
    except (ValueError, TypeError, ValidationError, RecursionError):  # RecursionError: nested too deep to parse
        raise NotATaskUpdate() from None
    if parsed.id != task_id or parsed.status not in SERVICE_SETS:  # fhir.resources checks no code lists
        raise NotATaskUpdate()
    codes = [c.code for c in (parsed.statusReason.coding or [])
             if c.system == REASON_SYSTEM] if parsed.statusReason else []
    reason = codes[0] if codes else None
    allowed = {store.REJECTED: DECLINE_REASONS, store.ON_HOLD: QUESTIONS}.get(parsed.status)
    if allowed is not None and reason not in allowed:
        raise NotATaskUpdate()
    return parsed.status, (reason if allowed is not None else None)


def receive_task_update(rt: Runtime, task_id: str, headers: Headers, body: bytes, now: datetime
                        ) -> tuple[int, bytes, dict[str, str]]:
    """Answer a service's signed Task update: (HTTP status, JSON body, headers to send with it).
    One answer per kind of failure, and nothing of the request in it."""
    def refused(status: int, error: str) -> tuple[int, bytes, dict[str, str]]:
        return status, json.dumps({"error": error}).encode(), {}

    if not TASK_ID.fullmatch(task_id) or len(body) > MAX_UPDATE:
        return refused(401, "not a signed update for a task we know")
    try:
        with rt.sessions.begin() as session:
            referral = store.get_referral(session, task_id)
            secret = rt.service_secret(referral.service_id) if referral else None
            message_id = verify(headers, body, secret, int(now.timestamp())) if secret else None
            if message_id is None or secret is None:
                return refused(401, "not a signed update for a task we know")
            asked = review_requests.asked_status(body, task_id)  # a check of the story asked for (issue 21)
            if asked is not None and referral is not None:
                applied = review_requests.apply(rt, session, referral, asked, message_id, now)
            else:
                status, reason = parse_task_update(body, task_id)
                applied = store.apply_update(session, task_id, status, reason, message_id, now)
    except store.AlreadyApplied:
        return refused(409, "this update was applied already")
    except (NotATaskUpdate, store.NotAllowed):
        return refused(422, "not a Task update this task can take")
    service = rt.services.get(applied.service_id)
    answer = json.dumps(task(applied, service.name if service else applied.service_id)).encode()
    return 200, answer, signed_headers(message_id, int(now.timestamp()), answer, secret)


def declined(who: str, reason: str | None) -> str:
    """"<who> could not take your referral: it <reason>." in the person's words."""
    why = DECLINE_REASONS.get(reason or "")
    return f"{who} could not take your referral" + (f": it {why}." if why else ".")


def asked_for(reason: str | None) -> str:
    """What a service on hold needs from the person, in their words ("your date of birth")."""
    return QUESTIONS.get(reason or "", "something more from you")


def _waited(since: datetime, now: datetime) -> str:
    days = max((now - since).days, 0)
    return "less than a day" if days < 1 else "1 day" if days == 1 else f"{days} days"


def plain_status(service_name: str, referral: Referral, now: datetime) -> str:
    """The referral's status as the person hears it, with how long it has waited when it waits."""
    status, waited = referral.status, _waited(referral.updated_at, now)
    if status == store.REQUESTED:
        return f"{service_name} has not yet said it has your referral (sent {waited} ago)."
    if status == store.RECEIVED:
        return f"{service_name} has your referral and has not decided yet: waiting {waited}."
    if status == store.ACCEPTED:
        return f"{service_name} accepted your referral ({waited} ago)."
    if status == store.REJECTED:
        return declined(service_name, referral.reason)
    if status == store.ON_HOLD:
        what = asked_for(referral.reason)
        return (f"{service_name} needs {what} before it can go on (asked {waited} ago). "
                "I will ask you for it: reply with it or say skip.")
    if status == store.IN_PROGRESS:
        return f"{service_name} is working on your referral (started {waited} ago)."
    if status == store.COMPLETED:
        return f"{service_name} has finished with your referral."
    return f"Your referral to {service_name} was cancelled when you stopped sharing with them."
