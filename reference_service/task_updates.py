"""The service's side of a referral: a Task's new status, or a request that the person check their
story (the Task as it stands, with businessStatus check-requested: bot/delivery/review_requests.py),
signed and sent to the referrer."""
from __future__ import annotations

import json
import uuid
from typing import Callable

import requests

from bot.delivery.referrals import task_update
from bot.delivery.review_requests import review_request
from bot.delivery.sending import signed_headers, verify


def send_task_update(referrer_url: str, task_id: str, status: str, reason: str | None, secret: bytes, now: int,
                     post: Callable[..., requests.Response] = requests.post) -> bool:
    """Tell the referrer a Task's new status, signed; True only if it answered 200 with its signature
    over the answer, for this update."""
    return _send(referrer_url, task_id, json.dumps(task_update(task_id, status, reason)).encode(), secret, now, post)


def send_check_request(referrer_url: str, task_id: str, status: str, secret: bytes, now: int,
                       post: Callable[..., requests.Response] = requests.post) -> bool:
    """Ask the referrer to have the person check their story (the Task's `status` unchanged), signed;
    True only if it took it (200, signed)."""
    return _send(referrer_url, task_id, json.dumps(review_request(task_id, status)).encode(), secret, now, post)


def _send(referrer_url: str, task_id: str, body: bytes, secret: bytes, now: int,
          post: Callable[..., requests.Response]) -> bool:
    message_id = str(uuid.uuid4())
    headers = {"Content-Type": "application/json", **signed_headers(message_id, now, body, secret)}
    try:
        response = post(f"{referrer_url}/fhir/Task/{task_id}", data=body, headers=headers, timeout=(3.05, 10.0),
                        allow_redirects=False)
    except requests.RequestException:
        return False
    return response.status_code == 200 and verify(response.headers, response.content, secret, now) == message_id
