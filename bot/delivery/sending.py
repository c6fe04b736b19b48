"""Sending one intake to a service: a signed POST over `requests`, and what its answer means.

Signatures follow Standard Webhooks: headers `webhook-id` (the delivery id, also the idempotency
key), `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256 of
"<id>.<timestamp>.<body>">`, with a secret per service. The receiver rejects a bad signature or a
timestamp more than five minutes away. Its acknowledgement is signed the same way over the
response body, so a "received" status cannot be forged by anything between us and the service.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Protocol

import requests

from bot.delivery.errors import DeliveryFailed
from bot.intake.untrusted import safe_text

ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER = "webhook-id", "webhook-timestamp", "webhook-signature"
TOLERANCE_SECONDS = 300
TIMEOUT = (3.05, 10.0)  # connect, read: every call has one

# Standard Webhooks' schedule, stretched to about three days: each entry is the wait after that
# many failed attempts; after the last, the delivery has failed and the person is told.
RETRY_SCHEDULE = (timedelta(seconds=5), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2),
                  timedelta(hours=5), timedelta(hours=10), timedelta(hours=14), timedelta(hours=20),
                  timedelta(hours=24))
MAX_RETRY_AFTER = timedelta(hours=24)
Timeout = float | tuple[float, float]


class Headers(Protocol):
    """Request or response headers as any of our HTTP libraries gives them (only `get` is used)."""

    def get(self, name: str, /) -> str | None: ...


@dataclass(frozen=True)
class Acknowledgement:
    delivery_id: str
    status_code: int
    signed: bool  # the service signed a receipt for exactly this delivery


def sign(delivery_id: str, timestamp: int, body: bytes, secret: bytes) -> str:
    content = f"{delivery_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(secret, content, hashlib.sha256).digest()).decode()


def signed_headers(delivery_id: str, timestamp: int, body: bytes, secret: bytes) -> dict[str, str]:
    return {ID_HEADER: delivery_id, TIMESTAMP_HEADER: str(timestamp),
            SIGNATURE_HEADER: sign(delivery_id, timestamp, body, secret)}


def verify(headers: Headers, body: bytes, secret: bytes, now: int) -> str | None:
    """The message id if the Standard Webhooks headers are a fresh, valid signature over `body`
    made with `secret`; None otherwise (one answer for every failure)."""
    delivery_id = headers.get(ID_HEADER) or ""
    try:
        timestamp = int(headers.get(TIMESTAMP_HEADER) or "")
    except ValueError:
        return None
    if not delivery_id or len(delivery_id) > 64 or abs(now - timestamp) > TOLERANCE_SECONDS:
        return None
    expected = sign(delivery_id, timestamp, body, secret).encode()
    given = (headers.get(SIGNATURE_HEADER) or "").split()
    return delivery_id if any(hmac.compare_digest(expected, g.encode()) for g in given) else None


def _retry_after(response: requests.Response) -> timedelta | None:
    value = response.headers.get("Retry-After", "")
    if value.isascii() and value.isdigit():
        return min(timedelta(seconds=int(value)), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
        return min(max(when - datetime.now(timezone.utc), timedelta(0)), MAX_RETRY_AFTER)
    except (TypeError, ValueError):
        return None


def post_once(http: requests.Session, url: str, body: bytes, delivery_id: str, secret: bytes,
              now: int, timeout: Timeout = TIMEOUT) -> Acknowledgement:
    """One signed POST. Returns the acknowledgement, or raises DeliveryFailed saying what next."""
    headers = {"Content-Type": "application/json", **signed_headers(delivery_id, now, body, secret)}
    try:
        response = http.post(url, data=body, headers=headers, timeout=timeout, allow_redirects=False)
    except requests.Timeout:
        raise DeliveryFailed("the service did not answer in time", "retry") from None
    except requests.RequestException:
        raise DeliveryFailed("could not connect to the service", "retry") from None
    status = response.status_code
    if 200 <= status < 300:
        acknowledged = verify(response.headers, response.content, secret, now) == delivery_id
        try:
            acknowledged = acknowledged and json.loads(response.content).get("acknowledged") == delivery_id
        except (ValueError, AttributeError):
            acknowledged = False
        return Acknowledgement(delivery_id, status, acknowledged)
    if status == 410:
        raise DeliveryFailed("the service has closed this address (410)", "gone")
    if status in (408, 429) or status >= 500:
        raise DeliveryFailed(f"the service answered {status}", "retry",
                             _retry_after(response) if status == 429 else None)
    raise DeliveryFailed(f"the service refused it ({status}{_their_reason(response)})", "refused")


def _their_reason(response: requests.Response) -> str:
    """A short reason from a refusal's JSON body ({"error": ...}), made safe to show a person."""
    try:
        document = json.loads(response.content[:4096])
        reason = document.get("error") or document.get("detail") if isinstance(document, dict) else None
    except ValueError:
        return ""
    return f": {safe_text(reason)[:100]}" if isinstance(reason, str) and reason.strip() else ""


def next_attempt_after(failed_attempts: int, jitter: float, retry_after: timedelta | None = None
                       ) -> timedelta | None:
    """How long to wait after `failed_attempts` failures (jitter in [0, 1) spreads retries by up to
    20%), or None when the schedule is used up. A 429's Retry-After is honoured if it is longer."""
    if failed_attempts > len(RETRY_SCHEDULE):
        return None
    wait = RETRY_SCHEDULE[failed_attempts - 1] * (1 + 0.2 * jitter)
    return max(wait, retry_after) if retry_after else wait
