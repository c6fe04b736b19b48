"""Delivering an intake to a service: a signed POST, retried with backoff, over `requests`.

Signature: header `X-Tell-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.<body>">` and
`X-Tell-Delivery-Id` for idempotency. The service verifies it with `verify_signature`.
"""
from __future__ import annotations

import hashlib
import hmac
import random
import time
from dataclasses import dataclass
from typing import Callable

import requests

SIGNATURE_HEADER = "X-Tell-Signature"
DELIVERY_ID_HEADER = "X-Tell-Delivery-Id"
TOLERANCE_SECONDS = 300


class DeliveryFailed(Exception):
    """The service did not accept the delivery. `retryable` says whether trying again may help."""

    def __init__(self, reason: str, retryable: bool):
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


@dataclass(frozen=True)
class Acknowledgement:
    delivery_id: str
    status_code: int


def sign(body: bytes, secret: bytes, timestamp: int) -> str:
    mac = hmac.new(secret, str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify_signature(header: str | None, body: bytes, secret: bytes, now: int) -> bool:
    """True only for a well-formed, fresh signature made with `secret` over `body`."""
    try:
        fields = dict(part.split("=", 1) for part in (header or "").split(","))
        timestamp = int(fields["t"])
        given = fields["v1"]
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    return hmac.compare_digest(sign(body, secret, timestamp).split("v1=", 1)[1], given)


def post_once(url: str, body: bytes, delivery_id: str, secret: bytes, now: int,
              timeout: float = 10.0) -> Acknowledgement:
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(body, secret, now),
        DELIVERY_ID_HEADER: delivery_id,
    }
    try:
        response = requests.post(url, data=body, headers=headers, timeout=timeout)
    except requests.Timeout:
        raise DeliveryFailed("timed out", retryable=True) from None
    except requests.ConnectionError:
        raise DeliveryFailed("could not connect", retryable=True) from None
    if response.status_code in (200, 201, 202):
        return Acknowledgement(delivery_id=delivery_id, status_code=response.status_code)
    retryable = response.status_code >= 500 or response.status_code == 429
    raise DeliveryFailed(f"service answered {response.status_code}", retryable=retryable)


def deliver_with_retries(
    url: str,
    body: bytes,
    delivery_id: str,
    secret: bytes,
    attempts: int = 3,
    base_delay: float = 0.5,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    jitter: Callable[[], float] = random.random,
) -> Acknowledgement:
    """Try up to `attempts` times with exponential backoff and jitter on retryable failures."""
    for attempt in range(attempts):
        try:
            return post_once(url, body, delivery_id, secret, int(clock()))
        except DeliveryFailed as failure:
            if not failure.retryable or attempt == attempts - 1:
                raise
            sleep(base_delay * (2 ** attempt) * (1 + jitter()))
    raise AssertionError("unreachable")
